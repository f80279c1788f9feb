using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>A link from a task to another task, named by its <see cref="TaskItem.Id"/>: "the same obligation, restated in
/// 201-KL/TW with a date", "depends on", "continues", "replaces".</summary>
/// <remarks>
/// <para>A task carries its links (<see cref="TaskItem.WithLinks"/>), which refuses a link to itself;
/// <see cref="TaskItem.ValidateLinks"/> (and every <see cref="TaskTracker"/>) checks that links name known tasks and form no cycle.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(TaskLinkJsonConverter))]
public sealed class TaskLink : IEquatable<TaskLink>
{
    /// <summary>Creates a link.</summary>
    /// <param name="kind">How the task relates to the other.</param>
    /// <param name="target">The other task's id (compared ordinally).</param>
    /// <exception cref="ArgumentException">The kind is undefined, or the target is blank or longer than 200 characters.</exception>
    public TaskLink(TaskLinkKind kind, string target)
    {
        Preconditions.CheckDefined(kind);
        Guard.Against.NullOrWhiteSpace(target);
        // Not Guard.Against.LengthOutOfRange: it names its own parameter ("maxLength"), not the caller's.
        Preconditions.CheckArgument(target.Trim().Length <= 200, nameof(target), "A task id is at most 200 characters.");
        Kind = kind;
        Target = target.Trim();
    }

    /// <summary>Gets how the task relates to the other.</summary>
    public TaskLinkKind Kind { get; }

    /// <summary>Gets the other task's id.</summary>
    public string Target { get; }

    /// <inheritdoc />
    public bool Equals(TaskLink? other) => other is not null && Kind == other.Kind && string.Equals(Target, other.Target, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TaskLink);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Target));

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Target}";
}
