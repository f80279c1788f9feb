using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Personnel;
using static OrgModel.Tests.Personnel.PersonnelFacts;

namespace OrgModel.Tests.Personnel;

/// <summary>
/// Every rule a Personnel constructor, factory or record method enforces fails loudly: an <see cref="ArgumentException"/>
/// naming the argument, whose message states the rule (its key words, not the exact sentence) and quotes the facts it
/// concerns where there are some.
/// </summary>
public sealed class PersonnelInvariantTests
{
    private static readonly LocalDate Day = new(2026, 1, 23);
    private static readonly LocalDate Julian = Day.WithCalendar(CalendarSystem.Julian);
    private static readonly PersonId Lam = Id("Tô Lâm");
    private static readonly PersonId Tu = Id("Trần Cẩm Tú");
    private static readonly Person LamPerson = new(Lam, VietnameseName.Parse("Tô Lâm"));
    private static readonly OrgId Party = OrgId.Parse("vn.au.2025-07.08.party-committee");
    private static readonly Appointment Open = new(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected);
    private static readonly Attestation Attested = new(Tu, Post.PrimeMinister, Day, "a dated text");
    private static readonly PersonnelRecord Two = WithPeople(PersonnelRecord.Empty, ["Tô Lâm", "Trần Cẩm Tú"]);

