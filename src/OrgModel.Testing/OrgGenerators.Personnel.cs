using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Tenures;

namespace OrgModel.Testing;

/// <content>Generators for <see cref="OrgModel.Personnel"/>.</content>
public static partial class OrgGenerators
{
    private const string NameLetters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Vương", "Đỗ", "Bùi", "Trịnh", "Tô"];
    private static readonly string[] MiddleNames = ["", "Văn", "Thị", "Minh", "Xuân", "Đức", "Chí", "Cẩm", "Thanh", "Gia", "Thị Kim"];
    private static readonly string[] GivenNames = ["Lâm", "Lam", "Tú", "Túc", "Phúc", "Huệ", "Khái", "Tiến", "Duy", "Công", "Hưng", "Trí", "Ân", "An", "Ăn"];
    private static readonly LocalDate PersonnelEpoch = new(2000, 1, 1);

    private static Gen<string> NameWord { get; } =
        from length in Gen.Choose(1, 6)
        from letters in Gen.ArrayOf(Gen.Elements(NameLetters.ToCharArray()), length)
        select char.ToUpperInvariant(letters[0]) + new string(letters, 1, length - 1);

    /// <summary>Valid Vietnamese names: common family, middle and given names, or random words of Vietnamese letters
    /// (with tones) so that ordering meets every letter.</summary>
    public static Gen<VietnameseName> VietnameseNameValue { get; } = Gen.OneOf(
        from f in Gen.Elements(FamilyNames)
        from m in Gen.Elements(MiddleNames)
        from g in Gen.Elements(GivenNames)
        select Personnel.VietnameseName.Create(f, m, g),
        from f in NameWord
        from middleCount in Gen.Choose(0, 2)
        from m in Gen.ArrayOf(NameWord, middleCount)
        from g in NameWord
        select Personnel.VietnameseName.Create(f, string.Join(' ', m), g));

    /// <summary>Valid person ids: 1–20 characters of a–z, 0–9 and '-'.</summary>
    public static Gen<PersonId> PersonIdValue { get; } =
        from length in Gen.Choose(1, 20)
        from chars in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-".ToCharArray()), length)
        select Personnel.PersonId.Parse(new string(chars));

    /// <summary>Partial dates 1900–2010: year only, year and month, or a full date.</summary>
    public static Gen<PartialDate> PartialDateValue { get; } =
        from days in Gen.Choose(0, 40_000)
        from precision in Gen.Choose(0, 2)
        let date = new LocalDate(1900, 1, 1).PlusDays(days)
        select precision switch
        {
            0 => Personnel.PartialDate.FromYear(date.Year),
            1 => Personnel.PartialDate.FromYearMonth(new YearMonth(date.Year, date.Month)),
            _ => Personnel.PartialDate.FromDate(date),
        };

    /// <summary>Valid people, some with birth date, birthplace and hometown (old or new reference unit ids).</summary>
    public static Gen<Person> PersonValue { get; } =
        from id in PersonIdValue
        from name in VietnameseNameValue
        from birth in Gen.OneOf(Gen.Constant((PartialDate?)null), PartialDateValue.Select(d => (PartialDate?)d))
        from birthplace in OptionalPlace
        from hometown in OptionalPlace
        select new Person(id, name, birth, birthplace, hometown);

    /// <summary>Valid posts: the central Party posts and posts of generated organisations.</summary>
    public static Gen<Post> PostValue { get; } = Gen.OneOf(
        Gen.Elements(
            Post.GeneralSecretary, Post.PolitburoMember, Post.SecretariatMember, Post.PermanentMemberOfSecretariat,
            Post.CentralCommitteeMember, Post.CentralCommitteeAlternateMember),
        from org in OrgId
        from make in Gen.Elements<Func<OrgId, Post>>(
            Post.PartySecretary, Post.DeputyPartySecretary, Post.PeoplesCommitteeChair, Post.InspectionCommissionChair, Post.ChiefInspector, Post.ChiefJudge)
        select make(org));

    /// <summary>Valid appointments from 2000 on, open or ended, with or without a term.</summary>
    public static Gen<Appointment> AppointmentValue { get; } =
        from person in PersonIdValue
        from post in PostValue
        from start in Gen.Choose(0, 12_000)
        from length in Gen.Choose(-1, 3_000)
        from began in Gen.Elements(Enum.GetValues<AppointmentStart>())
        from ended in Gen.Elements(Enum.GetValues<AppointmentEnd>())
        from term in Gen.OneOf(Gen.Constant((Tenure?)null), Gen.Choose(11, 16).Select(n => (Tenure?)Tenures.Tenure.NationalParty(n)))
        select length < 0
            ? new Appointment(person, post, PersonnelEpoch.PlusDays(start), began, term)
            : new Appointment(person, post, PersonnelEpoch.PlusDays(start), began, term, PersonnelEpoch.PlusDays(start + length + 1), ended);

