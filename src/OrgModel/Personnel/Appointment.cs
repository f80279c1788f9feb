using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>A person holding a post from a start day until an end day (exclusive), possibly for a term.</summary>
/// <remarks>
/// <para><see cref="End"/> is the first day on which the post is no longer held, so that a successor starting on that
/// day does not overlap; a decision effective on a day ends the appointment on that day.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(AppointmentJsonConverter))]
public sealed class Appointment : IEquatable<Appointment>
{
    /// <summary>Creates an appointment.</summary>
    /// <param name="person">The holder; not empty.</param>
    /// <param name="post">The post.</param>
    /// <param name="start">The first day held.</param>
    /// <param name="howBegan">How it began.</param>
    /// <param name="term">The term, when the post is held for one (the 13th national term), or null.</param>
    /// <param name="end">The first day no longer held, or null while it continues.</param>
    /// <param name="howEnded">How it ended; required exactly when <paramref name="end"/> is given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> is null.</exception>
    /// <exception cref="ArgumentException">The person is empty, a date is not in the ISO calendar, the term is
    /// <c>default(Tenure)</c>, the end is not after the start, or an end lacks its reason (or a reason has no end).</exception>
    public Appointment(
        PersonId person,
        Post post,
        LocalDate start,
        AppointmentStart howBegan,
        Tenure? term = null,
        LocalDate? end = null,
        AppointmentEnd? howEnded = null)
    {
        ArgumentNullException.ThrowIfNull(post);
        Preconditions.CheckArgument(!person.IsEmpty, nameof(person), "An appointment needs a non-empty person id.");
        Guard.Against.EnumOutOfRange(howBegan);
        Preconditions.CheckIso(start);
        Preconditions.CheckIso(end);
        Preconditions.CheckArgument(term is not { IsDefault: true }, nameof(term), "The term, when given, must not be default(Tenure): it is no real term and has no text form that reads back.");
        Preconditions.CheckArgument(end is not { } e || e > start, nameof(end), "The end (first day no longer held) must be after the start.");
        Preconditions.CheckArgument(end.HasValue == howEnded.HasValue, nameof(howEnded), "An end needs a reason and a reason needs an end.");

        if (howEnded is { } h)
        {
            Guard.Against.EnumOutOfRange(h, nameof(howEnded));
        }

        Person = person;
        Post = post;
        Start = start;
        HowBegan = howBegan;
        Term = term;
        End = end;
        HowEnded = howEnded;
    }

    /// <summary>Gets the holder.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the post.</summary>
    public Post Post { get; }

    /// <summary>Gets the first day held.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the first day no longer held, or null while it continues.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the term, or null.</summary>
    public Tenure? Term { get; }

    /// <summary>Gets how it began.</summary>
    public AppointmentStart HowBegan { get; }

    /// <summary>Gets how it ended, or null while it continues.</summary>
    public AppointmentEnd? HowEnded { get; }

    /// <summary>Tells whether the post is held on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when <see cref="Start"/> ≤ <paramref name="date"/> &lt; <see cref="End"/>.</returns>
    public bool IsHeldOn(LocalDate date) => Start <= date && (End is not { } e || date < e);

    /// <summary>Tells whether two appointments share at least one day.</summary>
    /// <param name="other">The other appointment.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(Appointment other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (End is not { } e || other.Start < e) && (other.End is not { } oe || Start < oe);
    }

    /// <summary>Returns this appointment ended on a day.</summary>
    /// <param name="end">The first day no longer held; after <see cref="Start"/>.</param>
    /// <param name="how">How it ended.</param>
    /// <returns>The ended appointment.</returns>
    /// <exception cref="InvalidOperationException">It has already ended.</exception>
    /// <exception cref="ArgumentException">The end is not after the start.</exception>
    public Appointment EndOn(LocalDate end, AppointmentEnd how) =>
        End is null
            ? new Appointment(Person, Post, Start, HowBegan, Term, end, how)
            : throw new InvalidOperationException("The appointment has already ended.");

    /// <summary>Returns the person, the post and the period: "person-id: Title (organisation) from yyyy-MM-dd".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        End is { } e ? $"{Person}: {Post} from {Start:uuuu-MM-dd} until {e:uuuu-MM-dd} ({HowEnded})" : $"{Person}: {Post} from {Start:uuuu-MM-dd}";

    /// <inheritdoc />
    public bool Equals(Appointment? other) =>
        other is not null && Person == other.Person && Post.Equals(other.Post) && Start == other.Start && End == other.End
        && Nullable.Equals(Term, other.Term) && HowBegan == other.HowBegan && HowEnded == other.HowEnded;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Appointment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Person, Post, Start, End, Term, HowBegan, HowEnded);
}
