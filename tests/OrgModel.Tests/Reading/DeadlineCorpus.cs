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

    /// <summary>Held-out set <paramref name="n"/> (Reading/HeldOutN, from 2): labelled and committed before the reader was first run
    /// on it (docs/reading.md, "Held-out set N").</summary>
    public static string HeldOutSetDirectory(int n) => Path.Combine(Path.GetDirectoryName(Directory)!, $"HeldOut{n}");








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
