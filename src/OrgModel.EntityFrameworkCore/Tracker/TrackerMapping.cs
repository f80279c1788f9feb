using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Tasks;

namespace OrgModel.EntityFrameworkCore.Tracker;

/// <summary>Moves a <see cref="TaskTracker"/> into a <see cref="ResolutionTrackerContext"/> and back.</summary>
public static class TrackerMapping
{
    /// <summary>Adds the tracker's tasks, their documents, assignments and completion reports to the context (saved by the
    /// next <c>SaveChanges</c>).</summary>
    /// <param name="db">The context.</param>
    /// <param name="tracker">The tracker. Its tasks must not be in the database yet; documents already there are reused.</param>
    /// <exception cref="ArgumentException">Two different tasks of the tracker share an id: the <c>Tasks</c> table holds one
    /// task per id, as <see cref="TaskTracker"/> matches reports by id.</exception>
    /// <remarks>Each assignment's completion (the earliest report, as the tracker applied it) is stored once per task,
    /// assignee and day.</remarks>
    public static void AddTracker(this ResolutionTrackerContext db, TaskTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tracker);
        var tasks = new Dictionary<string, TaskItem>(StringComparer.Ordinal);
        var documents = new HashSet<DocumentKey>();
        var reports = new HashSet<(string, OrgId, LocalDate)>();
        foreach (Assignment a in tracker.Assignments)
        {
            TaskItem task = a.Task;
            if (tasks.TryGetValue(task.Id, out TaskItem? seen))
            {
                if (!SameTask(seen, task))
                {
                    throw new ArgumentException($"Two different tasks have the id \"{task.Id}\"; a tracker database holds one task per id.", nameof(tracker));
                }
            }
            else
            {
                tasks.Add(task.Id, task);
                if (task.SourceKey is { } key && documents.Add(key) && db.Documents.Find(key) is null)
                {
                    db.Documents.Add(new TrackerDocument { Key = key, Number = key.Number });
                }

                db.Tasks.Add(ToRow(task));
            }

            db.Assignments.Add(new TrackerAssignment
            {
                TaskId = task.Id, Assignee = a.Assignee.Id, Province = a.Province?.Id,
                NotBefore = a.NotBefore, EarlyBefore = a.EarlyBefore, DueDate = a.DueDate,
            });
            if (a.Completion is { } c && reports.Add((c.TaskId, c.Assignee, c.CompletedOn)))
            {
                db.CompletionReports.Add(new TrackerCompletionReport { TaskId = c.TaskId, Assignee = c.Assignee, CompletedOn = c.CompletedOn, IsUpperBound = c.IsUpperBound, Evidence = c.EvidenceKey });
            }
        }
    }

    /// <summary>Reads the whole database into a <see cref="TaskTracker"/>, in the order the assignments were stored.</summary>
    /// <param name="db">The context.</param>
    /// <param name="organisation">Finds the organisation of an id (an assignee or a province), for example
    /// <c>id =&gt; chart.Find(id)!</c>.</param>
    /// <param name="missingReports">What an assignment past due with no report counts as.</param>
    /// <returns>The tracker.</returns>
    /// <exception cref="ArgumentException">A stored report matches no assignment, or is dated before its task was assigned
    /// (the rules of <see cref="TaskTracker(IEnumerable{Assignment}, IEnumerable{CompletionReport})"/>).</exception>
    public static TaskTracker LoadTracker(this ResolutionTrackerContext db, Func<OrgId, Organisation> organisation, MissingReports missingReports = MissingReports.MeanNotDone)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        Dictionary<string, TaskItem> tasks = db.Tasks.AsNoTracking().Include(t => t.Coordinators).Include(t => t.Reporting).AsSplitQuery()
            .AsEnumerable().ToDictionary(t => t.Id, ToTaskItem, StringComparer.Ordinal);
        var organisations = new Dictionary<OrgId, Organisation>();
        Organisation Find(OrgId id)
        {
            if (!organisations.TryGetValue(id, out Organisation? o))
            {
                o = organisation(id) ?? throw new ArgumentException($"No organisation was found for {id}.", nameof(organisation));
                organisations.Add(id, o);
            }

            return o;
        }

        List<Assignment> assignments = [.. db.Assignments.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.TaskId, a.Assignee, a.Province }).AsEnumerable()
            .Select(a => new Assignment(tasks[a.TaskId], Find(a.Assignee), a.Province is { } p ? Find(p) : null))];
        List<CompletionReport> reports = [.. db.CompletionReports.AsNoTracking().OrderBy(r => r.Id).AsEnumerable()
            .Select(r => (r.IsUpperBound ? CompletionReport.NoLaterThan(r.TaskId, r.Assignee, r.CompletedOn) : new CompletionReport(r.TaskId, r.Assignee, r.CompletedOn)).WithEvidence(r.Evidence))];
        return new TaskTracker(assignments, reports).WithMissingReports(missingReports);
    }

    /// <summary>The row of a task.</summary>
    /// <param name="task">The task.</param>
    /// <returns>A new row (not added to any context).</returns>
    public static TrackerTask ToRow(TaskItem task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var row = new TrackerTask
        {
            Id = task.Id, DocumentKey = task.SourceKey, AssignedOn = task.AssignedOn, Action = task.Action, Leads = task.Leads,
            Deadline = task.Deadline, Deliverable = task.Deliverable, Responsible = task.Responsible,
        };
        for (int i = 0; i < task.Coordinators.Count; i++)
        {
            row.Coordinators.Add(new TrackerCoordinator { TaskId = task.Id, Position = i, Organisation = task.Coordinators[i] });
        }

        for (int i = 0; i < task.Reporting.Count; i++)
        {
            ReportingObligation r = task.Reporting[i];
            row.Reporting.Add(new TrackerReportingObligation { TaskId = task.Id, Position = i, Recipient = r.Recipient, When = r.When, Subject = r.Subject });
        }

        return row;
    }

    /// <summary>The task of a row, with its coordinators and reporting obligations (when loaded).</summary>
    /// <param name="row">The row.</param>
    /// <returns>The task.</returns>
    /// <exception cref="ArgumentException">The row does not make a valid task (see <see cref="TaskItem"/>).</exception>
    public static TaskItem ToTaskItem(TrackerTask row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var task = new TaskItem(
            row.Id, row.AssignedOn, row.Action, row.Leads, row.Deadline, null,
            row.Coordinators.OrderBy(c => c.Position).Select(c => c.Organisation), row.Deliverable, row.Responsible,
            row.Reporting.OrderBy(r => r.Position).Select(r => new ReportingObligation(r.Recipient, r.When, r.Subject)));
        return row.DocumentKey is { } key ? task.WithSource(key) : task;
    }

    private static bool SameTask(TaskItem a, TaskItem b) =>
        ReferenceEquals(a, b) || (a.AssignedOn == b.AssignedOn && a.Deadline == b.Deadline && a.Deadline.Wording == b.Deadline.Wording
            && Equals(a.SourceKey, b.SourceKey) && Equals(a.Leads, b.Leads) && a.Action == b.Action
            && a.Deliverable == b.Deliverable && a.Responsible == b.Responsible
            && a.Coordinators.SequenceEqual(b.Coordinators) && a.Reporting.Count == b.Reporting.Count);
}
