namespace OrgModel.Personnel;

/// <summary>A holder of a post on a day with what that rests on: an appointment, or only an attestation of that day.</summary>
/// <remarks>Exactly one of <see cref="Appointment"/> and <see cref="Attestation"/> is set, for <see cref="Person"/>.
/// Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PostHolderJsonConverter))]
public sealed class PostHolder : IEquatable<PostHolder>
{
    private PostHolder(Person person, Appointment? appointment, Attestation? attestation)
    {
        Person = person;
        Appointment = appointment;
        Attestation = attestation;
    }

    /// <summary>Gets the holder.</summary>
    public Person Person { get; }

    /// <summary>Gets what the holding rests on.</summary>
    public HoldingEvidence Evidence => Appointment is null ? HoldingEvidence.Attestation : HoldingEvidence.Appointment;

    /// <summary>Gets the appointment held on the day, or null when the holding is only attested.</summary>
    public Appointment? Appointment { get; }

    /// <summary>Gets the attestation of the day, or null when an appointment covers the day.</summary>
    public Attestation? Attestation { get; }

    /// <summary>A holder by appointment.</summary>
    /// <param name="person">The holder.</param>
    /// <param name="appointment">The appointment; of <paramref name="person"/>.</param>
    /// <returns>The holder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The appointment is of someone else.</exception>
    public static PostHolder FromAppointment(Person person, Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(appointment);
        return Of(person, appointment.Person, appointment, null, nameof(appointment));
    }

    /// <summary>A holder by attestation only.</summary>
    /// <param name="person">The holder.</param>
    /// <param name="attestation">The attestation; of <paramref name="person"/>.</param>
    /// <returns>The holder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The attestation is of someone else.</exception>
    public static PostHolder FromAttestation(Person person, Attestation attestation)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(attestation);
        return Of(person, attestation.Person, null, attestation, nameof(attestation));
    }

    // Both factories hold the same rule: the evidence must be of the holder.
    private static PostHolder Of(Person person, PersonId evidenceOf, Appointment? appointment, Attestation? attestation, string paramName) =>
        evidenceOf == person.Id
            ? new PostHolder(person, appointment, attestation)
            : throw new ArgumentException($"The {paramName} is of {evidenceOf}, not of {person.Id}.", paramName);

    /// <summary>Returns the person and the evidence: "Tô Lâm (to-lam) by appointment from 2026-01-23".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Appointment is { } a
        ? $"{Person} by appointment from {a.Start:uuuu-MM-dd}"
        : $"{Person} attested on {Attestation!.Date:uuuu-MM-dd} ({Attestation.Source})";

    /// <inheritdoc />
    public bool Equals(PostHolder? other) =>
        other is not null && Person.Id == other.Person.Id && Equals(Appointment, other.Appointment) && Equals(Attestation, other.Attestation);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PostHolder);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Person.Id, Appointment, Attestation);
}
