using OrgModel.Deadlines;
using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>A step of a <see cref="Roadmap"/>: an identifier, a name, a deadline and the milestones it depends on.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(MilestoneJsonConverter))]
public sealed class Milestone
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="id">A short identifier, unique in its roadmap ("grassroots").</param>
    /// <param name="name">What is reached ("grassroots Party congresses completed").</param>
    /// <param name="deadline">By when.</param>
    /// <param name="dependsOn">Identifiers of the milestones that must be reached first, or null.</param>
    /// <param name="scope">Who must reach it, or null.</param>
    /// <exception cref="ArgumentException">The id or name is blank; a dependency is blank, repeated or the milestone itself.</exception>
    public Milestone(string id, string name, Deadline deadline, IEnumerable<string>? dependsOn = null, AssignmentScope? scope = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        string key = id.Trim();
        ImmutableArray<string> deps = dependsOn is null ? [] : [.. dependsOn.Select(d => d?.Trim() ?? string.Empty)];
        Preconditions.CheckArgument(AreSound(deps, key), nameof(dependsOn), "Dependencies are non-blank, distinct and not the milestone itself.");

        Id = key;
        Name = VietnameseText.ToNfc(name.Trim());
        Deadline = deadline;
        DependsOnArray = deps;
        DependsOn = DependsOnArray;
        Scope = scope;
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the deadline.</summary>
    public Deadline Deadline { get; }

    /// <summary>Gets the identifiers of the milestones this one depends on.</summary>
    public IReadOnlyList<string> DependsOn { get; }

    /// <summary>Gets the same items as an array, for the library's own writers.</summary>
    internal ImmutableArray<string> DependsOnArray { get; }

    /// <summary>Gets who must reach the milestone, or null.</summary>
    public AssignmentScope? Scope { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Name} ({Deadline})";

    // Most milestones have a dependency or two: no set is built for them (roadmaps of many milestones are built in bulk).
    private static bool AreSound(ImmutableArray<string> deps, string self)
    {
        HashSet<string>? seen = deps.Length > 2 ? new(deps.Length, StringComparer.Ordinal) : null;
        for (int i = 0; i < deps.Length; i++)
        {
            string d = deps[i];
            bool repeated = seen is null ? (i == 1 && d == deps[0]) : !seen.Add(d);
            if (d.Length == 0 || repeated || d == self)
            {
                return false;
            }
        }

        return true;
    }
}
