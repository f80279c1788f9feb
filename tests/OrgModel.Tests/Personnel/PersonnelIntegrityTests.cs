using System.Collections;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using OrgModel.Tenures;
using static OrgModel.Tests.Personnel.PersonnelFacts;

namespace OrgModel.Tests.Personnel;

/// <summary>Issue 15 (personnel share): the record's promises hold against careless and hostile callers.</summary>
public class PersonnelIntegrityTests
{
    private static readonly LocalDate Julian = new(2025, 7, 1, CalendarSystem.Julian);
    private static readonly LocalDate Day = new(2025, 7, 1);
    private static readonly PersonId Lam = Id("Tô Lâm");

    private static PersonnelRecord OnePerson() => WithPeople(PersonnelRecord.Empty, ["Tô Lâm"]);

    internal static void AssertNotWritable(object collection, string what) =>
        Assert.False(
            collection is Array || collection is IList { IsReadOnly: false },
            $"{what} is writable storage ({collection.GetType()}).");

    [Fact]
    public void Exposed_collections_cannot_be_cast_back_and_written()
    {
        PersonnelRecord r = TwelfthConference().WithAppointment(
            new Appointment(Id("Đỗ Đức Duy"), Post.PolitburoMember, new LocalDate(2026, 1, 23), AppointmentStart.Elected));
        LocalDate day = new(2026, 2, 1);
        AssertNotWritable(r.People, "People");
        AssertNotWritable(r.Appointments, "Appointments");
        AssertNotWritable(r.Decisions, "Decisions");
        AssertNotWritable(r.FindByName("Do Duc Duy"), "FindByName");
        AssertNotWritable(r.HoldersOn(Post.PolitburoMember, day), "HoldersOn");
        AssertNotWritable(r.PostsOf(Id("Đỗ Đức Duy"), day), "PostsOf");
        AssertNotWritable(r.Career(Id("Đỗ Đức Duy")), "Career");
        AssertNotWritable(r.MembersOn(Politburo, day), "MembersOn");
        AssertNotWritable(r.AppointmentsOn(day), "AppointmentsOn");
        DisciplinaryDecision removal = DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, Day);
        AssertNotWritable(removal.Posts, "DisciplinaryDecision.Posts");
        AssertNotWritable(DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, Day).Posts, "DisciplinaryDecision.Posts (empty)");
        PersonnelRecord chair = NonLocalRuleTests.Chair("08", VietnamReferenceData.UnitId2025("08"), null);
        AssertNotWritable(NonLocalRule.Conclusion201.Evaluate(VietnamReferenceData.OrgChart, chair, NonLocalRule.Conclusion201Deadline), "NonLocalRule.Evaluate");
        AssertNotWritable(PersonnelRules.Evaluate(PersonnelRules.All, VietnamReferenceData.OrgChart, chair, NonLocalRule.Conclusion201Deadline), "PersonnelRules.Evaluate");
        AssertNotWritable(NonLocalRule.Conclusion201PostKinds, "Conclusion201PostKinds");
        AssertNotWritable(PersonnelRules.All, "PersonnelRules.All");
    }

    [Fact]
    public void Non_iso_dates_are_refused_naming_the_argument()
    {
        AssertNotIso("start", () => new Appointment(Lam, Post.GeneralSecretary, Julian, AppointmentStart.Elected));
        AssertNotIso("end", () => new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected, null, new LocalDate(2026, 1, 1, CalendarSystem.Julian), AppointmentEnd.Resigned));
        AssertNotIso("date", () => DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, Julian));
        AssertNotIso("effectiveDate", () => DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, Day, Julian.PlusDays(30)));
        AssertNotIso("date", () => DisciplinaryDecision.RemovalFromPosts(Lam, [Post.PolitburoMember], CentralCommittee, Julian));
        AssertNotIso("date", () => DisciplinaryDecision.RemovalFromAllPartyPosts(Lam, CentralCommittee, Julian));
        AssertNotIso("date", () => DisciplinaryDecision.ForOrganisation(Politburo, DisciplineForm.Warning, CentralCommittee, Julian));
        AssertNotIso("value", () => PartialDate.FromDate(Julian));
        AssertNotIso("value", () => PartialDate.FromYearMonth(new YearMonth(1957, 4, CalendarSystem.Julian)));
        PersonnelRecord r = OnePerson().WithAppointment(new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected));
        AssertNotIso("end", () => r.EndAppointment(Lam, Post.GeneralSecretary, new LocalDate(2026, 1, 1, CalendarSystem.Julian), AppointmentEnd.Resigned));
    }

    private static void AssertNotIso(string param, Func<object> create)
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => create());
        Assert.Equal(param, e.ParamName);
        Assert.Contains("ISO", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_default_struct_arguments_are_refused()
    {
        ArgumentException term = Assert.ThrowsAny<ArgumentException>(
            () => new Appointment(Lam, Post.GeneralSecretary, Day, AppointmentStart.Elected, default(Tenure)));
        Assert.Equal("term", term.ParamName);
        ArgumentException basis = Assert.ThrowsAny<ArgumentException>(
            () => DisciplinaryDecision.ForMember(Lam, DisciplineForm.Warning, CentralCommittee, Day, legalBasis: default(DocumentNumber)));
        Assert.Equal("legalBasis", basis.ParamName);
    }

    [Fact]
    public void A_party_post_beginning_after_the_expulsion_is_refused_naming_both_facts()
    {
        var expulsion = DisciplinaryDecision.ForMember(Lam, DisciplineForm.Expulsion, CentralCommittee, Day);
        var later = new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2026, 1, 23), AppointmentStart.Elected);

        ArgumentException e = Assert.Throws<ArgumentException>(() => OnePerson().Apply(expulsion).WithAppointment(later));
        Assert.Contains("2026-01-23", e.Message, StringComparison.Ordinal);
        Assert.Contains("2025-07-01", e.Message, StringComparison.Ordinal);
        Assert.Contains("expulsion", e.Message, StringComparison.OrdinalIgnoreCase);

        ArgumentException reverse = Assert.Throws<ArgumentException>(() => OnePerson().WithAppointment(later).Apply(expulsion));
        Assert.Contains("2026-01-23", reverse.Message, StringComparison.Ordinal);
        Assert.Contains("expulsion", reverse.Message, StringComparison.OrdinalIgnoreCase);

        // A State post is not a Party post: the expulsion does not contradict it.
        var state = new Appointment(Lam, Post.PeoplesCommitteeChair(OrgId.Parse("vn.au.2025-07.01.peoples-committee")), new LocalDate(2026, 1, 23), AppointmentStart.Elected);
        Assert.Single(OnePerson().Apply(expulsion).WithAppointment(state).Appointments);
    }

    [Fact]
    public void An_open_party_post_beside_a_removal_from_all_party_posts_is_refused()
    {
        var removal = DisciplinaryDecision.RemovalFromAllPartyPosts(Lam, CentralCommittee, TwelfthConferenceClosing);
        var open = new Appointment(Lam, Post.CentralCommitteeMember, Xiii.ActualStart!.Value, AppointmentStart.Elected, Xiii);
        ArgumentException e = Assert.Throws<ArgumentException>(() => OnePerson().Apply(removal).WithAppointment(open));
        Assert.Contains("Central Committee member", e.Message, StringComparison.Ordinal);
        Assert.Contains("2025-07-19", e.Message, StringComparison.Ordinal);
        Assert.Contains("RemovalFromPost", e.Message, StringComparison.Ordinal);

        // Applied in the other order, the decision ends the post on its effective day, as before.
        PersonnelRecord applied = OnePerson().WithAppointment(open).Apply(removal);
        Assert.Equal(TwelfthConferenceClosing, Assert.Single(applied.Appointments).End);

        // Re-appointed after the decision: no contradiction.
        var after = new Appointment(Lam, Post.CentralCommitteeMember, FirstPlenumXiv, AppointmentStart.Elected, Xiv);
        Assert.Equal(2, applied.WithAppointment(after).Appointments.Count);
    }

    [Fact]
    public void Messages_quote_at_most_about_100_characters_of_a_title()
    {
        string title = new('x', 10_000);
        var post = new Post(Politburo, PostKind.Other, title, false, true);
        PersonnelRecord r = WithPeople(PersonnelRecord.Empty, ["Tô Lâm", "Trần Cẩm Tú"])
            .WithAppointment(new Appointment(Lam, post, Day, AppointmentStart.Elected));
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => r.WithAppointment(new Appointment(Id("Trần Cẩm Tú"), post, Day.PlusDays(1), AppointmentStart.Elected)));
        Assert.True(e.Message.Length < 400, $"The message has {e.Message.Length} characters.");
        ArgumentException end = Assert.Throws<ArgumentException>(() => r.EndAppointment(Lam, post, Day, AppointmentEnd.Resigned));
        Assert.True(end.Message.Length < 400, $"The message has {end.Message.Length} characters.");
    }
}
