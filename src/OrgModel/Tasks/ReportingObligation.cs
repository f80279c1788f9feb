using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>A report the assignees owe on a task: to whom, by when (often a recurring deadline) and what.</summary>
/// <remarks>
/// <para><see cref="StatusAt"/> says whether the reports owed so far were delivered, by the same rule and in the same time zone
/// as <see cref="Assignment.StatusAt(Instant)"/>: an obligation is overdue from the end of a due day with no report for it.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ReportingObligationJsonConverter))]
public sealed class ReportingObligation
{
    /// <summary>Creates a reporting obligation.</summary>
    /// <param name="recipient">Who receives the report (for example the Politburo).</param>
    /// <param name="when">When it is due ("in November 2025", "quarterly by day 15 of month 3").</param>
    /// <param name="subject">What the report covers, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is empty, or <paramref name="when"/> is <see cref="DeadlineKind.None"/>.</exception>
    public ReportingObligation(OrgId recipient, Deadline when, string? subject = null)
    {
        Preconditions.CheckArgument(!recipient.IsEmpty, nameof(recipient), "A report has a recipient.");
        Preconditions.CheckArgument(when.HasDueDate, nameof(when), "A reporting obligation has a due date.");
        Recipient = recipient;
        When = when;
        Subject = string.IsNullOrWhiteSpace(subject) ? null : Text.VietnameseText.ToNfc(subject.Trim());
    }

    // Due dates are walked up to here at most, so an instant in year 9999 neither loops long nor overflows the calendar.
    private static readonly LocalDate LastDay = new(Deadline.MaxYear, 12, 31);

    /// <summary>Gets who receives the report.</summary>
    public OrgId Recipient { get; }

    /// <summary>Gets when the report is due.</summary>
    public Deadline When { get; }

    /// <summary>Gets what the report covers, or null.</summary>
    public string? Subject { get; }

    /// <summary>Returns where the obligation stands at an instant, given the days reports were delivered.</summary>
    /// <param name="at">The instant; its day in <c>Asia/Ho_Chi_Minh</c> counts, and reports after that day are not yet known.</param>
    /// <param name="anchor">The day the obligation began (usually <see cref="TaskItem.AssignedOn"/>); relative deadlines count from it
    /// unless they carry their own anchor.</param>
    /// <param name="reportedOn">The days reports were delivered, in any order, or null for none.</param>
    /// <returns>
    /// For a one-off report, the status of an assignment with the same deadline whose completion is the first report.
    /// For a recurring report, each due date from the anchor on is met by the earliest report not yet counted that was delivered
    /// after the previous due date (late reports count for the period they were late for): <see cref="AssignmentStatus.Overdue"/> when a
    /// due date before today is unmet, <see cref="AssignmentStatus.NotDue"/> before the anchor, else <see cref="AssignmentStatus.InProgress"/>
    /// (a recurring obligation is never completed).
    /// </returns>
    /// <exception cref="ArgumentException">The anchor is not an ISO date in the supported years, or a report day is not ISO or is
    /// before the anchor (a report cannot answer an obligation that did not yet exist).</exception>
    public AssignmentStatus StatusAt(Instant at, LocalDate anchor, IEnumerable<LocalDate>? reportedOn = null) =>
        StatusOn(VietnamTime.DateAt(at), anchor, reportedOn);

    /// <summary>Returns where the obligation stands on a day in Vietnam, as <see cref="StatusAt"/> does at any instant of it.</summary>
    /// <param name="today">The day; reports dated that day count.</param>
    /// <param name="anchor">The day the obligation began.</param>
    /// <param name="reportedOn">The days reports were delivered, or null for none.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException">As for <see cref="StatusAt"/>.</exception>
    internal AssignmentStatus StatusOn(LocalDate today, LocalDate anchor, IEnumerable<LocalDate>? reportedOn)
    {
        Deadline.CheckSupportedDay(anchor);
        LocalDate[] reports = reportedOn is null ? [] : [.. reportedOn];
        foreach (LocalDate r in reports)
        {
            Preconditions.CheckIso(r, nameof(reportedOn));
            if (r < anchor)
            {
                throw new ArgumentException($"A report on {r:uuuu-MM-dd} is before the obligation began ({anchor:uuuu-MM-dd}).", nameof(reportedOn));
            }
        }

        Array.Sort(reports);
        int known = 0;
        while (known < reports.Length && reports[known] <= today)
        {
            known++;
        }

        if (When.Kind != DeadlineKind.Recurring)
        {
            LocalDate start = When.Anchor ?? anchor;
            return StatusRules.Classify(
                StatusRules.DayNumber(today),
                StatusRules.DayNumber(StatusRules.NotBefore(When, anchor, start)),
                When.WindowStart(start) is { } w ? StatusRules.DayNumber(w) : StatusRules.Open,
                StatusRules.DayNumber(When.DueDate(start)),
                known > 0 ? StatusRules.DayNumber(reports[0]) : StatusRules.Never);
        }

        return today < anchor ? AssignmentStatus.NotDue : RecurringStatus(anchor, LocalDate.Min(today, LastDay), reports.AsSpan(0, known));
    }

    /// <inheritdoc />
    public override string ToString() => $"report to {Recipient} {When}" + (Subject is null ? string.Empty : $": {Subject}");

    private AssignmentStatus RecurringStatus(LocalDate anchor, LocalDate today, ReadOnlySpan<LocalDate> reports)
    {
        int next = 0;
        LocalDate previous = anchor.PlusDays(-1);
        for (LocalDate due = When.DueDate(anchor); due < today; due = When.DueDate(due.PlusDays(1)))
        {
            // Extra reports in an earlier period do not count for this one.
            while (next < reports.Length && reports[next] <= previous)
            {
                next++;
            }

            if (next == reports.Length)
            {
                return AssignmentStatus.Overdue;
            }

            next++;
            previous = due;
        }

        return AssignmentStatus.InProgress;
    }
}
