#:project ../../src/OrgModel/OrgModel.csproj
// A tour of OrgModel over its embedded reference data: `dotnet run docs/examples/tour.cs` from the repository root.
// Each capability has a section; the guides in docs/ go further.
using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tenures;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine("OrgModel tour");
Console.WriteLine("=============");

// --- Organisations: the hierarchy over time (docs/organisations.md) ---
Section("Organisations: 63 provinces became 34 on 1 July 2025");
OrgChart history = VietnamReferenceData.OrgChart;
LocalDate before = new(2025, 6, 30), after = VietnamReferenceData.TwoTierReformDate;
Console.WriteLine($"  provinces on {before:uuuu-MM-dd}: {VietnamReferenceData.Provinces(before).Count}, communes: {VietnamReferenceData.Communes(before).Count}");
Console.WriteLine($"  provinces on {after:uuuu-MM-dd}: {VietnamReferenceData.Provinces(after).Count}, communes: {VietnamReferenceData.Communes(after).Count}");
OrgChart today = history.AsOf(after);
Organisation baDinh = today.FindByCode("00004")!;
Console.WriteLine($"  code 00004 was {history.AsOf(before).FindByCode("00004")!.Name}, is now {baDinh.Name}");
Console.WriteLine($"  {baDinh.Name} lies in {string.Join(" → ", today.Ancestors(baDinh.Id).Select(o => o.Name))}");
Organisation haGiang = history.AsOf(before).FindByCode("02")!;
Console.WriteLine($"  {haGiang.Name} became {string.Join(", ", history.Successors(haGiang.Id, after).Select(o => o.Name))}");
AreaBodies hanoi = today.BodiesOf(today.FindByCode("01")!.Id)!;
Console.WriteLine($"  bodies of {hanoi.Unit.Name}: {hanoi.PartyCommittee?.Name}; {hanoi.PeoplesCouncil?.Name}; {hanoi.PeoplesCommittee?.Name}");
Console.WriteLine($"  search \"da nang\": {string.Join("; ", today.Search("da nang").Take(2).Select(o => o.Name))}");

// --- Tenures (docs/tenures.md) ---
Section("Tenures: Roman numerals of the national Party congresses");
foreach (string numeral in new[] { "XIII", "xiv" })
{
    Console.WriteLine($"  khóa {numeral,-5} → {RomanNumeral.Parse(numeral)}");
}

Console.WriteLine($"  14 → {RomanNumeral.Format(14)}; \"IIII\" is rejected: {!RomanNumeral.TryParse("IIII", out _)}");

// --- JSON (docs/json.md) ---
Section("JSON: strict, source-generated, AOT-safe");
var organisationJson = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Organisation>)OrgModelJson.Options.GetTypeInfo(typeof(Organisation));
Console.WriteLine($"  {JsonSerializer.Serialize(today.FindByCode("79")!, organisationJson)}");
try
{
    JsonSerializer.Deserialize("""{"id":"x","kind":"ministry","level":"centre","name":"A"}""", OrgModelJsonContext.Default.Organisation);
}
catch (JsonException e)
{
    Console.WriteLine($"  rejected: {e.Message}");
}

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
}
