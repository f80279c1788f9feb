namespace OrgModel.Tests.Reading;

/// <summary>Random texts built from the reading corpus (every directory): its words, and its labelled deadline phrases whole,
/// so that cues meet the words they need after them. The fast paths of the readers are compared with their reference rules
/// on these texts.</summary>
public static class CorpusWordTexts
{
    private static readonly string[] Words = LoadWords();

    private static readonly string[] Phrases = LoadPhrases();

    // The ways the corpus cites a Central Conference, few in its labels.
    private static readonly string[] Conferences =
    [
        "the 12th Central Conference", "the 15th meeting of the Party Central Committee", "the 11th plenum of the 13th Party Central Committee",
        "Hội nghị Trung ương 11 khóa XIII", "Hội nghị lần thứ 15 Ban Chấp hành Trung ương Đảng khóa XIII", "Hội nghị Trung ương lần thứ 8",
    ];

    public static Arbitrary<string[]> Texts() => Arb.From(
        Gen.ListOf(Gen.Frequency(
            (6, Gen.Elements(Words)),
            (2, Gen.Elements(Phrases)),
            (1, Gen.Elements(", ", ". ", "; ", "\n", "\r\n", "\r", "\u0301", "(", ")", "the", "các", "Trung ương", "Hội nghị")),
            (1, Gen.Elements(Conferences)))).Select(parts => parts.ToArray()),
        Shrink);

    private static IEnumerable<string[]> Shrink(string[] parts)
    {
        for (int i = 0; i < parts.Length; i++)
        {
            yield return [.. parts[..i], .. parts[(i + 1)..]];
        }
    }

    private static IEnumerable<string> Directories() =>
        new[] { DeadlineCorpus.Directory, DeadlineCorpus.HeldOutDirectory, DeadlineCorpus.HeldOutSetDirectory(2), DeadlineCorpus.HeldOutSetDirectory(3),
            DeadlineCorpus.HeldOutSetDirectory(4), DeadlineCorpus.HeldOutSetDirectory(5) }.Where(Directory.Exists);

    private static IEnumerable<DeadlineCorpus.Item> Items() => Directories().SelectMany(DeadlineCorpus.Load);

    private static string[] LoadWords() =>
        [.. Items().SelectMany(i => i.Text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // The labelled deadline phrases, the written text of the labelled organisations and scopes ("các bộ, ngành = scope"), and
    // the labelled terms and conferences.
    private static string[] LoadPhrases() =>
        [.. Items().SelectMany(i => i.Expected.Select(e => e.Phrase))
            .Concat(Directories().SelectMany(ReadingCorpus.Load).SelectMany(l => l.Keys["organisations"].Concat(l.Keys["terms"])).Select(key => key.Contains(" = ", StringComparison.Ordinal) ? key[..key.LastIndexOf(" = ", StringComparison.Ordinal)] : key))
            .Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
