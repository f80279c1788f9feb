#:project ../../src/OrgModel/OrgModel.csproj
// Organisations over the embedded reference data: `dotnet run docs/examples/organisations.cs` from the repository root.
using System.Diagnostics;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

Console.OutputEncoding = System.Text.Encoding.UTF8;

var stopwatch = Stopwatch.StartNew();
long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
OrgChart history = VietnamReferenceData.OrgChart;
stopwatch.Stop();
Console.WriteLine($"Cold load of the embedded chart (first use, JIT included): {stopwatch.Elapsed.TotalMilliseconds:F1} ms, "
    + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0:F1} MB allocated, {history.Organisations.Count:N0} organisations.");
Console.WriteLine();

var beforeReform = new LocalDate(2025, 6, 30);
var afterReform = new LocalDate(2025, 7, 1);
OrgChart old = history.AsOf(beforeReform);
OrgChart now = history.AsOf(afterReform);

static int Count(OrgChart chart, OrgLevel level) =>
    chart.Organisations.Count(o => o.Kind == OrganisationKind.AdministrativeUnit && o.Level == level);

Console.WriteLine($"On {beforeReform:uuuu-MM-dd}: {Count(old, OrgLevel.Province)} provinces, {Count(old, OrgLevel.District)} districts, {Count(old, OrgLevel.Commune)} communes (incl. 10 formed in 2025 before July).");
Console.WriteLine($"On {afterReform:uuuu-MM-dd}: {Count(now, OrgLevel.Province)} provinces, {Count(now, OrgLevel.District)} districts, {Count(now, OrgLevel.Commune)} communes.");
Console.WriteLine();

// A code is resolved in the chart of a day.
Console.WriteLine($"Code 00004 on {beforeReform:uuuu-MM-dd}: {old.FindByCode("00004")}");
Console.WriteLine($"Code 00004 on {afterReform:uuuu-MM-dd}: {now.FindByCode("00004")}");
Console.WriteLine();

// Who is above a commune's Party committee, before and after?
Organisation baDinh = now.FindByCode("00004")!;
AreaBodies bodies = now.BodiesOf(baDinh.Id)!;
Console.WriteLine($"Above {bodies.PartyCommittee!.Name}: {string.Join(" → ", now.Ancestors(bodies.PartyCommittee.Id).Select(o => o.Name))}");
Console.WriteLine($"Path of {baDinh.Name} on {afterReform:uuuu-MM-dd}: {string.Join(" / ", now.Path(baDinh.Id).Select(o => o.Name))}");
Organisation trucBach = old.FindByCode("00004")!;
Console.WriteLine($"Path of {trucBach.Name} on {beforeReform:uuuu-MM-dd}: {string.Join(" / ", old.Path(trucBach.Id).Select(o => o.Name))}");
Console.WriteLine();

// Successors follow the mergers; the province succession is derived from the communes'.
Console.WriteLine($"{trucBach.Name} became: {string.Join(", ", history.Successors(trucBach.Id, afterReform).Select(o => o.Name))}");
Organisation haGiang = old.FindByCode("02")!;
Console.WriteLine($"{haGiang.Name} became: {string.Join(", ", history.Successors(haGiang.Id, afterReform).Select(o => o.Name))}");
foreach (OrgChangeEvent e in history.EventsOf(history.Successors(haGiang.Id, afterReform)[0].Id).Where(e => e.Kind == OrgChangeKind.Merged))
{
    Console.WriteLine($"  {e.Kind} on {e.EffectiveDate:uuuu-MM-dd} by {e.LegalBasis}: {string.Join(" + ", e.Predecessors.Select(p => history.Find(p)!.Name))}");
}

Organisation district = old.FindByCode("001")!;
Console.WriteLine($"{district.Name} (abolished) is now part of: {string.Join(", ", history.Successors(district.Id, afterReform).Select(o => o.Name))}");
Console.WriteLine($"{baDinh.Name} was formed from: {string.Join(", ", history.Predecessors(baDinh.Id).Select(o => o.Name))}");
Console.WriteLine();

// The bodies of province 01, and who leads whom.
AreaBodies hanoi = now.BodiesOf(now.FindByCode("01")!.Id)!;
Console.WriteLine($"Province 01: {hanoi.Unit.Name}; {hanoi.PartyCommittee!.Name}; {hanoi.PeoplesCouncil!.Name}; {hanoi.PeoplesCommittee!.Name}");
Console.WriteLine($"{hanoi.PeoplesCommittee.Name} is led by {now.Related(hanoi.PeoplesCommittee.Id, OrgRelationKind.IsLedBy)[0].Name} and sits under {now.Parent(hanoi.PeoplesCommittee.Id)!.Name}");
Organisation government = now.Search("Chinh phu")[0];
Organisation governmentPartyCommittee = now.Related(government.Id, OrgRelationKind.IsLedBy)[0];
Console.WriteLine($"{governmentPartyCommittee.Name} leads {now.RelatedFrom(governmentPartyCommittee.Id, OrgRelationKind.IsLedBy).Count} bodies, for example {string.Join(", ", now.RelatedFrom(governmentPartyCommittee.Id, OrgRelationKind.IsLedBy).Take(3).Select(o => o.Name))}");
Console.WriteLine();

// Search ignores diacritics, case and Đ/D.
foreach (string query in new[] { "Ha Noi", "ha noi", "Hà Nội", "da nang" })
{
    Console.WriteLine($"Search \"{query}\": {string.Join("; ", now.Search(query).Take(3).Select(o => o.Name))}");
}

Console.WriteLine($"Lowest common ancestor of 00004 and 00070: {now.LowestCommonAncestor(baDinh.Id, now.FindByCode("00070")!.Id)?.Name}");
Console.WriteLine();

// Build your own chart: every problem is reported at once.
var builder = new OrgChartBuilder();
builder.Add(new Organisation(OrgId.Parse("demo.commune"), OrganisationKind.AdministrativeUnit, OrgLevel.Commune, "Xã Demo", "99999", unitType: AdministrativeUnitType.Commune));
builder.Add(new Organisation(OrgId.Parse("demo.district"), OrganisationKind.AdministrativeUnit, OrgLevel.District, "Huyện Demo", "999", unitType: AdministrativeUnitType.District));
builder.Relate(OrgRelationKind.IsUnder, OrgId.Parse("demo.commune"), OrgId.Parse("demo.district"));
builder.Relate(OrgRelationKind.IsLedBy, OrgId.Parse("demo.commune"), OrgId.Parse("demo.missing"));
foreach (OrgChartProblem problem in builder.Validate())
{
    Console.WriteLine($"Problem: {problem}");
}
