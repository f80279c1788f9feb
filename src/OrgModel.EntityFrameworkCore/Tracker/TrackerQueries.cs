using OrgModel.Deadlines;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Tasks;

namespace OrgModel.EntityFrameworkCore.Tracker;

/// <summary>
/// The questions trackers ask, answered in SQL with the status rule of <see cref="TaskTracker"/>: the same answers as a
/// tracker holding the same assignments and reports.
/// </summary>
/// <remarks>
/// <para>The rule, on a day <c>d</c>: with <c>c</c> the earliest report of the task and assignee, completed when <c>c ≤ d</c>
/// (late when <c>c</c> is after the due date, early when before the start of the deadline's window, else on time); otherwise
/// overdue (or "no report", with <see cref="MissingReports.AreUnknown"/>) when <c>d</c> is after the due date, not due when
/// <c>d</c> is before the first day work is due, else in progress. The dates an assignment needs are computed by the library
/// when the row is written; SQL compares dates only. An instant counts as its calendar day in Vietnam
/// (<see cref="VietnamTime.DateAt"/>).</para>
/// </remarks>
public static class TrackerQueries
{
    /// <summary>The assignments with a status on a day; a query to refine, count or page in SQL.</summary>
    /// <param name="db">The context.</param>
    /// <param name="status">The status.</param>
    /// <param name="on">The day in Vietnam.</param>
    /// <param name="missingReports">What an assignment past due with no report counts as.</param>
    /// <returns>The query.</returns>
    public static IQueryable<TrackerAssignment> WithStatus(this ResolutionTrackerContext db, AssignmentStatus status, LocalDate on, MissingReports missingReports)
    {
        int code = (int)status;
        return Classify(db, on, missingReports).Where(x => x.Status == code).Select(x => x.Assignment);
    }

    /// <summary>The assignments overdue on a day: past due with no report dated on or before it.</summary>
    /// <param name="db">The context.</param>
    /// <param name="on">The day in Vietnam.</param>
    /// <returns>The query (<c>.CountAsync()</c> counts in SQL).</returns>
    public static IQueryable<TrackerAssignment> Overdue(this ResolutionTrackerContext db, LocalDate on) =>
        db.WithStatus(AssignmentStatus.Overdue, on, MissingReports.MeanNotDone);

    /// <summary>The assignments overdue at an instant (its calendar day in Vietnam).</summary>
    /// <param name="db">The context.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The query.</returns>
    public static IQueryable<TrackerAssignment> Overdue(this ResolutionTrackerContext db, Instant at) => db.Overdue(VietnamTime.DateAt(at));

    /// <summary>The assignments of a document's tasks with their status on a day, in the order they were stored.</summary>
    /// <param name="db">The context.</param>
    /// <param name="document">The document's key (<c>DocumentKey.Numbered(number)</c> for a numbered one).</param>
    /// <param name="on">The day in Vietnam.</param>
    /// <param name="missingReports">What an assignment past due with no report counts as.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The assignments.</returns>
    public static async Task<IReadOnlyList<TrackerAssignmentStatus>> AssignmentsOfDocumentAsync(
        this ResolutionTrackerContext db, DocumentKey document, LocalDate on, MissingReports missingReports = MissingReports.MeanNotDone,
        CancellationToken cancellationToken = default)
    {
        var rows = await Classify(db, on, missingReports)
            .Where(x => x.Assignment.Task!.DocumentKey == document)
            .OrderBy(x => x.Assignment.Id)
            .Select(x => new { x.Assignment.Id, x.Assignment.TaskId, x.Assignment.Assignee, x.Assignment.Province, x.Assignment.DueDate, x.Status })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(r => new TrackerAssignmentStatus(r.Id, r.TaskId, r.Assignee, r.Province, r.DueDate, (AssignmentStatus)r.Status));
    }

    /// <summary>Counts all assignments by status on a day, as <see cref="TaskTracker.Summary(LocalDate)"/> does.</summary>
    /// <param name="db">The context.</param>
    /// <param name="on">The day in Vietnam.</param>
    /// <param name="missingReports">What an assignment past due with no report counts as.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The summary.</returns>
    public static async Task<StatusSummary> SummaryAsync(
        this ResolutionTrackerContext db, LocalDate on, MissingReports missingReports = MissingReports.MeanNotDone, CancellationToken cancellationToken = default)
    {
        var rows = await Classify(db, on, missingReports)
            .GroupBy(x => x.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Aggregate(default(StatusSummary), (s, r) => s + Times(r.Status, r.Count));
    }

    /// <summary>Rolls up by province on a day, as <see cref="TaskTracker.ByProvince(LocalDate)"/> does: central bodies are left out.</summary>
    /// <param name="db">The context.</param>
    /// <param name="on">The day in Vietnam.</param>
    /// <param name="missingReports">What an assignment past due with no report counts as.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One summary per province with assignments.</returns>
    public static async Task<IReadOnlyDictionary<OrgId, StatusSummary>> ByProvinceAsync(
        this ResolutionTrackerContext db, LocalDate on, MissingReports missingReports = MissingReports.MeanNotDone, CancellationToken cancellationToken = default)
    {
        var rows = await Classify(db, on, missingReports)
            .Where(x => x.Assignment.Province != null)
            .GroupBy(x => new { x.Assignment.Province, x.Status })
            .Select(g => new { g.Key.Province, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<OrgId, StatusSummary>();
        foreach (var r in rows)
        {
            OrgId province = r.Province!.Value;
            result[province] = result.GetValueOrDefault(province) + Times(r.Status, r.Count);
        }

        return result.AsReadOnly();
    }

    // Each assignment with its status code on the day: the earliest report of its task and assignee joined in, then the rule.
    internal static IQueryable<ClassifiedAssignment> Classify(ResolutionTrackerContext db, LocalDate day, MissingReports missingReports)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (missingReports is not (MissingReports.MeanNotDone or MissingReports.AreUnknown))
        {
            throw new ArgumentException($"Not a defined MissingReports value: {(int)missingReports}.", nameof(missingReports));
        }

        int pastDue = (int)(missingReports == MissingReports.AreUnknown ? AssignmentStatus.NoReport : AssignmentStatus.Overdue);
        var earliest = db.CompletionReports
            .GroupBy(r => new { r.TaskId, r.Assignee })
            .Select(g => new { g.Key.TaskId, g.Key.Assignee, CompletedOn = g.Min(r => r.CompletedOn) });
        return from a in db.Assignments
               join e in earliest on new { a.TaskId, a.Assignee } equals new { e.TaskId, e.Assignee } into reports
               from e in reports.DefaultIfEmpty()
               let completed = (LocalDate?)e.CompletedOn
               select new ClassifiedAssignment
               {
                   Assignment = a,
                   Status = completed != null && completed <= day
                       ? (completed > a.DueDate ? (int)AssignmentStatus.CompletedLate
                           : completed < a.EarlyBefore ? (int)AssignmentStatus.CompletedEarly
                           : (int)AssignmentStatus.CompletedOnTime)
                       : a.DueDate != null && day > a.DueDate ? pastDue
                       : day < a.NotBefore ? (int)AssignmentStatus.NotDue
                       : (int)AssignmentStatus.InProgress,
               };
    }

    private static StatusSummary Times(int status, int count)
    {
        var s = new int[7];
        s[status] = count;
        return new StatusSummary(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
    }
}