    // Each rule: what breaks it, the parameter the exception names, and words its message must contain.
    private static readonly Dictionary<string, (Action Act, string Param, string[] Words)> Rules = new(StringComparer.Ordinal)
    {
        ["appointment person empty"] = (() => _ = new Appointment(default, Post.GeneralSecretary, Day, AppointmentStart.Elected), "person", ["non-empty person"]),
        ["appointment start undefined"] = (() => _ = new Appointment(Lam, Post.GeneralSecretary, Day, (AppointmentStart)99), "howBegan", []),
        ["appointment start not ISO"] = (() => _ = new Appointment(Lam, Post.GeneralSecretary, Julian, AppointmentStart.Elected), "start", ["ISO"]),
        ["appointment end not ISO"] = (() => _ = new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected, null, Julian.PlusDays(9), AppointmentEnd.Resigned), "end", ["ISO"]),
        ["appointment term default"] = (() => _ = new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected, default(OrgModel.Tenures.Tenure)), "term", ["default(Tenure)"]),
        ["appointment ending on its start"] = (() => _ = new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected, null, Day, AppointmentEnd.Resigned), "end", ["after the start"]),
        ["appointment ending before its start"] = (() => _ = new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected, null, Day.PlusDays(-1), AppointmentEnd.Resigned), "end", ["after the start"]),
        ["appointment end without reason"] = (() => _ = new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected, null, Day.PlusDays(1)), "howEnded", ["reason"]),
        ["appointment reason without end"] = (() => _ = new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected, null, null, AppointmentEnd.Died), "howEnded", ["end"]),
        ["appointment reason undefined"] = (() => _ = new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected, null, Day.PlusDays(1), (AppointmentEnd)99), "howEnded", []),
        ["appointment ended on its start"] = (() => Open.EndOn(Day, AppointmentEnd.Resigned), "end", ["after the start"]),

        ["attestation person empty"] = (() => _ = new Attestation(default, Post.PrimeMinister, Day, "a text"), "person", ["non-empty person"]),
        ["attestation source blank"] = (() => _ = new Attestation(Tu, Post.PrimeMinister, Day, " \t"), "source", ["source"]),
        ["attestation day not ISO"] = (() => _ = new Attestation(Tu, Post.PrimeMinister, Julian, "a text"), "date", ["ISO"]),

        ["post organisation empty"] = (() => _ = new Post(default, PostKind.ChiefJudge, "Chief Judge", false, false), "organisation", ["non-empty organisation"]),
        ["post title blank"] = (() => _ = new Post(Party, PostKind.ChiefJudge, "  ", false, false), "title", []),
        ["post kind undefined"] = (() => _ = new Post(Party, (PostKind)99, "Chief Judge", false, false), "kind", []),

        ["holder of someone else's appointment"] = (() => PostHolder.FromAppointment(new Person(Tu, VietnameseName.Parse("Trần Cẩm Tú")), Open), "appointment", [Lam.ToString(), Tu.ToString()]),
        ["holder of someone else's attestation"] = (() => PostHolder.FromAttestation(LamPerson, Attested), "attestation", [Lam.ToString(), Tu.ToString()]),

        ["person id empty"] = (() => _ = new Person(default, VietnameseName.Parse("Tô Lâm")), "id", ["non-empty id"]),
        ["person name empty"] = (() => _ = new Person(Lam, default), "name", ["non-empty name"]),
        ["person birth date default"] = (() => _ = new Person(Lam, VietnameseName.Parse("Tô Lâm"), default(PartialDate)), "birthDate", ["birth date", "default"]),
        ["person birthplace empty"] = (() => _ = new Person(Lam, VietnameseName.Parse("Tô Lâm"), birthplace: default(OrgId)), "birthplace", ["birthplace", "empty"]),
        ["person hometown empty"] = (() => _ = new Person(Lam, VietnameseName.Parse("Tô Lâm"), hometown: default(OrgId)), "hometown", ["hometown", "empty"]),

        ["decision member empty"] = (() => DisciplinaryDecision.ForMember(default, DisciplineForm.Warning, CentralCommittee, Day), "member", ["non-empty member"]),
        ["removal member empty"] = (() => DisciplinaryDecision.RemovalFromPosts(default, [Post.PolitburoMember], CentralCommittee, Day), "member", ["non-empty member"]),
        ["removal from all member empty"] = (() => DisciplinaryDecision.RemovalFromAllPartyPosts(default, CentralCommittee, Day), "member", ["non-empty member"]),
        ["member dissolved"] = (() => DisciplinaryDecision.ForMember(Lam, DisciplineForm.Dissolution, CentralCommittee, Day), "form", ["reprimanded, warned or expelled"]),
        ["member removed without posts"] = (() => DisciplinaryDecision.ForMember(Lam, DisciplineForm.RemovalFromPost, CentralCommittee, Day), "form", ["removals name their posts"]),
        ["member form undefined"] = (() => DisciplinaryDecision.ForMember(Lam, (DisciplineForm)99, CentralCommittee, Day), "form", []),
        ["decision body empty"] = (() => DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, default, Day), "issuingBody", ["issuing body"]),
        ["decision day not ISO"] = (() => DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, Julian, Day), "date", ["ISO"]),
        ["decision effective day not ISO"] = (() => DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, Day, Julian.PlusDays(30)), "effectiveDate", ["ISO"]),
        ["decision effective before made"] = (() => DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, Day, Day.PlusDays(-1)), "effectiveDate", ["before it is made"]),
        ["decision basis default"] = (() => DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, Day, legalBasis: default(DocumentNumber)), "legalBasis", ["default(DocumentNumber)"]),
        ["removal of no post"] = (() => DisciplinaryDecision.RemovalFromPosts(Lam, [], CentralCommittee, Day), "posts", ["at least one post"]),
        ["removal of a null post"] = (() => DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember, null!], CentralCommittee, Day), "posts", ["no null post"]),
        ["removal from all body empty"] = (() => DisciplinaryDecision.RemovalFromAllPartyPosts(Lam, default, Day), "issuingBody", ["issuing body"]),
        ["organisation empty"] = (() => DisciplinaryDecision.ForOrganisation(default, DisciplineForm.Warning, CentralCommittee, Day), "organisation", ["non-empty organisation"]),
        ["organisation expelled"] = (() => DisciplinaryDecision.ForOrganisation(Party, DisciplineForm.Expulsion, CentralCommittee, Day), "form", ["reprimanded, warned or dissolved"]),
        ["organisation removed from post"] = (() => DisciplinaryDecision.ForOrganisation(Party, DisciplineForm.RemovalFromPost, CentralCommittee, Day), "form", ["dissolved"]),

        ["violation rule blank"] = (() => _ = new RuleViolation(" ", Lam, Post.GeneralSecretary, null, RuleViolationReason.ProvinceUnknown), "rule", []),
        ["violation reason undefined"] = (() => _ = new RuleViolation("r", Lam, Post.GeneralSecretary, null, (RuleViolationReason)99), "reason", []),
        ["violation unknown province given"] = (() => _ = new RuleViolation("r", Lam, Post.GeneralSecretary, AProvince(), RuleViolationReason.ProvinceUnknown), "province", ["unknown", "no province"]),
        ["violation province missing"] = (() => _ = new RuleViolation("r", Lam, Post.GeneralSecretary, null, RuleViolationReason.BornInProvince), "province", []),
        ["violation person empty"] = (() => _ = new RuleViolation("r", default, Post.GeneralSecretary, null, RuleViolationReason.ProvinceUnknown), "person", ["non-empty person"]),

        ["partial year 0"] = (() => PartialDate.FromYear(0), "year", []),
        ["partial year 10000"] = (() => PartialDate.FromYear(10000), "year", []),
        ["partial month of year 0"] = (() => PartialDate.FromYearMonth(new YearMonth(0, 5)), "value", []),
        ["partial month not ISO"] = (() => PartialDate.FromYearMonth(new YearMonth(2000, 5, CalendarSystem.Julian)), "value", ["ISO"]),
        ["partial day of year 0"] = (() => PartialDate.FromDate(new LocalDate(0, 5, 1)), "value", []),
        ["partial day not ISO"] = (() => PartialDate.FromDate(Julian), "value", ["ISO"]),

        ["id from the empty name"] = (() => PersonId.FromName(default), "name", ["empty"]),
        ["id disambiguator without letter"] = (() => PersonId.FromName(VietnameseName.Parse("Tô Lâm"), "!?"), "disambiguator", ["letter or a digit"]),
        ["id disambiguator too long"] = (() => PersonId.FromName(VietnameseName.Parse("Tô Lâm"), new string('a', 33)), "disambiguator", ["32"]),

        ["record appointment of a stranger"] = (() => PersonnelRecord.Empty.WithAppointment(Open), "appointment", [Lam.ToString(), "not in the record"]),
        ["record post with other holder rules"] = (() => Two.WithAppointment(Open)
            .WithAppointment(new Appointment(Tu, new Post(Post.GeneralSecretary.Organisation, PostKind.GeneralSecretary, "General Secretary", true, true), Day, AppointmentStart.Elected)),
            "appointment", ["General Secretary", "other holder rules", "several holders: False", "Party post: True"]),
        ["record single post held twice"] = (() => Two.WithAppointment(Open).WithAppointment(new Appointment(Tu, Post.GeneralSecretary, Day.PlusDays(5), AppointmentStart.Elected)),
            "appointment", ["General Secretary", "already held by", Lam.ToString(), "2026-01-23"]),
        ["record party post after expulsion"] = (() => Two.Apply(DisciplinaryDecision.ForMember(Tu, DisciplineForm.Expulsion, CentralCommittee, Day))
            .WithAppointment(new Appointment(Tu, Post.PolitburoMember, Day, AppointmentStart.Elected)), "appointment", [Tu.ToString(), "expulsion", "2026-01-23"]),
        ["record appointment a decision ended"] = (() => Two.Apply(DisciplinaryDecision.RemovalFromAllPartyPosts(Tu, CentralCommittee, Day))
            .WithAppointment(new Appointment(Tu, Post.PolitburoMember, Day.PlusDays(-30), AppointmentStart.Elected)), "appointment", ["2026-01-23", "ends it"]),
        ["record single post held from earlier"] = (() => Two.WithAppointment(Open).WithAppointment(new Appointment(Tu, Post.GeneralSecretary, Day.PlusDays(-5), AppointmentStart.Elected, null, Day.PlusDays(1), AppointmentEnd.Resigned)),
            "appointment", ["already held by", Lam.ToString(), "2026-01-23"]),
        ["record post a removal ended"] = (() => Two.Apply(DisciplinaryDecision.RemovalFromPosts(Tu, [Post.PrimeMinister], CentralCommittee, Day))
            .WithAppointment(new Appointment(Tu, Post.PrimeMinister, Day.PlusDays(-30), AppointmentStart.Elected)), "appointment", ["2026-01-23", "ends it"]),
        ["record post a dissolution ended"] = (() => Two.Apply(DisciplinaryDecision.ForOrganisation(Party, DisciplineForm.Dissolution, CentralCommittee, Day))
            .WithAppointment(new Appointment(Tu, Post.ChiefJudge(Party), Day.PlusDays(-30), AppointmentStart.Elected)), "appointment", ["2026-01-23", "ends it"]),
        ["record party post starting on a removal's day"] = (() => Two.Apply(DisciplinaryDecision.RemovalFromAllPartyPosts(Tu, CentralCommittee, Day))
            .WithAppointment(new Appointment(Tu, Post.PolitburoMember, Day, AppointmentStart.Elected)), "appointment", ["2026-01-23", "ends it"]),
        ["record post ended by the earlier of two removals"] = (() => Two.Apply(DisciplinaryDecision.RemovalFromAllPartyPosts(Tu, CentralCommittee, Day.PlusDays(40)))
            .Apply(DisciplinaryDecision.RemovalFromAllPartyPosts(Tu, CentralCommittee, Day))
            .WithAppointment(new Appointment(Tu, Post.PolitburoMember, Day.PlusDays(-30), AppointmentStart.Elected, null, Day.PlusDays(10), AppointmentEnd.Resigned)), "appointment", ["2026-01-23", "ends it"]),
        ["record end on the start day"] = (() => Two.WithAppointment(Open).EndAppointment(Lam, Post.GeneralSecretary, Day, AppointmentEnd.Resigned),
            "post", [Lam.ToString(), "no open appointment"]),
        ["record end of an ended appointment"] = (() => Two.WithAppointment(Open).EndAppointment(Lam, Post.GeneralSecretary, Day.PlusDays(3), AppointmentEnd.Resigned)
            .EndAppointment(Lam, Post.GeneralSecretary, Day.PlusDays(5), AppointmentEnd.Resigned), "post", [Lam.ToString(), "no open appointment"]),
        ["record attestation of a stranger"] = (() => PersonnelRecord.Empty.WithAttestation(Attested), "attestation", [Tu.ToString(), "not in the record"]),
        ["record end of nothing open"] = (() => Two.WithAppointment(Open).EndAppointment(Tu, Post.GeneralSecretary, Day.PlusDays(3), AppointmentEnd.Resigned),
            "post", [Tu.ToString(), "General Secretary", "no open appointment"]),
        ["record end on a non-ISO day"] = (() => Two.WithAppointment(Open).EndAppointment(Lam, Post.GeneralSecretary, Julian.PlusDays(30), AppointmentEnd.Resigned), "end", ["ISO"]),
        ["record decision on a stranger"] = (() => PersonnelRecord.Empty.Apply(DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, Day)),
            "decision", [Lam.ToString(), "not in the record"]),
        ["record decision on an appointment's first day"] = (() => Two.WithAppointment(Open).Apply(DisciplinaryDecision.RemovalFromAllPartyPosts(Lam, CentralCommittee, Day)),
            "decision", ["2026-01-23", "first day", "General Secretary"]),
        ["record expulsion before a later Party post"] = (() => Two.WithAppointment(Open).Apply(DisciplinaryDecision.ForMember(Lam, DisciplineForm.Expulsion, CentralCommittee, Day.PlusDays(-10))),
            "decision", ["expulsion", "2026-01-13", "General Secretary", "2026-01-23"]),
    };

    public static TheoryData<string> RuleNames => [.. Rules.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void A_broken_rule_throws_naming_the_argument_and_the_rule(string rule)
    {
        (Action act, string param, string[] words) = Rules[rule];
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(act);
        Assert.Equal(param, e.ParamName);

        // The words are looked for in the rule itself, not in the "(Parameter 'x')" the exception appends.
        string message = e.Message.Replace($" (Parameter '{param}')", string.Empty, StringComparison.Ordinal);
        foreach (string word in words)
        {
            Assert.Contains(word, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ending_an_ended_appointment_is_an_invalid_operation_that_says_so()
    {
        Appointment ended = Open.EndOn(Day.PlusDays(3), AppointmentEnd.Resigned);
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => ended.EndOn(Day.PlusDays(5), AppointmentEnd.Resigned));
        Assert.Contains("already ended", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_and_sources_are_kept_trimmed_and_the_values_given_are_kept()
    {
        var post = new Post(Party, PostKind.PartyCommitteeSecretary, "  Secretary \t", true, false);
        Assert.Equal("Secretary", post.Title);
        Assert.Equal((Party, PostKind.PartyCommitteeSecretary, true, false), (post.Organisation, post.Kind, post.AllowsSeveralHolders, post.IsPartyPost));
        Assert.Equal("a dated text", new Attestation(Tu, Post.PrimeMinister, Day, "  a dated text ").Source);
        var ended = new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Appointed, Xiv, Day.PlusDays(1), AppointmentEnd.Died);
        Assert.Equal((Lam, Day, AppointmentStart.Appointed, Xiv, Day.PlusDays(1), AppointmentEnd.Died),
            (ended.Person, ended.Start, ended.HowBegan, ended.Term, ended.End, ended.HowEnded));
    }

    private static Organisation AProvince() =>
        OrgModel.ReferenceData.VietnamReferenceData.OrgChart.AsOf(Day).Find(OrgModel.ReferenceData.VietnamReferenceData.UnitId2025("08"))
        ?? throw new InvalidOperationException("Tuyên Quang (08) is in the reference chart.");
}
