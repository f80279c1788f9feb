#:project ../../src/OrgModel/OrgModel.csproj
// Tasks and deadlines from real instructions: `dotnet run docs/examples/deadlines.cs` from the repository root.
using NodaTime;
using NodaTime.Text;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

Console.OutputEncoding = System.Text.Encoding.UTF8;
static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);
static Instant InVietnam(int y, int m, int d, int h = 12, int min = 0, int s = 0) =>
    new LocalDateTime(y, m, d, h, min, s).InZoneStrictly(VietnamTime.Zone).ToInstant();

// 1. Deadline phrases as they appear in the texts. The reference date (the document's date) supplies a missing year.
var conclusion201Date = new LocalDate(2025, 10, 31);
string[] phrases =
[
    "before July 31, 2025", "by 15 December 2025", "in November 2025", "by the end of 2025", "in the first quarter of 2026",
    "trước ngày 31/7/2025", "trước 30/6/2025", "chậm nhất ngày 15/12/2025", "trong tháng 11/2025", "quý I/2026", "năm 2025",
    "sau 6 tháng", "after 6 months", "within 10 working days", "trong 10 ngày làm việc", "trước ngày 31/7",
];
Console.WriteLine("Phrase → canonical form → last day on time (relative ones from 2025-07-01)");
foreach (string phrase in phrases)
{
    Deadline d = Deadline.ParsePhrase(phrase, conclusion201Date);
    Console.WriteLine($"  {phrase,-32} → {d,-28} → {Iso(d.DueDate(new LocalDate(2025, 7, 1)))}");
}

// 2. "Before 31 July" is ambiguous: the caller chooses, the wording is kept.
Deadline inclusive = Deadline.ParsePhrase("trước ngày 31/7/2025", conclusion201Date);
Deadline exclusive = Deadline.ParsePhrase("trước ngày 31/7/2025", conclusion201Date, BeforeInterpretation.Exclusive);
Console.WriteLine();
Console.WriteLine($"\"{inclusive.Wording}\": inclusive (default) due {Iso(inclusive.DueDate())}; exclusive due {Iso(exclusive.DueDate())}.");
Deadline chairs = Deadline.ParsePhrase("chậm nhất ngày 15/12/2025", conclusion201Date);
Console.WriteLine($"\"{chairs.Wording}\" passes at {chairs.PassesAt(default)} (UTC) = midnight after 15 December in Asia/Ho_Chi_Minh.");

// 3. Conclusion 201-KL/TW: non-local chairs of provincial People's Committees, completed before 15 December 2025,
//    addressed to every provincial Party committee and tracked across all 34 provinces.
var task = new TaskItem(
    "201-KL/TW non-local chairs",
    conclusion201Date,
    action: "Arrange chairs of provincial People's Committees who are not local residents",
    leads: AssignmentScope.EveryProvince(ScopeBody.PartyCommittee),
    deadline: Deadline.ParsePhrase("trước ngày 15/12/2025", conclusion201Date),
    source: DocumentNumber.Parse("201-KL/TW"),
    deliverable: "appointment decisions",
    responsible: "standing committee of the provincial Party committee");
IReadOnlyList<Assignment> assignments = task.Expand(VietnamReferenceData.OrgChart);
Console.WriteLine();
Console.WriteLine($"{task.Source}: \"{task.Action}\" → {assignments.Count} assignments ({task.Leads}); missing clears: {(task.IsComplete ? "none" : string.Join(", ", task.Missing()))}.");

// Illustrative progress (not real data): 23 provinces report on 10 December, 2 on 20 December, 9 not yet.
var reports = assignments.Take(23).Select(a => new CompletionReport(task.Id, a.Assignee.Id, new LocalDate(2025, 12, 10)))
    .Concat(assignments.Skip(23).Take(2).Select(a => new CompletionReport(task.Id, a.Assignee.Id, new LocalDate(2025, 12, 20))));
var tracker = new TaskTracker(assignments, reports);
foreach (Instant at in new[] { InVietnam(2025, 12, 15, 23, 59, 59), InVietnam(2025, 12, 16, 0, 0, 0), InVietnam(2025, 12, 31) })
{
    Console.WriteLine($"  as of {at.InZone(VietnamTime.Zone).LocalDateTime:uuuu-MM-dd HH:mm:ss} in Vietnam: {tracker.Summary(at)}; provinces: {tracker.ProvincesSummary(at)}");
}

Console.WriteLine("  some provinces on 2025-12-31 (the tracker's assignments carry the reports):");
foreach (Assignment a in tracker.Assignments.Take(3).Concat(tracker.Assignments.Skip(23).Take(4)))
{
    Console.WriteLine($"    {a.Province!.Name,-24} {a.Assignee.Name,-26} {a.StatusAt(InVietnam(2025, 12, 31))}");
}

Console.WriteLine($"  by document: {string.Join("; ", tracker.ByDocument(InVietnam(2025, 12, 31)).Select(kv => $"{kv.Key}: {kv.Value}"))}");

// 4. Completeness: the report to the Politburo "in November" names no responsible post and no product.
var report = new TaskItem("ideology report", conclusion201Date, "Report on a regulation on political and ideological work",
    AssignmentScope.ForOrganisation(OrgId.Parse("vn.party.central-committee")), Deadline.ParsePhrase("in November 2025", conclusion201Date));
Console.WriteLine();
Console.WriteLine($"\"{report.Action}\" lacks: {string.Join(", ", report.Missing())} (six clears: {string.Join(", ", report.Missing(ClarityPrinciple.SixClears))}).");

// 5. The comprehensive summary "after 6 months" of the two-level local government (in operation from 1 July 2025).
Deadline summary = Deadline.ParsePhrase("sau 6 tháng", conclusion201Date).AnchoredAt(VietnamReferenceData.TwoTierReformDate, "the two-level local government entered operation");
Console.WriteLine($"Summary \"{summary.Wording}\" = {summary} → due {Iso(summary.DueDate())}.");

// 6. The 2025–2030 congress round as a roadmap; the second version moves the grassroots congresses too late.
var directive45 = new LocalDate(2025, 4, 14);
Milestone[] round =
[
    new("grassroots", "Grassroots congresses completed", Deadline.ParsePhrase("trước ngày 31/7/2025", directive45)),
    new("commune", "Commune, ward and special-zone Party congresses", Deadline.ParsePhrase("trước ngày 31/10/2025", directive45), ["grassroots"]),
    new("province", "Provincial congresses and those directly under the Central Committee", Deadline.ParsePhrase("before 31 October 2025", directive45), ["commune"]),
    new("national", "14th National Party Congress held", Deadline.OnOrBefore(new LocalDate(2026, 1, 23)), ["province"]),
];
var roadmap = new Roadmap("Party congresses 2025–2030", round);
Console.WriteLine();
Console.WriteLine($"{roadmap}: {(roadmap.Validate(directive45).Count == 0 ? "consistent" : "inconsistent")}");
round[0] = new Milestone("grassroots", "Grassroots congresses completed", Deadline.OnOrBefore(new LocalDate(2025, 11, 30)));
foreach (RoadmapProblem p in Roadmap.Check(round, directive45))
{
    Console.WriteLine($"  {p}");
}