    /// <summary>Valid disciplinary decisions against members or organisations, with or without a legal basis.</summary>
    public static Gen<DisciplinaryDecision> DisciplinaryDecisionValue { get; } =
        from member in PersonIdValue
        from org in OrgId
        from body in OrgId
        from day in Gen.Choose(0, 12_000)
        from delay in Gen.Choose(0, 30)
        from basis in Gen.OneOf(Gen.Constant((DocumentNumber?)null), DocumentNumberValue.Select(d => (DocumentNumber?)d))
        from posts in Gen.NonEmptyListOf(PostValue)
        from choice in Gen.Choose(0, 6)
        let date = PersonnelEpoch.PlusDays(day)
        let effective = date.PlusDays(delay)
        select choice switch
        {
            0 => DisciplinaryDecision.ForMember(member, DisciplineForm.Reprimand, body, date, effective, basis),
            1 => DisciplinaryDecision.ForMember(member, DisciplineForm.Warning, body, date, effective, basis),
            2 => DisciplinaryDecision.ForMember(member, DisciplineForm.Expulsion, body, date, effective, basis),
            3 => DisciplinaryDecision.RemovalFromPosts(member, posts, body, date, effective, basis),
            4 => DisciplinaryDecision.RemovalFromAllPartyPosts(member, body, date, effective, basis),
            5 => DisciplinaryDecision.ForOrganisation(org, DisciplineForm.Dissolution, body, date, effective, basis),
            _ => DisciplinaryDecision.ForOrganisation(org, DisciplineForm.Warning, body, date, effective, basis),
        };

    /// <summary>Valid personnel records: a few people and appointments among a few posts (overlapping candidates for single-holder
    /// posts are dropped, so the record is valid by construction).</summary>
    public static Gen<PersonnelRecord> PersonnelRecordValue { get; } =
        from people in Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(PersonValue, n))
        from posts in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(PostValue, n))
        from count in Gen.Choose(0, 12)
        from seeds in Gen.ArrayOf(Gen.Choose(0, 1_000_000), count * 4)
        select BuildRecord(people, posts, seeds);

    private static Gen<OrgId?> OptionalPlace { get; } = Gen.OneOf(
        Gen.Constant((OrgId?)null),
        Gen.Elements("01", "08", "02", "00691", "00694").Select(code => (OrgId?)(code.Length == 2
            ? ReferenceData.VietnamReferenceData.UnitIdBefore2025Reform(code)
            : ReferenceData.VietnamReferenceData.UnitIdBefore2025Reform(code))),
        Gen.Elements("01", "08").Select(code => (OrgId?)ReferenceData.VietnamReferenceData.UnitId2025(code)));

    /// <summary>Builds a valid record from people, posts and seeds; appointments that would break an invariant are skipped.</summary>
    /// <param name="people">The people.</param>
    /// <param name="posts">The posts.</param>
    /// <param name="seeds">Four numbers per candidate appointment: person, post, start, length.</param>
    /// <returns>The record.</returns>
    public static PersonnelRecord BuildRecord(IReadOnlyList<Person> people, IReadOnlyList<Post> posts, IReadOnlyList<int> seeds)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(seeds);
        PersonnelRecord record = PersonnelRecord.Empty;
        foreach (Person p in people)
        {
            record = record.WithPerson(p);
        }

        IReadOnlyList<Person> present = record.People;
        for (int i = 0; i + 3 < seeds.Count; i += 4)
        {
            Person person = present[seeds[i] % present.Count];
            Post post = posts[seeds[i + 1] % posts.Count];
            LocalDate start = PersonnelEpoch.PlusDays(seeds[i + 2] % 10_000);
            int length = seeds[i + 3] % 2_000;
            var a = length < 100
                ? new Appointment(person.Id, post, start, AppointmentStart.Elected)
                : new Appointment(person.Id, post, start, AppointmentStart.Appointed, null, start.PlusDays(length), AppointmentEnd.TermEnded);
            if (!Conflicts(record, a))
            {
                record = record.WithAppointment(a);
            }
        }

        return record;
    }

    private static bool Conflicts(PersonnelRecord record, Appointment a) =>
        record.Appointments.Any(o => o.Post.Equals(a.Post) && o.Overlaps(a) && (!a.Post.AllowsSeveralHolders || o.Person == a.Person));
}
