#:project ../../src/OrgModel/OrgModel.csproj
// The news story on the 14th National Party Congress (19–23 January 2026), recorded with the model:
// `dotnet run docs/examples/story-14th-congress.cs` from the repository root. Every fact below comes from the shared domain
// notes (facts.md, research-notes.md, sourced-notes.md; the line is named beside it) and docs/sources.md.
using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
using OrgModel.Tenures;

Console.OutputEncoding = System.Text.Encoding.UTF8;
OrgChart chart = VietnamReferenceData.OrgChart;
DocumentRegistry registry = DocumentRegistry.Vietnam;

// The event: preparatory session 19 January, opened 20 January, closed 23 January 2026 (facts.md "Terms and events";
// research-notes §4.1: 1,586 delegates for more than 5.6 million members). It opened the 14th national Party term.
TenureFacts.TryGetNationalPartyCongress(14, out NationalPartyCongress? congress);
PoliticalEvent congressEvent = congress!.Event;
Console.WriteLine($"{congressEvent}; preparatory session {congress.PreparatorySession:uuuu-MM-dd}; term {congress.Term:F}");
Console.WriteLine($"  term in force on 2026-01-19: {Tenure.NationalPartyTermOn(new LocalDate(2026, 1, 19)):V}; on 2026-01-20: {Tenure.NationalPartyTermOn(new LocalDate(2026, 1, 20)):V}");

// Its texts carry no number: the Resolution and the four reports of the 13th Central Committee (docs/sources.md), found by
// the event that issued them.
Console.WriteLine("Texts of the congress:");
foreach (Document text in registry.Documents.Where(d => d.IssuedAt == congressEvent.Id))
{
    Console.WriteLine($"  {text.Kind}: {text.Title}\n    key {text.Key}");
}

Document resolution = registry.Documents.Single(d => d.IssuedAt == congressEvent.Id && d.Kind == DocumentKind.Resolution);

// Decisions: the first plenum of the 14th Central Committee (23 January 2026) re-elected Tô Lâm General Secretary
// (facts.md "Terms and events"); Decision 05-QĐNS/TW (30 January 2026) assigned ten Politburo members to the Secretariat
// (sourced-notes §3). The shipped leaders record holds the appointments with their sources.
TenureFacts.TryGetCentralConference(14, 1, out CentralConference? firstPlenum);
PersonnelRecord leaders = VietnamLeaders.Record;
Console.WriteLine($"\n{firstPlenum}: General Secretary on 2026-01-24: {leaders.HolderOn(Post.GeneralSecretary, new LocalDate(2026, 1, 24))?.Name}");
Document assignment = registry.Resolve(OrgModel.Documents.DocumentNumber.Parse("05-QĐNS/TW")).Document!;
Console.WriteLine($"{assignment.Key}: {assignment.Title}");

// Events after the congress: the national conference disseminating the Resolution (7 February 2026) and the election of the
// 16th National Assembly and People's Councils (15 March 2026) (docs/sources.md; facts.md "Terms and events").
TenureFacts.TryGetEvent("vn.party.conference.2026-02-07", out PoliticalEvent? dissemination);
TenureFacts.TryGetEvent("vn.election.2026-03-15", out PoliticalEvent? election);
Console.WriteLine($"\n{dissemination}\n{election}");

// "The 2026–2031 term" of the news is several terms at once: each reading is reported, none chosen silently.
Console.WriteLine(Tenure.ReadingsOf("the 2026–2031 term"));

// The tasks the news name (facts.md "Instructions and deadlines in the news"): review 2025 and launch the 2026 tasks; prepare
// the election. The news name no body, post or product for them: the Congress's own test, the six clears ("clear people,
// clear work, clear time, clear responsibility, clear product, clear authority"), shows what a tracker still lacks.
LocalDate closing = congress.Closing;
var review = new TaskItem("news#review-2025", closing, "review 2025 and launch the 2026 tasks", leads: null, Deadline.Ongoing);
// "Before the election": in a dated text the phrase means the next general election after that date (docs/deadlines.md), here
// the vote of 15 March 2026; Deadline.BeforeEvent(event) gives the same due date from the event itself, with its full name.
Deadline beforeElection = Deadline.BeforeEvent(election!);
var electionPreparation = new TaskItem("news#election-preparation", closing,
    "prepare the election of the 16th National Assembly and People's Councils, 2026–2031 term", leads: null, beforeElection);
Console.WriteLine($"\n\"before the election\" in a text of {closing:uuuu-MM-dd}: {Deadline.ParsePhrase("before the election", closing)}; from the event: {beforeElection}");
foreach (TaskItem t in new[] { review, electionPreparation })
{
    Console.WriteLine($"{t.Id}: {t.Deadline}; lacks {string.Join(", ", t.Missing(ClarityPrinciple.SixClears))}");
}

// The election timetable (sourced-notes §4, "16th National Assembly election"): boards formed by 4 January 2026, candidate
// dossiers by 1 February, official lists posted 26–27 February, the vote on Sunday 15 March. "Timelines, implementation
// roadmaps and measurable results" (the Congress line): a roadmap checks that each step is due before the next.
var roadmap = new Roadmap("Election of the 16th National Assembly and People's Councils",
[
    new Milestone("boards", "Election boards formed", Deadline.OnOrBefore(new LocalDate(2026, 1, 4))),
    new Milestone("dossiers", "Candidate dossiers submitted", Deadline.OnOrBefore(new LocalDate(2026, 2, 1)), ["boards"]),
    new Milestone("lists", "Official candidate lists posted", Deadline.OnOrBefore(new LocalDate(2026, 2, 27)), ["dossiers"]),
    new Milestone("vote", "Election day", Deadline.OnOrBefore(election!.Start), ["lists"]),
]);
Console.WriteLine($"{roadmap}: {(roadmap.Validate(closing).Count == 0 ? "consistent" : "inconsistent")}");
foreach (Milestone m in roadmap.Milestones)
{
    Console.WriteLine($"  {m.Name}: due {m.Deadline.DueDate():uuuu-MM-dd}{(m.Deadline.DueDate() < closing ? ", already past when the congress closed" : "")}");
}

// A tracked task: the Politburo, with the Secretariat, disseminated the Resolution at the national conference of
// 7 February 2026. The notes name the conference, not the article of the Resolution that asks for it, nor a deadline, so the
// task cites no source and is Ongoing; the completion report cites the conference's day.
var politburo = OrgId.Parse("vn.party.politburo");
var disseminate = new TaskItem("congress-14#dissemination", closing, "disseminate the Resolution of the 14th National Party Congress",
    AssignmentScope.ForOrganisation(politburo), Deadline.Ongoing, coordinators: [OrgId.Parse("vn.party.secretariat")]);
var tracker = new TaskTracker(disseminate.Expand(chart), [new CompletionReport(disseminate.Id, politburo, dissemination!.Start)]);
foreach (LocalDate day in new[] { new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 8) })
{
    Console.WriteLine($"As of {day:uuuu-MM-dd}: {tracker.Summary(day)}");
}

// The record travels as JSON through the source-generated context, events and texts included.
Console.WriteLine(JsonSerializer.Serialize(election, OrgModelJson.Context.PoliticalEvent));
Console.WriteLine(JsonSerializer.Serialize(resolution.Key, OrgModelJson.Context.DocumentKey));
