#:project ../../src/OrgModel/OrgModel.csproj
// Pictures of the reference data as text (Graphviz DOT, Mermaid, SVG): `dotnet run docs/examples/pictures.cs [directory]`
// from the repository root. Without a directory the files go to a temporary one; `docs/pictures` regenerates the files
// docs/pictures.md shows (then `dot -Tsvg` turns each .dot into the committed .svg; see docs/pictures.md).
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Diagrams;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

Console.OutputEncoding = System.Text.Encoding.UTF8;
string outDir = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "orgmodel-pictures");
Directory.CreateDirectory(outDir);
void Save(string name, string text)
{
    string path = Path.Combine(outDir, name);
    File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
    Console.WriteLine($"{path}: {text.Split('\n').Length - 1} lines");
}

OrgChart chart = VietnamReferenceData.OrgChart;
LocalDate day = VietnamReferenceData.TwoTierReformDate;   // 1 July 2025, the first day of two-tier local government

// 1. The central Party and State bodies, the Fatherland Front and the mass organisations, with the hierarchy among them.
IEnumerable<OrgId> central = VietnamReferenceData.CentralBodies(day).Select(o => o.Id);
var centralOptions = new DiagramOptions(DiagramDirection.LeftRight, title: "Central bodies on 2025-07-01");
Save("central-bodies.dot", ChartDiagram.ToDot(chart, central, day, centralOptions));
Save("central-bodies.mmd", ChartDiagram.ToMermaid(chart, central, day, centralOptions));

// 2. One province with its communes: Lai Châu (code 12), the province with the fewest communes (38) since 1 July 2025.
OrgId laiChau = VietnamReferenceData.UnitId2025("12");
var provinceOptions = new DiagramOptions(DiagramDirection.LeftRight, title: "Tỉnh Lai Châu and its communes on 2025-07-01", showCodes: true);
Save("lai-chau.dot", ChartDiagram.SubtreeToDot(chart, laiChau, day, provinceOptions));
Save("lai-chau.mmd", ChartDiagram.SubtreeToMermaid(chart, laiChau, day, provinceOptions));

// 3. The 2025 arrangement of provinces (Resolution 202/2025/QH15): 63 old provinces into 34, from the conversion table.
var mergerOptions = new DiagramOptions(DiagramDirection.LeftRight, title: "Provinces on 2025-06-30 and 2025-07-01 (Resolution 202/2025/QH15)", showCodes: true);
Save("province-mergers.dot", MergerDiagram.ToDot(chart, day, OrgLevel.Province, mergerOptions));
Save("province-mergers.mmd", MergerDiagram.ToMermaid(chart, day, OrgLevel.Province, mergerOptions));

// 4. The 2025–2030 congress round as a roadmap (the dates of docs/deadlines.md and docs/sources.md) as a Gantt chart.
var directive45 = new LocalDate(2025, 4, 14);
var round = new Roadmap("Party congresses 2025–2030",
[
    new Milestone("grassroots", "Grassroots congresses completed", Deadline.ParsePhrase("trước ngày 31/7/2025", directive45)),
    new Milestone("commune", "Commune, ward and special-zone Party congresses", Deadline.ParsePhrase("trước ngày 31/10/2025", directive45), ["grassroots"]),
    new Milestone("province", "Provincial congresses and those directly under the Central Committee", Deadline.ParsePhrase("before 31 October 2025", directive45), ["commune"]),
    new Milestone("national", "14th National Party Congress held", Deadline.OnOrBefore(new LocalDate(2026, 1, 23)), ["province"]),
]);
Save("congress-roadmap.mmd", RoadmapDiagram.ToMermaidGantt(round, directive45));

// 5. A tracker's roll-up by province as an SVG bar chart. Conclusion 201-KL/TW's non-local chairs, due 15 December 2025;
//    the progress is the illustration of docs/examples/deadlines.cs (not real data): 23 provinces report on 10 December,
//    2 on 20 December, 9 not yet.
var conclusion201Date = new LocalDate(2025, 10, 31);
var task = new TaskItem("201-KL/TW non-local chairs", conclusion201Date,
    action: "Arrange chairs of provincial People's Committees who are not local residents",
    leads: AssignmentScope.EveryProvince(ScopeBody.PartyCommittee),
    deadline: Deadline.ParsePhrase("trước ngày 15/12/2025", conclusion201Date),
    source: DocumentNumber.Parse("201-KL/TW"));
IReadOnlyList<Assignment> assignments = task.Expand(chart);
var reports = assignments.Take(23).Select(a => new CompletionReport(task.Id, a.Assignee.Id, new LocalDate(2025, 12, 10)))
    .Concat(assignments.Skip(23).Take(2).Select(a => new CompletionReport(task.Id, a.Assignee.Id, new LocalDate(2025, 12, 20))));
var tracker = new TaskTracker(assignments, reports);
var rollUpOptions = new DiagramOptions(title: "201-KL/TW non-local chairs by province on 2025-12-31 (illustrative progress, not real data)");
Save("rollup-by-province.svg", StatusChart.ByProvinceToSvg(tracker, new LocalDate(2025, 12, 31), rollUpOptions));
