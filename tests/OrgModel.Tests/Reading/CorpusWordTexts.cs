namespace OrgModel.Tests.Reading;

/// <summary>Random texts built from the reading corpus (every directory): its words, and its labelled deadline phrases whole,
/// so that cues meet the words they need after them. The fast paths of the readers are compared with their reference rules
/// on these texts.</summary>
public static class CorpusWordTexts
{
    private static readonly string[] Words = LoadWords();

    private static readonly string[] Phrases = LoadPhrases();

    public static Arbitrary<string[]> Texts() => Arb.From(
        Gen.ListOf(Gen.Frequency(
            (6, Gen.Elements(Words)),
            (1, Gen.Elements(Phrases)),
            (1, Gen.Elements(", ", ". ", "; ", "\n", "(", ")", "the", "các", "Trung ương", "Hội nghị")))).Select(parts => parts.ToArray()),
        Shrink);

    private static IEnumerable<string[]> Shrink(string[] parts)
    {
        for (int i = 0; i < parts.Length; i++)
        {
            yield return [.. parts[..i], .. parts[(i + 1)..]];
        }
    }

    private static IEnumerable<DeadlineCorpus.Item> Items() =>
        new[] { DeadlineCorpus.Directory, DeadlineCorpus.HeldOutDirectory, DeadlineCorpus.HeldOut2Directory, DeadlineCorpus.HeldOut3Directory,
            DeadlineCorpus.HeldOut4Directory, DeadlineCorpus.HeldOut5Directory }
        .Where(Directory.Exists).SelectMany(DeadlineCorpus.Load);

    private static string[] LoadWords() =>
        [.. Items().SelectMany(i => i.Text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string[] LoadPhrases() =>
        [.. Items().SelectMany(i => i.Expected.Select(e => e.Phrase)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
