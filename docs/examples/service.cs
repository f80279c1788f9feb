#:project ../../src/OrgModel/OrgModel.csproj
// A service in 15 lines: JSON requests in on standard input, JSON answers out, through the source-generated context.
using System.Text.Json;
using OrgModel.Serialization;
using OrgModel.Tenures;

string? line;
while ((line = Console.ReadLine()) is not null)
{
    try
    {
        string numeral = JsonSerializer.Deserialize(line, OrgModelJsonContext.Default.String) ?? "";
        Console.WriteLine(JsonSerializer.Serialize(RomanNumeral.Parse(numeral), OrgModelJsonContext.Default.Int32));
    }
    catch (Exception e) when (e is JsonException or FormatException)
    {
        Console.WriteLine(JsonSerializer.Serialize(e.Message, OrgModelJsonContext.Default.String));
    }
}
