using System.Text.Json;

namespace OrgModel.Tests.Reading;

/// <summary>The labels of the reading corpus beyond deadlines (<see cref="DeadlineCorpus"/>): for each text, the citations,
/// organisations, people, terms, decisions and task cues a reader should find, each as a key that a finding is compared by.</summary>
internal static class ReadingCorpus
{
    /// <summary>The kinds measured, in the order of the table in docs/reading.md.</summary>
    public static readonly string[] Kinds = ["citations", "deadlines", "organisations", "people", "terms", "decisions", "tasks"];

    public static IReadOnlyList<Labels> Load() => Load(DeadlineCorpus.Directory);

    public static IReadOnlyList<Labels> Load(string directory) =>
        Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Read).ToList();

    private static Labels Read(string path)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = doc.RootElement;
        var keys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string kind in Kinds)
        {
            keys[kind] = root.TryGetProperty(kind, out JsonElement list) ? list.EnumerateArray().Select(Key).ToList() : [];
        }

        bool complete = Kinds.All(k => root.TryGetProperty(k, out _));
        return new Labels(Path.GetFileNameWithoutExtension(path), complete, keys);
    }

    // A label as the key a finding is compared by: a string as it is; an organisation as "text = id" ("text = scope" or
    // "text = -" when unresolved); a deadline as "phrase = deadline"; a decision as "kind: person, person".
    private static string Key(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? e.GetString()!
        : e.TryGetProperty("phrase", out JsonElement phrase) ? $"{phrase.GetString()} = {e.GetProperty("deadline").GetString()}"
        : e.TryGetProperty("kind", out JsonElement kind) ? $"{kind.GetString()}: {string.Join(", ", e.GetProperty("people").EnumerateArray().Select(p => p.GetString()))}"
        : $"{e.GetProperty("text").GetString()} = {(e.TryGetProperty("scope", out _) ? "scope" : e.GetProperty("id").GetString() ?? "-")}";

    internal sealed record Labels(string Name, bool Complete, IReadOnlyDictionary<string, List<string>> Keys);
}
