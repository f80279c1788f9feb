namespace OrgModel.Tasks;

/// <summary>What is wrong with a roadmap.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<RoadmapProblemKind>))]
public enum RoadmapProblemKind
{
    /// <summary>Two milestones share an identifier.</summary>
    DuplicateId = 0,

    /// <summary>A milestone depends on an identifier that is not in the roadmap.</summary>
    UnknownDependency,

    /// <summary>Milestones depend on each other in a cycle.</summary>
    Cycle,

    /// <summary>A milestone is due after one that depends on it (the dependency cannot be met in time).</summary>
    DependencyDueLater,
}
