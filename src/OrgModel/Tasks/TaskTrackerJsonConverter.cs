using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="TaskTracker"/> as its assignments (each with its completion, if any) and, when not the default, what a missing report means.</summary>
internal sealed class TaskTrackerJsonConverter() : ObjectJsonConverter<TaskTracker, TaskTrackerJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(ImmutableArray<Assignment> Assignments, MissingReports MissingReports);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<TaskTracker, State> Shape = new(nameof(TaskTracker),
    [
        new("assignments", static (ref r, ref s) => s.Assignments = JsonRead.Array(ref r, AssignmentJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Assignments, AssignmentJsonConverter.Shape.WriteElement), Required: true),

        // Left out for the default, so trackers that count a missing report as not done keep their earlier form.
        new("missingReports", static (ref r, ref s) => s.MissingReports = JsonRead.Enum<MissingReports>(ref r), static (w, n, v) =>
        {
            if (v.MissingReports != MissingReports.MeanNotDone)
            {
                JsonWrite.Enum(w, n, v.MissingReports);
            }
        }),
    ],
    static (ref s) => new TaskTracker(s.Assignments, null, s.MissingReports));
}
