using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Tasks;

namespace OrgModel.EntityFrameworkCore.Tracker;

/// <summary>A row of <c>ReportingObligations</c>: one <see cref="ReportingObligation"/> of a task.</summary>
public sealed class TrackerReportingObligation
{
    /// <summary>Gets or sets the task id (key, with <see cref="Position"/>).</summary>
    public string TaskId { get; set; } = string.Empty;

    /// <summary>Gets or sets the position in the task's list, from 0.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets who receives the report.</summary>
    public OrgId Recipient { get; set; }

    /// <summary>Gets or sets when the report is due, with its wording.</summary>
    public Deadline When { get; set; }

    /// <summary>Gets or sets what the report is about, or null.</summary>
    public string? Subject { get; set; }
}
