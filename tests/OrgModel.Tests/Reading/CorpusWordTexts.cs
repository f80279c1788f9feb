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
            (2, Gen.Elements(Phrases)),
            (1, Gen.Elements(", ", ". ", "; ", "\n", "\r\n", "\r", "\u0301", "(", ")", "the", "các", "Trung ương", "Hội nghị")))).Select(parts => parts.ToArray()),
        Shrink);

    private static IEnumerable<string[]> Shrink(string[] parts)
    {
        for (int i = 0; i < parts.Length; i++)
        {
            yield return [.. parts[..i], .. parts[(i + 1)..]];
        }
    }

    private static IEnumerable<string> Directories() =>
        new[] { DeadlineCorpus.Directory, DeadlineCorpus.HeldOutDirectory, DeadlineCorpus.HeldOut2Directory, DeadlineCorpus.HeldOut3Directory,
            DeadlineCorpus.HeldOut4Directory, DeadlineCorpus.HeldOut5Directory }.Where(Directory.Exists);

    private static IEnumerable<DeadlineCorpus.Item> Items() => Directories().SelectMany(DeadlineCorpus.Load);

    private static string[] LoadWords() =>
        [.. Items().SelectMany(i => i.Text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // The labelled deadline phrases, and the written text of the labelled organisations and scopes ("các bộ, ngành = scope").
    private static string[] LoadPhrases() =>
        [.. Items().SelectMany(i => i.Expected.Select(e => e.Phrase))
            .Concat(Directories().SelectMany(ReadingCorpus.Load).SelectMany(l => l.Keys["organisations"]).Select(key => key[..Math.Max(0, key.LastIndexOf(" = ", StringComparison.Ordinal))]))
            .Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
