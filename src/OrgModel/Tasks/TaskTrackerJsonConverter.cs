using System.Collections.Immutable;
using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="TaskTracker"/> as its assignments (each with its completion, if any).</summary>
internal sealed class TaskTrackerJsonConverter() : ObjectJsonConverter<TaskTracker, TaskTrackerJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(ImmutableArray<Assignment> Assignments);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<TaskTracker, State> Shape = new(nameof(TaskTracker),
    [
        new("assignments", static (ref r, ref s) => s.Assignments = JsonRead.Array(ref r, AssignmentJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Assignments, AssignmentJsonConverter.Shape.WriteElement), Required: true),
    ],
    static (ref s) => new TaskTracker(s.Assignments));
}
