using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>An immutable record of people, their appointments and the disciplinary decisions applied to them, with the
/// queries users ask: who held a post on a day, a person's posts and career, the members of a body on a day.</summary>
/// <remarks>
/// <para>Every change returns a new record. Invariants: each appointment's person is in the record; appointments of a post
/// that allows one holder never overlap; one person never holds the same post twice at once.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PersonnelRecordJsonConverter))]
public sealed class PersonnelRecord
{
    private readonly ImmutableDictionary<PersonId, Person> people;
    private readonly ImmutableList<Appointment> appointments;
    private readonly ImmutableList<DisciplinaryDecision> decisions;
    private readonly ImmutableDictionary<PersonId, LocalDate> membershipEnded;
    private readonly PersonnelIndex index;
    private readonly ImmutableList<Attestation> attestations;

    private PersonnelRecord(
        ImmutableDictionary<PersonId, Person> people,
        ImmutableList<Appointment> appointments,
        ImmutableList<DisciplinaryDecision> decisions,
        ImmutableDictionary<PersonId, LocalDate> membershipEnded,
        PersonnelIndex index,
        ImmutableList<Attestation> attestations)
    {
        this.attestations = attestations;
        this.people = people;
        this.appointments = appointments;
        this.decisions = decisions;
        this.membershipEnded = membershipEnded;
        this.index = index;
    }

    /// <summary>Gets the empty record.</summary>
    public static PersonnelRecord Empty { get; } = new(
        ImmutableDictionary<PersonId, Person>.Empty,
        ImmutableList<Appointment>.Empty,
        ImmutableList<DisciplinaryDecision>.Empty,
        ImmutableDictionary<PersonId, LocalDate>.Empty,
        PersonnelIndex.Empty,
        ImmutableList<Attestation>.Empty);

    /// <summary>Gets the people, ordered by name in Vietnamese order.</summary>
    public IReadOnlyList<Person> People => Frozen(people.Values.OrderBy(p => p.Name, VietnameseName.Comparer).ThenBy(p => p.Id));

    /// <summary>Gets the appointments in the order they were added (ended ones replaced in place).</summary>
    public IReadOnlyList<Appointment> Appointments => appointments;

    /// <summary>Gets the disciplinary decisions applied, in the order applied.</summary>
    public IReadOnlyList<DisciplinaryDecision> Decisions => decisions;

    /// <summary>Gets the attestations (a post held on a day, from a dated text, start and end unknown), in the order added.</summary>
    public IReadOnlyList<Attestation> Attestations => attestations;

    /// <summary>Finds a person.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The person, or null.</returns>
    public Person? Find(PersonId id) => people.GetValueOrDefault(id);

    /// <summary>Finds people whose name matches a text, ignoring diacritics and case ("To Lam" finds "Tô Lâm").</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The people, in Vietnamese name order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<Person> FindByName(string name)
    {
        // Checked here, not by the first Matches call: an empty record must reject a null name too.
        ArgumentNullException.ThrowIfNull(name);
        return Frozen(people.Values.Where(p => p.Name.Matches(name)).OrderBy(p => p.Name, VietnameseName.Comparer).ThenBy(p => p.Id));
    }

