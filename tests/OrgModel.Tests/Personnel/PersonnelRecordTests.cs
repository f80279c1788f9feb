using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using static OrgModel.Tests.Personnel.PersonnelFacts;

namespace OrgModel.Tests.Personnel;

public class PersonnelRecordTests
{
    [Fact]
    public void Twelfth_conference_ends_central_committee_membership_on_its_closing_day()
    {
        PersonnelRecord r = TwelfthConference();
        Assert.Equal(["Võ Chí Công", "Đỗ Đức Duy"], r.MembersOn(CentralCommittee, new LocalDate(2025, 7, 18)).Select(p => p.Name.ToString()));
        Assert.Empty(r.MembersOn(CentralCommittee, TwelfthConferenceClosing));
        Appointment duy = Assert.Single(r.Career(Id("Đỗ Đức Duy")));
        Assert.Equal(AppointmentEnd.CeasedToBeMember, duy.HowEnded);
        Assert.Equal(TwelfthConferenceClosing, duy.End);
        Assert.Equal(Xiii, duy.Term);
    }

    [Fact]
    public void Twelfth_conference_decisions_are_recorded_with_their_effects()
    {
        PersonnelRecord r = TwelfthConference();
        Assert.Equal(5, r.Decisions.Count);
        Assert.All(r.Decisions.Take(4), d => Assert.True(d.RemovesAllPartyPosts));
        Assert.Equal(RemovedFromAllPartyPosts, r.Decisions.Take(4).Select(d => r.Find(d.Member!.Value)!.Name.ToString()));
        Assert.All(r.Decisions, d => Assert.Equal(DisciplineRegulation, d.LegalBasis));
        Assert.True(r.IsMembershipEndedOn(Id("Nguyễn Thị Kim Tiến"), TwelfthConferenceClosing));
        Assert.False(r.IsMembershipEndedOn(Id("Nguyễn Thị Kim Tiến"), new LocalDate(2025, 7, 18)));
        Assert.False(r.IsMembershipEndedOn(Id("Nguyễn Xuân Phúc"), TwelfthConferenceClosing));
    }

