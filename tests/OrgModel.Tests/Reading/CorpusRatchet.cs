using System.Globalization;

namespace OrgModel.Tests.Reading;

/// <summary>The right findings and false finds the reader had on each development set when they were last recorded
/// (`CorpusRatchet.txt` beside the corpus, written by `eng/reading-ratchet.sh`): a pass may gain right findings and lose false
/// finds, never the reverse without recording it. The floors of precision and recall are the claims; this is the
/// regression rule every pass has checked by hand ("no set loses a right finding"), made a test. Sealed sets (13 and 31) and a
/// held-out set not measured yet have no line.</summary>
internal static class CorpusRatchet
{
    private static readonly Lazy<Dictionary<(string Set, string Kind), (int Right, int False)>> Recorded = new(Load);

    /// <summary>The file's path: beside the corpus directories, in the source tree.</summary>
    public static string FilePath => Path.Combine(Path.GetDirectoryName(DeadlineCorpus.Directory)!, "CorpusRatchet.txt");

    /// <summary>The set's name in the file, from its table variable: "ORGMODEL_HELDOUT12_TABLE" is "heldout12".</summary>
    public static string SetName(string tableVariable) =>
        tableVariable.Replace("ORGMODEL_", "", StringComparison.Ordinal).Replace("_TABLE", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>Holds a set's score to its recorded line per kind; when <c>ORGMODEL_RATCHET_LINES=DIR</c> is set, writes the
    /// score's lines to DIR/SET.txt instead (the script joins them into the file).</summary>
    public static void Assert(string tableVariable, ReadingCorpusTests.Score score)
    {
        string set = SetName(tableVariable);
        if (Environment.GetEnvironmentVariable("ORGMODEL_RATCHET_LINES") is { Length: > 0 } directory)
        {
            File.WriteAllLines(Path.Combine(directory, set + ".txt"), ReadingCorpus.Kinds.Select(kind =>
                string.Create(CultureInfo.InvariantCulture, $"{set} {kind} {score.Totals[kind].Right} {score.Totals[kind].Found - score.Totals[kind].Right}")));
            return;
        }

        foreach (string kind in ReadingCorpus.Kinds)
        {
            if (Recorded.Value.TryGetValue((set, kind), out (int Right, int False) held))
            {
                (int _, int found, int right) = score.Totals[kind];
                Xunit.Assert.True(right >= held.Right && found - right <= held.False,
                    $"{set} {kind}: {right} right and {found - right} false finds, against {held.Right} and {held.False} recorded "
                    + $"(a pass that trades one for another records it with eng/reading-ratchet.sh)\n{score.Report}");
            }
        }
    }

    private static Dictionary<(string Set, string Kind), (int Right, int False)> Load()
    {
        var recorded = new Dictionary<(string, string), (int, int)>();
        foreach (string line in File.ReadLines(FilePath))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split(' ');
            recorded.Add((f[0], f[1]), (int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture)));
        }

        return recorded;
    }
}
