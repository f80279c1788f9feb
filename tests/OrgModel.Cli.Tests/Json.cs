using System.Text.Json;

namespace OrgModel.Cli.Tests;

/// <summary>Reads the tool's JSON output back.</summary>
internal static class Json
{
    public static JsonElement Parse(string text)
    {
        using JsonDocument document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static List<JsonElement> Lines(ToolRun run) => run.Lines.Select(Parse).ToList();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();
}
