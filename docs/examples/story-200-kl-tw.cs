#:project ../../src/OrgModel/OrgModel.csproj
// The news story on Conclusion 200-KL/TW (17 October 2025: Party congresses at all levels held), recorded with the model:
// `dotnet run docs/examples/story-200-kl-tw.cs` from the repository root. Every fact below comes from the shared domain
// notes (facts.md, research-notes.md, sourced-notes.md; the line is named beside it) and docs/sources.md.
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
using OrgModel.Tenures;

Console.OutputEncoding = System.Text.Encoding.UTF8;
OrgChart chart = VietnamReferenceData.OrgChart;
DocumentRegistry registry = DocumentRegistry.Vietnam;

// The document: 17 October 2025, the Politburo and the Secretariat, signed by Trần Cẩm Tú, on Report 493-BC/VPTW of
// 16 October 2025 (facts.md "Documents named in the news", where the news leave it unnumbered; research-notes §6 gives the
// number). It says the congresses followed Directive 45-CT/TW of 14 April 2025.
Document conclusion = registry.Resolve(DocumentNumber.Parse("200-KL/TW")).Document!;
Console.WriteLine($"{conclusion.Key}: {conclusion.Title}");
Console.WriteLine($"  signed by {string.Join(", ", conclusion.Signers.Select(s => s.Name))}; issued by {string.Join(" and ", conclusion.IssuingBodies)}");
foreach (DocumentRelation r in conclusion.Relations)
{
    Console.WriteLine($"  {r.Kind} {r.Target}");
}

Document directive = registry.Resolve(DocumentNumber.Parse("45-CT/TW"), new LocalDate(2025, 4, 14)).Document!;
LocalDate signed = conclusion.IssueDate;

// The congress round of Directive 45-CT/TW as the schedule ships it (facts.md "Instructions and deadlines in the news";
// research-notes §4.4): commune-level committees before 31 October 2025. The communes are the 3,321 in force from 1 July
// 2025; the chart holds them, not their Party committees, so each commune stands for its committee.
LocalCongressMilestone communeRound = TenureFacts.LocalCongressSchedule2025To2030
    .Single(m => m.Level == LocalCongressLevel.CommuneLevel && m.Task == LocalCongressTask.HoldCongresses);
var communes = new TaskItem(
    "45-CT/TW#commune-congresses", directive.IssueDate, "hold the commune, ward and special-zone Party congresses, 2025–2030 term",
    AssignmentScope.EveryCommune(ScopeBody.PartyCommittee).WithUnitForMissingBody(),
    Deadline.Before(communeRound.Before), source: directive.Number);

// The grassroots congresses: the sources disagree on the day (KnownConflicts.GrassrootsCongressDeadline). Both readings are
// kept; the task takes the default one, and what each reading would make of a congress held on a given day is shown.
ConflictingFact grassrootsDay = KnownConflicts.GrassrootsCongressDeadline;
Console.WriteLine($"\n{grassrootsDay.Question}");
foreach (SourcedReading reading in grassrootsDay.Readings)
{
    Deadline d = Deadline.Before(LocalDatePattern.Iso.Parse(reading.Value!).Value);
    Console.WriteLine($"  {reading.Statement} → {d}; a congress on 2025-07-15 is on time: {d.IsOnTime(new LocalDate(2025, 7, 15))}");
}

var grassroots = new TaskItem(
    "45-CT/TW#grassroots-congresses", directive.IssueDate, "hold the grassroots Party congresses, 2025–2030 term",
    leads: null, Deadline.Before(LocalDatePattern.Iso.Parse(grassrootsDay.Default.Value!).Value), source: directive.Number);
// Grassroots Party organisations are not in the chart, so the task has no assignee to track (facts.md "Structure").
Console.WriteLine($"  {grassroots.Id}: {grassroots.Deadline} (default reading); lacks {string.Join(", ", grassroots.Missing())}");

// What 200-KL/TW asks (research-notes §6: arrange posts, non-local appointments, consult on the 14th Congress drafts; the
// news, vietnamnews.vn 1727548 in docs/sources.md: "promptly" consolidate and arrange the leading posts, issue action
// programmes, collect opinions on the drafts through the Commission for Information, Education and Mass Mobilisation and
// the Party committees of the National Assembly and of the Fatherland Front and central mass organisations).
// "All Party committees and organisations": the chart holds the Party committees directly under the Central Committee (six
// central, 34 provincial), so the tracker follows those.
AssignmentScope committees = AssignmentScope.PartyCommitteesDirectlyUnderCentralCommittee;
var posts = new TaskItem("200-KL/TW#posts", signed, "consolidate and arrange the leading posts after the congresses",
    committees, Deadline.ParsePhrase("promptly", signed), source: conclusion.Number);
