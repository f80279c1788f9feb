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
Section("Tenures: Party and State terms, congresses and conferences");
Tenure xiii = Tenure.Parse("khóa XIII");
Console.WriteLine($"  {xiii:F}: {xiii.ActualStart:uuuu-MM-dd} → {xiii.ActualEnd:uuuu-MM-dd} (opening day to the next opening day)");
Console.WriteLine($"  the national Party term on 2026-01-20: {Tenure.NationalPartyTermOn(new LocalDate(2026, 1, 20)).ToString("V", null)}");
Console.WriteLine($"  \"nhiệm kỳ 2025 - 2030\" → {Tenure.Parse("nhiệm kỳ 2025 - 2030")}; \"13th tenure\" + 1 → {Tenure.Parse("13th tenure").Next().ToString("E", null)}");
Console.WriteLine($"  \"QH15\" → {Tenure.Parse("QH15").ToString("V", null)}; 14 → {RomanNumeral.Format(14)}; \"IIII\" rejected: {!RomanNumeral.TryParse("IIII", out _)}");
Console.WriteLine($"  the 1st Congress: {TenureFacts.NationalPartyCongresses[0].Opening:uuuu-MM-dd}, its term {Tenure.NationalParty(1)}");
if (TenureFacts.TryGetCentralConferenceIssuing("60-NQ/TW", out var plenum))
{
    Console.WriteLine($"  60-NQ/TW came from {plenum} ({plenum.Opening:uuuu-MM-dd})");
}

foreach (var m in TenureFacts.LocalCongressSchedule2025To2030)
{
    Console.WriteLine($"  {m.Level}: {m.Task} before {m.Before:uuuu-MM-dd}");
}

// --- JSON (docs/json.md) ---
Section("JSON: strict, source-generated, AOT-safe");
Console.WriteLine($"  {JsonSerializer.Serialize(today.FindByCode("79")!, OrgModelJson.Context.Organisation)}");
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
