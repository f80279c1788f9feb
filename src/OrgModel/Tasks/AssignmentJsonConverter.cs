using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes an <see cref="Assignment"/>: its task, assignee and province (as organisations) and completion.</summary>
internal sealed class AssignmentJsonConverter() : ObjectJsonConverter<Assignment, AssignmentJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(TaskItem Task, Organisation Assignee, Organisation? Province, CompletionReport? Completion);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<Assignment, State> Shape = new(nameof(Assignment),
    [
        new("task", static (ref r, ref s) => s.Task = TaskItemJsonConverter.Shape.Read(ref r), static (w, n, v) => TaskItemJsonConverter.Shape.WriteMember(w, n, v.Task), Required: true),
        new("assignee", static (ref r, ref s) => s.Assignee = OrganisationJsonConverter.Shape.Read(ref r), static (w, n, v) => OrganisationJsonConverter.Shape.WriteMember(w, n, v.Assignee), Required: true),
        new("province", static (ref r, ref s) => s.Province = OrganisationJsonConverter.Shape.ReadNullable(ref r), static (w, n, v) => OrganisationJsonConverter.Shape.WriteMember(w, n, v.Province)),
        new("completion", static (ref r, ref s) => s.Completion = CompletionReportJsonConverter.Shape.ReadNullable(ref r), static (w, n, v) => CompletionReportJsonConverter.Shape.WriteMember(w, n, v.Completion)),
    ],
    static (ref s) => new Assignment(s.Task, s.Assignee, s.Province, s.Completion));
}
