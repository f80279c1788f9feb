using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Text;
using static OrgModel.Tests.Personnel.PersonnelFacts;

namespace OrgModel.Tests.Personnel;

/// <summary>
/// The rules of the Personnel values themselves: their documented text forms, equality that looks at every member, the posts
/// the factories make, the decisions' effective days, the orders of namesakes, and the bounds and failures of ids and names
/// (key words of each reason, not the exact sentence).
/// </summary>
public sealed class PersonnelValueRuleTests
{
    private static readonly LocalDate Day = new(2026, 1, 23);
    private static readonly PersonId Lam = PersonId.Parse("to-lam");
    private static readonly PersonId Chinh = PersonId.Parse("pham-minh-chinh");
    private static readonly OrgId Party = OrgId.Parse("vn.au.2025-07.08.party-committee");

    [Fact]
    public void Each_value_has_its_documented_text_form()
    {
        var lam = new Person(Lam, VietnameseName.Parse("Tô Lâm"), PartialDate.FromYear(1957), OrgId.Parse("vn.au.2025-07.33"));
        var open = new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected);
        var ended = new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Xiii, Day, AppointmentEnd.TermEnded);
        var attested = new Attestation(Chinh, Post.PrimeMinister, new LocalDate(2026, 3, 9), "VnEconomy, 10 Mar 2026");
        var chinh = new Person(Chinh, VietnameseName.Parse("Phạm Minh Chính"));

        Assert.Equal("General Secretary (vn.party.central-committee)", Post.GeneralSecretary.ToString());
        Assert.Equal("Tô Lâm (to-lam)", lam.ToString());
        Assert.Equal("to-lam: General Secretary (vn.party.central-committee) from 2026-01-23", open.ToString());
        Assert.Equal("to-lam: General Secretary (vn.party.central-committee) from 2024-08-03 until 2026-01-23 (TermEnded)", ended.ToString());
        Assert.Equal("pham-minh-chinh: Prime Minister (vn.state.government) attested on 2026-03-09", attested.ToString());
        Assert.Equal("Tô Lâm (to-lam) by appointment from 2026-01-23", PostHolder.FromAppointment(lam, open).ToString());
        Assert.Equal("Phạm Minh Chính (pham-minh-chinh) attested on 2026-03-09 (VnEconomy, 10 Mar 2026)", PostHolder.FromAttestation(chinh, attested).ToString());
        Assert.Equal("RemovalFromPost (all Party posts) of nguyen-xuan-phuc on 2025-07-19",
            DisciplinaryDecision.RemovalFromAllPartyPosts(PersonId.Parse("nguyen-xuan-phuc"), CentralCommittee, TwelfthConferenceClosing).ToString());
        Assert.Equal("Expulsion of nguyen-thi-kim-tien on 2025-07-20",
            DisciplinaryDecision.ForMember(PersonId.Parse("nguyen-thi-kim-tien"), DisciplineForm.Expulsion, CentralCommittee, TwelfthConferenceClosing, TwelfthConferenceClosing.PlusDays(1)).ToString());
        Assert.Equal("Dissolution of vn.au.2025-07.08.party-committee on 2025-07-19",
            DisciplinaryDecision.ForOrganisation(Party, DisciplineForm.Dissolution, Politburo, TwelfthConferenceClosing).ToString());
        Assert.Equal("non-local (201-KL/TW): to-lam as General Secretary (vn.party.central-committee)",
            new RuleViolation("non-local (201-KL/TW)", Lam, Post.GeneralSecretary, null, RuleViolationReason.ProvinceUnknown).ToString());
        Assert.Equal("non-local (201-KL/TW)", NonLocalRule.Conclusion201.Name);
    }

    [Fact]
    public void Partial_dates_are_written_with_four_digit_years_and_ordered_by_year_month_day()
    {
        Assert.Equal("0057", PartialDate.FromYear(57).ToString());
        Assert.Equal("0057-04", PartialDate.FromYearMonth(new YearMonth(57, 4)).ToString());
        Assert.Equal("0057-04-09", PartialDate.FromDate(new LocalDate(57, 4, 9)).ToString());
        PartialDate d12 = PartialDate.FromDate(new LocalDate(1957, 4, 12));
        PartialDate d13 = PartialDate.FromDate(new LocalDate(1957, 4, 13));
        Assert.True(d12 < d13);
        Assert.True(d13.CompareTo(d12) > 0);
        Assert.True(PartialDate.FromYearMonth(new YearMonth(1957, 4)) < d12);
        Assert.Equal((1957, 4, 12), (d12.Year, d12.Month, d12.Day));
        Assert.True(PartialDate.FromYearMonth(new YearMonth(1957, 4)).Contains(new LocalDate(1957, 4, 30)));
        Assert.False(PartialDate.FromYearMonth(new YearMonth(1957, 4)).Contains(new LocalDate(1957, 5, 1)));
        Assert.False(d12.Contains(d13.LatestPossible()));
        Assert.Equal(new LocalDate(1957, 4, 30), PartialDate.FromYearMonth(new YearMonth(1957, 4)).LatestPossible());
        Assert.True(default(PartialDate).IsEmpty);
    }

    [Fact]
    public void Equal_values_agree_in_every_member_and_a_change_of_one_member_makes_them_unequal()
    {
        var a = new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Xiii, Day, AppointmentEnd.TermEnded);
        AssertMembersMatter(a, new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Xiii, Day, AppointmentEnd.TermEnded),
        [
            new Appointment(Chinh, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Xiii, Day, AppointmentEnd.TermEnded),
            new Appointment(Lam, Post.President, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Xiii, Day, AppointmentEnd.TermEnded),
            new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2024, 8, 4), AppointmentStart.Elected, Xiii, Day, AppointmentEnd.TermEnded),
            new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Appointed, Xiii, Day, AppointmentEnd.TermEnded),
            new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Xiv, Day, AppointmentEnd.TermEnded),
            new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, null, Day, AppointmentEnd.TermEnded),
            new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Xiii, Day.PlusDays(1), AppointmentEnd.TermEnded),
            new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Xiii, Day, AppointmentEnd.Resigned),
        ]);

        var t = new Attestation(Chinh, Post.PrimeMinister, Day, "a text");
        AssertMembersMatter(t, new Attestation(Chinh, Post.PrimeMinister, Day, "a text"),
            [new Attestation(Lam, Post.PrimeMinister, Day, "a text"), new Attestation(Chinh, Post.President, Day, "a text"),
             new Attestation(Chinh, Post.PrimeMinister, Day.PlusDays(1), "a text"), new Attestation(Chinh, Post.PrimeMinister, Day, "A text")]);

        AssertMembersMatter(Post.PolitburoMember, new Post(Politburo, PostKind.PolitburoMember, "Politburo member", true, true),
            [new Post(CentralCommittee, PostKind.PolitburoMember, "Politburo member", true, true), new Post(Politburo, PostKind.SecretariatMember, "Politburo member", true, true),
             new Post(Politburo, PostKind.PolitburoMember, "Politburo Member", true, true)]);

        var basis = DocumentNumber.Parse("69-QĐ/TW");
        DisciplinaryDecision d = DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing, Day, basis);
        AssertMembersMatter(d, DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing, Day, basis),
        [
            DisciplinaryDecision.RemovalFromPosts(Chinh, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing, Day, basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.SecretariatMember], CentralCommittee, TwelfthConferenceClosing, Day, basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember, Post.SecretariatMember], CentralCommittee, TwelfthConferenceClosing, Day, basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], Politburo, TwelfthConferenceClosing, Day, basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing.PlusDays(1), Day, basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing, Day.PlusDays(1), basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing, Day),
            DisciplinaryDecision.RemovalFromAllPartyPosts(Lam, CentralCommittee, TwelfthConferenceClosing, Day, basis),
            DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, TwelfthConferenceClosing, Day, basis),
        ]);
        AssertMembersMatter(
            DisciplinaryDecision.ForOrganisation(Party, DisciplineForm.Warning, CentralCommittee, TwelfthConferenceClosing),
            DisciplinaryDecision.ForOrganisation(Party, DisciplineForm.Warning, CentralCommittee, TwelfthConferenceClosing),
            [DisciplinaryDecision.ForOrganisation(Politburo, DisciplineForm.Warning, CentralCommittee, TwelfthConferenceClosing),
             DisciplinaryDecision.ForOrganisation(Party, DisciplineForm.Dissolution, CentralCommittee, TwelfthConferenceClosing)]);

        var lam = new Person(Lam, VietnameseName.Parse("Tô Lâm"));
        var open = new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected);
        PostHolder h = PostHolder.FromAppointment(lam, open);
        AssertMembersMatter(h, PostHolder.FromAppointment(new Person(Lam, VietnameseName.Parse("Tô Lâm")), open),
            [PostHolder.FromAppointment(lam, new Appointment(Lam, Post.GeneralSecretary, Day.PlusDays(1), AppointmentStart.Elected)),
             PostHolder.FromAttestation(lam, new Attestation(Lam, Post.GeneralSecretary, Day, "a text")),
             PostHolder.FromAppointment(new Person(PersonId.Parse("to-lam-2"), VietnameseName.Parse("Tô Lâm")), new Appointment(PersonId.Parse("to-lam-2"), Post.GeneralSecretary, Day, AppointmentStart.Elected))]);
    }

    [Fact]
    public void Decisions_that_differ_in_one_member_do_not_share_a_hash_code()
    {
        // The record keeps its decisions in a hash set: every compared member is hashed (DisciplinaryDecision.GetHashCode).
        var basis = DocumentNumber.Parse("69-QĐ/TW");
        DisciplinaryDecision d = DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing, Day, basis);
        DisciplinaryDecision[] others =
        [
            DisciplinaryDecision.RemovalFromPosts(Chinh, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing, Day, basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.SecretariatMember], CentralCommittee, TwelfthConferenceClosing, Day, basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], Politburo, TwelfthConferenceClosing, Day, basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing.PlusDays(1), Day, basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing, Day.PlusDays(1), basis),
            DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing, Day),
            DisciplinaryDecision.RemovalFromAllPartyPosts(Lam, CentralCommittee, TwelfthConferenceClosing, Day, basis),
            DisciplinaryDecision.ForMember(Lam, DisciplineForm.Expulsion, CentralCommittee, TwelfthConferenceClosing, Day, basis),
            DisciplinaryDecision.ForOrganisation(Politburo, DisciplineForm.Warning, CentralCommittee, TwelfthConferenceClosing, Day, basis),
        ];
        Assert.All(others, o => Assert.NotEqual(d.GetHashCode(), o.GetHashCode()));
    }

    [Fact]
    public void Each_post_factory_makes_its_kind_title_and_holder_rules()
    {
        var org = OrgId.Parse("vn.au.2025-07.08.peoples-committee");
        (Post Post, PostKind Kind, string Title, bool Several, bool Party)[] expected =
        [
            (Post.GeneralSecretary, PostKind.GeneralSecretary, "General Secretary", false, true),
            (Post.PolitburoMember, PostKind.PolitburoMember, "Politburo member", true, true),
            (Post.SecretariatMember, PostKind.SecretariatMember, "Secretariat member", true, true),
            (Post.PermanentMemberOfSecretariat, PostKind.PermanentMemberOfSecretariat, "Permanent Member of the Secretariat", false, true),
            (Post.CentralCommitteeMember, PostKind.CentralCommitteeMember, "Central Committee member", true, true),
            (Post.CentralCommitteeAlternateMember, PostKind.CentralCommitteeAlternateMember, "Central Committee alternate member", true, true),
            (Post.PrimeMinister, PostKind.PrimeMinister, "Prime Minister", false, false),
            (Post.President, PostKind.President, "President", false, false),
            (Post.NationalAssemblyChair, PostKind.NationalAssemblyChair, "Chairman of the National Assembly", false, false),
            (Post.FatherlandFrontChair, PostKind.FatherlandFrontChair, "Chair of the Vietnam Fatherland Front", false, false),
            (Post.CommissionHead(org), PostKind.CommissionHead, "Head", false, true),
            (Post.PartySecretary(org), PostKind.PartyCommitteeSecretary, "Secretary", false, true),
            (Post.DeputyPartySecretary(org), PostKind.PartyCommitteeDeputySecretary, "Deputy Secretary", true, true),
            (Post.PeoplesCommitteeChair(org), PostKind.PeoplesCommitteeChair, "Chair of the People's Committee", false, false),
            (Post.InspectionCommissionChair(org), PostKind.InspectionCommissionChair, "Chair of the Inspection Commission", false, true),
            (Post.ChiefInspector(org), PostKind.ChiefInspector, "Chief Inspector", false, false),
            (Post.ChiefJudge(org), PostKind.ChiefJudge, "Chief Judge", false, false),
        ];
        foreach ((Post post, PostKind kind, string title, bool several, bool party) in expected)
        {
            Assert.Equal((kind, title, several, party), (post.Kind, post.Title, post.AllowsSeveralHolders, post.IsPartyPost));
        }

        Assert.Equal(org, Post.ChiefJudge(org).Organisation);
        Assert.Equal(
            [PostKind.PeoplesCommitteeChair, PostKind.InspectionCommissionChair, PostKind.ChiefInspector, PostKind.ChiefJudge],
            NonLocalRule.Conclusion201PostKinds);
    }

    [Fact]
    public void A_decision_takes_effect_on_its_effective_day_or_else_on_its_day()
    {
        LocalDate later = TwelfthConferenceClosing.PlusDays(14);
        Assert.Equal(later, DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, TwelfthConferenceClosing, later).EffectiveDate);
        Assert.Equal(later, DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing, later).EffectiveDate);
        Assert.Equal(later, DisciplinaryDecision.RemovalFromAllPartyPosts(Lam, CentralCommittee, TwelfthConferenceClosing, later).EffectiveDate);
        Assert.Equal(later, DisciplinaryDecision.ForOrganisation(Party, DisciplineForm.Warning, CentralCommittee, TwelfthConferenceClosing, later).EffectiveDate);
        DisciplinaryDecision same = DisciplinaryDecision.ForOrganisation(Party, DisciplineForm.Warning, CentralCommittee, TwelfthConferenceClosing);
        Assert.Equal((TwelfthConferenceClosing, TwelfthConferenceClosing), (same.Date, same.EffectiveDate));
        Assert.Equal((Party, Politburo), (same.Organisation!.Value, DisciplinaryDecision.ForOrganisation(Party, DisciplineForm.Warning, Politburo, TwelfthConferenceClosing).IssuingBody));

        // A removal names each post once; the other forms name none.
        DisciplinaryDecision removal = DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember, Post.SecretariatMember, Post.PolitburoMember], CentralCommittee, TwelfthConferenceClosing);
        Assert.Equal([Post.PolitburoMember, Post.SecretariatMember], removal.Posts);
        Assert.Empty(DisciplinaryDecision.RemovalFromAllPartyPosts(Lam, CentralCommittee, TwelfthConferenceClosing).Posts);
        Assert.True(DisciplinaryDecision.RemovalFromAllPartyPosts(Lam, CentralCommittee, TwelfthConferenceClosing).RemovesAllPartyPosts);
        Assert.False(removal.RemovesAllPartyPosts);
    }

    [Fact]
    public void Namesakes_are_ordered_by_id_in_every_list_of_people()
    {
        var first = PersonId.Parse("nguyen-van-an");
        var second = PersonId.Parse("nguyen-van-an-2");
        var day = new LocalDate(2026, 3, 9);
        PersonnelRecord r = PersonnelRecord.Empty
            .WithPerson(new Person(second, VietnameseName.Parse("Nguyễn Văn An")))
            .WithPerson(new Person(first, VietnameseName.Parse("Nguyễn Văn An")))
            .WithPerson(new Person(PersonId.Parse("to-lam"), VietnameseName.Parse("Tô Lâm")))
            .WithAppointment(new Appointment(second, Post.PolitburoMember, FirstPlenumXiv, AppointmentStart.Elected))
            .WithAppointment(new Appointment(first, Post.PolitburoMember, FirstPlenumXiv, AppointmentStart.Elected))
            .WithAttestation(new Attestation(second, Post.SecretariatMember, day, "a text"))
            .WithAttestation(new Attestation(first, Post.SecretariatMember, day, "a text"));
        PersonId[] expected = [first, second];
        Assert.Equal([first, second, Lam], r.People.Select(p => p.Id));
        Assert.Equal(expected, r.FindByName("Nguyen Van An").Select(p => p.Id));
        Assert.Equal(expected, r.HoldersOn(Post.PolitburoMember, day).Select(p => p.Id));
        Assert.Equal(expected, r.MembersOn(Politburo, day).Select(p => p.Id));
        Assert.Equal(expected, r.HoldersWithEvidenceOn(Post.PolitburoMember, day).Select(h => h.Person.Id));
        Assert.Equal(expected, r.HoldersWithEvidenceOn(Post.SecretariatMember, day).Select(h => h.Person.Id));
    }

    [Fact]
    public void A_persons_posts_and_career_break_ties_by_end_then_title()
    {
        PersonnelRecord r = WithPeople(PersonnelRecord.Empty, ["Tô Lâm"])
            .WithAppointment(new Appointment(Id("Tô Lâm"), Post.SecretariatMember, FirstPlenumXiv, AppointmentStart.Elected))
            .WithAppointment(new Appointment(Id("Tô Lâm"), Post.PolitburoMember, FirstPlenumXiv, AppointmentStart.Elected))
            .WithAppointment(new Appointment(Id("Tô Lâm"), Post.GeneralSecretary, FirstPlenumXiv, AppointmentStart.Elected, Xiv, FirstPlenumXiv.PlusDays(10), AppointmentEnd.Resigned))
            .WithAppointment(new Appointment(Id("Tô Lâm"), Post.CentralCommitteeMember, FirstPlenumXiv.PlusDays(-1), AppointmentStart.Elected));
        Assert.Equal(["Central Committee member", "General Secretary", "Politburo member", "Secretariat member"], r.PostsOf(Id("Tô Lâm"), FirstPlenumXiv).Select(a => a.Post.Title));
        Assert.Equal(["Central Committee member", "General Secretary", "Politburo member", "Secretariat member"], r.Career(Id("Tô Lâm")).Select(a => a.Post.Title));

        // Same start: the one that ended comes before the open ones, whatever the titles say.
        PersonnelRecord s = WithPeople(PersonnelRecord.Empty, ["Tô Lâm"])
            .WithAppointment(new Appointment(Id("Tô Lâm"), Post.CentralCommitteeMember, FirstPlenumXiv, AppointmentStart.Elected))
            .WithAppointment(new Appointment(Id("Tô Lâm"), Post.SecretariatMember, FirstPlenumXiv, AppointmentStart.Elected, Xiv, FirstPlenumXiv.PlusDays(10), AppointmentEnd.Resigned));
        Assert.Equal(["Secretariat member", "Central Committee member"], s.Career(Id("Tô Lâm")).Select(a => a.Post.Title));
    }

    [Fact]
    public void A_person_id_holds_at_most_64_characters_and_ids_made_from_names_stay_within_it()
    {
        string sixtyFour = new('a', 64);
        Assert.Equal(sixtyFour, PersonId.Parse(sixtyFour).ToString());
        ParseResult<PersonId> tooLong = PersonId.ParseToResult(sixtyFour + "a");
        Assert.False(tooLong.Success);
        Assert.Contains("64", tooLong.Reason!, StringComparison.Ordinal);
        Assert.Contains("as a person id:", Assert.Throws<FormatException>(() => PersonId.Parse(sixtyFour + "a")).Message, StringComparison.Ordinal);

        // A slug of exactly 64 characters is kept whole; a longer one is cut at a hyphen; a word longer than 64 is cut.
        var exact = VietnameseName.Parse("Nguyễn Văn " + new string('a', 53));
        Assert.Equal("nguyen-van-" + new string('a', 53), PersonId.FromName(exact).ToString());
        Assert.Equal("nguyen-van", PersonId.FromName(VietnameseName.Parse("Nguyễn Văn " + new string('a', 54))).ToString());
        Assert.Equal(new string('a', 64), PersonId.FromName(VietnameseName.Parse(new string('a', 70) + " An")).ToString());

        // With a disambiguator: the name's part leaves room for a hyphen and the suffix, at most half the id.
        PersonId withSuffix = PersonId.FromName(VietnameseName.Parse("Nguyễn " + new string('a', 40) + " " + new string('b', 40)), "1975");
        Assert.True(withSuffix.ToString().Length <= PersonId.MaxLength, withSuffix.ToString());
        Assert.EndsWith("-1975", withSuffix.ToString(), StringComparison.Ordinal);
        Assert.Equal(withSuffix, PersonId.Parse(withSuffix.ToString()));
        Assert.EndsWith("-" + new string('x', 32), PersonId.FromName(VietnameseName.Parse("Tô Lâm"), new string('x', 32)).ToString(), StringComparison.Ordinal);
        Assert.Equal("to-lam", PersonId.FromName(VietnameseName.Parse("Tô Lâm"), "").ToString());
    }

    public static TheoryData<string, string[]> BadNames => new()
    {
        { "Lâm", ["family name", "given name"] },
        { "Tô L4m", ["Latin-script"] },
        { "Tô \u0301Lâm", ["mark must follow a letter"] },
        { "Tô La\u0302\u0300\u0301m", ["at most two marks"] },
        { "Tô -Lâm", ["hyphens and apostrophes"] },
        { "Tô Lâm-", ["hyphens and apostrophes"] },
        { "Tô Lâ--m", ["hyphens and apostrophes"] },
        { "Tô Lb\u0300m", ["do not make Vietnamese letters"] },
        { "Tô " + new string('a', 100), ["100 characters"] },
        { "Tô " + new string('a', 400), ["400"] },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public void A_text_that_is_no_name_fails_with_a_reason_that_says_why(string text, string[] words)
    {
        ParseResult<VietnameseName> r = VietnameseName.ParseToResult(text);
        Assert.False(r.Success);
        Assert.InRange(r.ErrorIndex, 0, text.Length);
        foreach (string w in words)
        {
            Assert.Contains(w, r.Reason!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_name_fails_at_the_character_that_breaks_it()
    {
        Assert.Equal(3, VietnameseName.ParseToResult("Tô \u0301Lâm").ErrorIndex);
        Assert.Equal(4, VietnameseName.ParseToResult("Tô L4m").ErrorIndex);
        Assert.Equal(6, VietnameseName.ParseToResult("Tô Lâm-").ErrorIndex);
        Assert.Equal(100, VietnameseName.ParseToResult("Tô " + new string('a', 100)).ErrorIndex);
        Assert.Equal(400, VietnameseName.ParseToResult("Tô " + new string('a', 400)).ErrorIndex);
        Assert.Contains("as a Vietnamese name: at character 4,", Assert.Throws<FormatException>(() => VietnameseName.Parse("Tô \u0301Lâm")).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string, string[]> BadParts => new()
    {
        { "", "", "Lâm", "family", ["must not be empty"] },
        { "Tô", "", "", "given", ["must not be empty"] },
        { "Tô Văn", "", "Lâm", "family", ["one word"] },
        { "Tô", "", "Văn Lâm", "given", ["one word"] },
        { "Tô", "V4n", "Lâm", "middle", ["at character 2", "Latin-script"] },
        { new string('a', 401), "", "Lâm", "family", ["400"] },
        { "Tô", new string('a', 60), new string('b', 40), "given", ["100 characters"] },
    };

    [Theory]
    [MemberData(nameof(BadParts))]
    public void A_name_made_of_bad_parts_is_refused_naming_the_part(string family, string middle, string given, string param, string[] words)
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => VietnameseName.Create(family, middle, given));
        Assert.Equal(param, e.ParamName);
        foreach (string w in words)
        {
            Assert.Contains(w, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_empty_name_has_empty_parts_and_matches_nothing()
    {
        VietnameseName empty = default;
        Assert.Equal((string.Empty, string.Empty, string.Empty), (empty.Family, empty.Middle, empty.Given));
        Assert.False(empty.Matches("Tô Lâm"));
        Assert.False(VietnameseName.Parse("Tô Lâm").Matches(" "));
        Assert.True(VietnameseName.Parse("Tô Lâm").Matches("to lam"));
    }

    private static void AssertMembersMatter<T>(T value, T equal, IEnumerable<T> others)
        where T : class, IEquatable<T>
    {
        Assert.True(value.Equals(equal));
        Assert.True(value.Equals((object)equal));
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.False(value.Equals(null));
        foreach (T other in others)
        {
            Assert.False(value.Equals(other), $"{value} equals {other}");
            Assert.False(other.Equals(value), $"{other} equals {value}");
        }
    }
}
