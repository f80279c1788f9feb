#:project ../../src/OrgModel/OrgModel.csproj
// Personnel over the shared facts: `dotnet run docs/examples/personnel.cs` from the repository root.
// Real people and dates come from the shared domain notes (see docs/sources.md); "Nguyễn Văn A" is a placeholder.
using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using OrgModel.Tenures;

Console.OutputEncoding = System.Text.Encoding.UTF8;

// Names: parts, display, short reference, forgiving match, Vietnamese order.
var toLam = VietnameseName.Parse("tô  LÂM");
Console.WriteLine($"{toLam}: family {toLam.Family}, given {toLam.Given}; {toLam.ShortReference("General Secretary")}");
Console.WriteLine($"\"To Lam\" matches {toLam}: {toLam.Matches("To Lam")}");
string[] listed = ["Vương Đình Huệ", "Nguyễn Xuân Phúc", "Võ Văn Thưởng", "Lê Minh Khái", "Nguyễn Thị Kim Tiến", "Đỗ Đức Duy", "Võ Chí Công"];
Console.WriteLine("Sorted by given name: " + string.Join(", ", listed.Select(VietnameseName.Parse).Order(VietnameseName.Comparer)));
Console.WriteLine();

// People and posts of the 12th Central Conference of the 13th term (18-19 July 2025).
PersonnelRecord book = PersonnelRecord.Empty;
foreach (string name in listed.Append("Tô Lâm").Append("Trần Sỹ Thanh"))
{
    book = book.WithPerson(new Person(Id(name), VietnameseName.Parse(name)));
}

var centralCommittee = OrgId.Parse("vn.party.central-committee");
Tenure xiii = Tenure.NationalParty(13);
Tenure xiv = Tenure.NationalParty(14);
// The day each became a member is not in the facts: the start of the 13th term stands in for it.
LocalDate termStart = xiii.ActualStart!.Value;
book = book
    .WithAppointment(new Appointment(Id("Đỗ Đức Duy"), Post.CentralCommitteeMember, termStart, AppointmentStart.Elected, xiii))
    .WithAppointment(new Appointment(Id("Võ Chí Công"), Post.CentralCommitteeAlternateMember, termStart, AppointmentStart.Elected, xiii));

var closing = new LocalDate(2025, 7, 19);
var discipline = DocumentNumber.Parse("69-QĐ/TW");
book = book
    .EndAppointment(Id("Đỗ Đức Duy"), Post.CentralCommitteeMember, closing, AppointmentEnd.CeasedToBeMember)
    .EndAppointment(Id("Võ Chí Công"), Post.CentralCommitteeAlternateMember, closing, AppointmentEnd.CeasedToBeMember);
foreach (string name in new[] { "Nguyễn Xuân Phúc", "Võ Văn Thưởng", "Vương Đình Huệ", "Lê Minh Khái" })
{
    book = book.Apply(DisciplinaryDecision.RemovalFromAllPartyPosts(Id(name), centralCommittee, closing, legalBasis: discipline));
}

var expulsion = DisciplinaryDecision.ForMember(Id("Nguyễn Thị Kim Tiến"), DisciplineForm.Expulsion, centralCommittee, closing, legalBasis: discipline);
book = book.Apply(expulsion).Apply(expulsion); // applying twice changes nothing
Console.WriteLine("Decisions of the 12th Central Conference, 13th term:");
foreach (DisciplinaryDecision d in book.Decisions)
{
    Console.WriteLine($"  {book.Find(d.Member!.Value)!.Name}: {d.Form}{(d.RemovesAllPartyPosts ? " from all Party posts" : "")}, effective {d.EffectiveDate:d MMM yyyy}");
}

Console.WriteLine($"  Nguyễn Thị Kim Tiến still a member on 20 Jul 2025: {!book.IsMembershipEndedOn(Id("Nguyễn Thị Kim Tiến"), new LocalDate(2025, 7, 20))}");
Console.WriteLine($"  Central Committee (full and alternate) members in this book on 18 Jul 2025: {book.MembersOn(centralCommittee, new LocalDate(2025, 7, 18)).Count}, on 19 Jul: {book.MembersOn(centralCommittee, closing).Count}");
foreach (Appointment a in book.Career(Id("Đỗ Đức Duy")))
{
    Console.WriteLine($"  {a}");
}

Console.WriteLine();

// General Secretary and the 14th term.
var gsXiii = new LocalDate(2024, 8, 3);
var firstPlenumXiv = new LocalDate(2026, 1, 23);
var inspection = OrgId.Parse("vn.party.central-inspection-commission");
book = book
    .WithAppointment(new Appointment(Id("Tô Lâm"), Post.GeneralSecretary, gsXiii, AppointmentStart.Elected, xiii, firstPlenumXiv, AppointmentEnd.TermEnded))
    .WithAppointment(new Appointment(Id("Tô Lâm"), Post.GeneralSecretary, firstPlenumXiv, AppointmentStart.Elected, xiv))
    .WithAppointment(new Appointment(Id("Trần Sỹ Thanh"), Post.InspectionCommissionChair(inspection), new LocalDate(2025, 11, 5), AppointmentStart.Elected, xiii, firstPlenumXiv, AppointmentEnd.TermEnded))
    .WithAppointment(new Appointment(Id("Trần Sỹ Thanh"), Post.InspectionCommissionChair(inspection), firstPlenumXiv, AppointmentStart.Elected, xiv))
    .WithAppointment(new Appointment(Id("Trần Sỹ Thanh"), Post.PolitburoMember, firstPlenumXiv, AppointmentStart.Elected, xiv));
