using OrgModel.Organisations;
using OrgModel.Tasks;

namespace OrgModel.EntityFrameworkCore.Tracker;

/// <summary>An assignment with its status on a day, as computed in SQL by <see cref="TrackerQueries"/>.</summary>
/// <param name="Id">The row id of the assignment.</param>
/// <param name="TaskId">The task id.</param>
/// <param name="Assignee">The organisation assigned.</param>
/// <param name="Province">The province-level unit of the assignee, or null for a central body.</param>
/// <param name="DueDate">The last day on time, or null for an ongoing task.</param>
/// <param name="Status">The status on the day.</param>
public sealed record TrackerAssignmentStatus(long Id, string TaskId, OrgId Assignee, OrgId? Province, LocalDate? DueDate, AssignmentStatus Status);
