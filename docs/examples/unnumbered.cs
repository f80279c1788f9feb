#:project ../../src/OrgModel/OrgModel.csproj
// Texts without a number as task sources: `dotnet run docs/examples/unnumbered.cs` from the repository root.
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents.Model;
using OrgModel.ReferenceData;
using OrgModel.Tasks;
using OrgModel.Tenures;

DocumentRegistry registry = DocumentRegistry.Vietnam;

// The 14th National Congress closed on 23 January 2026; its resolution carries no number. It is found by kind and date
// like any document, and identified by its key (kind, event, date, title slug).
Document resolution = registry.Query(DocumentKind.Resolution, from: new LocalDate(2026, 1, 23), to: new LocalDate(2026, 1, 23))
    .Single(d => !d.IsNumbered);
Console.WriteLine($"{resolution}");
Console.WriteLine($"  key: {resolution.Key}");
TenureFacts.TryGetEvent(resolution.IssuedAt, out PoliticalEvent? congress);
Console.WriteLine($"  issued at: {congress}");

// The key is a string that parses back: store it, send it as JSON, resolve it later.
DocumentKey key = DocumentKey.Parse(resolution.Key.ToString());
Console.WriteLine($"  resolves back: {registry.Resolve(key).Status}");

// A task citing it passes the six clears (clear authority = a cited source) and rolls up by that key.
var task = new TaskItem(
    "14th Congress resolution: dissemination",
    resolution.IssueDate,
    action: "Disseminate and implement the Resolution of the 14th National Party Congress",
    leads: AssignmentScope.EveryProvince(ScopeBody.PartyCommittee),
    deadline: Deadline.ParsePhrase("trước ngày 31/12/2026", resolution.IssueDate),
    deliverable: "implementation programme",
    responsible: "standing committee of the provincial Party committee");
Console.WriteLine($"\nWithout a source, missing: {string.Join(", ", task.Missing(ClarityPrinciple.SixClears))}");
task = task.WithSource(resolution.Key);
Console.WriteLine($"With the resolution as source, missing: {task.Missing(ClarityPrinciple.SixClears).Count} (source key {task.SourceKey})");

var tracker = new TaskTracker(task.Expand(VietnamReferenceData.OrgChart, new LocalDate(2026, 2, 1)));
Instant at = new LocalDateTime(2026, 2, 8, 12, 0).InZoneStrictly(VietnamTime.Zone).ToInstant();
foreach ((DocumentKey source, StatusSummary summary) in tracker.ByDocumentKey(at))
{
    Console.WriteLine($"By source {source}: {summary}");
}

// The reports the 13th Central Committee submitted to the congress, and the terms texts write without a kind.
Console.WriteLine("\nReports submitted to the 14th Congress:");
foreach (Document report in registry.Query(DocumentKind.Report, from: new LocalDate(2026, 1, 23), to: new LocalDate(2026, 1, 23)))
{
    Console.WriteLine($"  {report.Title}");
}

TenureReadings readings = Tenure.ReadingsOf("the 2026–2031 term");
Console.WriteLine($"\n{readings}");
TenureFacts.TryFindCentralConference("the 12th Central Conference", new LocalDate(2025, 7, 20), out CentralConference? twelfth);
Console.WriteLine($"\"the 12th Central Conference\" in a July 2025 text: {twelfth}");
