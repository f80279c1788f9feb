using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="TaskLink"/>.</summary>
internal sealed class TaskLinkJsonConverter() : ObjectJsonConverter<TaskLink, TaskLinkJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(TaskLinkKind Kind, string Target);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<TaskLink, State> Shape = new(nameof(TaskLink),
    [
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<TaskLinkKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new("task", static (ref r, ref s) => s.Target = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Target), Required: true),
    ],
    static (ref s) => new TaskLink(s.Kind, s.Target));
}
