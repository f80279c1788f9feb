#:project ../../src/OrgModel/OrgModel.csproj
// The news story on the 11th Central Conference of the 13th term (10–12 April 2025), recorded with the model:
// `dotnet run docs/examples/story-central-conference-11.cs` from the repository root. Every fact below comes from the
// shared domain notes (facts.md, research-notes.md, sourced-notes.md; the line is named beside it) and docs/sources.md.
using System.Text.Json;
using NodaTime;
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

// The event: the 11th plenum sat 10–12 April 2025 and issued Resolution 60-NQ/TW (facts.md "Terms and events";
// research-notes §4.3).
TenureFacts.TryGetCentralConference(13, 11, out CentralConference? conference);
Console.WriteLine($"{conference} — {conference!.VietnameseName}; event {conference.Event.Id}; issued {string.Join(", ", conference.Documents)}");

// The document: Resolution 60-NQ/TW of 12 April 2025, signed by Tô Lâm (facts.md "Documents named in the news";
// research-notes §6). Resolution 202/2025/QH15 implements it (research-notes §3.4).
Document resolution = registry.Resolve(DocumentNumber.Parse("60-NQ/TW"), new LocalDate(2025, 4, 12)).Document!;
Console.WriteLine($"{resolution.Key}: {resolution.Title}");
Console.WriteLine($"  from {resolution.Conference}; implemented by {string.Join(", ", registry.Implementing(resolution).Select(d => d.Key))}");

// A national conference disseminated it on 16 April 2025 (research-notes §4.3; sourced-notes "Central Conferences").
TenureFacts.TryGetEvent("vn.party.conference.2025-04-16", out PoliticalEvent? dissemination);
Console.WriteLine($"  disseminated at: {dissemination}");

// What the resolution decided (research-notes §6): 34 provinces, two-tier local government without districts, a
// constitutional amendment, the Fatherland Front and mass organisations merged, preparations for the 14th Congress. The
// notes give its subjects, not its deadlines, so each task is Ongoing: a tracker never calls it late on a date nobody set.
LocalDate issued = resolution.IssueDate;
var nationalAssembly = OrgId.Parse("vn.state.national-assembly");

// The arrangement of the provinces and the amendment are acts of the National Assembly (Resolution 202/2025/QH15 of
// 12 June 2025; the amendment adopted 16 June 2025, 470/470: research-notes §3.4), so it leads them.
var provinces = new TaskItem(
    "60-NQ/TW#provinces", issued, "arrange the provincial-level units, 63 to 34",
    AssignmentScope.ForOrganisation(nationalAssembly), Deadline.Ongoing, source: resolution.Number);
var constitution = new TaskItem(
    "60-NQ/TW#constitution", issued, "amend the Constitution for two-tier local government",
    AssignmentScope.ForOrganisation(nationalAssembly), Deadline.Ongoing, source: resolution.Number);

// The merger of the Fatherland Front and the mass organisations: Decision 304-QĐ/TW (10 June 2025) put the five
// socio-political organisations under the Front's Standing Board from 1 July 2025 (research-notes §3.5). The notes name
// no body the resolution charged with it: the task records that gap instead of guessing a lead.
var front = new TaskItem("60-NQ/TW#front", issued, "merge the Fatherland Front and the central mass organisations",
    leads: null, Deadline.Ongoing, source: resolution.Number);
Console.WriteLine($"\n{front.Id} lacks: {string.Join(", ", front.Missing(ClarityPrinciple.SixClears))}");

// Evidence of completion. Resolution 202/2025/QH15 is numbered; the resolution amending the Constitution is cited by the
// notes without a confirmed number ("believed 203/2025/QH15", research-notes §3.4), so it is recorded as a text without a
// number, and the completion report points at its key. The title is the one of the published full text
// (laodongthudo.vn, research-notes §3.4).
Document amendment = Document.Unnumbered(DocumentKind.Resolution, [nationalAssembly], new LocalDate(2025, 6, 16),
    "Resolution amending and supplementing a number of articles of the 2013 Constitution", system: DocumentSystem.State,
    relations: [new DocumentRelation(DocumentRelationKind.Implements, new DocumentReference(resolution.Key))]);
registry = registry.With(amendment);
Document arrangement = registry.Resolve(DocumentNumber.Parse("202/2025/QH15")).Document!;

Assignment[] assignments = [.. provinces.Expand(chart), .. constitution.Expand(chart)];
CompletionReport[] reports =
[
    new CompletionReport(provinces.Id, nationalAssembly, arrangement.IssueDate).WithEvidence(arrangement.Key),
    new CompletionReport(constitution.Id, nationalAssembly, amendment.IssueDate).WithEvidence(amendment.Key),
];
var tracker = new TaskTracker(assignments, reports);
foreach (LocalDate day in new[] { new LocalDate(2025, 6, 13), new LocalDate(2025, 7, 1) })
{
    Console.WriteLine($"As of {day:uuuu-MM-dd}:");
    foreach ((string task, StatusSummary summary) in tracker.ByTask(day))
    {
        Console.WriteLine($"  {task}: {summary}");
    }
}

foreach (Assignment a in tracker.Assignments)
{
    Console.WriteLine($"  {a.Completion}");
}

// The report and its unnumbered evidence go to JSON and back through the source-generated context.
string json = JsonSerializer.Serialize(reports[1], OrgModelJson.Context.CompletionReport);
CompletionReport back = JsonSerializer.Deserialize(json, OrgModelJson.Context.CompletionReport)!;
Console.WriteLine($"\n{json}\n  evidence resolves to: {registry.Resolve(back.EvidenceKey!.Value).Document!.Title}");

// The result on the chart: the 63 provinces on 30 June 2025, the 34 from 1 July 2025 (facts.md "Structure").
AssignmentScope everyProvince = AssignmentScope.EveryProvince(ScopeBody.Unit);
Console.WriteLine($"\nProvinces on 2025-06-30: {everyProvince.Expand(chart, new LocalDate(2025, 6, 30)).Count}; on 2025-07-01: {everyProvince.Expand(chart, new LocalDate(2025, 7, 1)).Count}");
