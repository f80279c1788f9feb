#:project ../../src/OrgModel/OrgModel.csproj
// The news story on Conclusion 201-KL/TW (31 October 2025), recorded with the model:
// `dotnet run docs/examples/story-201-kl-tw.cs` from the repository root. Facts: docs/sources.md and the shared facts.
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

OrgModel.Organisations.OrgChart chart = VietnamReferenceData.OrgChart;
var conclusion201 = DocumentNumber.Parse("201-KL/TW");
var conclusion200 = DocumentNumber.Parse("200-KL/TW");
var signed = new LocalDate(2025, 10, 31);

// Whom it concerns: the Party committees directly under the Central Committee (six central, 34 provincial).
var directlyUnder = AssignmentScope.PartyCommitteesDirectlyUnderCentralCommittee;
Console.WriteLine($"Party committees directly under the Central Committee on {signed:uuuu-MM-dd}: {directlyUnder.Expand(chart, signed).Count}");

// Directive 45-CT/TW (14 April 2025): provincial congresses before 31 October 2025. In April the chart holds the 63 provinces
// but not their Party committees, so each province stands for its committee.
var congresses = new TaskItem(
    "45-CT/TW#provincial-congresses", new LocalDate(2025, 4, 14), "hold the provincial Party congresses, 2025–2030 term",
    AssignmentScope.EveryProvince(ScopeBody.PartyCommittee).WithUnitForMissingBody(), Deadline.Parse("before 31 October 2025"),
    source: DocumentNumber.Parse("45-CT/TW"));

// Conclusion 201-KL/TW: posts held by non-locals before 15 December 2025 (the posts differ by source: KnownConflicts.NonLocalPosts).
var nonLocal = new TaskItem(
    "201-KL/TW#non-local-posts", signed, "arrange non-local holders of the posts the conclusion names",
    AssignmentScope.EveryProvince(ScopeBody.PartyCommittee), Deadline.ParsePhrase("trước ngày 15/12/2025", signed), source: conclusion201)
    .WithLinks([new TaskLink(TaskLinkKind.Continues, congresses.Id)]);
Console.WriteLine($"Posts, by source: {KnownConflicts.NonLocalPosts.Question}");

// Conclusion 200-KL/TW (17 October 2025) says the congresses were held: each was held no later than that day.
var tracker = new TaskTracker(
    [.. congresses.Expand(chart), .. nonLocal.Expand(chart)],
    congresses.Expand(chart).Select(a => CompletionReport.NoLaterThan(congresses.Id, a.Assignee.Id, new LocalDate(2025, 10, 17), conclusion200)));

// The news report nothing province by province on the non-local posts: a missing report is not a fact.
TaskTracker partial = tracker.WithMissingReports(MissingReports.AreUnknown);
var asOf = new LocalDate(2025, 12, 31);
foreach ((string task, StatusSummary summary) in partial.ByTask(asOf))
{
    Console.WriteLine($"{task}: {summary}");
}

// April 2025 tasks to 63 provinces, tracked as 34 after the merger.
IReadOnlyDictionary<OrgModel.Organisations.OrgId, StatusSummary> byProvince = partial.ByProvince(asOf, chart);
Console.WriteLine($"Provinces after the merger: {byProvince.Count}; assignments counted: {byProvince.Values.Sum(s => s.Total)} of {partial.Count}");
