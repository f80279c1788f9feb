using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// A term, congress, Central Conference or numbered sitting named in running text (<see cref="TermExtractor"/>,
/// <see cref="DraftReader"/>): where it stands, what it says, every term it can stand for, the number of the session,
/// meeting or conference it names and, for a congress or conference the reference data holds, the event's id.
/// </summary>
/// <remarks>
/// <para><see cref="Terms"/> is what <see cref="Tenure.ReadingsOf(string)"/> gives for <see cref="TextFinding.Text"/> ("the 2026–2031
/// term" has several readings; a reader must not choose), or the term of the conference for a Central Conference, or, for a
/// range whose years are not the nominal five ("nhiệm kỳ 2022-2025" of a Party cell), a local Party term and a People's Council
/// term of those years.
/// <see cref="EventId"/> is the id of the <see cref="PoliticalEvent"/> in <see cref="TenureFacts.Events"/>
/// (<c>vn.party.congress.14</c>), or null when the text names a term and no event.</para>
/// <para><see cref="MeetingNumber"/> is the number of the sitting the phrase names: 20 for "kỳ họp thứ 20" (a council's
/// session), 43 for "the 43rd meeting" (a commission's), 11 for "the 11th Central Conference", 17 for "Đại hội Đảng bộ tỉnh lần
/// thứ XVII" (a local Party organisation's congress, whose terms the model does not hold). A sitting named without its term
/// ("kỳ họp thứ 20", "Hội nghị lần thứ hai") has no <see cref="Terms"/>: the text does not say which term it belongs to, and
/// the reader does not guess it; with its term after it ("Kỳ họp thứ 4, Quốc hội khóa XV") it has that term's readings.</para>
/// <para><see cref="TermNumber"/> is the ordinal of a local body's term written without its years: 18 for "HĐND tỉnh Hà Tĩnh khóa
/// XVIII", 19 for "Ban Thường vụ Tỉnh ủy Nghệ An khóa XIX", 17 for "the 17th-tenure provincial Party Committee". A province's
/// "khóa" counts that body's own terms, not the national ones (the 18th national Party term would be 2046–2051), and the model
/// holds no local body's terms by number, so such a mention has no <see cref="Terms"/>; with its years ("khóa XVIII, nhiệm kỳ
/// 2021-2026") it has their readings instead.</para>
/// <para>JSON: <c>start</c>, <c>text</c>, <c>terms</c> (each in its <c>F</c> form), <c>eventId</c> (left out when null),
/// <c>meetingNumber</c> (left out when null), <c>termNumber</c> (left out when null), <c>reason</c>. Thread safety: immutable and
/// thread-safe. Equality is by value.</para>
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
        : this(start, text, terms, eventId, null, reason)
    {
    }

    /// <summary>Creates a mention that may name a numbered sitting.</summary>
    /// <param name="start">Where the phrase starts in the text (0-based, UTF-16 code units).</param>
    /// <param name="text">The phrase as written ("kỳ họp thứ 20", "Kỳ họp thứ 4, Quốc hội khóa XV", "the 43rd meeting"); not empty.</param>
    /// <param name="terms">The terms it can stand for, none of them <c>default</c>; empty only for a sitting named without its
    /// term.</param>
    /// <param name="eventId">The id of the congress or conference in the reference data, or null.</param>
    /// <param name="meetingNumber">The number of the session, meeting or conference named (at least 1), or null.</param>
    /// <param name="reason">Why the text was taken; not empty.</param>
    /// <exception cref="ArgumentException">A text is empty, <paramref name="start"/> is negative, <paramref name="terms"/>
    /// holds a default term or is empty with no <paramref name="meetingNumber"/>, or <paramref name="meetingNumber"/> is
    /// less than 1.</exception>
    public TermMention(int start, string text, IEnumerable<Tenure> terms, string? eventId, int? meetingNumber, string reason)
        : this(start, text, terms, eventId, meetingNumber, null, reason)
    {
    }

    /// <summary>Creates a mention that may name a numbered sitting or a local body's term by its number.</summary>
    /// <param name="start">Where the phrase starts in the text (0-based, UTF-16 code units).</param>
    /// <param name="text">The phrase as written ("HĐND tỉnh Hà Tĩnh khóa XVIII", "kỳ họp thứ 20"); not empty.</param>
    /// <param name="terms">The terms it can stand for, none of them <c>default</c>; empty only for a sitting named without its
    /// term or for a local body's term named by its number; empty whenever <paramref name="termNumber"/> is given.</param>
    /// <param name="eventId">The id of the congress or conference in the reference data, or null.</param>
    /// <param name="meetingNumber">The number of the session, meeting or conference named (at least 1), or null.</param>
    /// <param name="termNumber">The ordinal of a local body's term written without its years (at least 1), or null.</param>
    /// <param name="reason">Why the text was taken; not empty.</param>
    /// <exception cref="ArgumentException">A text is empty, <paramref name="start"/> is negative, <paramref name="terms"/>
    /// holds a default term, is empty with neither number or holds a term beside a <paramref name="termNumber"/>, or a number
    /// is less than 1.</exception>
    public TermMention(int start, string text, IEnumerable<Tenure> terms, string? eventId, int? meetingNumber, int? termNumber, string reason)
        : base(start, text, reason)
    {
        Guard.Against.Null(terms);
        this.terms = [.. terms];
        Preconditions.CheckArgument(!this.terms.Any(t => t.IsDefault), nameof(terms), "A term mention never stands for the default term.");
        Preconditions.CheckArgument(!this.terms.IsEmpty || meetingNumber is not null || termNumber is not null, nameof(terms),
            "A term mention stands for at least one term, unless it names a numbered sitting or a local body's term by its number.");
        Preconditions.CheckArgument(this.terms.IsEmpty || termNumber is null, nameof(terms),
            "A local body's term named by its number stands for no term of the model.");
        Preconditions.CheckArgument(meetingNumber is null or > 0, nameof(meetingNumber), "A sitting's number is at least 1.");
        Preconditions.CheckArgument(termNumber is null or > 0, nameof(termNumber), "A term's number is at least 1.");
        MeetingNumber = meetingNumber;
        TermNumber = termNumber;

        if (eventId is not null && !TenureFacts.TryGetEvent(eventId, out _))
        {
            throw new ArgumentException($"\"{eventId}\" is not an event of the reference data.", nameof(eventId));
        }

        EventId = eventId;
    }

    /// <summary>Gets every term the phrase can stand for, the national ones first; empty only for a numbered sitting named
    /// without its term.</summary>
    public IReadOnlyList<Tenure> Terms => terms;

    /// <summary>Gets the number of the session, meeting, conference or local congress the phrase names (20 for "kỳ họp thứ 20"),
    /// or null.</summary>
    public int? MeetingNumber { get; }

    /// <summary>Gets the ordinal of a local body's term written without its years (18 for "HĐND tỉnh Hà Tĩnh khóa XVIII"), or
    /// null.</summary>
    public int? TermNumber { get; }

    /// <summary>Gets the id of the congress or Central Conference named, or null.</summary>
    public string? EventId { get; }

    /// <inheritdoc />
    public bool Equals(TermMention? other) =>
        other is not null && SameFinding(other) && terms.SequenceEqual(other.terms) && EventId == other.EventId && MeetingNumber == other.MeetingNumber
        && TermNumber == other.TermNumber;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TermMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Text, terms.Length, terms.IsEmpty ? default : terms[0], EventId, MeetingNumber, TermNumber, Reason);

    /// <summary>Gets a readable summary, e.g. <c>"khóa XIII" = khóa XIII (2021–2026) at 3+9</c>, <c>"kỳ họp thứ 20" = sitting 20 at 3+13</c>,
    /// <c>"HĐND tỉnh Hà Tĩnh khóa XVIII" = local term 18 at 9+28</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        IEnumerable<string> what = terms.Select(t => t.ToString("F", null));
        what = TermNumber is int number ? what.Prepend($"local term {number}") : what;
        what = MeetingNumber is int n ? what.Prepend($"sitting {n}") : what;
        return At($"\"{Text}\" = {string.Join(" | ", what)}{(EventId is null ? string.Empty : " " + EventId)}");
    }

    // Whether it names a term: one of the model's, or a local body's by its number (a numbered sitting alone names none).
    internal bool NamesTerm => !terms.IsEmpty || TermNumber is not null;

    // The same finding over another span of the text ("khóa XIX" widened to the body before it), with its terms, event and numbers.
    internal TermMention Spanning(int start, string text, string reason) => new(start, text, terms, EventId, MeetingNumber, TermNumber, reason);
}
