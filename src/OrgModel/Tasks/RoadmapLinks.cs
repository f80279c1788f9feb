using System.Runtime.InteropServices;

namespace OrgModel.Tasks;

/// <summary>
/// The dependencies of a list of milestones resolved to positions once: each id and each dependency is looked up in one
/// dictionary exactly once, and the structural and timing checks then walk flat arrays.
/// </summary>
/// <remarks>At hundreds of thousands of milestones the lookups, not the checks, are the cost: each touches a string and a
/// bucket far apart in memory, so doing them once per name rather than once per check keeps the cost linear in practice.</remarks>
internal sealed class RoadmapLinks
{
    /// <summary>Marks a dependency on an id that no milestone has.</summary>
    public const int Unknown = -1;

    private RoadmapLinks(int[] firstOf, int[] start, int[] targets)
    {
        FirstOf = firstOf;
        Start = start;
        Targets = targets;
    }

    /// <summary>Gets, for each milestone, the position of the first milestone with its id (itself unless the id repeats).</summary>
    public int[] FirstOf { get; }

    /// <summary>Gets where each milestone's dependencies start in <see cref="Targets"/> (one more entry than milestones).</summary>
    public int[] Start { get; }

    /// <summary>Gets each dependency as the position of the first milestone with that id, or <see cref="Unknown"/>.</summary>
    public int[] Targets { get; }

    /// <summary>Resolves the dependencies of <paramref name="items"/>.</summary>
    public static RoadmapLinks Of(ReadOnlySpan<Milestone> items)
    {
        var index = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        var firstOf = new int[items.Length];
        var start = new int[items.Length + 1];
        for (int i = 0; i < items.Length; i++)
        {
            ref int first = ref CollectionsMarshal.GetValueRefOrAddDefault(index, items[i].Id, out bool exists);
            first = exists ? first : i;
            firstOf[i] = first;
            start[i + 1] = start[i] + items[i].DependsOnArray.Length;
        }

        var targets = new int[start[items.Length]];
        for (int i = 0; i < items.Length; i++)
        {
            ImmutableArray<string> deps = items[i].DependsOnArray;
            for (int d = 0; d < deps.Length; d++)
            {
                targets[start[i] + d] = index.TryGetValue(deps[d], out int f) ? f : Unknown;
            }
        }

        return new RoadmapLinks(firstOf, start, targets);
    }
}
