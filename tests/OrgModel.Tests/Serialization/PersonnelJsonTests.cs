using System.Text.Json;
using FsCheck.Xunit;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

[Properties(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 100)]
public class PersonnelJsonTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;

    [Property]
    public bool PeopleRoundTrip(Person p)
    {
        Person back = JsonAssert.RoundTrip(p, Ctx.Person);
        return back.Id == p.Id && back.Name.Equals(p.Name) && back.BirthDate == p.BirthDate && back.Birthplace == p.Birthplace && back.Hometown == p.Hometown;
    }

    [Property]
    public bool PartialDatesRoundTrip(PartialDate d) => d.IsEmpty || JsonAssert.RoundTrip(d, Ctx.PartialDate) == d;

    [Property]
    public bool PostsRoundTrip(Post p) => JsonAssert.RoundTrip(p, Ctx.Post).Equals(p);

    [Property]
    public bool AppointmentsRoundTrip(Appointment a) => JsonAssert.RoundTrip(a, Ctx.Appointment).Equals(a);

    [Property]
    public bool DecisionsRoundTrip(DisciplinaryDecision d) => JsonAssert.RoundTrip(d, Ctx.DisciplinaryDecision).Equals(d);

    [Property(MaxTest = 50)]
    public bool RecordsRoundTrip(PersonnelRecord r)
    {
        PersonnelRecord back = JsonAssert.RoundTrip(r, Ctx.PersonnelRecord);
        return back.People.Count == r.People.Count && back.Appointments.SequenceEqual(r.Appointments) && back.Decisions.SequenceEqual(r.Decisions);
    }

    [Property(MaxTest = 50)]
    public bool RecordsWithADecisionRoundTrip(PersonnelRecord r, DisciplinaryDecision d, int pick)
    {
        // Point a member decision at someone in the record so that it has effects.
        PersonId member = r.People[Math.Abs(pick % r.People.Count)].Id;
        DisciplinaryDecision decision = d.Member is null
            ? d
            : d.Form == DisciplineForm.RemovalFromPost
                ? DisciplinaryDecision.RemovalFromAllPartyPosts(member, d.IssuingBody, d.Date, d.EffectiveDate, d.LegalBasis)
                : DisciplinaryDecision.ForMember(member, d.Form, d.IssuingBody, d.Date, d.EffectiveDate, d.LegalBasis);
        PersonnelRecord applied;
        try
        {
            applied = r.Apply(decision);
        }
        catch (ArgumentException)
        {
            return true; // refused (it would end an appointment on its first day): nothing to round-trip
        }

        PersonnelRecord back = JsonAssert.RoundTrip(applied, Ctx.PersonnelRecord);
        return back.Appointments.SequenceEqual(applied.Appointments) && back.Decisions.SequenceEqual(applied.Decisions)
            && applied.People.All(p => back.IsMembershipEndedOn(p.Id, decision.EffectiveDate) == applied.IsMembershipEndedOn(p.Id, decision.EffectiveDate));
    }

    [Fact]
    public void An_appointment_added_after_a_decision_reads_back_as_written()
    {
        // The decision is applied first; an appointment is recorded afterwards. Reading back must not re-apply the decision.
        // (Issue 15: an appointment the decision would have ended, held on its effective day, now contradicts it and is
        // refused; one that begins after the effective day is recorded as written.)
        var party = OrgId.Parse("vn.au.2025-07.08.party-committee");
        var cc = OrgId.Parse("vn.party.central-committee");
        PersonId a = PersonId.Parse("nguyen-van-a");
        var effective = new LocalDate(2025, 9, 1);
        PersonnelRecord decided = PersonnelRecord.Empty
            .WithPerson(new Person(a, VietnameseName.Parse("Nguyễn Văn A")))
            .Apply(DisciplinaryDecision.RemovalFromAllPartyPosts(a, cc, effective));
        Assert.Throws<ArgumentException>(
            () => decided.WithAppointment(new Appointment(a, Post.PartySecretary(party), new LocalDate(2025, 7, 1), AppointmentStart.Elected)));
        PersonnelRecord r = decided.WithAppointment(new Appointment(a, Post.PartySecretary(party), new LocalDate(2025, 10, 1), AppointmentStart.Elected));
        PersonnelRecord back = JsonAssert.RoundTrip(r, Ctx.PersonnelRecord);
        Assert.Equal(r.Appointments, back.Appointments);
        Assert.Equal(r.Decisions, back.Decisions);
        Assert.Null(Assert.Single(back.Appointments).End);
    }

    [Fact]
    public void An_expulsion_reads_back_with_the_membership_ended()
    {
        var cc = OrgId.Parse("vn.party.central-committee");
        PersonId a = PersonId.Parse("nguyen-van-a");
        var effective = new LocalDate(2025, 9, 1);
        PersonnelRecord r = PersonnelRecord.Empty
            .WithPerson(new Person(a, VietnameseName.Parse("Nguyễn Văn A")))
            .WithAppointment(new Appointment(a, Post.CentralCommitteeMember, new LocalDate(2021, 1, 30), AppointmentStart.Elected))
            .Apply(DisciplinaryDecision.ForMember(a, DisciplineForm.Expulsion, cc, effective));
        PersonnelRecord back = JsonAssert.RoundTrip(r, Ctx.PersonnelRecord);
        Assert.Equal(r.Appointments, back.Appointments);
        Assert.True(back.IsMembershipEndedOn(a, effective));
        Assert.False(back.IsMembershipEndedOn(a, effective.PlusDays(-1)));
    }

    [Fact]
    public void A_removal_from_all_Party_posts_reads_back_as_one()
    {
        var d = DisciplinaryDecision.RemovalFromAllPartyPosts(PersonId.Parse("vo-van-thuong"), OrgId.Parse("vn.party.central-committee"),
            new LocalDate(2025, 7, 19), legalBasis: DocumentNumber.Parse("69-QĐ/TW"));
        string json = JsonSerializer.Serialize(d, Ctx.DisciplinaryDecision);
        Assert.Contains("\"removesAllPartyPosts\":true", json, StringComparison.Ordinal);
        Assert.Equal(d, JsonSerializer.Deserialize(json, Ctx.DisciplinaryDecision));
    }

    [Theory]
    [InlineData("""{"form":"warning","issuingBody":"a","date":"2025-07-19"}""", "member", "organisation")]
    [InlineData("""{"member":"x","organisation":"y","form":"warning","issuingBody":"a","date":"2025-07-19"}""", "not both")]
    [InlineData("""{"organisation":"y","form":"expulsion","issuingBody":"a","date":"2025-07-19"}""", "organisation is reprimanded")]
    [InlineData("""{"member":"x","form":"warning","issuingBody":"a","date":"2025-07-19","effectiveDate":"2025-07-01"}""", "before it is made")]
    [InlineData("""{"member":"x","form":"removalFromPost","issuingBody":"a","date":"2025-07-19"}""", "at least one post")]
    public void InvalidDecisions_AreJsonExceptions(string json, params string[] fragments) => JsonAssert.Fails(json, Ctx.DisciplinaryDecision, fragments);

    [Theory]
    [InlineData("""{"people":[],"appointments":[{"person":"x","post":{"organisation":"vn.party.politburo","kind":"politburoMember","title":"Politburo member","allowsSeveralHolders":true,"isPartyPost":true},"start":"2026-01-23","howBegan":"elected"}]}""", "not in the record")]
    [InlineData("""{"people":[{"id":"x","name":"Tô Lâm"},{"id":"x","name":"Tô Lâm"}]}""", "twice")]
    public void InconsistentRecords_AreJsonExceptions(string json, params string[] fragments) => JsonAssert.Fails(json, Ctx.PersonnelRecord, fragments);

    [Fact]
    public void Birth_data_is_not_echoed_in_errors()
    {
        JsonException e = JsonAssert.Fails("""{"id":"x","name":"Nguyễn Văn A","birthDate":"1970-02-30"}""", Ctx.Person, "$.birthDate");
        Assert.DoesNotContain("1970", e.ToString(), StringComparison.Ordinal);
    }
}