    /// <summary>Returns a record with a person added, or replaced when the id is already there.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public PersonnelRecord WithPerson(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new(people.SetItem(person.Id, person), appointments, decisions, membershipEnded, index, attestations);
    }

    /// <summary>Returns a record with people added (or replaced) at once: one dictionary build instead of a new record per
    /// person, for readers of large documents.</summary>
    internal PersonnelRecord WithPeople(IEnumerable<Person> items)
    {
        ImmutableDictionary<PersonId, Person>.Builder builder = people.ToBuilder();
        foreach (Person p in items)
        {
            builder[p.Id] = p;
        }

        return new(builder.ToImmutable(), appointments, decisions, membershipEnded, index, attestations);
    }

    /// <summary>Returns a record with an appointment added.</summary>
    /// <param name="appointment">The appointment.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="appointment"/> is null.</exception>
    /// <exception cref="ArgumentException">The person is not in the record; the appointment overlaps another of the same post
    /// that allows one holder (or another of the same person and post); the post is recorded with other holder rules; or the
    /// appointment contradicts a recorded decision: it is a Party post beginning on or after the person's expulsion, or it is
    /// held on the effective day of a decision that ends it (a removal from the post or from all Party posts, an expulsion,
    /// a dissolution), which has already ended what it ends. The message names both facts.</exception>
    public PersonnelRecord WithAppointment(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        if (!people.ContainsKey(appointment.Person))
        {
            throw new ArgumentException($"Person {appointment.Person} is not in the record; add the person first.", nameof(appointment));
        }

        if (index.Disagreeing(appointment.Post) is { } known)
        {
            throw new ArgumentException(
                $"{Quote(appointment.Post)} is already recorded with other holder rules (several holders: {known.AllowsSeveralHolders}, Party post: {known.IsPartyPost}).",
                nameof(appointment));
        }

        if (index.Clash(appointment) is { } other)
        {
            throw new ArgumentException(
                $"{Quote(appointment.Post)} is already held by {other.Person} from {other.Start:uuuu-MM-dd} in that period.", nameof(appointment));
        }

        if (appointment.Post.IsPartyPost && membershipEnded.TryGetValue(appointment.Person, out LocalDate expelled) && expelled <= appointment.Start)
        {
            throw new ArgumentException(
                $"The appointment of {appointment.Person} to the Party post {Quote(appointment.Post)} from {appointment.Start:uuuu-MM-dd} contradicts the expulsion from the Party effective {expelled:uuuu-MM-dd}.",
                nameof(appointment));
        }

        if (index.Ender(appointment) is { } decision)
        {
            throw new ArgumentException(
                $"The appointment '{Quote(appointment.ToString())}' is held on {decision.EffectiveDate:uuuu-MM-dd}, when the recorded decision '{decision}' ends it; record it ended on that day.",
                nameof(appointment));
        }

        return new(people, appointments.Add(appointment), decisions, membershipEnded, index.WithAppointment(appointment, appointments.Count), attestations);
    }

    /// <summary>Returns a record with several appointments added, in order.</summary>
    /// <param name="items">The appointments.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentException">See <see cref="WithAppointment(Appointment)"/>.</exception>
    public PersonnelRecord WithAppointments(IEnumerable<Appointment> items) => AddAll(items, static (r, a) => r.WithAppointment(a));

    /// <summary>Returns a record with an attestation added (this record when it is already there).</summary>
    /// <param name="attestation">The attestation.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attestation"/> is null.</exception>
    /// <exception cref="ArgumentException">The person is not in the record.</exception>
    /// <remarks>An attestation is not checked against the appointments: it records what one text says, and a text that
    /// disagrees with a dated appointment is a reading to keep, which <see cref="HoldersWithEvidenceOn"/> shows beside it.</remarks>
    public PersonnelRecord WithAttestation(Attestation attestation)
    {
        ArgumentNullException.ThrowIfNull(attestation);
        if (!people.ContainsKey(attestation.Person))
        {
            throw new ArgumentException($"Person {attestation.Person} is not in the record; add the person first.", nameof(attestation));
        }

        return attestations.Contains(attestation)
            ? this
            : new(people, appointments, decisions, membershipEnded, index, attestations.Add(attestation));
    }

    /// <summary>Returns a record with several attestations added, in order.</summary>
    /// <param name="items">The attestations.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentException">See <see cref="WithAttestation(Attestation)"/>.</exception>
    public PersonnelRecord WithAttestations(IEnumerable<Attestation> items) => AddAll(items, static (r, a) => r.WithAttestation(a));

    /// <summary>Returns a record in which a person's appointment to a post, held on the day before <paramref name="end"/>, ends.</summary>
    /// <param name="person">The person.</param>
    /// <param name="post">The post.</param>
    /// <param name="end">The first day no longer held.</param>
    /// <param name="how">How it ended (for example <see cref="AppointmentEnd.CeasedToBeMember"/>).</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentException">No such appointment is open on that day, or the day is not in the ISO calendar.</exception>
    public PersonnelRecord EndAppointment(PersonId person, Post post, LocalDate end, AppointmentEnd how)
    {
        ArgumentNullException.ThrowIfNull(post);
        Preconditions.CheckIso(end);
        int i = index.OpenAppointment(person, post, end);
        if (i < 0)
        {
            throw new ArgumentException($"{person} holds no open appointment to {Quote(post)} before that day.", nameof(post));
        }

        Appointment ended = appointments[i].EndOn(end, how);
        return new(people, appointments.SetItem(i, ended), decisions, membershipEnded, index.WithEnded(appointments[i], ended, i), attestations);
    }

    /// <summary>Applies a disciplinary decision: records it and ends the appointments it ends on its effective day
    /// (removal: the named or all Party posts; expulsion: every Party post and the membership; dissolution: every post of
    /// the organisation). Applying the same decision again changes nothing.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The new record (this record when the decision was already applied).</returns>
    /// <exception cref="ArgumentException">The decision disciplines a member who is not in the record; it would end an
    /// appointment on the day that appointment begins (an appointment holds at least one day, as in
    /// <see cref="EndAppointment"/>): correct the appointment or the decision's effective day first; or it is an expulsion
    /// and the member holds a Party post that begins after its effective day (the message names both).</exception>
    public PersonnelRecord Apply(DisciplinaryDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (index.Contains(decision))
        {
            return this;
        }

        if (decision.Member is { } m && !people.ContainsKey(m))
        {
            throw new ArgumentException($"Person {m} is not in the record.", nameof(decision));
        }

        ImmutableList<Appointment>? list = null;
        PersonnelIndex next = index;
        foreach (int i in Candidates(decision))
        {
            Appointment a = appointments[i];
            if (!decision.Ends(a))
            {
                continue;
            }

            if (a.Start == decision.EffectiveDate)
            {
                throw new ArgumentException(
                    $"The decision takes effect on {decision.EffectiveDate:uuuu-MM-dd}, the first day of the appointment '{Quote(a.ToString())}': an appointment cannot end on the day it begins.",
                    nameof(decision));
            }

            var ended = new Appointment(a.Person, a.Post, a.Start, a.HowBegan, a.Term, decision.EffectiveDate, AppointmentEnd.Disciplined);
            list = (list ?? appointments).SetItem(i, ended);
            next = next.WithEnded(a, ended, i);
        }

        if (decision.Form == DisciplineForm.Expulsion && LaterPartyPost(decision) is { } later)
        {
            throw new ArgumentException(
                $"The expulsion from the Party effective {decision.EffectiveDate:uuuu-MM-dd} contradicts the appointment to the Party post {Quote(later.Post)} from {later.Start:uuuu-MM-dd}.",
                nameof(decision));
        }

        ImmutableDictionary<PersonId, LocalDate> membership = membershipEnded;
        if (decision.Form == DisciplineForm.Expulsion && decision.Member is { } expelled
            && (!membership.TryGetValue(expelled, out LocalDate before) || decision.EffectiveDate < before))
        {
            membership = membership.SetItem(expelled, decision.EffectiveDate);
        }

        return new(people, list ?? appointments, decisions.Add(decision), membership, next.WithDecision(decision), attestations);
    }

    /// <summary>Tells whether a person was still a Party member on a day as far as this record knows (not expelled by then).</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The day.</param>
    /// <returns>False from the effective day of an expulsion applied to the record; true otherwise.</returns>
    public bool IsMembershipEndedOn(PersonId person, LocalDate date) =>
        membershipEnded.TryGetValue(person, out LocalDate end) && end <= date;

    /// <summary>Who held a post on a day.</summary>
    /// <param name="post">The post.</param>
    /// <param name="date">The day.</param>
    /// <returns>The holders, in Vietnamese name order; empty when vacant.</returns>
    public IReadOnlyList<Person> HoldersOn(Post post, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(post);
        return Sorted(appointments.Where(a => a.Post.Equals(post) && a.IsHeldOn(date)).Select(a => a.Person));
    }

    /// <summary>Who held a post on a day, and on what evidence: the holders by an appointment held that day, then the people
    /// only attested in the post on that very day (a dated text; start and end unknown).</summary>
    /// <param name="post">The post.</param>
    /// <param name="date">The day.</param>
    /// <returns>The holders, each once: by appointment in Vietnamese name order, then by attestation in name order. A person
    /// with both is listed by appointment.</returns>
    /// <remarks><see cref="HoldersOn"/> answers from appointments alone. An attestation speaks for its own day only: it is no
    /// evidence for the day before or after.</remarks>
    public IReadOnlyList<PostHolder> HoldersWithEvidenceOn(Post post, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(post);
        var byAppointment = appointments.Where(a => a.Post.Equals(post) && a.IsHeldOn(date))
            .Select(a => PostHolder.FromAppointment(people[a.Person], a))
            .OrderBy(h => h.Person.Name, VietnameseName.Comparer).ThenBy(h => h.Person.Id)
            .ToList();
        var appointed = byAppointment.Select(h => h.Person.Id).ToHashSet();
        var byAttestation = attestations.Where(t => t.Post.Equals(post) && t.Date == date && appointed.Add(t.Person))
            .Select(t => PostHolder.FromAttestation(people[t.Person], t))
            .OrderBy(h => h.Person.Name, VietnameseName.Comparer).ThenBy(h => h.Person.Id);
        return Frozen(byAppointment.Concat(byAttestation));
    }

    /// <summary>The attestations of a person, earliest first.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The attestations.</returns>
    public IReadOnlyList<Attestation> AttestationsOf(PersonId person) =>
        Frozen(attestations.Where(a => a.Person == person).OrderBy(a => a.Date).ThenBy(a => a.Post.Title, StringComparer.Ordinal));

    /// <summary>Who held a single-holder post on a day.</summary>
    /// <param name="post">The post.</param>
    /// <param name="date">The day.</param>
    /// <returns>The holder, or null when vacant (for a post with several holders, the first in name order).</returns>
    public Person? HolderOn(Post post, LocalDate date)
    {
        IReadOnlyList<Person> holders = HoldersOn(post, date);
        return holders.Count == 0 ? null : holders[0];
    }

    /// <summary>The appointments a person held on a day.</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The day.</param>
    /// <returns>The appointments, earliest start first.</returns>
    public IReadOnlyList<Appointment> PostsOf(PersonId person, LocalDate date) =>
        Frozen(appointments.Where(a => a.Person == person && a.IsHeldOn(date)).OrderBy(a => a.Start).ThenBy(a => a.Post.Title, StringComparer.Ordinal));

    /// <summary>A person's career: every appointment, in order of start, then end (open last), then title.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The appointments.</returns>
    public IReadOnlyList<Appointment> Career(PersonId person) =>
        appointments.Where(a => a.Person == person)
            .OrderBy(a => a.Start)
            .ThenBy(a => a.End ?? LocalDate.MaxIsoValue)
            .ThenBy(a => a.Post.Title, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>The members of a body on a day: everyone holding a post in that organisation (the Politburo on 1 March 2026).</summary>
    /// <param name="body">The organisation, for example <c>vn.party.politburo</c>.</param>
    /// <param name="date">The day.</param>
    /// <returns>The people, each once, in Vietnamese name order (given name first).</returns>
    public IReadOnlyList<Person> MembersOn(OrgId body, LocalDate date) =>
        Sorted(appointments.Where(a => a.Post.Organisation == body && a.IsHeldOn(date)).Select(a => a.Person));

    /// <summary>The appointments held on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The appointments, in the record's order.</returns>
    public IReadOnlyList<Appointment> AppointmentsOn(LocalDate date) => Frozen(appointments.Where(a => a.IsHeldOn(date)));

    // Results are handed out as ImmutableArray (boxed): a caller cannot cast them back to an array and write.
    private static ImmutableArray<T> Frozen<T>(IEnumerable<T> items) => [.. items];

    private PersonnelRecord AddAll<T>(IEnumerable<T> items, Func<PersonnelRecord, T, PersonnelRecord> add)
    {
        ArgumentNullException.ThrowIfNull(items);
        PersonnelRecord r = this;
        foreach (T item in items)
        {
            r = add(r, item);
        }

        return r;
    }

    private static string Quote(object value) => Preconditions.Quote(value.ToString());

    private ImmutableArray<Person> Sorted(IEnumerable<PersonId> ids) =>
        Frozen(ids.Distinct().Select(id => people[id]).OrderBy(p => p.Name, VietnameseName.Comparer).ThenBy(p => p.Id));

    private Appointment? LaterPartyPost(DisciplinaryDecision expulsion)
    {
        foreach (int i in Candidates(expulsion))
        {
            Appointment a = appointments[i];
            if (a.Post.IsPartyPost && a.Start > expulsion.EffectiveDate)
            {
                return a;
            }
        }

        return null;
    }

    // Only the appointments a decision can end: the member's, or the dissolved organisation's; reprimands and warnings end none.
    private IEnumerable<int> Candidates(DisciplinaryDecision decision) => decision switch
    {
        { Form: DisciplineForm.RemovalFromPost or DisciplineForm.Expulsion, Member: { } m } => index.PositionsOf(m),
        { Form: DisciplineForm.Dissolution, Organisation: { } o } => index.PositionsIn(o),
        _ => [],
    };
}
