#:project ../../src/OrgModel/OrgModel.csproj
// A tour of OrgModel over its embedded reference data: `dotnet run docs/examples/tour.cs` from the repository root.
// Each capability has a section; the guides in docs/ go further.
using System.Text.Json;
using NodaTime;
using OrgModel.Calendar;
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

// --- Documents: identifiers, citations, the registry (docs/documents.md, docs/document-model.md) ---
Section("Documents: identifiers as people write them, citations in text, the registry");
foreach (string written in new[] { "Số 201-KL/TW", "no. 520 - bc / btctw", "30/2020/ND-CP", "759 / qđ – ttg" })
{
    Console.WriteLine($"  \"{written}\" → {DocumentNumber.Parse(written)}");
}

Console.WriteLine($"  \"201-KL\" rejected: {(DocumentNumber.TryParse("201-KL", out _) ? "no" : "yes")}");
const string News = "Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị và Nghị quyết số 202/2025/QH15";
foreach (Citation c in CitationExtractor.Extract(News))
{
    Console.WriteLine($"  cited: {c.Number} ({c.Kind?.EnglishName ?? "?"}{(c.Date is { } cd ? $", {cd:uuuu-MM-dd}" : "")})");
}

DocumentRegistry registry = DocumentRegistry.Vietnam;
Document conclusion201 = registry.Resolve(DocumentNumber.Parse("201-KL/TW")).Document!;
Console.WriteLine($"  {registry.Documents.Count} documents shipped; {conclusion201}");
Console.WriteLine($"    issued by {string.Join(" and ", conclusion201.IssuingBodies.Select(id => history.Find(id)!.EnglishName))}; term {conclusion201.Term?.ToString("R", null)}");

// --- Tasks and deadlines (docs/deadlines.md) ---
Section("Deadlines: phrases, interpretation, and on-time status");
var documentDate = new LocalDate(2025, 10, 31);
foreach (string phrase in new[] { "trước ngày 31/7/2025", "in November", "quý I/2026", "within 10 working days" })
{
    Deadline d = Deadline.ParsePhrase(phrase, documentDate);
    Console.WriteLine($"  \"{phrase}\" → {d} → last day on time {d.DueDate(documentDate):uuuu-MM-dd}");
}

Deadline strictly = Deadline.ParsePhrase("trước ngày 31/7/2025", documentDate, BeforeInterpretation.Exclusive);
Console.WriteLine($"  read \"before\" as exclusive: due {strictly.DueDate():uuuu-MM-dd}; passes at {strictly.PassesAt(default)} (UTC, midnight in Asia/Ho_Chi_Minh)");
var chairs = new TaskItem("201-KL/TW non-local chairs", documentDate, "Arrange non-local chairs of provincial People's Committees",
    AssignmentScope.EveryProvince(ScopeBody.PartyCommittee), Deadline.ParsePhrase("trước ngày 15/12/2025", documentDate), DocumentNumber.Parse("201-KL/TW"));
IReadOnlyList<Assignment> assignments = chairs.Expand(history);
var tracker = new TaskTracker(assignments, assignments.Take(30).Select(a => new CompletionReport(chairs.Id, a.Assignee.Id, new LocalDate(2025, 12, 10))));
Instant endOfYear = new LocalDateTime(2025, 12, 31, 12, 0).InZoneStrictly(VietnamTime.Zone).ToInstant();
Console.WriteLine($"  {assignments.Count} provincial assignments; with 30 illustrative reports, on 2025-12-31: {tracker.Summary(endOfYear)}");

// --- Personnel (docs/personnel.md) ---
Section("Personnel: names, appointments, discipline");
var toLam = VietnameseName.Parse("tô  LÂM");
Console.WriteLine($"  {toLam}: {toLam.ShortReference("General Secretary")}; matches \"To Lam\": {toLam.Matches("To Lam")}");
string[] names = ["Vương Đình Huệ", "Nguyễn Xuân Phúc", "Võ Văn Thưởng", "Lê Minh Khái"];
Console.WriteLine($"  by given name: {string.Join(", ", names.Select(VietnameseName.Parse).Order(VietnameseName.Comparer))}");
var gs = PersonId.Parse("to-lam");
var firstPlenumXiv = new LocalDate(2026, 1, 23);
PersonnelRecord book = PersonnelRecord.Empty
    .WithPerson(new Person(gs, toLam))
    .WithAppointment(new Appointment(gs, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Tenure.NationalParty(13), firstPlenumXiv, AppointmentEnd.TermEnded))
    .WithAppointment(new Appointment(gs, Post.GeneralSecretary, firstPlenumXiv, AppointmentStart.Elected, Tenure.NationalParty(14)));
