using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace OrgModel.Tests.Reading;

/// <summary>The labelled deadline corpus: real sentences from public news and official texts (each file names its source),
/// with the deadline phrases a reader should find in them and what each means.</summary>
internal static class DeadlineCorpus
{
    public static string Directory
    {
        get
        {
            for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "OrgModel.sln")))
                {
                    return Path.Combine(d.FullName, "tests", "OrgModel.Tests", "Reading", "Corpus");
                }
            }

            throw new DirectoryNotFoundException("OrgModel.sln was not found above the test binaries.");
        }
    }

    /// <summary>The held-out set (Reading/HeldOut): labelled apart from the rules, so that its figures are honest.</summary>
    public static string HeldOutDirectory => Path.Combine(Path.GetDirectoryName(Directory)!, "HeldOut");

    /// <summary>Held-out set 2 (Reading/HeldOut2): labelled and committed before the reader was first run on it, after the
    /// rules were tuned on the first held-out set (now development set 2).</summary>
    public static string HeldOut2Directory => Path.Combine(Path.GetDirectoryName(Directory)!, "HeldOut2");

    /// <summary>Held-out set 3 (Reading/HeldOut3): labelled and committed (a307525) before the reader was first run on it, after
    /// the rules were tuned on the development sets (the corpus, HeldOut and HeldOut2).</summary>
    public static string HeldOut3Directory => Path.Combine(Path.GetDirectoryName(Directory)!, "HeldOut3");

    /// <summary>Held-out set 4 (Reading/HeldOut4): labelled by hand and committed before the reader was first run on it, after
    /// the third pass tuned the rules on held-out set 3.</summary>
    public static string HeldOut4Directory => Path.Combine(Path.GetDirectoryName(Directory)!, "HeldOut4");

    /// <summary>Held-out set 5 (Reading/HeldOut5): labelled by hand and committed before the reader was first run on it, after
    /// the fourth pass tuned the rules on held-out set 4.</summary>
    public static string HeldOut5Directory => Path.Combine(Path.GetDirectoryName(Directory)!, "HeldOut5");

    /// <summary>Held-out set 6 (Reading/HeldOut6): labelled by hand and committed (099ea9b) before the reader was first run on it,
    /// after the fifth pass tuned the rules on held-out set 5.</summary>
    public static string HeldOut6Directory => Path.Combine(Path.GetDirectoryName(Directory)!, "HeldOut6");

    /// <summary>Held-out set 7 (Reading/HeldOut7): labelled by hand and committed (6a77e40) before the reader was first run on it,
    /// after the sixth pass tuned the rules on held-out set 6.</summary>
    public static string HeldOut7Directory => Path.Combine(Path.GetDirectoryName(Directory)!, "HeldOut7");

    /// <summary>Held-out set 8 (Reading/HeldOut8): labelled by hand and committed (7cef54e) before the reader was first run on it,
    /// after the seventh pass tuned the rules on held-out set 7.</summary>
    public static string HeldOut8Directory => Path.Combine(Path.GetDirectoryName(Directory)!, "HeldOut8");

    public static IReadOnlyList<Item> Load() => Load(Directory);

    public static IReadOnlyList<Item> Load(string directory) =>
        System.IO.Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Read).ToList();

    private static Item Read(string path)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = doc.RootElement;
        var expected = root.GetProperty("deadlines").EnumerateArray()
            .Select(e => (e.GetProperty("phrase").GetString()!, e.GetProperty("deadline").GetString()!))
            .ToList();
        return new Item(
            Path.GetFileNameWithoutExtension(path),
            root.GetProperty("source").GetString()!,
            root.GetProperty("language").GetString()!,
            LocalDatePattern.Iso.Parse(root.GetProperty("date").GetString()!).Value,
            root.GetProperty("text").GetString()!,
            expected);
    }

    internal sealed record Item(string Name, string Source, string Language, LocalDate Date, string Text, IReadOnlyList<(string Phrase, string Deadline)> Expected);
}
