using OrgModel.Utility;

namespace OrgModel.Tenures;

/// <summary>
/// A meeting or event as texts name it: a National Party Congress, a Central Conference, a meeting of the Politburo or the
/// Secretariat, an election, a conference. It dates what happened at it and can stand as the issuer of a text without a
/// number (the Resolution of the 14th National Congress).
/// </summary>
/// <remarks>
/// <para>The identifier is lower-case ASCII letters, digits and hyphens in segments separated by <c>.</c> (the grammar of
/// organisation identifiers), so that it can stand in a document key: the shipped events use <c>vn.party.congress.14</c>,
/// <c>vn.party.central-conference.13.12</c>, <c>vn.election.2026-03-15</c>. <see cref="TenureFacts.Events"/> lists the
/// events of the reference data; callers create others (a Politburo meeting their own source dates).</para>
/// <para>Two events are equal when all their members are equal. Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PoliticalEventJsonConverter))]
public sealed class PoliticalEvent : IEquatable<PoliticalEvent>
{
    /// <summary>The longest identifier.</summary>
    public const int MaxIdLength = 128;

    /// <summary>Creates an event.</summary>
    /// <param name="kind">The kind; defined.</param>
    /// <param name="id">The identifier (see remarks); upper case is lowered.</param>
    /// <param name="name">The English name as texts write it ("the 14th National Party Congress"); not blank.</param>
    /// <param name="start">The first day; in the ISO calendar.</param>
    /// <param name="end">The last day, or null for a one-day event; not before <paramref name="start"/>.</param>
    /// <param name="term">The national Party term or legislature the event belongs to, or null.</param>
    /// <exception cref="ArgumentException">An argument breaks one of those rules; the message names it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    public PoliticalEvent(PoliticalEventKind kind, string id, string name, LocalDate start, LocalDate? end = null, Tenure? term = null)
    {
        Kind = Preconditions.CheckDefined(kind);
        Guard.Against.Null(id);
        Id = IsIdentifier(id.Trim().ToLowerInvariant())
            ? id.Trim().ToLowerInvariant()
            : throw new ArgumentException($"\"{Preconditions.Quote(id)}\" is not an event identifier (lower-case letters, digits and '-' in segments separated by '.').", nameof(id));
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        Start = Preconditions.CheckIso(start);
        Preconditions.CheckArgument(end is null || end >= start, nameof(end), "An event cannot end before it starts.");
        End = Preconditions.CheckIso(end);
        Preconditions.CheckArgument(term is null || !term.Value.IsDefault, nameof(term), "The term cannot be the default term.");
        Term = term;
    }

    /// <summary>Gets the kind.</summary>
    public PoliticalEventKind Kind { get; }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the English name.</summary>
    public string Name { get; }

    /// <summary>Gets the first day.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day, or null for a one-day event.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the last day: <see cref="End"/>, or <see cref="Start"/> for a one-day event.</summary>
    public LocalDate LastDay => End ?? Start;

    /// <summary>Gets the term the event belongs to, or null.</summary>
    public Tenure? Term { get; }

    /// <summary>Whether the event was under way on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="Start"/> to <see cref="LastDay"/>, both included.</returns>
    public bool IsOn(LocalDate date) => date >= Start && date <= LastDay;

    /// <inheritdoc />
    public bool Equals(PoliticalEvent? other) =>
        other is not null && Kind == other.Kind && Id == other.Id && Name == other.Name && Start == other.Start && End == other.End && Nullable.Equals(Term, other.Term);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PoliticalEvent);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Id, Start, End);

    /// <summary>Gets the name and days, e.g. <c>the 14th National Party Congress (2026-01-19 – 2026-01-23)</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => End is { } e && e != Start ? $"{Name} ({Start:uuuu-MM-dd} – {e:uuuu-MM-dd})" : $"{Name} ({Start:uuuu-MM-dd})";

    private static bool IsIdentifier(string id)
    {
        if (id.Length is 0 or > MaxIdLength)
        {
            return false;
        }

        char previous = '.';
        foreach (char c in id)
        {
            bool separator = c is '.' or '-';
            if (!(separator || c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) || (separator && previous is '.' or '-'))
            {
                return false;
            }

            previous = c;
        }

        return previous is not ('.' or '-');
    }
}
