using OrgModel.Deadlines;
using OrgModel.Documents.Model;
using OrgModel.Tasks;

namespace OrgModel.EntityFrameworkCore.Tracker;

/// <summary>A row of <c>Tasks</c>: one <see cref="TaskItem"/>, keyed by its id.</summary>
public sealed class TrackerTask
{
    /// <summary>Gets or sets the task id (primary key; compared exactly, as <see cref="TaskTracker"/> does).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the key of the source document (a row of <c>Documents</c>), or null.</summary>
    public DocumentKey? DocumentKey { get; set; }

    /// <summary>Gets or sets the source document.</summary>
    public TrackerDocument? Document { get; set; }

    /// <summary>Gets or sets the day the task was assigned.</summary>
    public LocalDate AssignedOn { get; set; }

    /// <summary>Gets or sets what is to be done, or null.</summary>
    public string? Action { get; set; }

    /// <summary>Gets or sets the lead scope (its JSON text in the column), or null.</summary>
    public AssignmentScope? Leads { get; set; }

    /// <summary>Gets or sets the deadline, with its wording.</summary>
    public Deadline Deadline { get; set; }

    /// <summary>Gets or sets the expected deliverable, or null.</summary>
    public string? Deliverable { get; set; }

    /// <summary>Gets or sets who answers for the task, or null.</summary>
    public string? Responsible { get; set; }

    /// <summary>Gets the coordinating organisations, in order.</summary>
    public IList<TrackerCoordinator> Coordinators { get; } = [];

    /// <summary>Gets the reports owed on the task, in order.</summary>
    public IList<TrackerReportingObligation> Reporting { get; } = [];

    /// <summary>Gets the assignments of the task.</summary>
    public IList<TrackerAssignment> Assignments { get; } = [];
}
