namespace OrgModel.Tasks;

/// <summary>One problem found in a roadmap.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(RoadmapProblemJsonConverter))]
public sealed class RoadmapProblem
{
    internal RoadmapProblem(RoadmapProblemKind kind, string milestoneId, string? otherId, string message)
    {
        Kind = kind;
        MilestoneId = milestoneId;
        OtherId = otherId;
        Message = message;
    }

    /// <summary>Gets the kind of problem.</summary>
    public RoadmapProblemKind Kind { get; }

    /// <summary>Gets the milestone with the problem (for <see cref="RoadmapProblemKind.DependencyDueLater"/>, the dependent one).</summary>
    public string MilestoneId { get; }

    /// <summary>Gets the other milestone involved (the dependency, the unknown id, the next in the cycle), or null.</summary>
    public string? OtherId { get; }

    /// <summary>Gets a readable explanation.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Message}";
}
