using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
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
/// or parse real phrases with <see cref="Parse(string, LocalDate)"/> ("trước ngày 31/7/2025", "in the first quarter of 2026").
/// "Before a day" is ambiguous: <see cref="Before"/> and the parser take a <see cref="BeforeInterpretation"/> (default
/// <see cref="BeforeInterpretation.Inclusive"/>) and keep the original text in <see cref="Wording"/>.</para>
/// <para><see cref="ToString()"/> gives a canonical English form that <see cref="Parse(string, LocalDate)"/> reads back to an
/// equal deadline ("on or before 2025-07-31", "strictly before 2025-07-31", "in 2025-11", "in 2026-Q1", "by the end of 2025",
/// "after P6M from 2025-07-01", "within 10 working days", "monthly by day 20", "ongoing").</para>
/// <para>Equality and ordering compare the meaning (kind, dates, period, anchor); <see cref="Wording"/> is an annotation and
/// is ignored by both. <c>default(Deadline)</c> is <see cref="Ongoing"/> (no deadline), a harmless value that JSON writes as
/// <c>"ongoing"</c> and reads back equal; every deadline the factories make round-trips, so the writer never meets one it cannot read.</para>
/// <para>Every date a factory or a computation takes must be in the ISO calendar (an <see cref="ArgumentException"/> names the argument).</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(DeadlineJsonConverter))]
public readonly struct Deadline : IEquatable<Deadline>, IComparable<Deadline>, IComparable, ISpanParsable<Deadline>, ISpanFormattable
{
    /// <summary>The smallest year a deadline may name.</summary>
    public const int MinYear = 1900;

    /// <summary>The largest year a deadline may name.</summary>
    public const int MaxYear = 2200;

    /// <summary>The largest number of working days a deadline may count.</summary>
    public const int MaxWorkingDays = 3650;

    /// <summary>The largest period, in days, after an anchor (a period is also limited to 100 years, 1,200 months or 5,200 weeks).</summary>
    public const int MaxPeriodDays = 36500;

    private readonly LocalDate date;
    private readonly Period? period;
    private readonly LocalDate? anchor;
    private readonly string? anchorEvent;
    private readonly string? wording;
    private readonly int number;
    private readonly int month;
    private readonly DeadlineKind kind;
    private readonly RecurrenceFrequency frequency;

    private Deadline(DeadlineKind kind, LocalDate date = default, Period? period = null, LocalDate? anchor = null, string? anchorEvent = null,
        int number = 0, int month = 0, RecurrenceFrequency frequency = default, string? wording = null)
    {
        this.kind = kind;
        this.date = date;
        this.period = period;
        this.anchor = anchor;
        this.anchorEvent = anchorEvent;
        this.number = number;
        this.month = month;
        this.frequency = frequency;
        this.wording = wording;
    }

    /// <summary>Gets the deadline of an ongoing task: none (<c>default(Deadline)</c>).</summary>
    public static Deadline Ongoing => default;

    /// <summary>Gets how "before a day" is read when the caller does not say: <see cref="BeforeInterpretation.Inclusive"/>.</summary>
    public static BeforeInterpretation DefaultBeforeInterpretation => BeforeInterpretation.Inclusive;

    /// <summary>Gets the kind of deadline.</summary>
    public DeadlineKind Kind => kind;

    /// <summary>Gets the day named by an <see cref="DeadlineKind.OnOrBefore"/> or <see cref="DeadlineKind.StrictlyBefore"/> deadline, else null.</summary>
    public LocalDate? Day => kind is DeadlineKind.OnOrBefore or DeadlineKind.StrictlyBefore ? date : null;

    /// <summary>Gets the month of a <see cref="DeadlineKind.WithinMonth"/> deadline, else null.</summary>
    public YearMonth? Month => kind == DeadlineKind.WithinMonth ? date.ToYearMonth() : null;

    /// <summary>Gets the quarter (1 to 4) of a <see cref="DeadlineKind.WithinQuarter"/> deadline, else null.</summary>
    public int? Quarter => kind == DeadlineKind.WithinQuarter ? ((date.Month - 1) / 3) + 1 : null;

    /// <summary>Gets the year of a month, quarter or year deadline, else null.</summary>
    public int? Year => kind is DeadlineKind.WithinMonth or DeadlineKind.WithinQuarter or DeadlineKind.ByEndOfYear ? date.Year : null;

    /// <summary>Gets the period of an <see cref="DeadlineKind.AfterPeriod"/> deadline, else null.</summary>
    public Period? Period => kind == DeadlineKind.AfterPeriod ? period : null;

    /// <summary>Gets the number of working days of a <see cref="DeadlineKind.WithinWorkingDays"/> deadline, else null.</summary>
    public int? WorkingDays => kind == DeadlineKind.WithinWorkingDays ? number : null;

    /// <summary>Gets the frequency of a <see cref="DeadlineKind.Recurring"/> deadline, else null.</summary>
    public RecurrenceFrequency? Frequency => kind == DeadlineKind.Recurring ? frequency : null;

    /// <summary>Gets the day of the month by which a recurring report is due (clamped to the month's length), else null.</summary>
    public int? DayOfMonth => kind == DeadlineKind.Recurring ? number : null;

    /// <summary>Gets the month within each period (1 for monthly, 1 to 3 for quarterly, 1 to 12 for yearly) in which a recurring report is due, else null.</summary>
    public int? MonthOfPeriod => kind == DeadlineKind.Recurring ? month : null;

    /// <summary>Gets the fixed anchor of a relative deadline (for example 2025-07-01 for "after 6 months of operation"), or null.</summary>
    public LocalDate? Anchor => anchor;

    /// <summary>Gets the event the anchor stands for ("the two-level local government entered operation"), or null.</summary>
    public string? AnchorEvent => anchorEvent;

    /// <summary>Gets the original wording the deadline was parsed from or given (NFC), or null.</summary>
    public string? Wording => wording;

    /// <summary>Gets a value indicating whether the due date depends on an anchor (period, working-day and recurring deadlines).</summary>
    public bool IsRelative => kind is DeadlineKind.AfterPeriod or DeadlineKind.WithinWorkingDays or DeadlineKind.Recurring;

    /// <summary>Gets a value indicating whether the deadline has a due date (every kind except <see cref="DeadlineKind.None"/>).</summary>
    public bool HasDueDate => kind != DeadlineKind.None;

    /// <summary>Creates a deadline on or before a day ("by 15 December 2025", "chậm nhất ngày 15/12/2025").</summary>
    /// <param name="day">The last day on time.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">The day is not in the ISO calendar or outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</exception>
    public static Deadline OnOrBefore(LocalDate day) => new(DeadlineKind.OnOrBefore, CheckSupportedDay(day));

    /// <summary>Creates a deadline strictly before a day: the day before it is the last day on time.</summary>
    /// <param name="day">The first day that is late.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">The day is not in the ISO calendar or outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</exception>
    public static Deadline StrictlyBefore(LocalDate day) => new(DeadlineKind.StrictlyBefore, CheckSupportedDay(day));

    /// <summary>Creates a "before a day" deadline, read as the caller chooses; the wording "before DAY" is kept.</summary>
    /// <param name="day">The day named.</param>
    /// <param name="interpretation">Whether the named day is still on time; default <see cref="BeforeInterpretation.Inclusive"/>.</param>
    /// <returns>An <see cref="DeadlineKind.OnOrBefore"/> or <see cref="DeadlineKind.StrictlyBefore"/> deadline.</returns>
    /// <exception cref="ArgumentException">The day is invalid (see <see cref="OnOrBefore"/>) or the interpretation undefined.</exception>
    public static Deadline Before(LocalDate day, BeforeInterpretation interpretation = BeforeInterpretation.Inclusive)
    {
        Preconditions.CheckDefined(interpretation);
        CheckSupportedDay(day);
        string text = "before " + LocalDatePattern.Iso.Format(day);
        return interpretation == BeforeInterpretation.Exclusive
            ? new(DeadlineKind.StrictlyBefore, day, wording: text)
            : new(DeadlineKind.OnOrBefore, day, wording: text);
    }

    /// <summary>Creates a deadline within a month ("in November 2025", "trong tháng 11/2025").</summary>
    /// <param name="month">The month; its last day is on time.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">The month is not ISO or outside the supported years.</exception>
    public static Deadline WithinMonth(YearMonth month)
    {
        Preconditions.CheckIso(month);
        CheckYear(month.Year, nameof(month));
        return new(DeadlineKind.WithinMonth, month.OnDayOfMonth(1));
    }

    /// <summary>Creates a deadline within a calendar quarter ("in the first quarter of 2026", "quý I/2026").</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4; its last day is on time.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">The year or quarter is out of range.</exception>
    public static Deadline WithinQuarter(int year, int quarter)
    {
        CheckYear(year, nameof(year));
        Guard.Against.OutOfRange(quarter, nameof(quarter), 1, 4, "A quarter is 1 to 4.");
        return new(DeadlineKind.WithinQuarter, new LocalDate(year, ((quarter - 1) * 3) + 1, 1));
    }

    /// <summary>Creates a deadline by the end of a year ("by the end of 2025", "năm 2025").</summary>
    /// <param name="year">The year; 31 December is on time.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">The year is out of range.</exception>
    public static Deadline ByEndOfYear(int year)
    {
        CheckYear(year, nameof(year));
        return new(DeadlineKind.ByEndOfYear, new LocalDate(year, 1, 1));
    }

    /// <summary>Creates a deadline a period after an anchor ("after 6 months", "sau 6 tháng"): the anchor plus the period is the last day on time.</summary>
    /// <param name="period">A positive period of years, months, weeks and days only (no time units, no negative parts).</param>
    /// <param name="anchor">The fixed anchor (a date, or the date of an event), or null to take it from the caller of <see cref="DueDate(LocalDate)"/>.</param>
    /// <param name="anchorEvent">What the anchor stands for ("the two-level local government entered operation"), or null; requires an anchor.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">The period is empty, negative, has time units or exceeds the limits; the anchor is invalid; an event is given without an anchor or contains parentheses.</exception>
    public static Deadline After(Period period, LocalDate? anchor = null, string? anchorEvent = null)
    {
        Guard.Against.Null(period);
        if (!IsValidPeriod(period, out string? why))
        {
            throw new ArgumentException(why, nameof(period));
        }

        return new(DeadlineKind.AfterPeriod, period: period, anchor: CheckAnchor(anchor), anchorEvent: CheckEvent(anchorEvent, anchor));
    }

    /// <summary>Creates a deadline a number of working days after an anchor ("within 10 working days", "trong 10 ngày làm việc").</summary>
    /// <param name="days">The number of working days, 1 to <see cref="MaxWorkingDays"/>.</param>
    /// <param name="anchor">The fixed anchor, or null to take it from the caller of <see cref="DueDate(LocalDate)"/>.</param>
    /// <param name="anchorEvent">What the anchor stands for, or null; requires an anchor.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">The count is out of range, the anchor invalid, or an event is given without an anchor or contains parentheses.</exception>
    public static Deadline WithinWorkingDays(int days, LocalDate? anchor = null, string? anchorEvent = null)
    {
        Guard.Against.OutOfRange(days, nameof(days), 1, MaxWorkingDays, $"A working-day deadline counts 1 to {MaxWorkingDays} days.");
        return new(DeadlineKind.WithinWorkingDays, number: days, anchor: CheckAnchor(anchor), anchorEvent: CheckEvent(anchorEvent, anchor));
    }

    /// <summary>Creates a recurring deadline: a report due every month, quarter or year by a given day.</summary>
    /// <param name="frequency">How often.</param>
    /// <param name="dayOfMonth">The day of the month, 1 to 31 (clamped to the length of the month).</param>
    /// <param name="monthOfPeriod">The month within each period: 1 for monthly; 1 to 3 for quarterly (3 = the last month of the quarter); 1 to 12 for yearly.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static Deadline Recurring(RecurrenceFrequency frequency, int dayOfMonth, int monthOfPeriod = 1)
    {
        Preconditions.CheckDefined(frequency);
        Guard.Against.OutOfRange(dayOfMonth, nameof(dayOfMonth), 1, 31, "A day of the month is 1 to 31.");
        Guard.Against.OutOfRange(monthOfPeriod, nameof(monthOfPeriod), 1, (int)frequency, $"A {frequency} report's month within the period is 1 to {(int)frequency}.");
        return new(DeadlineKind.Recurring, number: dayOfMonth, month: monthOfPeriod, frequency: frequency);
    }

    /// <summary>Returns this deadline with the original wording it came from (kept in <see cref="Wording"/>, ignored by equality).</summary>
    /// <param name="text">The wording as written; stored in NFC with surrounding white space removed; null or blank removes it.</param>
    /// <returns>The deadline with the wording.</returns>
    public Deadline WithWording(string? text) =>
        new(kind, date, period, anchor, anchorEvent, number, month, frequency, string.IsNullOrWhiteSpace(text) ? null : VietnameseText.ToNfc(text.Trim()));

    /// <summary>Returns this relative deadline fixed to an anchor (a date, optionally the event it stands for).</summary>
    /// <param name="anchorDate">The anchor.</param>
    /// <param name="anchorEventName">What the anchor stands for, or null.</param>
    /// <returns>The anchored deadline.</returns>
    /// <exception cref="InvalidOperationException">The deadline is not a period or working-day deadline.</exception>
    /// <exception cref="ArgumentException">The anchor or event is invalid.</exception>
    public Deadline AnchoredAt(LocalDate anchorDate, string? anchorEventName = null)
    {
        if (kind is not (DeadlineKind.AfterPeriod or DeadlineKind.WithinWorkingDays))
        {
            throw new InvalidOperationException($"Only period and working-day deadlines take an anchor, not {kind}.");
        }

        return new(kind, date, period, CheckAnchor(anchorDate), CheckEvent(anchorEventName, anchorDate), number, month, frequency, wording);
    }

    /// <summary>Returns the last day on which delivery is on time.</summary>
    /// <param name="anchor">The start for relative deadlines (period, working days, recurring: the next report due on or after it);
    /// ignored by absolute ones. A deadline's own <see cref="Anchor"/> is used by <see cref="DueDate()"/>, not here.</param>
    /// <returns>The due date. Working days use <see cref="OrgModel.Calendar.WorkingDayCalendar.Default"/>.</returns>
    /// <exception cref="InvalidOperationException">The deadline is <see cref="DeadlineKind.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside NodaTime's range.</exception>
    public LocalDate DueDate(LocalDate anchor) => DueDate(anchor, OrgModel.Calendar.WorkingDayCalendar.Default);

    /// <summary>Returns the last day on which delivery is on time, counting working days with a given calendar.</summary>
    /// <param name="anchor">The start for relative deadlines; ignored by absolute ones.</param>
    /// <param name="calendar">The working-day calendar for <see cref="DeadlineKind.WithinWorkingDays"/>.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The deadline is <see cref="DeadlineKind.None"/>.</exception>
    public LocalDate DueDate(LocalDate anchor, OrgModel.Calendar.WorkingDayCalendar calendar)
    {
        Guard.Against.Null(calendar);
        Preconditions.CheckIso(anchor);
        return kind switch
        {
            DeadlineKind.None => throw new InvalidOperationException("An ongoing task has no due date."),
            DeadlineKind.OnOrBefore => date,
            DeadlineKind.StrictlyBefore => date.PlusDays(-1),
            DeadlineKind.WithinMonth => date.PlusMonths(1).PlusDays(-1),
            DeadlineKind.WithinQuarter => date.PlusMonths(3).PlusDays(-1),
            DeadlineKind.ByEndOfYear => new LocalDate(date.Year, 12, 31),
            DeadlineKind.AfterPeriod => anchor.Plus(period!),
            DeadlineKind.WithinWorkingDays => calendar.AddWorkingDays(anchor, number),
            _ => NextOccurrence(anchor),
        };
    }

    /// <summary>Returns the last day on time using the deadline's own anchor (or none, for absolute deadlines).</summary>
    /// <returns>The due date.</returns>
    /// <exception cref="InvalidOperationException">The deadline is <see cref="DeadlineKind.None"/>, or relative without an <see cref="Anchor"/>.</exception>
    public LocalDate DueDate()
    {
        if (IsRelative && anchor is null)
        {
            throw new InvalidOperationException($"The deadline \"{this}\" is relative and has no anchor: call DueDate(anchor).");
        }

        return DueDate(anchor ?? default);
    }

    /// <summary>Returns the instant the deadline passes: the end of the due day in <c>Asia/Ho_Chi_Minh</c> (the next day's midnight).</summary>
    /// <param name="anchor">As for <see cref="DueDate(LocalDate)"/>.</param>
    /// <returns>The first late instant.</returns>
    /// <exception cref="InvalidOperationException">The deadline is <see cref="DeadlineKind.None"/>.</exception>
    public Instant PassesAt(LocalDate anchor) => VietnamTime.EndOf(DueDate(anchor));

    /// <summary>Returns the first day of the window the deadline names, before which delivery is early: the first day of the month,
    /// quarter or year; the due date itself for "after a period"; null for the others (any earlier day is on time).</summary>
    /// <param name="anchor">As for <see cref="DueDate(LocalDate)"/>.</param>
    /// <returns>The window's first day, or null.</returns>
    public LocalDate? WindowStart(LocalDate anchor)
    {
        Preconditions.CheckIso(anchor);
        return kind switch
        {
            DeadlineKind.WithinMonth or DeadlineKind.WithinQuarter or DeadlineKind.ByEndOfYear => date,
            DeadlineKind.AfterPeriod => anchor.Plus(period!),
            DeadlineKind.Recurring => PeriodStart(NextOccurrence(anchor)),
            _ => null,
        };
    }

    /// <summary>Tells whether a delivery on a day is on time.</summary>
    /// <param name="delivered">The day of delivery.</param>
    /// <param name="anchor">As for <see cref="DueDate(LocalDate)"/>.</param>
    /// <returns>True when <paramref name="delivered"/> is on or before the due date (always true for <see cref="DeadlineKind.None"/>).</returns>
    public bool IsOnTime(LocalDate delivered, LocalDate anchor)
    {
        Preconditions.CheckIso(delivered);
        Preconditions.CheckIso(anchor);
        return kind == DeadlineKind.None || delivered <= DueDate(anchor);
    }

    /// <summary>Lists the due dates of a recurring deadline between two days (inclusive); for other kinds, the single due date if it falls in the range.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The due dates in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<LocalDate> Occurrences(LocalDate from, LocalDate to)
    {
        Preconditions.CheckIso(from);
        Preconditions.CheckIso(to);
        if (to < from)
        {
            throw new ArgumentException("The range must not end before it starts.", nameof(to));
        }

        var result = new List<LocalDate>();
        if (kind == DeadlineKind.None)
        {
            return result.AsReadOnly();
        }

        if (kind != DeadlineKind.Recurring)
        {
            LocalDate due = DueDate(from);
            if (due >= from && due <= to)
            {
                result.Add(due);
            }

            return result.AsReadOnly();
        }

        for (LocalDate d = NextOccurrence(from); d <= to; d = NextOccurrence(d.PlusDays(1)))
        {
            result.Add(d);
        }

        return result.AsReadOnly();
    }

    /// <summary>Parses a deadline phrase in English or Vietnamese ("before July 31, 2025", "trước ngày 31/7/2025", "quý I/2026",
    /// "sau 6 tháng", "trong 10 ngày làm việc") or the canonical form, reading "before" as <see cref="DefaultBeforeInterpretation"/>.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="reference">The date of the document the phrase comes from: it supplies a missing year.</param>
    /// <returns>The deadline, with the phrase as its <see cref="Wording"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    /// <exception cref="FormatException">The phrase is not understood; the message says where and why.</exception>
    public static Deadline Parse(string phrase, LocalDate reference) => Parse(phrase, reference, DefaultBeforeInterpretation);

    /// <summary>Parses a deadline phrase, reading "before a day" as the caller chooses.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="reference">The date of the document the phrase comes from: it supplies a missing year.</param>
    /// <param name="before">How to read "before a day".</param>
    /// <returns>The deadline, with the phrase as its <see cref="Wording"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    /// <exception cref="FormatException">The phrase is not understood; the message says where and why.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is not in the ISO calendar, or <paramref name="before"/> is undefined.</exception>
    public static Deadline Parse(string phrase, LocalDate reference, BeforeInterpretation before)
    {
        Guard.Against.Null(phrase);
        Preconditions.CheckIso(reference);
        Preconditions.CheckDefined(before);
        if (!DeadlineParser.TryParse(phrase, reference, before, out Deadline result, out int position, out string? reason))
        {
            throw ParseErrors.Create("a deadline", phrase, position, reason);
        }

        return result;
    }

    /// <summary>Tries to parse a deadline phrase with the default reading of "before"; never throws.</summary>
    /// <param name="phrase">The phrase; null gives false.</param>
    /// <param name="reference">The date of the document the phrase comes from: it supplies a missing year.</param>
    /// <param name="result">The deadline, or <c>default</c>.</param>
    /// <returns>True when the phrase is understood.</returns>
    public static bool TryParse([NotNullWhen(true)] string? phrase, LocalDate reference, out Deadline result) =>
        TryParse(phrase, reference, DefaultBeforeInterpretation, out result);

    /// <summary>Tries to parse a deadline phrase, reading "before a day" as the caller chooses; never throws.</summary>
    /// <param name="phrase">The phrase; null gives false.</param>
    /// <param name="reference">The date of the document the phrase comes from.</param>
    /// <param name="before">How to read "before a day".</param>
    /// <param name="result">The deadline, or <c>default</c>.</param>
    /// <returns>True when the phrase is understood.</returns>
    public static bool TryParse([NotNullWhen(true)] string? phrase, LocalDate reference, BeforeInterpretation before, out Deadline result)
    {
        if (phrase is null || reference.Calendar != CalendarSystem.Iso || !Enum.IsDefined(before))
        {
            result = default;
            return false;
        }

        return DeadlineParser.TryParse(phrase, reference, before, out result, out _, out _);
    }

    /// <summary>Parses a phrase that needs no reference date (every phrase that states its year, including the canonical form).</summary>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Ignored; pass null.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="FormatException">The phrase is not understood or lacks a year.</exception>
    public static Deadline Parse(string s, IFormatProvider? provider)
    {
        Guard.Against.Null(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a phrase that needs no reference date.</summary>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Ignored; pass null.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="FormatException">The phrase is not understood or lacks a year.</exception>
    public static Deadline Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        if (!DeadlineParser.TryParse(s, null, DefaultBeforeInterpretation, out Deadline result, out int position, out string? reason))
        {
            throw ParseErrors.Create("a deadline", s, position, reason);
        }

        return result;
    }

    /// <summary>Tries to parse a phrase that needs no reference date; never throws.</summary>
    /// <param name="s">The phrase; null gives false.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The deadline, or <c>default</c>.</param>
    /// <returns>True when the phrase is understood.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Deadline result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return DeadlineParser.TryParse(s.AsSpan(), null, DefaultBeforeInterpretation, out result, out _, out _);
    }

    /// <summary>Tries to parse a phrase that needs no reference date; never throws.</summary>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The deadline, or <c>default</c>.</param>
    /// <returns>True when the phrase is understood.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Deadline result) =>
        DeadlineParser.TryParse(s, null, DefaultBeforeInterpretation, out result, out _, out _);

    /// <summary>Compares meaning, ignoring <see cref="Wording"/>.</summary>
    /// <param name="other">The other deadline.</param>
    /// <returns>True when both mean the same deadline.</returns>
    public bool Equals(Deadline other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Deadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(kind, date, period?.ToString(), anchor, anchorEvent is null ? 0 : StringComparer.Ordinal.GetHashCode(anchorEvent), number, month, frequency);

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
        if (c == 0) { c = ComparePeriods(period, other.period); }
        if (c == 0) { c = Nullable.Compare(anchor, other.anchor); }
        if (c == 0) { c = string.CompareOrdinal(anchorEvent, other.anchorEvent); }
        return c;
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Deadline other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Deadline.", nameof(obj)),
    };

    /// <summary>Returns the canonical form, which <see cref="Parse(string, IFormatProvider)"/> reads back to an equal deadline.</summary>
    /// <returns>For example <c>on or before 2025-07-31</c>, <c>in 2026-Q1</c>, <c>after P6M from 2025-07-01</c>.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(32);
        switch (kind)
        {
            case DeadlineKind.None:
                return "ongoing";
            case DeadlineKind.OnOrBefore:
                return "on or before " + Iso(date);
            case DeadlineKind.StrictlyBefore:
                return "strictly before " + Iso(date);
            case DeadlineKind.WithinMonth:
                return "in " + date.ToString("uuuu'-'MM", CultureInfo.InvariantCulture);
            case DeadlineKind.WithinQuarter:
                return string.Create(CultureInfo.InvariantCulture, $"in {date.Year:D4}-Q{((date.Month - 1) / 3) + 1}");
            case DeadlineKind.ByEndOfYear:
                return string.Create(CultureInfo.InvariantCulture, $"by the end of {date.Year:D4}");
            case DeadlineKind.AfterPeriod:
                sb.Append("after ").Append(PeriodPattern.Roundtrip.Format(period!));
                break;
            case DeadlineKind.WithinWorkingDays:
                sb.Append(CultureInfo.InvariantCulture, $"within {number} working days");
                break;
            default:
                sb.Append(frequency switch { RecurrenceFrequency.Monthly => "monthly", RecurrenceFrequency.Quarterly => "quarterly", _ => "yearly" })
                    .Append(CultureInfo.InvariantCulture, $" by day {number}");
                if (frequency != RecurrenceFrequency.Monthly)
                {
                    sb.Append(CultureInfo.InvariantCulture, $" of month {month}");
                }

                return sb.ToString();
        }

        if (anchor is { } a)
        {
            sb.Append(" from ").Append(Iso(a));
            if (anchorEvent is not null)
            {
                sb.Append(" (").Append(anchorEvent).Append(')');
            }
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString();
        if (text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.AsSpan().CopyTo(destination);
        charsWritten = text.Length;
        return true;
    }

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

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

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

    private static string? CheckEvent(string? anchorEvent, LocalDate? anchor)
    {
        if (anchorEvent is null)
        {
            return null;
        }

        string trimmed = VietnameseText.ToNfc(anchorEvent.Trim());
        if (anchor is null)
        {
            throw new ArgumentException("An anchor event needs the anchor date.", nameof(anchorEvent));
        }

        if (!IsValidEvent(trimmed))
        {
            throw new ArgumentException("An anchor event is 1 to 200 characters, not blank, without parentheses.", nameof(anchorEvent));
        }

        return trimmed;
    }

    private LocalDate NextOccurrence(LocalDate onOrAfter)
    {
        // The occurrence in the period containing the day, else the next period's: both are clamped to month length.
        int step = (int)frequency;
        int monthIndex = (onOrAfter.Year * 12) + onOrAfter.Month - 1;
        int periodStart = monthIndex - (monthIndex % step);
        for (int k = 0; k < 3; k++)
        {
            int m = periodStart + (k * step) + month - 1;
            int y = m / 12;
            int mm = (m % 12) + 1;
            int day = Math.Min(number, CalendarSystem.Iso.GetDaysInMonth(y, mm));
            var candidate = new LocalDate(y, mm, day);
            if (candidate >= onOrAfter)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Unreachable: a recurring deadline always has an occurrence within two periods.");
    }

    private LocalDate PeriodStart(LocalDate occurrence)
    {
        int monthIndex = (occurrence.Year * 12) + occurrence.Month - 1 - (month - 1);
        return new LocalDate(monthIndex / 12, (monthIndex % 12) + 1, 1);
    }
}
