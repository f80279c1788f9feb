using System.Text;
using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Testing;

namespace OrgModel.Tests.Personnel;

[Properties(Arbitrary = [typeof(OrgArbitraries)])]
public class PersonnelPropertyTests
{
    private static readonly LocalDate Epoch = new(2000, 1, 1);

    [Property]
    public bool Appointments_of_a_single_holder_post_never_overlap(PersonnelRecord record) =>
        record.Appointments.All(a => record.Appointments.All(b =>
            ReferenceEquals(a, b) || !a.Post.Equals(b.Post) || !a.Overlaps(b) || (a.Post.AllowsSeveralHolders && a.Person != b.Person)));

    [Property]
    public bool Adding_an_overlapping_appointment_to_a_single_holder_post_is_rejected(PersonnelRecord record, Person newcomer, int offset)
    {
        Appointment? held = record.Appointments.FirstOrDefault(a => !a.Post.AllowsSeveralHolders);
        if (held is null || record.Find(newcomer.Id) is not null)
        {
            return true;
        }

        LocalDate start = held.Start.PlusDays(Math.Abs(offset % 50));
        if (held.End is { } end && start >= end)
        {
            start = held.Start;
        }

        PersonnelRecord withNewcomer = record.WithPerson(newcomer);
        try
        {
            withNewcomer.WithAppointment(new Appointment(newcomer.Id, held.Post, start, AppointmentStart.Appointed));
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [Property]
    public bool At_most_one_holder_of_a_single_holder_post_on_any_day(PersonnelRecord record, int day) =>
        record.Appointments.Select(a => a.Post).Distinct().Where(p => !p.AllowsSeveralHolders)
            .All(p => record.HoldersOn(p, Epoch.PlusDays(Math.Abs(day % 12_000))).Count <= 1);

    [Property]
    public bool Applying_a_decision_is_idempotent(PersonnelRecord record, DisciplinaryDecision decision, int pick)
    {
        DisciplinaryDecision d = Retarget(record, decision, pick);
        if (EndsAnAppointmentOnItsFirstDay(record, d))
        {
            return IsRefused(record, d);
        }

        if (ContradictsAPartyPost(record, d))
        {
            return IsRefusedAsContradiction(record, d);
        }

        PersonnelRecord once = record.Apply(d);
        PersonnelRecord twice = once.Apply(d);
        return once.Appointments.SequenceEqual(twice.Appointments) && once.Decisions.SequenceEqual(twice.Decisions)
            && record.People.Select(p => p.Id).All(id => once.IsMembershipEndedOn(id, d.EffectiveDate) == twice.IsMembershipEndedOn(id, d.EffectiveDate));
    }

    [Property]
    public bool A_decision_ends_no_appointment_before_its_effective_day(PersonnelRecord record, DisciplinaryDecision decision, int pick)
    {
        DisciplinaryDecision d = Retarget(record, decision, pick);
        if (EndsAnAppointmentOnItsFirstDay(record, d))
        {
            return IsRefused(record, d);
        }

        if (ContradictsAPartyPost(record, d))
        {
            return IsRefusedAsContradiction(record, d);
        }

        PersonnelRecord after = record.Apply(d);
        LocalDate before = d.EffectiveDate.PlusDays(-1);
        // Held on the day before exactly as before: the same people, posts and starts (only their ends may change).
        return record.AppointmentsOn(before).Select(a => (a.Person, a.Post, a.Start))
                .SequenceEqual(after.AppointmentsOn(before).Select(a => (a.Person, a.Post, a.Start)))
            && after.AppointmentsOn(d.EffectiveDate).All(a => !d.Ends(a));
    }

    [Property]
    public bool A_decision_effective_on_the_first_day_of_an_appointment_it_ends_is_refused(PersonnelRecord record, int pick)
    {
        if (record.Appointments.Count == 0)
        {
            return true;
        }

        // Dissolving the body of an appointment on the day that appointment begins would leave it zero days long.
        Appointment a = record.Appointments[Math.Abs(pick % record.Appointments.Count)];
        DisciplinaryDecision dissolution = DisciplinaryDecision.ForOrganisation(
            a.Post.Organisation, DisciplineForm.Dissolution, a.Post.Organisation, a.Start, a.Start);
        return IsRefused(record, dissolution);
    }

    [Property]
    public bool Career_is_in_start_order_and_holds_every_appointment(PersonnelRecord record) =>
        record.People.All(p =>
        {
            IReadOnlyList<Appointment> career = record.Career(p.Id);
            return career.Zip(career.Skip(1)).All(x => x.First.Start <= x.Second.Start)
                && career.Count == record.Appointments.Count(a => a.Person == p.Id);
        });

    [Property]
    public bool Members_are_sorted_in_vietnamese_order(PersonnelRecord record, int day)
    {
        LocalDate date = Epoch.PlusDays(Math.Abs(day % 12_000));
        return record.Appointments.Select(a => a.Post.Organisation).Distinct().All(body =>
        {
            IReadOnlyList<Person> members = record.MembersOn(body, date);
            return members.Zip(members.Skip(1)).All(x => VietnameseName.Comparer.Compare(x.First.Name, x.Second.Name) <= 0)
                && members.Select(m => m.Id).Distinct().Count() == members.Count;
        });
    }

    [Property]
    public bool Person_to_string_never_shows_birth_data(Person person)
    {
        string text = person.ToString();
        return (person.BirthDate is not { } b || !text.Contains(b.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            && (person.Birthplace is not { } bp || !text.Contains(bp.ToString(), StringComparison.Ordinal))
            && (person.Hometown is not { } h || !text.Contains(h.ToString(), StringComparison.Ordinal));
    }

    [Property]
    public bool Person_id_round_trips(PersonId id) =>
        PersonId.Parse(id.ToString()) == id && PersonId.TryParse(id.ToString().ToUpperInvariant(), out PersonId upper) && upper == id
        && ReadId(WriteId(id)) == id;

    [Property]
    public bool Partial_date_contains_its_latest_possible_day(PartialDate date) =>
        date.Contains(date.LatestPossible()) && !date.Contains(date.LatestPossible().PlusDays(1));

    [Property]
    public bool Appointment_held_exactly_between_start_and_end(Appointment a, int offset)
    {
        LocalDate day = a.Start.PlusDays(offset % 5_000);
        return a.IsHeldOn(day) == (day >= a.Start && (a.End is not { } e || day < e)) && a.Equals(a) && a.Overlaps(a);
    }

    [Fact]
    public void Person_id_rejects_bad_input()
    {
        Assert.False(PersonId.TryParse("", out _));
        Assert.False(PersonId.TryParse((string?)null, out _));
        Assert.False(PersonId.TryParse("tô-lâm", out _));
        Assert.False(PersonId.TryParse(new string('a', 65), out _));
        FormatException e = Assert.Throws<FormatException>(() => PersonId.Parse(" ab c"));
        Assert.Contains("at character 4", e.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => ReadId("\"a b\""));
        Assert.Throws<JsonException>(() => ReadId("7"));
        Assert.Throws<JsonException>(() => WriteId(default));
    }

    private static bool EndsAnAppointmentOnItsFirstDay(PersonnelRecord record, DisciplinaryDecision d) =>
        record.Appointments.Any(a => d.Ends(a) && a.Start == d.EffectiveDate);

    // Issue 15: an expulsion beside a Party post that begins after it is a contradictory record, refused.
    private static bool ContradictsAPartyPost(PersonnelRecord record, DisciplinaryDecision d) =>
        d.Form == DisciplineForm.Expulsion && record.Appointments.Any(a => a.Person == d.Member && a.Post.IsPartyPost && a.Start > d.EffectiveDate);

    private static bool IsRefusedAsContradiction(PersonnelRecord record, DisciplinaryDecision d) => IsRefusedWith(record, d, "contradicts");

    private static bool IsRefused(PersonnelRecord record, DisciplinaryDecision d) => IsRefusedWith(record, d, "cannot end on the day it begins");

    private static bool IsRefusedWith(PersonnelRecord record, DisciplinaryDecision d, string reason)
    {
        try
        {
            record.Apply(d);
            return false;
        }
        catch (ArgumentException e)
        {
            return e.ParamName == "decision" && e.Message.Contains(reason, StringComparison.Ordinal);
        }
    }

    private static DisciplinaryDecision Retarget(PersonnelRecord record, DisciplinaryDecision d, int pick)
    {
        // Point member decisions at someone in the record, and organisation decisions at a body with posts, so effects happen.
        IReadOnlyList<Person> people = record.People;
        PersonId member = people[Math.Abs(pick % people.Count)].Id;
        IReadOnlyList<Appointment> appointments = record.Appointments;
        OrgId org = appointments.Count == 0 ? d.Organisation ?? d.IssuingBody : appointments[Math.Abs(pick % appointments.Count)].Post.Organisation;
        IEnumerable<Post> posts = appointments.Where(a => a.Person == member).Select(a => a.Post).DefaultIfEmpty(Post.GeneralSecretary);
        return d switch
        {
            { Member: not null, Form: DisciplineForm.RemovalFromPost, RemovesAllPartyPosts: true } =>
                DisciplinaryDecision.RemovalFromAllPartyPosts(member, d.IssuingBody, d.Date, d.EffectiveDate, d.LegalBasis),
            { Member: not null, Form: DisciplineForm.RemovalFromPost } =>
                DisciplinaryDecision.RemovalFromPosts(member, posts, d.IssuingBody, d.Date, d.EffectiveDate, d.LegalBasis),
            { Member: not null } => DisciplinaryDecision.ForMember(member, d.Form, d.IssuingBody, d.Date, d.EffectiveDate, d.LegalBasis),
            _ => DisciplinaryDecision.ForOrganisation(org, d.Form, d.IssuingBody, d.Date, d.EffectiveDate, d.LegalBasis),
        };
    }

    private static string WriteId(PersonId id)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new PersonIdJsonConverter().Write(writer, id, JsonSerializerOptions.Default);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static PersonId ReadId(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new PersonIdJsonConverter().Read(ref reader, typeof(PersonId), JsonSerializerOptions.Default);
    }
}
