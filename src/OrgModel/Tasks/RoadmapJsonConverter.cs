using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="Roadmap"/>; reading re-runs its soundness checks (no cycle, no unknown dependency).</summary>
internal sealed class RoadmapJsonConverter() : ObjectJsonConverter<Roadmap, RoadmapJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(string Name, ImmutableArray<Milestone> Milestones);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<Roadmap, State> Shape = new(nameof(Roadmap),
    [
        new("name", static (ref r, ref s) => s.Name = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Name), Required: true),
        new(
            "milestones",
            static (ref r, ref s) => s.Milestones = JsonRead.Array(ref r, MilestoneJsonConverter.Shape.ReadElement),
            static (w, n, v) => JsonWrite.Array(w, n, v.Milestones, MilestoneJsonConverter.Shape.WriteElement),
            Required: true),
    ],
    static (ref s) => new Roadmap(s.Name, s.Milestones));
}
