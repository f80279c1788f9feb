namespace OrgModel.Tasks;

/// <summary>How one task relates to another (<see cref="TaskLink"/>).</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<TaskLinkKind>))]
public enum TaskLinkKind
{
    /// <summary>The task cannot be finished before the other ("after the congresses, …").</summary>
    DependsOn = 0,

    /// <summary>The task carries on the other (the next stage of the same work).</summary>
    Continues,

    /// <summary>The task replaces the other, which is no longer to be done as first set.</summary>
    Replaces,

    /// <summary>The task is the same obligation as the other, restated (in a later text, perhaps with a date).</summary>
    Restates,
}