    [Fact]
    public void Removal_from_all_party_posts_ends_party_posts_but_not_state_posts()
    {
        var committee = OrgId.Parse("vn.au.2025-07.08.peoples-committee");
        var party = OrgId.Parse("vn.au.2025-07.08.party-committee");
        var start = new LocalDate(2025, 7, 1);
        PersonnelRecord r = WithPeople(PersonnelRecord.Empty, ["Nguyễn Văn A"])
            .WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.DeputyPartySecretary(party), start, AppointmentStart.Elected))
            .WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.PeoplesCommitteeChair(committee), start, AppointmentStart.Elected));
        var effective = new LocalDate(2025, 9, 1);
        PersonnelRecord after = r.Apply(DisciplinaryDecision.RemovalFromAllPartyPosts(Id("Nguyễn Văn A"), CentralCommittee, effective));
        Appointment chair = Assert.Single(after.PostsOf(Id("Nguyễn Văn A"), effective));
        Assert.Equal(PostKind.PeoplesCommitteeChair, chair.Post.Kind);
        Assert.Equal(2, after.PostsOf(Id("Nguyễn Văn A"), effective.PlusDays(-1)).Count);
        Assert.Contains(after.Career(Id("Nguyễn Văn A")), a => a.HowEnded == AppointmentEnd.Disciplined && a.End == effective);
    }

    [Fact]
    public void Removal_from_named_posts_and_dissolution_end_only_those()
    {
        var party = OrgId.Parse("vn.au.2025-07.08.party-committee");
        var start = new LocalDate(2025, 7, 1);
        var effective = new LocalDate(2025, 9, 1);
        PersonnelRecord r = WithPeople(PersonnelRecord.Empty, ["Nguyễn Văn A", "Trần Văn B"])
            .WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.PartySecretary(party), start, AppointmentStart.Elected))
            .WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.CentralCommitteeMember, start, AppointmentStart.Elected))
            .WithAppointment(new Appointment(Id("Trần Văn B"), Post.DeputyPartySecretary(party), start, AppointmentStart.Elected));
        PersonnelRecord removed = r.Apply(DisciplinaryDecision.RemovalFromPosts(Id("Nguyễn Văn A"), [Post.PartySecretary(party)], CentralCommittee, effective));
        Assert.Null(removed.HolderOn(Post.PartySecretary(party), effective));
        Assert.Single(removed.PostsOf(Id("Nguyễn Văn A"), effective));
        PersonnelRecord dissolved = r.Apply(DisciplinaryDecision.ForOrganisation(party, DisciplineForm.Dissolution, CentralCommittee, effective));
        Assert.Empty(dissolved.MembersOn(party, effective));
        Assert.Equal(2, dissolved.MembersOn(party, effective.PlusDays(-1)).Count);
        PersonnelRecord warned = r.Apply(DisciplinaryDecision.ForMember(Id("Trần Văn B"), DisciplineForm.Warning, CentralCommittee, effective));
        Assert.Equal(r.Appointments, warned.Appointments);
    }

    [Fact]
    public void General_secretary_on_a_date_and_career_in_order()
    {
        PersonnelRecord r = FourteenthTerm();
        Assert.Equal("Tô Lâm", r.HolderOn(Post.GeneralSecretary, new LocalDate(2025, 7, 19))!.Name.ToString());
        Assert.Equal("Tô Lâm", r.HolderOn(Post.GeneralSecretary, new LocalDate(2026, 3, 1))!.Name.ToString());
        Assert.Null(r.HolderOn(Post.GeneralSecretary, new LocalDate(2024, 8, 2)));
        Assert.Equal([Xiii, Xiv], r.Career(Id("Tô Lâm")).Select(a => a.Term!.Value));
        Assert.Equal(
            ["Chair of the Inspection Commission", "Chair of the Inspection Commission", "Politburo member"],
            r.Career(Id("Trần Sỹ Thanh")).Select(a => a.Post.Title));
    }

    [Fact]
    public void Politburo_on_1_march_2026_sorted_by_given_name()
    {
        PersonnelRecord r = FourteenthTerm();
        IReadOnlyList<Person> members = r.MembersOn(Politburo, new LocalDate(2026, 3, 1));
        Assert.Equal(
            ["Bùi Thị Minh Hoài", "Lê Minh Hưng", "Nguyễn Thanh Nghị", "Nguyễn Trọng Nghĩa", "Trịnh Văn Quyết", "Trần Sỹ Thanh", "Lê Minh Trí", "Trần Cẩm Tú", "Phạm Gia Túc"],
            members.Select(p => p.Name.ToString()));
        Assert.Empty(r.MembersOn(Politburo, new LocalDate(2026, 1, 22)));
        Assert.Equal("Trần Cẩm Tú", r.HolderOn(Post.PermanentMemberOfSecretariat, new LocalDate(2026, 3, 1))!.Name.ToString());
    }

    [Fact]
    public void Find_by_name_ignores_diacritics()
    {
        PersonnelRecord r = FourteenthTerm();
        Assert.Equal("Tô Lâm", Assert.Single(r.FindByName("To Lam")).Name.ToString());
        Assert.Empty(r.FindByName("To Lan"));
    }

    [Fact]
    public void A_single_holder_post_cannot_be_held_twice_at_once()
    {
        PersonnelRecord r = FourteenthTerm();
        var clash = new Appointment(Id("Trần Cẩm Tú"), Post.GeneralSecretary, new LocalDate(2026, 2, 1), AppointmentStart.Elected);
        ArgumentException e = Assert.Throws<ArgumentException>(() => r.WithAppointment(clash));
        Assert.Equal("appointment", e.ParamName);
        var sameDay = new Appointment(Id("Trần Cẩm Tú"), Post.PolitburoMember, FirstPlenumXiv.PlusDays(10), AppointmentStart.Elected);
        Assert.Throws<ArgumentException>(() => r.WithAppointment(sameDay));
        var unknown = new Appointment(PersonId.Parse("nobody"), Post.PolitburoMember, FirstPlenumXiv, AppointmentStart.Elected);
        Assert.Throws<ArgumentException>(() => r.WithAppointment(unknown));
    }

    [Fact]
    public void Appointment_checks_its_dates_and_reasons()
    {
        var day = new LocalDate(2026, 1, 23);
        Assert.Throws<ArgumentException>(() => new Appointment(Id("Tô Lâm"), Post.GeneralSecretary, day, AppointmentStart.Elected, null, day, AppointmentEnd.TermEnded));
        Assert.Throws<ArgumentException>(() => new Appointment(Id("Tô Lâm"), Post.GeneralSecretary, day, AppointmentStart.Elected, null, day.PlusDays(1), null));
        Assert.Throws<ArgumentException>(() => new Appointment(Id("Tô Lâm"), Post.GeneralSecretary, day, AppointmentStart.Elected, null, null, AppointmentEnd.Resigned));
        Assert.Throws<ArgumentException>(() => new Appointment(default, Post.GeneralSecretary, day, AppointmentStart.Elected));
        var open = new Appointment(Id("Tô Lâm"), Post.GeneralSecretary, day, AppointmentStart.Elected);
        Assert.Throws<InvalidOperationException>(() => open.EndOn(day.PlusDays(3), AppointmentEnd.Resigned).EndOn(day.PlusDays(5), AppointmentEnd.Resigned));
    }

    [Fact]
    public void Decision_factories_reject_forms_of_the_other_subject()
    {
        var day = new LocalDate(2025, 7, 19);
        Assert.Throws<ArgumentException>(() => DisciplinaryDecision.ForMember(Id("Tô Lâm"), DisciplineForm.Dissolution, CentralCommittee, day));
        Assert.Throws<ArgumentException>(() => DisciplinaryDecision.ForMember(Id("Tô Lâm"), DisciplineForm.RemovalFromPost, CentralCommittee, day));
        Assert.Throws<ArgumentException>(() => DisciplinaryDecision.ForOrganisation(Politburo, DisciplineForm.Expulsion, CentralCommittee, day));
        Assert.Throws<ArgumentException>(() => DisciplinaryDecision.RemovalFromPosts(Id("Tô Lâm"), [], CentralCommittee, day));
        Assert.Throws<ArgumentException>(() => DisciplinaryDecision.ForMember(Id("Tô Lâm"), DisciplineForm.Warning, CentralCommittee, day, day.PlusDays(-1)));
        Assert.Throws<ArgumentException>(() => DisciplinaryDecision.ForMember(Id("Tô Lâm"), DisciplineForm.Warning, default, day));
    }

    [Fact]
    public void Partial_birth_dates()
    {
        PartialDate year = PartialDate.FromYear(1957);
        Assert.Equal("1957", year.ToString());
        Assert.Equal("1957-04", PartialDate.FromYearMonth(new YearMonth(1957, 4)).ToString());
        Assert.Equal("1957-04-12", PartialDate.FromDate(new LocalDate(1957, 4, 12)).ToString());
        Assert.True(year.Contains(new LocalDate(1957, 12, 31)));
        Assert.False(year.Contains(new LocalDate(1958, 1, 1)));
        Assert.Equal(new LocalDate(1957, 12, 31), year.LatestPossible());
        Assert.Equal(new LocalDate(1956, 2, 29), PartialDate.FromYearMonth(new YearMonth(1956, 2)).LatestPossible());
        Assert.True(year < PartialDate.FromYearMonth(new YearMonth(1957, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(0));
    }
}
