#:project ../../src/OrgModel/OrgModel.csproj

// Classified content: marked documents never show their title below the reader's clearance.
// Run: dotnet run docs/examples/classified.cs
using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Serialization;

Console.OutputEncoding = System.Text.Encoding.UTF8;

// An illustrative document (not a real one): a Politburo conclusion marked Tối mật (secret).
var marked = new Document(
    DocumentNumber.Parse("999-KL/TW"), DocumentKind.Conclusion, [OrgId.Parse("vn.party.politburo")],
    new LocalDate(2026, 3, 1), "Nội dung minh họa (illustrative title)", confidentiality: ConfidentialityMark.Secret);

Console.WriteLine($"ToString():                {marked}");
Console.WriteLine($"ToString(Secret):          {marked.ToString(ConfidentialityMark.Secret)}");

string withheld = JsonSerializer.Serialize(marked, OrgModelJson.Context.Document);
Console.WriteLine($"JSON, no clearance:        {withheld}");
string cleared = JsonSerializer.Serialize(marked, OrgModelJson.WithClearance(ConfidentialityMark.Secret).Document);
Console.WriteLine($"JSON, Secret clearance:    {cleared}");
string lower = JsonSerializer.Serialize(marked, OrgModelJson.WithClearance(ConfidentialityMark.Confidential).Document);
Console.WriteLine($"Confidential clearance withholds: {lower.Contains("\"withheld\":\"secret\"", StringComparison.Ordinal)}");

try
{
    JsonSerializer.Deserialize(withheld, OrgModelJson.Context.Document);
}
catch (JsonException e)
{
    Console.WriteLine($"Reading the withheld form: {e.Message}");
}

Document back = JsonSerializer.Deserialize(cleared, OrgModelJson.Context.Document)!;
Console.WriteLine($"Read back with the title:  {back.ToString(ConfidentialityMark.TopSecret)}");
