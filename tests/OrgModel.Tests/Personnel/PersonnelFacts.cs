using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Tenures;

namespace OrgModel.Tests.Personnel;

/// <summary>Records built from the shared facts (docs/sources.md lists each).</summary>
internal static class PersonnelFacts
{
    public static readonly OrgId CentralCommittee = OrgId.Parse("vn.party.central-committee");
    public static readonly OrgId Politburo = OrgId.Parse("vn.party.politburo");
    public static readonly OrgId CentralInspectionCommission = OrgId.Parse("vn.party.central-inspection-commission");

    /// <summary>Closing day of the 12th Central Conference of the 13th term (18–19 Jul 2025), when it decided.</summary>
    public static readonly LocalDate TwelfthConferenceClosing = new(2025, 7, 19);

    /// <summary>First plenum of the 14th term, which re-elected Tô Lâm and elected the Politburo.</summary>
    public static readonly LocalDate FirstPlenumXiv = new(2026, 1, 23);

    public static readonly Tenure Xiii = Tenure.NationalParty(13);
    public static readonly Tenure Xiv = Tenure.NationalParty(14);

    public static readonly DocumentNumber DisciplineRegulation = DocumentNumber.Parse("69-QĐ/TW");

    public static readonly string[] RemovedFromAllPartyPosts = ["Nguyễn Xuân Phúc", "Võ Văn Thưởng", "Vương Đình Huệ", "Lê Minh Khái"];

    /// <summary>Politburo members of the 14th term named in decision 05-QĐNS/TW (30 Jan 2026) and Trần Sỹ Thanh.</summary>
    public static readonly string[] PolitburoXiv =
        ["Trần Cẩm Tú", "Lê Minh Hưng", "Trịnh Văn Quyết", "Lê Minh Trí", "Phạm Gia Túc", "Trần Sỹ Thanh", "Nguyễn Thanh Nghị", "Bùi Thị Minh Hoài", "Nguyễn Trọng Nghĩa"];

    public static PersonId Id(string name)
    {
        // An ASCII slug of the name; the tests only need stable, distinct ids.
        var chars = name.Select(c => c == ' ' ? '-' : FoldForId(c)).Where(c => c != '\0').ToArray();
        return PersonId.Parse(new string(chars));
    }

    public static PersonnelRecord WithPeople(PersonnelRecord record, IEnumerable<string> names) =>
        names.Aggregate(record, (r, n) => r.Find(Id(n)) is null ? r.WithPerson(new Person(Id(n), VietnameseName.Parse(n))) : r);

    /// <summary>The 12th Central Conference of the 13th term: two leave the Central Committee, four are removed from all Party
    /// posts, one is expelled. The members' start day is not in the facts: the 13th term's start stands in for it.</summary>
    public static PersonnelRecord TwelfthConference()
    {
        LocalDate termStart = Xiii.ActualStart!.Value;
        PersonnelRecord r = WithPeople(PersonnelRecord.Empty, [.. RemovedFromAllPartyPosts, "Nguyễn Thị Kim Tiến", "Đỗ Đức Duy", "Võ Chí Công"])
            .WithAppointment(new Appointment(Id("Đỗ Đức Duy"), Post.CentralCommitteeMember, termStart, AppointmentStart.Elected, Xiii))
            .WithAppointment(new Appointment(Id("Võ Chí Công"), Post.CentralCommitteeAlternateMember, termStart, AppointmentStart.Elected, Xiii))
            .EndAppointment(Id("Đỗ Đức Duy"), Post.CentralCommitteeMember, TwelfthConferenceClosing, AppointmentEnd.CeasedToBeMember)
            .EndAppointment(Id("Võ Chí Công"), Post.CentralCommitteeAlternateMember, TwelfthConferenceClosing, AppointmentEnd.CeasedToBeMember);
        foreach (string name in RemovedFromAllPartyPosts)
        {
            r = r.Apply(DisciplinaryDecision.RemovalFromAllPartyPosts(Id(name), CentralCommittee, TwelfthConferenceClosing, legalBasis: DisciplineRegulation));
        }

        return r.Apply(DisciplinaryDecision.ForMember(
            Id("Nguyễn Thị Kim Tiến"), DisciplineForm.Expulsion, CentralCommittee, TwelfthConferenceClosing, legalBasis: DisciplineRegulation));
    }

    /// <summary>General Secretary Tô Lâm (elected 3 Aug 2024, re-elected 23 Jan 2026), Trần Sỹ Thanh (Inspection Commission chair
    /// from 5 Nov 2025 and again in the 14th term) and the Politburo members of the 14th term named in the notes.</summary>
    public static PersonnelRecord FourteenthTerm()
    {
        var inspectionChair = Post.InspectionCommissionChair(CentralInspectionCommission);
        PersonnelRecord r = WithPeople(PersonnelRecord.Empty, ["Tô Lâm", .. PolitburoXiv])
            .WithAppointment(new Appointment(Id("Tô Lâm"), Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Xiii, FirstPlenumXiv, AppointmentEnd.TermEnded))
            .WithAppointment(new Appointment(Id("Tô Lâm"), Post.GeneralSecretary, FirstPlenumXiv, AppointmentStart.Elected, Xiv))
            .WithAppointment(new Appointment(Id("Trần Sỹ Thanh"), inspectionChair, new LocalDate(2025, 11, 5), AppointmentStart.Elected, Xiii, FirstPlenumXiv, AppointmentEnd.TermEnded))
            .WithAppointment(new Appointment(Id("Trần Sỹ Thanh"), inspectionChair, FirstPlenumXiv, AppointmentStart.Elected, Xiv))
            .WithAppointment(new Appointment(Id("Trần Cẩm Tú"), Post.PermanentMemberOfSecretariat, FirstPlenumXiv, AppointmentStart.Elected, Xiv));
        foreach (string name in PolitburoXiv)
        {
            r = r.WithAppointment(new Appointment(Id(name), Post.PolitburoMember, FirstPlenumXiv, AppointmentStart.Elected, Xiv));
        }

        return r;
    }

    private static char FoldForId(char c)
    {
        const string from = "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ";
        const string to = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";
        char lower = char.ToLowerInvariant(c);
        int i = from.IndexOf(lower, StringComparison.Ordinal);
        return i >= 0 ? to[i] : char.IsAsciiLetterOrDigit(lower) ? lower : '\0';
    }
}
