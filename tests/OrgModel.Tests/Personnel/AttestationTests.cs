using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization;
using OrgModel.Testing;
using OrgModel.Tests.Serialization;

namespace OrgModel.Tests.Personnel;

/// <summary>Partial knowledge: a post held on a day from a dated text, kept apart from dated appointments.</summary>
public class AttestationTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;
    private static readonly LocalDate Day = new(2025, 4, 10);
    private static readonly Person Chinh = new(PersonId.Parse("pham-minh-chinh"), VietnameseName.Parse("Phạm Minh Chính"));
    private static readonly Person Other = new(PersonId.Parse("nguyen-van-an"), VietnameseName.Parse("Nguyễn Văn An"));

    private static PersonnelRecord Record => PersonnelRecord.Empty.WithPerson(Chinh).WithPerson(Other);

    [Fact]
    public void An_attestation_is_valid_by_construction()
    {
        Assert.Throws<ArgumentException>(() => new Attestation(default, Post.PrimeMinister, Day, "x"));
        Assert.Throws<ArgumentException>(() => new Attestation(Chinh.Id, Post.PrimeMinister, Day, "  "));
        Assert.Throws<ArgumentNullException>(() => new Attestation(Chinh.Id, null!, Day, "x"));
        Assert.Equal("https://x", new Attestation(Chinh.Id, Post.PrimeMinister, Day, " https://x ").Source);
    }

    [Fact]
    public void An_attested_holder_answers_for_that_day_only_and_says_so()
    {
        PersonnelRecord r = Record.WithAttestation(new Attestation(Chinh.Id, Post.PrimeMinister, Day, "news of the day"));

        PostHolder holder = Assert.Single(r.HoldersWithEvidenceOn(Post.PrimeMinister, Day));
        Assert.Equal(HoldingEvidence.Attestation, holder.Evidence);
        Assert.Null(holder.Appointment);
        Assert.Equal("news of the day", holder.Attestation!.Source);
        Assert.Empty(r.HoldersWithEvidenceOn(Post.PrimeMinister, Day.PlusDays(1)));
        Assert.Empty(r.HoldersOn(Post.PrimeMinister, Day));
    }

    [Fact]
    public void An_appointment_wins_over_an_attestation_of_the_same_person_and_a_disagreeing_text_stays_visible()
    {
        PersonnelRecord r = Record
            .WithAppointment(new Appointment(Chinh.Id, Post.PrimeMinister, new LocalDate(2021, 4, 5), AppointmentStart.Elected))
            .WithAttestation(new Attestation(Chinh.Id, Post.PrimeMinister, Day, "a"))
            .WithAttestation(new Attestation(Other.Id, Post.PrimeMinister, Day, "b"));

        IReadOnlyList<PostHolder> holders = r.HoldersWithEvidenceOn(Post.PrimeMinister, Day);
        Assert.Equal([Chinh.Id, Other.Id], holders.Select(h => h.Person.Id));
        Assert.Equal([HoldingEvidence.Appointment, HoldingEvidence.Attestation], holders.Select(h => h.Evidence));
    }

    [Fact]
    public void Adding_is_checked_and_idempotent()
    {
        var t = new Attestation(Chinh.Id, Post.PrimeMinister, Day, "a");
        Assert.Throws<ArgumentException>(() => PersonnelRecord.Empty.WithAttestation(t));
        PersonnelRecord once = Record.WithAttestation(t);
        Assert.Same(once, once.WithAttestation(t));
        Assert.Equal([t], once.AttestationsOf(Chinh.Id));
    }

    [Fact]
    public void A_record_without_attestations_keeps_its_json_form_and_one_with_them_round_trips()
    {
        Assert.DoesNotContain("attestations", JsonSerializer.Serialize(Record, Ctx.PersonnelRecord), StringComparison.Ordinal);
        PersonnelRecord r = Record.WithAttestation(new Attestation(Chinh.Id, Post.CommissionHead(OrgId.Parse("vn.party.central-office")), Day, "a"));
        Assert.Equal(r.Attestations, JsonAssert.RoundTrip(r, Ctx.PersonnelRecord).Attestations);
    }

    [Fact]
    public void An_attestation_of_an_unknown_person_or_a_holder_with_two_kinds_of_evidence_is_a_json_error()
    {
        const string Post = """{"organisation":"vn.state.government","kind":"primeMinister","title":"Prime Minister","allowsSeveralHolders":false,"isPartyPost":false}""";
        JsonAssert.Fails($$"""{"people":[],"appointments":[],"decisions":[],"attestations":[{"person":"x","post":{{Post}},"date":"2025-01-01","source":"s"}]}""", Ctx.PersonnelRecord);
        JsonAssert.Fails("""{"person":{"id":"x","name":"Tô Lâm"}}""", Ctx.PostHolder);
        JsonAssert.Fails($$"""{"person":"x","post":{{Post}},"date":"2025-01-01","source":" "}""", Ctx.Attestation);
    }

    [Fact]
    public void A_post_holder_round_trips_with_its_evidence()
    {
        PostHolder h = PostHolder.FromAttestation(Chinh, new Attestation(Chinh.Id, Post.PrimeMinister, Day, "a"));
        PostHolder back = JsonAssert.RoundTrip(h, Ctx.PostHolder);
        Assert.Equal(h, back);
        Assert.Throws<ArgumentException>(() => PostHolder.FromAttestation(Other, h.Attestation!));
    }
}

/// <summary>Properties of attestations over generated records.</summary>
[Properties(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 100)]
public class AttestationPropertyTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;

    [Property]
    public bool Attestations_round_trip(Attestation t) => JsonAssert.RoundTrip(t, Ctx.Attestation).Equals(t);

    [Property(MaxTest = 50)]
    public Property Records_with_attestations_round_trip() => Prop.ForAll(
        OrgGenerators.PersonnelRecordWithAttestationsValue.ToArbitrary(),
        r =>
        {
            PersonnelRecord back = JsonAssert.RoundTrip(r, Ctx.PersonnelRecord);
            return back.Attestations.SequenceEqual(r.Attestations) && back.Appointments.SequenceEqual(r.Appointments);
        });

    [Property(MaxTest = 50)]
    public Property Holders_with_evidence_are_the_appointed_holders_then_the_others_attested_that_day() => Prop.ForAll(
        OrgGenerators.PersonnelRecordWithAttestationsValue.ToArbitrary(),
        r => r.Attestations.Select(t => (t.Post, t.Date)).Concat(r.Appointments.Select(a => (a.Post, Date: a.Start))).All(q =>
        {
            IReadOnlyList<PostHolder> holders = r.HoldersWithEvidenceOn(q.Post, q.Date);
            var appointed = holders.TakeWhile(h => h.Evidence == HoldingEvidence.Appointment).Select(h => h.Person.Id).ToList();
            var attested = holders.Skip(appointed.Count).ToList();
            return appointed.SequenceEqual(r.HoldersOn(q.Post, q.Date).Select(p => p.Id))
                && attested.All(h => h.Evidence == HoldingEvidence.Attestation && h.Attestation!.Date == q.Date && h.Attestation.Post.Equals(q.Post))
                && holders.Select(h => h.Person.Id).Distinct().Count() == holders.Count
                && attested.Count == r.Attestations.Where(t => t.Post.Equals(q.Post) && t.Date == q.Date && !appointed.Contains(t.Person)).Select(t => t.Person).Distinct().Count();
        }));
}
