using NodaTime.Text;
using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Deadlines;

/// <summary>
/// When something asked by a document is due: one of a closed set of kinds (<see cref="DeadlineKind"/>), resolving to the
/// last day on time (<see cref="DueDate(LocalDate)"/>) and to the instant the deadline passes in <c>Asia/Ho_Chi_Minh</c>
/// (<see cref="PassesAt(LocalDate)"/>, the end of that day).
/// </summary>
/// <remarks>
/// <para>Create deadlines with the factories (<see cref="OnOrBefore"/>, <see cref="Before"/>, <see cref="WithinMonth"/>, ...)
/// or parse real phrases with <see cref="ParsePhrase(string, LocalDate)"/> ("trước ngày 31/7/2025", "in the first quarter of 2026").
/// "Before a day" is ambiguous: <see cref="Before"/> and the parser take a <see cref="BeforeInterpretation"/> (default
/// <see cref="BeforeInterpretation.Inclusive"/>) and keep the original text in <see cref="Wording"/>.</para>
/// <para><see cref="ToString()"/> gives a canonical English form that <see cref="Parse(string)"/> reads back to an
/// equal deadline ("on or before 2025-07-31", "strictly before 2025-07-31", "in 2025-11", "in 2026-Q1", "by the end of 2025",
/// "after P6M from 2025-07-01", "within P6M", "within 10 working days", "monthly by day 20", "immediately", "before the event (the election)", "ongoing").</para>
/// <para>Equality and ordering compare the meaning (kind, dates, period, anchor); <see cref="Wording"/> is an annotation and
/// is ignored by both. <c>default(Deadline)</c> is <see cref="Ongoing"/> (no deadline), a harmless value that JSON writes as
/// <c>"ongoing"</c> and reads back equal; every deadline the factories make round-trips, so the writer never meets one it cannot read.</para>
/// <para>Two grammars, two names: <see cref="Parse(string)"/>, <see cref="TryParse(string, out Deadline)"/>, <see cref="ParseToResult(string)"/>
/// and the <see cref="IParsable{TSelf}"/> members read the canonical form and every phrase that states its year; <see cref="ParsePhrase(string, LocalDate)"/>,
/// <see cref="TryParsePhrase(string, LocalDate, out Deadline)"/> and <see cref="ParsePhraseToResult(string, LocalDate)"/> read phrases as written in a
/// document, taking a missing year from the document's date.</para>
/// <para>Every date a factory or a computation takes must be in the ISO calendar (an <see cref="ArgumentException"/> names the argument).</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(DeadlineJsonConverter))]
public readonly partial struct Deadline : IEquatable<Deadline>, IComparable<Deadline>, IComparable, ISpanParsable<Deadline>, ISpanFormattable, ICanonicalParser<Deadline>
{
    /// <summary>The smallest year a deadline may name.</summary>
    public const int MinYear = 1900;

    /// <summary>The largest year a deadline may name.</summary>
    public const int MaxYear = 2200;

    /// <summary>The largest number of working days a deadline may count.</summary>
    public const int MaxWorkingDays = 3650;

    /// <summary>The largest period, in days, after an anchor (a period is also limited to 100 years, 1,200 months or 5,200 weeks).</summary>
    public const int MaxPeriodDays = 36500;

    // Why a small struct and not a class: default(Deadline) must stay Ongoing and Deadline? must stay a nullable value
    // for every caller (tasks, assignments, JSON, generators), which a class would turn into null checks everywhere.
    // Why the details object: the period, anchor, anchor event and wording are rare (absolute deadlines without wording
    // have none), so they live in one shared immutable object, and the struct copied on every call is 24 bytes, not 56.
    private readonly DeadlineDetails? details;
    private readonly LocalDate date;
    private readonly int number;
    private readonly byte kind;
    private readonly byte frequency;
    private readonly byte month;

    private Deadline(DeadlineKind kind, LocalDate date = default, Period? period = null, LocalDate? anchor = null, string? anchorEvent = null,
        int number = 0, int month = 0, RecurrenceFrequency frequency = default, string? wording = null)
    {
        this.kind = (byte)kind;
        this.date = date;
        this.number = number;
        this.month = (byte)month;
        this.frequency = (byte)frequency;
        details = DeadlineDetails.Create(period, anchor, anchorEvent, wording);
    }

    /// <summary>Gets the deadline of an ongoing task: none (<c>default(Deadline)</c>).</summary>
    public static Deadline Ongoing => default;

    /// <summary>Gets how "before a day" is read when the caller does not say: <see cref="BeforeInterpretation.Inclusive"/>.</summary>
    public static BeforeInterpretation DefaultBeforeInterpretation => BeforeInterpretation.Inclusive;

    /// <summary>Gets the kind of deadline.</summary>
    public DeadlineKind Kind => (DeadlineKind)kind;

    /// <summary>Gets the day named by an <see cref="DeadlineKind.OnOrBefore"/> or <see cref="DeadlineKind.StrictlyBefore"/> deadline, else null.</summary>
    public LocalDate? Day => Kind is DeadlineKind.OnOrBefore or DeadlineKind.StrictlyBefore ? date : null;

    /// <summary>Gets the month of a <see cref="DeadlineKind.WithinMonth"/> deadline, else null.</summary>
    public YearMonth? Month => Kind == DeadlineKind.WithinMonth ? date.ToYearMonth() : null;

    /// <summary>Gets the quarter (1 to 4) of a <see cref="DeadlineKind.WithinQuarter"/> deadline, else null.</summary>
    public int? Quarter => Kind == DeadlineKind.WithinQuarter ? ((date.Month - 1) / 3) + 1 : null;

    /// <summary>Gets the year of a month, quarter or year deadline, else null.</summary>
    public int? Year => Kind is DeadlineKind.WithinMonth or DeadlineKind.WithinQuarter or DeadlineKind.ByEndOfYear ? date.Year : null;

    /// <summary>Gets the period of an <see cref="DeadlineKind.AfterPeriod"/> or <see cref="DeadlineKind.WithinPeriod"/> deadline, else null.</summary>
    public Period? Period => Kind is DeadlineKind.AfterPeriod or DeadlineKind.WithinPeriod ? details?.Period : null;

    /// <summary>Gets the number of working days of a <see cref="DeadlineKind.WithinWorkingDays"/> deadline, else null.</summary>
    public int? WorkingDays => Kind == DeadlineKind.WithinWorkingDays ? number : null;

    /// <summary>Gets the frequency of a <see cref="DeadlineKind.Recurring"/> deadline, else null.</summary>
    public RecurrenceFrequency? Frequency => Kind == DeadlineKind.Recurring ? Every : null;

    /// <summary>Gets the day of the month by which a recurring report is due (clamped to the month's length), else null.</summary>
    public int? DayOfMonth => Kind == DeadlineKind.Recurring ? number : null;

    /// <summary>Gets the month within each period (1 for monthly, 1 to 3 for quarterly, 1 to 12 for yearly) in which a recurring report is due, else null.</summary>
    public int? MonthOfPeriod => Kind == DeadlineKind.Recurring ? month : null;

    /// <summary>Gets the fixed anchor of a relative deadline (for example 2025-07-01 for "after 6 months of operation"), or null.</summary>
    public LocalDate? Anchor => details?.Anchor;

    /// <summary>Gets the event the anchor stands for ("the two-level local government entered operation"), or the event a
    /// <see cref="DeadlineKind.BeforeEvent"/> deadline waits for ("the election"), or null.</summary>
    public string? AnchorEvent => details?.AnchorEvent;

    /// <summary>Gets the original wording the deadline was parsed from or given (NFC), or null.</summary>
    public string? Wording => details?.Wording;

    /// <summary>Gets a value indicating whether the due date depends on an anchor (period, working-day and recurring deadlines).</summary>
    public bool IsRelative => Kind is DeadlineKind.AfterPeriod or DeadlineKind.WithinPeriod or DeadlineKind.WithinWorkingDays or DeadlineKind.Recurring;

    /// <summary>Gets a value indicating whether the deadline has a due date (every kind except <see cref="DeadlineKind.None"/>,
    /// <see cref="DeadlineKind.Urgent"/> and <see cref="DeadlineKind.BeforeEvent"/>).</summary>
    public bool HasDueDate => Kind is not (DeadlineKind.None or DeadlineKind.Urgent or DeadlineKind.BeforeEvent);

    /// <summary>Gets a value indicating whether the deadline asks for action at once, without a date ("immediately", "khẩn trương").</summary>
    public bool IsUrgent => Kind == DeadlineKind.Urgent;

    /// <summary>Gets the stored day: the named day, or the first day of the month, quarter or year.</summary>
    internal LocalDate Date => date;

    /// <summary>Gets the stored count: working days, or the day of the month of a recurring deadline.</summary>
    internal int Number => number;

    /// <summary>Gets the month within the period of a recurring deadline (0 for the other kinds).</summary>
    internal int MonthInPeriod => month;

    /// <summary>Gets the frequency of a recurring deadline (0 for the other kinds).</summary>
    internal RecurrenceFrequency Every => (RecurrenceFrequency)frequency;

    /// <summary>Gets the stored period (only period deadlines have one).</summary>
    internal Period? StoredPeriod => details?.Period;

    /// <summary>Returns this deadline with the original wording it came from (kept in <see cref="Wording"/>, ignored by equality).</summary>
    /// <param name="text">The wording as written; stored in NFC with surrounding white space removed; null or blank removes it.</param>
    /// <returns>The deadline with the wording.</returns>
    public Deadline WithWording(string? text) =>
        new(Kind, date, StoredPeriod, Anchor, AnchorEvent, number, month, Every, string.IsNullOrWhiteSpace(text) ? null : VietnameseText.ToNfc(text.Trim()));

    /// <summary>Returns this relative deadline fixed to an anchor (a date, optionally the event it stands for).</summary>
    /// <param name="anchorDate">The anchor.</param>
    /// <param name="anchorEventName">What the anchor stands for, or null.</param>
    /// <returns>The anchored deadline.</returns>
    /// <exception cref="InvalidOperationException">The deadline is not a period or working-day deadline.</exception>
    /// <exception cref="ArgumentException">The anchor or event is invalid.</exception>
    public Deadline AnchoredAt(LocalDate anchorDate, string? anchorEventName = null)
    {
        if (Kind is not (DeadlineKind.AfterPeriod or DeadlineKind.WithinPeriod or DeadlineKind.WithinWorkingDays))
        {
            throw new InvalidOperationException($"Only period and working-day deadlines take an anchor, not {Kind}.");
        }

        return new(Kind, date, StoredPeriod, CheckAnchor(anchorDate), CheckEvent(anchorEventName, anchorDate), number, month, Every, Wording);
    }

    /// <summary>Compares meaning, ignoring <see cref="Wording"/>.</summary>
    /// <param name="other">The other deadline.</param>
    /// <returns>True when both mean the same deadline.</returns>
    public bool Equals(Deadline other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Deadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Kind, date, StoredPeriod?.ToString(), Anchor, AnchorEvent is null ? 0 : StringComparer.Ordinal.GetHashCode(AnchorEvent), number, (int)month, Every);

    /// <summary>Orders by kind, then by the dates and numbers of each kind, then the anchor (a total order consistent with equality).</summary>
    /// <param name="other">The other deadline.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Deadline other)
    {
        int c = kind.CompareTo(other.kind);
        if (c == 0) { c = date.CompareTo(other.date); }
        if (c == 0) { c = frequency.CompareTo(other.frequency); }
        if (c == 0) { c = month.CompareTo(other.month); }
        if (c == 0) { c = number.CompareTo(other.number); }
        if (c == 0) { c = ComparePeriods(StoredPeriod, other.StoredPeriod); }
        if (c == 0) { c = Nullable.Compare(Anchor, other.Anchor); }
        if (c == 0) { c = string.CompareOrdinal(AnchorEvent, other.AnchorEvent); }
        return c;
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => Comparisons.CompareBoxed(this, obj);

    /// <summary>Compares meaning (ignoring wording).</summary>
    /// <param name="left">The left deadline.</param>
    /// <param name="right">The right deadline.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Deadline left, Deadline right) => left.Equals(right);

    /// <summary>Compares meaning (ignoring wording).</summary>
    /// <param name="left">The left deadline.</param>
    /// <param name="right">The right deadline.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Deadline left, Deadline right) => !left.Equals(right);

    /// <summary>Orders deadlines (see <see cref="CompareTo(Deadline)"/>).</summary>
    /// <param name="left">The left deadline.</param>
    /// <param name="right">The right deadline.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Deadline left, Deadline right) => left.CompareTo(right) < 0;

    /// <summary>Orders deadlines (see <see cref="CompareTo(Deadline)"/>).</summary>
    /// <param name="left">The left deadline.</param>
    /// <param name="right">The right deadline.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Deadline left, Deadline right) => left.CompareTo(right) > 0;

    /// <summary>Orders deadlines (see <see cref="CompareTo(Deadline)"/>).</summary>
    /// <param name="left">The left deadline.</param>
    /// <param name="right">The right deadline.</param>
    /// <returns>True when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(Deadline left, Deadline right) => left.CompareTo(right) <= 0;

    /// <summary>Orders deadlines (see <see cref="CompareTo(Deadline)"/>).</summary>
    /// <param name="left">The left deadline.</param>
    /// <param name="right">The right deadline.</param>
    /// <returns>True when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(Deadline left, Deadline right) => left.CompareTo(right) >= 0;

    /// <summary>Tells whether a period may be used after an anchor, and why not.</summary>
    internal static bool IsValidPeriod(Period period, [NotNullWhen(false)] out string? why)
    {
        why = null;
        if (period.HasTimeComponent)
        {
            why = "A deadline period has no time units (hours, minutes, ...).";
        }
        else if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            why = "A deadline period has no negative parts.";
        }
        else if (period.Equals(NodaTime.Period.Zero))
        {
            why = "A deadline period is not empty.";
        }
        else if (period.Years > 100 || period.Months > 1200 || period.Weeks > 5200 || period.Days > MaxPeriodDays)
        {
            why = "A deadline period is at most 100 years, 1,200 months, 5,200 weeks or 36,500 days in each part.";
        }

        return why is null;
    }

    internal static bool IsValidEvent(ReadOnlySpan<char> text) =>
        !text.IsEmpty && !text.IsWhiteSpace() && text.IndexOfAny('(', ')') < 0 && text.Length <= 200 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]);

    private static int ComparePeriods(Period? a, Period? b) =>
        string.CompareOrdinal(a is null ? null : PeriodPattern.Roundtrip.Format(a), b is null ? null : PeriodPattern.Roundtrip.Format(b));

    /// <summary>Checks a day the deadlines compute with: ISO, in <see cref="MinYear"/>..<see cref="MaxYear"/>.</summary>
    internal static LocalDate CheckSupportedDay(LocalDate day, [CallerArgumentExpression(nameof(day))] string? paramName = null)
    {
        Preconditions.CheckIso(day, paramName);
        if (day.Year is < MinYear or > MaxYear)
        {
            ThrowYear(paramName);
        }

        return day;
    }

    private static void CheckYear(int year, string name)
    {
        if (year is < MinYear or > MaxYear)
        {
            ThrowYear(name);
        }
    }

    [DoesNotReturn]
    private static void ThrowYear(string? paramName) =>
        throw new ArgumentOutOfRangeException(paramName, $"A deadline year is {MinYear} to {MaxYear}.");

    private static LocalDate? CheckAnchor(LocalDate? anchor, [CallerArgumentExpression(nameof(anchor))] string? paramName = null)
    {
        if (anchor is { } a)
        {
            CheckSupportedDay(a, paramName);
        }

        return anchor;
    }

    private static string? CheckEvent(string? anchorEvent, LocalDate? anchor, [CallerArgumentExpression(nameof(anchorEvent))] string? paramName = null)
    {
        if (anchorEvent is null)
        {
            return null;
        }

        string trimmed = VietnameseText.ToNfc(anchorEvent.Trim());
        Preconditions.CheckArgument(anchor is not null, paramName!, "An anchor event needs the anchor date.");
        Preconditions.CheckArgument(IsValidEvent(trimmed), paramName!, "An anchor event is 1 to 200 characters, not blank, without parentheses.");

        return trimmed;
    }
}
