using Ardalis.GuardClauses;
using NodaTime;
using OrgModel.Text;

namespace OrgModel.Deadlines;

/// <summary>
/// Ordered milestones with dependencies (the 2025–2030 congress round: grassroots → commune → province → national congress).
/// </summary>
/// <remarks>
/// <para>A roadmap is structurally sound by construction (unique ids, known dependencies, no cycles): use
/// <see cref="Check"/> to list such problems without throwing. Timing is checked separately by <see cref="Validate"/>,
/// because real roadmaps do contain a milestone due after one that depends on it, and that is what should be reported.</para>
/// <para><see cref="Milestones"/> are in dependency order (each after everything it depends on; otherwise in the order given).</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Deadlines.RoadmapJsonConverter))]
public sealed class Roadmap
{
    /// <summary>Creates a roadmap.</summary>
    /// <param name="name">What the roadmap is for.</param>
    /// <param name="milestones">The milestones.</param>
    /// <exception cref="ArgumentException">The name is blank, a milestone is null, or <see cref="Check"/> finds a structural problem (listed in the message).</exception>
    public Roadmap(string name, IEnumerable<Milestone> milestones)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(milestones);
        Milestone[] items = [.. milestones];
        Guard.Against.InvalidInput(items, nameof(milestones), m => Array.TrueForAll(m, x => x is not null), "Milestones are not null.");
        List<RoadmapProblem> problems = Structure(items, out List<Milestone> ordered);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The roadmap is not sound: " + string.Join("; ", problems.Select(p => p.Message)), nameof(milestones));
        }

        Name = VietnameseText.ToNfc(name.Trim());
        Milestones = ordered;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the milestones in dependency order.</summary>
    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>Lists every problem of a set of milestones without throwing: structural ones, then timing ones (as <see cref="Validate"/>).</summary>
    /// <param name="milestones">The milestones.</param>
    /// <param name="anchor">The anchor for relative deadlines.</param>
    /// <returns>The problems; empty when the milestones make a sound, consistent roadmap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestones"/> is null.</exception>
    public static IReadOnlyList<RoadmapProblem> Check(IEnumerable<Milestone> milestones, LocalDate anchor)
    {
        Guard.Against.Null(milestones);
        Milestone[] items = [.. milestones.Where(m => m is not null)];
        List<RoadmapProblem> problems = Structure(items, out _);
        problems.AddRange(Timing(items, anchor));
        return problems;
    }

    /// <summary>Reports every milestone due after one that depends on it (ongoing milestones are not compared).</summary>
    /// <param name="anchor">The anchor for relative deadlines (usually the date of the plan).</param>
    /// <returns>The timing problems, in dependency order; empty when consistent.</returns>
    public IReadOnlyList<RoadmapProblem> Validate(LocalDate anchor) => Timing(Milestones, anchor);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: " + string.Join(" → ", Milestones.Select(m => m.Id));

    private static List<RoadmapProblem> Timing(IReadOnlyList<Milestone> items, LocalDate anchor)
    {
        var problems = new List<RoadmapProblem>();
        var byId = new Dictionary<string, Milestone>(StringComparer.Ordinal);
        foreach (Milestone m in items)
        {
            byId.TryAdd(m.Id, m);
        }

        foreach (Milestone m in items)
        {
            if (!m.Deadline.HasDueDate)
            {
                continue;
            }

            LocalDate due = m.Deadline.DueDate(m.Deadline.Anchor ?? anchor);
            foreach (string dep in m.DependsOn)
            {
                if (byId.TryGetValue(dep, out Milestone? d) && d.Deadline.HasDueDate && d.Deadline.DueDate(d.Deadline.Anchor ?? anchor) is var depDue && depDue > due)
                {
                    problems.Add(new RoadmapProblem(RoadmapProblemKind.DependencyDueLater, m.Id, d.Id,
                        $"\"{m.Id}\" is due {due:uuuu-MM-dd} but depends on \"{d.Id}\", due later ({depDue:uuuu-MM-dd})"));
                }
            }
        }

        return problems;
    }

    private static List<RoadmapProblem> Structure(Milestone[] items, out List<Milestone> ordered)
    {
        var problems = new List<RoadmapProblem>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < items.Length; i++)
        {
            if (!index.TryAdd(items[i].Id, i))
            {
                problems.Add(new RoadmapProblem(RoadmapProblemKind.DuplicateId, items[i].Id, null, $"\"{items[i].Id}\" is used twice"));
            }
        }

        foreach (Milestone m in items)
        {
            foreach (string dep in m.DependsOn)
            {
                if (!index.ContainsKey(dep))
                {
                    problems.Add(new RoadmapProblem(RoadmapProblemKind.UnknownDependency, m.Id, dep, $"\"{m.Id}\" depends on unknown \"{dep}\""));
                }
            }
        }

        // Stable topological order: repeatedly take the first milestone (in the order given) whose dependencies are placed.
        ordered = new List<Milestone>(items.Length);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var done = new bool[items.Length];
        bool progress = true;
        while (progress)
        {
            progress = false;
            for (int i = 0; i < items.Length; i++)
            {
                if (!done[i] && items[i].DependsOn.All(d => placed.Contains(d) || !index.ContainsKey(d)))
                {
                    done[i] = true;
                    placed.Add(items[i].Id);
                    ordered.Add(items[i]);
                    progress = true;
                    break;
                }
            }
        }

        for (int i = 0; i < items.Length; i++)
        {
            if (!done[i])
            {
                string next = items[i].DependsOn.First(d => !placed.Contains(d) && index.ContainsKey(d));
                problems.Add(new RoadmapProblem(RoadmapProblemKind.Cycle, items[i].Id, next, $"\"{items[i].Id}\" is in a dependency cycle (through \"{next}\")"));
            }
        }

        return problems;
    }
}