// Politburo members of the 14th term named in decision 05-QĐNS/TW (30 Jan 2026), elected at the first plenum.
string[] politburoXiv = ["Trần Cẩm Tú", "Lê Minh Hưng", "Trịnh Văn Quyết", "Lê Minh Trí", "Phạm Gia Túc", "Nguyễn Thanh Nghị", "Bùi Thị Minh Hoài", "Nguyễn Trọng Nghĩa"];
foreach (string name in politburoXiv)
{
    book = book.WithPerson(new Person(Id(name), VietnameseName.Parse(name)))
        .WithAppointment(new Appointment(Id(name), Post.PolitburoMember, firstPlenumXiv, AppointmentStart.Elected, xiv));
}

book = book.WithAppointment(new Appointment(Id("Trần Cẩm Tú"), Post.PermanentMemberOfSecretariat, firstPlenumXiv, AppointmentStart.Elected, xiv));
var march1 = new LocalDate(2026, 3, 1);
Console.WriteLine($"Permanent Member of the Secretariat on 1 Mar 2026: {book.HolderOn(Post.PermanentMemberOfSecretariat, march1)!.Name.ShortReference("Permanent Member")}");
Console.WriteLine($"General Secretary on 1 Mar 2026: {book.HolderOn(Post.GeneralSecretary, march1)}");
Console.WriteLine($"Politburo members in this book on 1 Mar 2026: {string.Join(", ", book.MembersOn(OrgId.Parse("vn.party.politburo"), march1).Select(p => p.Name))}");
Console.WriteLine("Career of Trần Sỹ Thanh:");
foreach (Appointment a in book.Career(Id("Trần Sỹ Thanh")))
{
    Console.WriteLine($"  {a.Post.Title} ({a.Term}) from {a.Start:d MMM yyyy}{(a.End is { } e ? $" until {e:d MMM yyyy} ({a.HowEnded})" : "")}");
}

Console.WriteLine();

// The non-local rule over the reference chart: a placeholder person born in a ward of old Hà Giang (00691),
// which became part of Tuyên Quang on 1 July 2025, chairing Tuyên Quang's People's Committee.
OrgChart chart = VietnamReferenceData.OrgChart;
var deadline = NonLocalRule.Conclusion201Deadline;
Organisation tuyenQuangCommittee = chart.AsOf(deadline).BodiesOf(VietnamReferenceData.UnitId2025("08"))!.PeoplesCommittee!;
var placeholder = new Person(PersonId.Parse("placeholder-a"), VietnameseName.Parse("Nguyễn Văn A"), PartialDate.FromYear(1970),
    birthplace: VietnamReferenceData.UnitIdBefore2025Reform("00691"));
book = book.WithPerson(placeholder)
    .WithAppointment(new Appointment(placeholder.Id, Post.PeoplesCommitteeChair(tuyenQuangCommittee.Id), new LocalDate(2025, 7, 1), AppointmentStart.Elected));
Console.WriteLine($"Rules on {deadline:d MMM yyyy} ({placeholder} — ToString shows no birth data):");
foreach (RuleViolation v in PersonnelRules.Evaluate(PersonnelRules.All, chart, book, deadline))
{
    Console.WriteLine($"  {v}: province {v.Province?.Name ?? "unknown"}, reason {v.Reason}");
}

static PersonId Id(string name) => PersonId.Parse(name switch
{
    "Tô Lâm" => "to-lam",
    "Trần Sỹ Thanh" => "tran-sy-thanh",
    "Nguyễn Xuân Phúc" => "nguyen-xuan-phuc",
    "Võ Văn Thưởng" => "vo-van-thuong",
    "Vương Đình Huệ" => "vuong-dinh-hue",
    "Lê Minh Khái" => "le-minh-khai",
    "Nguyễn Thị Kim Tiến" => "nguyen-thi-kim-tien",
    "Đỗ Đức Duy" => "do-duc-duy",
    "Võ Chí Công" => "vo-chi-cong",
    "Trần Cẩm Tú" => "tran-cam-tu",
    "Lê Minh Hưng" => "le-minh-hung",
    "Trịnh Văn Quyết" => "trinh-van-quyet",
    "Lê Minh Trí" => "le-minh-tri",
    "Phạm Gia Túc" => "pham-gia-tuc",
    "Nguyễn Thanh Nghị" => "nguyen-thanh-nghi",
    "Bùi Thị Minh Hoài" => "bui-thi-minh-hoai",
    "Nguyễn Trọng Nghĩa" => "nguyen-trong-nghia",
    _ => throw new ArgumentException("Unknown name.", nameof(name)),
});
