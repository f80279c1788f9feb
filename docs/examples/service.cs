#:project ../../src/OrgModel/OrgModel.csproj
// A service in 20 lines: JSON requests in on standard input (document identifiers as people type them),
// canonical JSON answers out, through the source-generated context.
using System.Text.Json;
using OrgModel.Documents;
using OrgModel.Serialization;

string? line;
while ((line = Console.ReadLine()) is not null)
{
    try
    {
        string text = JsonSerializer.Deserialize(line, OrgModelJsonContext.Default.String) ?? "";
        DocumentNumber number = DocumentNumber.Parse(text);
        Console.WriteLine(JsonSerializer.Serialize(number, OrgModelJson.Context.DocumentNumber));
    }
    catch (Exception e) when (e is JsonException or FormatException)
    {
        Console.WriteLine(JsonSerializer.Serialize(e.Message, OrgModelJson.Context.String));
    }
}
