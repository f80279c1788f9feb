#:project ../../src/OrgModel/OrgModel.csproj
// The news story on the 12th Central Conference of the 13th term (18–19 July 2025), recorded with the model:
// `dotnet run docs/examples/story-central-conference-12.cs` from the repository root. Every fact below comes from the
// shared domain notes (facts.md, research-notes.md, sourced-notes.md; the line is named beside it) and docs/sources.md.
using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
using OrgModel.Tenures;

Console.OutputEncoding = System.Text.Encoding.UTF8;
OrgChart chart = VietnamReferenceData.OrgChart;

// The event: opened on the morning of 18 July, closed on the afternoon of 19 July 2025 (facts.md "Terms and events";
// research-notes §4.3). A 2025 text that says "the 12th Central Conference" means the 13th term's.
TenureFacts.TryFindCentralConference("the 12th Central Conference", new LocalDate(2025, 7, 20), out CentralConference? conference);
PoliticalEvent plenum = conference!.Event;
Console.WriteLine($"{conference} — {conference.VietnameseName}; event {plenum.Id}, {plenum.Start:d MMM} – {plenum.LastDay:d MMM yyyy}");
LocalDate closing = plenum.LastDay;

// Its business (facts.md; research-notes §4.3): documents and personnel for the 14th Congress. The work had to be ready when
// the congress sat: "before the 14th Congress" resolves to the day before its preparatory session (19 January 2026). The
// 15th plenum (22–23 December 2025) settled the final personnel and documents (research-notes §4.3): done no later than its
// last day. Its conclusions are not in the notes, so the report cites no document.
var centralCommittee = OrgId.Parse("vn.party.central-committee");
var preparation = new TaskItem(
    "hntw-12#congress-14-preparation", closing, "prepare the documents and the personnel of the 14th National Party Congress",
    AssignmentScope.ForOrganisation(centralCommittee), Deadline.ParsePhrase("before the 14th Congress", closing));
TenureFacts.TryGetCentralConference(13, 15, out CentralConference? fifteenth);
var tracker = new TaskTracker(preparation.Expand(chart),
    [CompletionReport.NoLaterThan(preparation.Id, centralCommittee, fifteenth!.Closing!.Value)]);
Console.WriteLine($"\n{preparation.Id}: due {preparation.DueDate:uuuu-MM-dd} ({preparation.Deadline.Wording})");
foreach (LocalDate day in new[] { new LocalDate(2025, 12, 1), new LocalDate(2026, 1, 19) })
{
    Console.WriteLine($"  as of {day:uuuu-MM-dd}: {tracker.Summary(day)} — {tracker.StatusOf(0, day)}");
}

// The decisions of 19 July 2025 (facts.md "Personnel and discipline"; research-notes §5): four former leaders removed from
// all their Party posts, one member expelled, one member and one alternate member ceased to belong to the 13th Central
// Committee. Discipline forms are those of Regulation 69-QĐ/TW (research-notes §5), the legal basis recorded here.
var discipline = DocumentNumber.Parse("69-QĐ/TW");
Console.WriteLine($"\nRules applied: {DocumentRegistry.Vietnam.Resolve(discipline).Document!.Title} ({discipline})");
string[] removed = ["Nguyễn Xuân Phúc", "Võ Văn Thưởng", "Vương Đình Huệ", "Lê Minh Khái"];
string[] everyone = [.. removed, "Nguyễn Thị Kim Tiến", "Đỗ Đức Duy", "Võ Chí Công"];
PersonnelRecord book = PersonnelRecord.Empty;
foreach (string name in everyone)
{
    book = book.WithPerson(new Person(Id(name), VietnameseName.Parse(name)));
}

// The day each joined the 13th Central Committee is not in the notes: the term's start (its congress opened 26 January
// 2021) stands for it, as the appointments need a start.
Tenure xiii = Tenure.NationalParty(13);
LocalDate termStart = xiii.ActualStart!.Value;
book = book
    .WithAppointment(new Appointment(Id("Đỗ Đức Duy"), Post.CentralCommitteeMember, termStart, AppointmentStart.Elected, xiii))
    .WithAppointment(new Appointment(Id("Võ Chí Công"), Post.CentralCommitteeAlternateMember, termStart, AppointmentStart.Elected, xiii))
    .EndAppointment(Id("Đỗ Đức Duy"), Post.CentralCommitteeMember, closing, AppointmentEnd.CeasedToBeMember)
    .EndAppointment(Id("Võ Chí Công"), Post.CentralCommitteeAlternateMember, closing, AppointmentEnd.CeasedToBeMember);
foreach (string name in removed)
{
    book = book.Apply(DisciplinaryDecision.RemovalFromAllPartyPosts(Id(name), centralCommittee, closing, legalBasis: discipline));
}

book = book.Apply(DisciplinaryDecision.ForMember(Id("Nguyễn Thị Kim Tiến"), DisciplineForm.Expulsion, centralCommittee, closing, legalBasis: discipline));
Console.WriteLine($"Decisions of {conference}:");
foreach (DisciplinaryDecision d in book.Decisions)
{
    Console.WriteLine($"  {book.Find(d.Member!.Value)!.Name}: {d.Form}{(d.RemovesAllPartyPosts ? " from all Party posts" : "")}, effective {d.EffectiveDate:d MMM yyyy}");
}

foreach (Appointment a in book.AppointmentsOn(new LocalDate(2025, 7, 18)))
{
    Console.WriteLine($"  {book.Find(a.Person)!.Name}: {a.Post.Title} until {a.End:d MMM yyyy} ({a.HowEnded})");
}

Console.WriteLine($"  Central Committee members in this record on 18 Jul: {book.MembersOn(centralCommittee, new LocalDate(2025, 7, 18)).Count}; on 19 Jul: {book.MembersOn(centralCommittee, closing).Count}");
Console.WriteLine($"  Nguyễn Thị Kim Tiến's membership ended on 19 Jul: {book.IsMembershipEndedOn(Id("Nguyễn Thị Kim Tiến"), closing)}");

// The record travels as JSON through the source-generated context.
string json = JsonSerializer.Serialize(book, OrgModelJson.Context.PersonnelRecord);
Console.WriteLine($"  JSON: {json.Length} characters; {JsonSerializer.Deserialize(json, OrgModelJson.Context.PersonnelRecord)!.Decisions.Count} decisions read back");

// The documents of the conference: the notes give no number, date or title for its conclusions (docs/document-model.md
// "What is not modelled"), so none is invented; a 2025 text citing "the 12th Central Conference" still resolves.
Console.WriteLine($"\nShipped documents of the conference: {conference.Documents.Count}");

static PersonId Id(string name) => PersonId.FromName(VietnameseName.Parse(name));
