namespace OrgModel.Deadlines;

/// <content>Due dates: one-liners over <see cref="DeadlineArithmetic"/>.</content>
public readonly partial struct Deadline
{
    /// <summary>Returns the last day on which delivery is on time.</summary>
    /// <param name="anchor">The start for relative deadlines without an anchor of their own (period, working days, recurring: the
    /// next report due on or after it); ignored by absolute ones and by a deadline with an <see cref="Anchor"/>, which wins.</param>
    /// <returns>The due date. Working days use <see cref="OrgModel.Calendar.WorkingDayCalendar.Default"/>.</returns>
    /// <exception cref="InvalidOperationException">The deadline is <see cref="DeadlineKind.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside NodaTime's range.</exception>
    public LocalDate DueDate(LocalDate anchor) => DueDate(anchor, OrgModel.Calendar.WorkingDayCalendar.Default);

    /// <summary>Returns the last day on which delivery is on time, counting working days with a given calendar.</summary>
    /// <param name="anchor">The start for relative deadlines without an <see cref="Anchor"/> of their own; ignored by absolute ones.</param>
    /// <param name="calendar">The working-day calendar for <see cref="DeadlineKind.WithinWorkingDays"/>.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The deadline is <see cref="DeadlineKind.None"/>.</exception>
    public LocalDate DueDate(LocalDate anchor, OrgModel.Calendar.WorkingDayCalendar calendar) => DeadlineArithmetic.DueDate(this, anchor, calendar);

    /// <summary>Returns the last day on time using the deadline's own anchor (or none, for absolute deadlines).</summary>
    /// <returns>The due date.</returns>
    /// <exception cref="InvalidOperationException">The deadline is <see cref="DeadlineKind.None"/>, or relative without an <see cref="Anchor"/>.</exception>
    public LocalDate DueDate() => DeadlineArithmetic.DueDate(this);

    /// <summary>Returns the instant the deadline passes: the end of the due day in <c>Asia/Ho_Chi_Minh</c> (the next day's midnight).</summary>
    /// <param name="anchor">As for <see cref="DueDate(LocalDate)"/>.</param>
    /// <returns>The first late instant.</returns>
    /// <exception cref="InvalidOperationException">The deadline has no due date (<see cref="HasDueDate"/> is false).</exception>
    public Instant PassesAt(LocalDate anchor) => VietnamTime.EndOf(DueDate(anchor));

    /// <summary>Returns the instant the deadline passes, using the deadline's own anchor (see <see cref="DueDate()"/>).</summary>
    /// <returns>The first late instant.</returns>
    /// <exception cref="InvalidOperationException">The deadline has no due date, or is relative without an <see cref="Anchor"/>.</exception>
    public Instant PassesAt() => VietnamTime.EndOf(DueDate());

    /// <summary>Returns the first day of the window the deadline names, before which delivery is early: the first day of the month,
    /// quarter or year; the due date itself for "after a period"; the start of the period of a recurring report; null for the others
    /// (any earlier day is on time, as for "within a period"). The window always contains the due date.</summary>
    /// <param name="anchor">As for <see cref="DueDate(LocalDate)"/>: a deadline's own <see cref="Anchor"/> wins.</param>
    /// <returns>The window's first day, or null.</returns>
    public LocalDate? WindowStart(LocalDate anchor) => DeadlineArithmetic.WindowStart(this, anchor);

    /// <summary>Returns the first day of the window the deadline names, using the deadline's own anchor (see <see cref="WindowStart(LocalDate)"/>).</summary>
    /// <returns>The window's first day, or null.</returns>
    /// <exception cref="InvalidOperationException">The deadline is relative without an <see cref="Anchor"/>.</exception>
    public LocalDate? WindowStart() => DeadlineArithmetic.WindowStart(this);

    /// <summary>Tells whether a delivery on a day is on time.</summary>
    /// <param name="delivered">The day of delivery.</param>
    /// <param name="anchor">As for <see cref="DueDate(LocalDate)"/>.</param>
    /// <returns>True when <paramref name="delivered"/> is on or before the due date (always true without a due date).</returns>
    public bool IsOnTime(LocalDate delivered, LocalDate anchor) => DeadlineArithmetic.IsOnTime(this, delivered, anchor);

    /// <summary>Tells whether a delivery on a day is on time, using the deadline's own anchor (see <see cref="DueDate()"/>).</summary>
    /// <param name="delivered">The day of delivery.</param>
    /// <returns>True when <paramref name="delivered"/> is on or before the due date (always true without a due date).</returns>
    /// <exception cref="InvalidOperationException">The deadline is relative without an <see cref="Anchor"/>.</exception>
    public bool IsOnTime(LocalDate delivered) => !HasDueDate || OrgModel.Utility.Preconditions.CheckIso(delivered) <= DueDate();

    /// <summary>Lists the due dates of a recurring deadline between two days (inclusive); for other kinds, the single due date if it falls in the range.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The due dates in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<LocalDate> Occurrences(LocalDate from, LocalDate to) => DeadlineArithmetic.Occurrences(this, from, to);
}
