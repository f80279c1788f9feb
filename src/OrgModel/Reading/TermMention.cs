using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// A term, congress or Central Conference named in running text (<see cref="TermExtractor"/>): where it stands, what it
/// says, every term it can stand for and, for a congress or conference the reference data holds, the event's id.
/// </summary>
/// <remarks>
/// <para><see cref="Terms"/> is what <see cref="Tenure.ReadingsOf(string)"/> gives for <see cref="TextFinding.Text"/> ("the 2026–2031
/// term" has several readings; a reader must not choose), or the term of the conference for a Central Conference.
/// <see cref="EventId"/> is the id of the <see cref="PoliticalEvent"/> in <see cref="TenureFacts.Events"/>
/// (<c>vn.party.congress.14</c>), or null when the text names a term and no event.</para>
/// <para>JSON: <c>start</c>, <c>text</c>, <c>terms</c> (each in its <c>F</c> form), <c>eventId</c> (left out when null),
/// <c>reason</c>. Thread safety: immutable and thread-safe. Equality is by value.</para>
/// </remarks>
[JsonConverter(typeof(TermMentionJsonConverter))]
public sealed class TermMention : TextFinding, IEquatable<TermMention>
{
    private readonly ImmutableArray<Tenure> terms;

    /// <summary>Creates a mention.</summary>
    /// <param name="start">Where the phrase starts in the text (0-based, UTF-16 code units).</param>
    /// <param name="text">The phrase as written ("khóa XIII", "the 14th National Party Congress", "nhiệm kỳ 2025-2030"); not empty.</param>
    /// <param name="terms">The terms it can stand for; at least one, none of them <c>default</c>.</param>
    /// <param name="eventId">The id of the congress or conference in the reference data, or null.</param>
    /// <param name="reason">Why the text was taken; not empty.</param>
    /// <exception cref="ArgumentException">A text is empty, <paramref name="start"/> is negative, or <paramref name="terms"/> is
    /// empty or holds a default term.</exception>
    public TermMention(int start, string text, IEnumerable<Tenure> terms, string? eventId, string reason)
        : base(start, text, reason)
    {
        Guard.Against.Null(terms);
        this.terms = [.. terms];
        Preconditions.CheckArgument(!this.terms.IsEmpty && !this.terms.Any(t => t.IsDefault), nameof(terms), "A term mention stands for at least one term, and never the default term.");

        if (eventId is not null && !TenureFacts.TryGetEvent(eventId, out _))
        {
            throw new ArgumentException($"\"{eventId}\" is not an event of the reference data.", nameof(eventId));
        }

        EventId = eventId;
    }

    /// <summary>Gets every term the phrase can stand for, the national ones first; never empty.</summary>
    public IReadOnlyList<Tenure> Terms => terms;

    /// <summary>Gets the id of the congress or Central Conference named, or null.</summary>
    public string? EventId { get; }

    /// <inheritdoc />
    public bool Equals(TermMention? other) =>
        other is not null && SameFinding(other) && terms.SequenceEqual(other.terms) && EventId == other.EventId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TermMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Text, terms.Length, terms[0], EventId, Reason);

    /// <summary>Gets a readable summary, e.g. <c>"khóa XIII" = khóa XIII (2021–2026) at 3+9</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        At($"\"{Text}\" = {string.Join(" | ", terms.Select(t => t.ToString("F", null)))}{(EventId is null ? string.Empty : " " + EventId)}");
}
