using OrgModel.Organisations;

namespace OrgModel.EntityFrameworkCore.Tracker;

/// <summary>A row of <c>TaskCoordinators</c>: one organisation that coordinates (phối hợp) a task.</summary>
public sealed class TrackerCoordinator
{
    /// <summary>Gets or sets the task id (key, with <see cref="Position"/>).</summary>
    public string TaskId { get; set; } = string.Empty;

    /// <summary>Gets or sets the position in the task's list, from 0.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the organisation.</summary>
    public OrgId Organisation { get; set; }
}
