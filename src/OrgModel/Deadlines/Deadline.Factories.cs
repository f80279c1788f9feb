using NodaTime.Text;
using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Deadlines;

/// <content>The factories: one per kind, each checking its arguments (ISO dates, supported years, ranges).</content>
public readonly partial struct Deadline
{
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
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), "A quarter is 1 to 4.");
        }

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

    /// <summary>Creates a deadline within a period of an anchor ("within 6 months", "trong vòng 6 tháng"): delivery is on time
    /// at any point up to the anchor plus the period (unlike <see cref="After"/>, nothing is early).</summary>
    /// <param name="period">A positive period of years, months, weeks and days only (no time units, no negative parts).</param>
    /// <param name="anchor">The fixed anchor, or null to take it from the caller of <see cref="DueDate(LocalDate)"/>.</param>
    /// <param name="anchorEvent">What the anchor stands for, or null; requires an anchor.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">As for <see cref="After"/>.</exception>
    public static Deadline Within(Period period, LocalDate? anchor = null, string? anchorEvent = null)
    {
        Guard.Against.Null(period);
        if (!IsValidPeriod(period, out string? why))
        {
            throw new ArgumentException(why, nameof(period));
        }

        return new(DeadlineKind.WithinPeriod, period: period, anchor: CheckAnchor(anchor), anchorEvent: CheckEvent(anchorEvent, anchor));
    }

    /// <summary>Gets the deadline of an urgent task: at once, without a date ("immediately", "khẩn trương"); it has no due date
    /// and is never overdue, but <see cref="IsUrgent"/> flags it.</summary>
    public static Deadline Urgent => new(DeadlineKind.Urgent);

    /// <summary>Creates a deadline before an event whose date is not known ("before the election"): open, with the event named
    /// in <see cref="AnchorEvent"/>, no due date. A date is never invented; give <see cref="StrictlyBefore"/> the event's day when it is known.</summary>
    /// <param name="eventName">The event: 1 to 200 characters, not blank, without parentheses; stored in NFC, trimmed.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">The event name is invalid.</exception>
    public static Deadline BeforeEvent(string eventName)
    {
        Guard.Against.Null(eventName);
        string trimmed = VietnameseText.ToNfc(eventName.Trim());
        Preconditions.CheckArgument(IsValidEvent(trimmed), nameof(eventName), "An event is 1 to 200 characters, not blank, without parentheses.");

        return new(DeadlineKind.BeforeEvent, anchorEvent: trimmed);
    }

    /// <summary>Creates a deadline before a known event ("before the election" of 15 March 2026, "before the 14th Congress"): the
    /// work must be ready when the event sits, so the deadline is <see cref="StrictlyBefore"/> the event's first day (the
    /// preparatory session of a congress), as phrases naming a known event are read. <see cref="Wording"/> keeps "before" and the
    /// event's name.</summary>
    /// <param name="politicalEvent">The event, with its dates (<see cref="OrgModel.Tenures.TenureFacts.Events"/>, or one the caller made).</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="politicalEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">The event starts outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</exception>
    public static Deadline BeforeEvent(OrgModel.Tenures.PoliticalEvent politicalEvent)
    {
        ArgumentNullException.ThrowIfNull(politicalEvent);
        return StrictlyBefore(politicalEvent.Start).WithWording("before " + politicalEvent.Name);
    }

    /// <summary>Gets the parser's placeholder for an open event, named once the whole input has been read.</summary>
    internal static Deadline OpenEvent => new(DeadlineKind.BeforeEvent);

    /// <summary>Creates a deadline a number of working days after an anchor ("within 10 working days", "trong 10 ngày làm việc").</summary>
    /// <param name="days">The number of working days, 1 to <see cref="MaxWorkingDays"/>.</param>
    /// <param name="anchor">The fixed anchor, or null to take it from the caller of <see cref="DueDate(LocalDate)"/>.</param>
    /// <param name="anchorEvent">What the anchor stands for, or null; requires an anchor.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">The count is out of range, the anchor invalid, or an event is given without an anchor or contains parentheses.</exception>
    public static Deadline WithinWorkingDays(int days, LocalDate? anchor = null, string? anchorEvent = null)
    {
        if (days is < 1 or > MaxWorkingDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), $"A working-day deadline counts 1 to {MaxWorkingDays} days.");
        }

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
        if (dayOfMonth is < 1 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(dayOfMonth), "A day of the month is 1 to 31.");
        }

        if (monthOfPeriod < 1 || monthOfPeriod > (int)frequency)
        {
            // The message is built only on failure: the check itself allocates nothing.
            throw new ArgumentOutOfRangeException(nameof(monthOfPeriod), $"A {frequency} report's month within the period is 1 to {(int)frequency}.");
        }

        return new(DeadlineKind.Recurring, number: dayOfMonth, month: monthOfPeriod, frequency: frequency);
    }
}