Console.WriteLine($"  General Secretary on 2026-03-01: {book.HolderOn(Post.GeneralSecretary, new LocalDate(2026, 3, 1))}; career: {book.Career(gs).Count} appointments");

// --- Who holds what (docs/personnel.md, docs/examples/who-holds-what.cs) ---
Section("Who holds what: the shipped leaders, each fact sourced");
PersonnelRecord leaders = VietnamLeaders.Record;
var mid2025 = new LocalDate(2025, 6, 1);
foreach ((string title, Post post) in new[] { ("General Secretary", Post.GeneralSecretary), ("President", Post.President), ("Prime Minister", Post.PrimeMinister), ("Chairman of the National Assembly", Post.NationalAssemblyChair) })
{
    Console.WriteLine($"  {title} on {mid2025:uuuu-MM-dd}: {leaders.HolderOn(post, mid2025)?.Name.ToString() ?? "no sourced holder"}");
}

Console.WriteLine($"  Politburo on 2026-02-01: {leaders.MembersOn(OrgId.Parse("vn.party.politburo"), new LocalDate(2026, 2, 1)).Count} members; Secretariat: {leaders.HoldersOn(Post.SecretariatMember, new LocalDate(2026, 2, 1)).Count}");
var spring2026 = new LocalDate(2026, 3, 21);
Console.WriteLine($"  the same four posts on {spring2026:uuuu-MM-dd}: {string.Join(", ", new[] { Post.GeneralSecretary, Post.President, Post.PrimeMinister, Post.NationalAssemblyChair }.Select(p => leaders.HolderOn(p, spring2026)?.Name.ToString() ?? "-"))}");
Console.WriteLine($"  sourced through {VietnamLeaders.SourcedThrough:uuuu-MM-dd}: 2026-05-01 (after the 16th National Assembly's first session) is {(VietnamLeaders.Covers(new LocalDate(2026, 5, 1)) ? "covered" : "not covered")}");
PostHolder organisationHead = leaders.HoldersWithEvidenceOn(Post.CommissionHead(OrgId.Parse("vn.party.central-organisation-commission")), new LocalDate(2026, 1, 30))[0];
Console.WriteLine($"  Head of the Organisation Commission on 2026-01-30: {organisationHead.Person.Name} ({organisationHead.Evidence} from {organisationHead.Appointment!.Start:uuuu-MM-dd})");
PostHolder propagandaHead = leaders.HoldersWithEvidenceOn(Post.CommissionHead(OrgId.Parse("vn.party.central-information-education-mass-mobilisation-commission")), new LocalDate(2025, 2, 3))[0];
Console.WriteLine($"  Head of the Information, Education and Mass Mobilisation Commission on 2025-02-03: {propagandaHead.Person.Name} ({propagandaHead.Evidence}: start and end unknown)");

// --- Calendar (docs/calendar.md) ---
Section("Calendar: lunar dates at UTC+7, holidays, working days");
Console.WriteLine($"  Tết 2026: {VietnameseLunarDate.NewYear(2026):uuuu-MM-dd} ({VietnameseLunarDate.SexagenaryName(2026)}); Tết 1985 at UTC+7: {VietnameseLunarDate.NewYear(1985):uuuu-MM-dd}");
Console.WriteLine($"  2025-08-01 is {VietnameseLunarDate.FromDate(new LocalDate(2025, 8, 1)).ToString("V", null)}");
Console.WriteLine($"  holidays of 2025: {string.Join(", ", PublicHolidays.Vietnam.InYear(2025).Select(h => h.Date.ToString("d/M", null)))}");
Console.WriteLine($"  10 working days after Fri 2025-04-25: {WorkingDayCalendar.Default.AddWorkingDays(new LocalDate(2025, 4, 25), 10):ddd uuuu-MM-dd}");

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
