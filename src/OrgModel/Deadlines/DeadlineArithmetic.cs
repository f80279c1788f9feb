using OrgModel.Calendar;
using OrgModel.Utility;

namespace OrgModel.Deadlines;

/// <summary>The due-date arithmetic of deadlines: the last day on time, the window before which delivery is early, the
/// on-time test and the occurrences of recurring reports.</summary>
/// <remarks>Internal because <see cref="Deadline"/>'s members (<see cref="Deadline.DueDate(LocalDate)"/>,
/// <see cref="Deadline.WindowStart(LocalDate)"/>, <see cref="Deadline.IsOnTime(LocalDate, LocalDate)"/>, <see cref="Deadline.Occurrences"/>) are the public
/// way in; keeping the calendar arithmetic here leaves the struct with its data and its rules of construction.</remarks>
internal static class DeadlineArithmetic
{
    public static LocalDate DueDate(in Deadline deadline, LocalDate anchor, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(calendar);
        Preconditions.CheckIso(anchor);
        LocalDate date = deadline.Date;

        // The deadline's own anchor wins: "after 6 months" of 1 July 2025 is due 2026-01-01 whatever day the task was assigned.
        LocalDate start = deadline.Anchor ?? anchor;
        return deadline.Kind switch
        {
            DeadlineKind.None => throw new InvalidOperationException("An ongoing task has no due date."),
            DeadlineKind.Urgent => throw new InvalidOperationException("An urgent task (\"immediately\") has no due date."),
            DeadlineKind.BeforeEvent => throw new InvalidOperationException($"The date of the event \"{deadline.AnchorEvent}\" is not known."),
            DeadlineKind.OnOrBefore => date,
            DeadlineKind.StrictlyBefore => date.PlusDays(-1),
            DeadlineKind.WithinMonth => date.PlusMonths(1).PlusDays(-1),
            DeadlineKind.WithinQuarter => date.PlusMonths(3).PlusDays(-1),
            DeadlineKind.ByEndOfYear => new LocalDate(date.Year, 12, 31),
            DeadlineKind.AfterPeriod or DeadlineKind.WithinPeriod => start.Plus(deadline.StoredPeriod!),
            DeadlineKind.WithinWorkingDays => calendar.AddWorkingDays(start, deadline.Number),
            _ => NextOccurrence(deadline, anchor),
        };
    }

    public static LocalDate DueDate(in Deadline deadline)
    {
        LocalDate? anchor = deadline.Anchor;
        if (deadline.IsRelative && anchor is null)
        {
            throw new InvalidOperationException($"The deadline \"{deadline}\" is relative and has no anchor: call DueDate(anchor).");
        }

        return DueDate(deadline, anchor ?? default, WorkingDayCalendar.Default);
    }

    public static LocalDate? WindowStart(in Deadline deadline)
    {
        if (deadline.IsRelative && deadline.Anchor is null)
        {
            throw new InvalidOperationException($"The deadline \"{deadline}\" is relative and has no anchor: call WindowStart(anchor).");
        }

        return WindowStart(deadline, deadline.Anchor ?? default);
    }

    public static LocalDate? WindowStart(in Deadline deadline, LocalDate anchor)
    {
        Preconditions.CheckIso(anchor);
        return deadline.Kind switch
        {
            DeadlineKind.WithinMonth or DeadlineKind.WithinQuarter or DeadlineKind.ByEndOfYear => deadline.Date,
            DeadlineKind.AfterPeriod => (deadline.Anchor ?? anchor).Plus(deadline.StoredPeriod!),
            DeadlineKind.Recurring => PeriodStart(deadline, NextOccurrence(deadline, anchor)),
            _ => null,
        };
    }

    public static bool IsOnTime(in Deadline deadline, LocalDate delivered, LocalDate anchor)
    {
        Preconditions.CheckIso(delivered);
        Preconditions.CheckIso(anchor);
        return !deadline.HasDueDate || delivered <= DueDate(deadline, anchor, WorkingDayCalendar.Default);
    }

    public static IReadOnlyList<LocalDate> Occurrences(in Deadline deadline, LocalDate from, LocalDate to)
    {
        Preconditions.CheckIso(from);
        Preconditions.CheckIso(to);
        Preconditions.CheckArgument(to >= from, nameof(to), "The range must not end before it starts.");

        var result = new List<LocalDate>();
        if (!deadline.HasDueDate)
        {
            return result.AsReadOnly();
        }

        if (deadline.Kind != DeadlineKind.Recurring)
        {
            LocalDate due = DueDate(deadline, from, WorkingDayCalendar.Default);
            if (due >= from && due <= to)
            {
                result.Add(due);
            }

            return result.AsReadOnly();
        }

        for (LocalDate d = NextOccurrence(deadline, from); d <= to; d = NextOccurrence(deadline, d.PlusDays(1)))
        {
            result.Add(d);
        }

        return result.AsReadOnly();
    }

    private static LocalDate NextOccurrence(in Deadline deadline, LocalDate onOrAfter)
    {
        // The occurrence in the period containing the day, else the next period's: both are clamped to month length.
        int step = (int)deadline.Every;
        int monthIndex = (onOrAfter.Year * 12) + onOrAfter.Month - 1;
        int periodStart = monthIndex - (monthIndex % step);
        for (int k = 0; k < 3; k++)
        {
            int m = periodStart + (k * step) + deadline.MonthInPeriod - 1;
            int y = m / 12;
            int mm = (m % 12) + 1;
            int day = Math.Min(deadline.Number, CalendarSystem.Iso.GetDaysInMonth(y, mm));
            var candidate = new LocalDate(y, mm, day);
            if (candidate >= onOrAfter)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Unreachable: a recurring deadline always has an occurrence within two periods.");
    }

    private static LocalDate PeriodStart(in Deadline deadline, LocalDate occurrence)
    {
        int monthIndex = (occurrence.Year * 12) + occurrence.Month - 1 - (deadline.MonthInPeriod - 1);
        return new LocalDate(monthIndex / 12, (monthIndex % 12) + 1, 1);
    }
}
