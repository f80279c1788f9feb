using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="RoadmapProblem"/> (a validation finding).</summary>
internal sealed class RoadmapProblemJsonConverter() : ObjectJsonConverter<RoadmapProblem, RoadmapProblemJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(RoadmapProblemKind Kind, string Id, string? Other, string Message);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<RoadmapProblem, State> Shape = new(nameof(RoadmapProblem),
    [
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<RoadmapProblemKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new("milestoneId", static (ref r, ref s) => s.Id = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.MilestoneId), Required: true),
        new("otherId", static (ref r, ref s) => s.Other = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.OtherId)),
        new("message", static (ref r, ref s) => s.Message = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Message), Required: true),
    ],
    static (ref s) => string.IsNullOrWhiteSpace(s.Id) || string.IsNullOrWhiteSpace(s.Message)
        ? throw OrgModelJsonException.Here("a problem names its milestone and has a message.")
        : new RoadmapProblem(s.Kind, s.Id, s.Other, s.Message));
}