var programmes = new TaskItem("200-KL/TW#action-programmes", signed, "issue action programmes implementing the congress resolutions",
    committees, Deadline.Ongoing, source: conclusion.Number);
var drafts = new TaskItem("200-KL/TW#draft-opinions", signed, "collect opinions on the draft documents of the 14th Congress",
    AssignmentScope.Union(
        AssignmentScope.ForOrganisation(OrgId.Parse("vn.party.central-information-education-mass-mobilisation-commission")),
        AssignmentScope.ForOrganisation(OrgId.Parse("vn.party.national-assembly-party-committee")),
        AssignmentScope.ForOrganisation(OrgId.Parse("vn.party.fatherland-front-mass-organisations-party-committee"))),
    Deadline.Ongoing, source: conclusion.Number);

// Non-local appointments: named here without a date; Conclusion 201-KL/TW (31 October 2025) restates the obligation with
// one, 15 December 2025 (story-201-kl-tw.cs).
var nonLocal = new TaskItem("200-KL/TW#non-local", signed, "appoint non-local holders of leading provincial posts",
    AssignmentScope.EveryProvince(ScopeBody.PartyCommittee), Deadline.Ongoing, source: conclusion.Number);
var restated = new TaskItem("201-KL/TW#non-local-posts", new LocalDate(2025, 10, 31), "arrange non-local holders of the posts the conclusion names",
    AssignmentScope.EveryProvince(ScopeBody.PartyCommittee), Deadline.ParsePhrase("trước ngày 15/12/2025", new LocalDate(2025, 10, 31)),
    source: DocumentNumber.Parse("201-KL/TW"))
    .WithLinks([new TaskLink(TaskLinkKind.Restates, nonLocal.Id)]);

// Instructions facts.md lists among the news without naming their document: the story records them without a source
// rather than cite one the notes do not give (so the six clears miss "authority"), and without a lead where none is named.
var ideology = new TaskItem("news#ideology-regulation-report", signed, "report on a regulation on political and ideological work",
    leads: null, Deadline.ParsePhrase("in November", signed), deliverable: "report to the Politburo");
Deadline afterSix = Deadline.ParsePhrase("after 6 months", signed).AnchoredAt(VietnamReferenceData.TwoTierReformDate, "the two-level local government entered operation");
var twoTierSummary = new TaskItem("news#two-tier-summary", signed, "comprehensive summary of the two-level local government model",
    leads: null, afterSix);
foreach (TaskItem t in new[] { ideology, twoTierSummary })
{
    Console.WriteLine($"{t.Id}: {t.Deadline} → due {t.DueDate:uuuu-MM-dd}; lacks {string.Join(", ", t.Missing(ClarityPrinciple.SixClears))}");
}

// The conclusion says the congresses were held: each commune-level congress was held no later than 17 October 2025.
IReadOnlyList<Assignment> communeAssignments = communes.Expand(chart, VietnamReferenceData.TwoTierReformDate);
TaskItem[] tracked = [posts, programmes, drafts, nonLocal, restated];
var tracker = new TaskTracker(
    [.. communeAssignments, .. tracked.SelectMany(t => t.Expand(chart))],
    communeAssignments.Select(a => CompletionReport.NoLaterThan(communes.Id, a.Assignee.Id, signed).WithEvidence(conclusion.Key)))
    .WithMissingReports(MissingReports.AreUnknown);
foreach (LocalDate day in new[] { new LocalDate(2025, 10, 16), signed, new LocalDate(2025, 12, 31) })
{
    Console.WriteLine($"\nAs of {day:uuuu-MM-dd}: {tracker.Summary(day)}");
    foreach ((string task, StatusSummary summary) in tracker.ByTask(day))
    {
        Console.WriteLine($"  {task}: {summary}");
    }
}

Console.WriteLine($"\nBy source document on 2025-12-31:");
foreach ((DocumentKey source, StatusSummary summary) in tracker.ByDocumentKey(new LocalDate(2025, 12, 31)))
{
    Console.WriteLine($"  {source}: {summary}");
}

// The links and the tasks travel as JSON through the source-generated context.
string json = JsonSerializer.Serialize(restated, OrgModelJson.Context.TaskItem);
Console.WriteLine($"\n{json}");
