using OrgModel.Deadlines;
using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="Milestone"/>.</summary>
internal sealed class MilestoneJsonConverter() : ObjectJsonConverter<Milestone, MilestoneJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(string Id, string Name, Deadline Deadline, ImmutableArray<string> DependsOn, AssignmentScope? Scope);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<Milestone, State> Shape = new(nameof(Milestone),
    [
        new("id", static (ref r, ref s) => s.Id = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Id), Required: true),
        new("name", static (ref r, ref s) => s.Name = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Name), Required: true),
        new("deadline", static (ref r, ref s) => s.Deadline = DeadlineJsonConverter.Read(JsonRead.String(ref r)), static (w, n, v) => w.WriteString(n, v.Deadline.ToString()), Required: true),
        new("dependsOn", static (ref r, ref s) => s.DependsOn = JsonRead.Array(ref r, JsonRead.String), static (w, n, v) => JsonWrite.Strings(w, n, v.DependsOnArray.AsSpan())),
        new("scope", static (ref r, ref s) => s.Scope = AssignmentScopeJsonConverter.Shape.ReadNullable(ref r), static (w, n, v) => AssignmentScopeJsonConverter.Shape.WriteMember(w, n, v.Scope)),
    ],
    static (ref s) => new Milestone(s.Id, s.Name, s.Deadline, s.DependsOn, s.Scope),
    new State { DependsOn = [] });
}
