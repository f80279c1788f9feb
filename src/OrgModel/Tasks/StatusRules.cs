using OrgModel.Deadlines;

namespace OrgModel.Tasks;

/// <summary>The one status rule, on day numbers, shared by <see cref="Assignment.StatusAt(NodaTime.Instant)"/> and <see cref="TaskTracker"/>.</summary>
/// <remarks>Comparing Vietnamese calendar days is exact: an instant is before the end of the due day exactly when its local
/// date in <c>Asia/Ho_Chi_Minh</c> is on or before the due date.</remarks>
internal static class StatusRules
{
    /// <summary>Day number meaning "never" (no completion, no due date).</summary>
    public const int Never = int.MaxValue;

    /// <summary>Day number meaning "no window start".</summary>
    public const int Open = int.MinValue;

    /// <summary>Classifies one assignment on a day; with <paramref name="unreportedIsUnknown"/>, past due with no report known
    /// that day is <see cref="AssignmentStatus.NoReport"/> instead of <see cref="AssignmentStatus.Overdue"/>.</summary>
    public static AssignmentStatus Classify(int today, int notBefore, int earlyBefore, int due, int completed, bool unreportedIsUnknown = false)
    {
        if (completed <= today)
        {
            return completed > due ? AssignmentStatus.CompletedLate
                : completed < earlyBefore ? AssignmentStatus.CompletedEarly
                : AssignmentStatus.CompletedOnTime;
        }

        if (today > due)
        {
            return unreportedIsUnknown ? AssignmentStatus.NoReport : AssignmentStatus.Overdue;
        }

        return today < notBefore ? AssignmentStatus.NotDue : AssignmentStatus.InProgress;
    }

    /// <summary>The first day work is due: the assignment day, or later when the deadline names a window or a period after an anchor.</summary>
    public static NodaTime.LocalDate NotBefore(Deadline d, NodaTime.LocalDate assignedOn, NodaTime.LocalDate anchor)
    {
        NodaTime.LocalDate? opens = d.Kind is DeadlineKind.AfterPeriod or DeadlineKind.WithinPeriod ? anchor : d.HasDueDate ? d.WindowStart(anchor) : null;
        return opens is { } o && o > assignedOn ? o : assignedOn;
    }

    public static int DayNumber(NodaTime.LocalDate d) => d.DayOfYear + (d.Year * 366);
}
