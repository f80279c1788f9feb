namespace OrgModel.EntityFrameworkCore.Tracker;

/// <summary>An assignment row and its status code (an <see cref="OrgModel.Tasks.AssignmentStatus"/> as a number), inside a query.</summary>
internal sealed class ClassifiedAssignment
{
    public TrackerAssignment Assignment { get; init; } = null!;

    public int Status { get; init; }
}
