using OrgModel.Deadlines;
using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Tasks;

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
[System.Text.Json.Serialization.JsonConverter(typeof(RoadmapJsonConverter))]
public sealed class Roadmap
{
    private readonly ImmutableArray<Milestone> milestones;

    /// <summary>How many problems the constructor's message lists before it only counts the rest.</summary>
    private const int ProblemsInMessage = 5;

    /// <summary>Creates a roadmap.</summary>
    /// <param name="name">What the roadmap is for.</param>
    /// <param name="milestones">The milestones.</param>
    /// <exception cref="ArgumentException">The name is blank, a milestone is null, or <see cref="Check"/> finds a structural problem
    /// (the first few are listed in the message, the rest counted; <see cref="Check"/> lists them all).</exception>
    public Roadmap(string name, IEnumerable<Milestone> milestones)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(milestones);
        Milestone[] items = [.. milestones];
        if (Array.IndexOf(items, null) is var nullAt and >= 0)
        {
            throw new ArgumentException($"Milestones are not null (index {nullAt} is).", nameof(milestones));
        }

        List<RoadmapProblem> problems = Structure(items, RoadmapLinks.Of(items), out Milestone[] ordered);
        if (problems.Count > 0)
        {
            throw new ArgumentException(Describe(problems), nameof(milestones));
        }

        Name = VietnameseText.ToNfc(name.Trim());
        this.milestones = ImmutableCollectionsMarshal.AsImmutableArray(ordered);
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the milestones in dependency order.</summary>
    public IReadOnlyList<Milestone> Milestones => milestones;

    /// <summary>Lists every problem of a set of milestones without throwing: structural ones, then timing ones (as <see cref="Validate"/>).</summary>
    /// <param name="milestones">The milestones.</param>
    /// <param name="anchor">The anchor for relative deadlines.</param>
    /// <returns>The problems; empty when the milestones make a sound, consistent roadmap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestones"/> is null.</exception>
    public static IReadOnlyList<RoadmapProblem> Check(IEnumerable<Milestone> milestones, LocalDate anchor)
    {
        Guard.Against.Null(milestones);
        Preconditions.CheckIso(anchor);
        Milestone[] items = [.. milestones.Where(m => m is not null)];
        var links = RoadmapLinks.Of(items);
        List<RoadmapProblem> problems = Structure(items, links, out _);
        problems.AddRange(Timing(items, links, anchor));
        return problems.AsReadOnly();
    }

    /// <summary>Reports every milestone due after one that depends on it (ongoing milestones are not compared).</summary>
    /// <param name="anchor">The anchor for relative deadlines (usually the date of the plan).</param>
    /// <returns>The timing problems, in dependency order; empty when consistent.</returns>
    public IReadOnlyList<RoadmapProblem> Validate(LocalDate anchor) =>
        Timing(milestones.AsSpan(), RoadmapLinks.Of(milestones.AsSpan()), anchor).AsReadOnly();

    /// <inheritdoc />
    public override string ToString() => $"{Name}: " + string.Join(" → ", Milestones.Select(m => m.Id));

    private static string Describe(List<RoadmapProblem> problems)
    {
        var text = new StringBuilder("The roadmap is not sound: ");
        for (int i = 0; i < problems.Count && i < ProblemsInMessage; i++)
        {
            text.Append(i == 0 ? string.Empty : "; ").Append(problems[i].Message);
        }

        if (problems.Count > ProblemsInMessage)
        {
            text.Append(CultureInfo.InvariantCulture, $"; and {problems.Count - ProblemsInMessage} more (Roadmap.Check lists them all)");
        }

        return text.ToString();
    }

    // Ids can be as long as the caller likes; messages quote a bounded part of them. A span hole copies nothing: at hundreds of
    // thousands of problems, the copies of Preconditions.Quote were a third of Check's allocation.
    private static ReadOnlySpan<char> Clip(string id) => id.AsSpan(0, Math.Min(id.Length, Preconditions.MaxQuotedLength));

    private static string Cut(string id) => id.Length > Preconditions.MaxQuotedLength ? "…" : string.Empty;

    private static List<RoadmapProblem> Timing(ReadOnlySpan<Milestone> items, RoadmapLinks links, LocalDate anchor)
    {
        Preconditions.CheckIso(anchor);
        var problems = new List<RoadmapProblem>();

        // One due date per milestone, computed once: a working-day deadline walks the calendar, and one milestone may be
        // the dependency of thousands of others. A repeated id resolves to its first milestone, as in Structure.
        var due = new LocalDate?[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            Deadline d = items[i].Deadline;
            due[i] = d.HasDueDate ? d.DueDate(d.Anchor ?? anchor) : null;
        }

        for (int i = 0; i < items.Length; i++)
        {
            if (due[i] is not { } mine)
            {
                continue;
            }

            for (int e = links.Start[i]; e < links.Start[i + 1]; e++)
            {
                int j = links.Targets[e];
                if (j != RoadmapLinks.Unknown && due[j] is { } theirs && theirs > mine)
                {
                    string id = items[i].Id, other = items[j].Id;
                    problems.Add(new RoadmapProblem(RoadmapProblemKind.DependencyDueLater, id, other,
                        $"\"{Clip(id)}{Cut(id)}\" is due {mine:uuuu-MM-dd} but depends on \"{Clip(other)}{Cut(other)}\", due later ({theirs:uuuu-MM-dd})"));
                }
            }
        }

        return problems;
    }

    private static List<RoadmapProblem> Structure(Milestone[] items, RoadmapLinks links, out Milestone[] ordered)
    {
        var problems = new List<RoadmapProblem>();
        int[] firstOf = links.FirstOf, start = links.Start, targets = links.Targets;
        for (int i = 0; i < items.Length; i++)
        {
            if (firstOf[i] != i)
            {
                string id = items[i].Id;
                problems.Add(new RoadmapProblem(RoadmapProblemKind.DuplicateId, id, null, $"\"{Clip(id)}{Cut(id)}\" is used twice"));
            }
        }

        // Who waits for each id (grouped by the index of the id's first milestone, in one flat array), and how many known ids
        // each milestone still waits for.
        var pending = new int[items.Length];
        var waiters = new int[items.Length + 1];
        for (int i = 0; i < items.Length; i++)
        {
            for (int e = start[i]; e < start[i + 1]; e++)
            {
                if (targets[e] is var f and not RoadmapLinks.Unknown)
                {
                    pending[i]++;
                    waiters[f + 1]++;
                }
                else
                {
                    string id = items[i].Id, dep = items[i].DependsOnArray[e - start[i]];
                    problems.Add(new RoadmapProblem(RoadmapProblemKind.UnknownDependency, id, dep,
                        $"\"{Clip(id)}{Cut(id)}\" depends on unknown \"{Clip(dep)}{Cut(dep)}\""));
                }
            }
        }

        for (int f = 0; f < items.Length; f++)
        {
            waiters[f + 1] += waiters[f];
        }

        var dependents = new int[waiters[items.Length]];
        var fill = (int[])waiters.Clone();
        for (int i = 0; i < items.Length; i++)
        {
            for (int e = start[i]; e < start[i + 1]; e++)
            {
                if (targets[e] is var f and not RoadmapLinks.Unknown)
                {
                    dependents[fill[f]++] = i;
                }
            }
        }

        // Stable topological order: always the first milestone (in the order given) whose dependencies are placed; an id
        // counts as placed when any milestone with it is. A heap of ready indices makes that n log n.
        var ready = new PriorityQueue<int, int>();
        for (int i = 0; i < items.Length; i++)
        {
            if (pending[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }

        var placed = new bool[items.Length];
        var done = new bool[items.Length];
        var order = new List<Milestone>(items.Length);
        while (ready.TryDequeue(out int i, out _))
        {
            done[i] = true;
            order.Add(items[i]);
            int f = firstOf[i];
            if (placed[f])
            {
                continue;
            }

            placed[f] = true;
            for (int e = waiters[f]; e < waiters[f + 1]; e++)
            {
                int k = dependents[e];
                if (--pending[k] == 0)
                {
                    ready.Enqueue(k, k);
                }
            }
        }

        for (int i = 0; i < items.Length; i++)
        {
            if (!done[i])
            {
                string id = items[i].Id, next = items[FirstUnplaced(i, links, placed)].Id;
                problems.Add(new RoadmapProblem(RoadmapProblemKind.Cycle, id, next,
                    $"\"{Clip(id)}{Cut(id)}\" is in a dependency cycle (through \"{Clip(next)}{Cut(next)}\")"));
            }
        }

        ordered = [.. order];
        return problems;
    }

    // The first milestone of the first known dependency not yet placed: the dependency's id, as the caller wrote it, is that
    // milestone's id.
    private static int FirstUnplaced(int i, RoadmapLinks links, bool[] placed)
    {
        for (int e = links.Start[i]; e < links.Start[i + 1]; e++)
        {
            if (links.Targets[e] is var f and not RoadmapLinks.Unknown && !placed[f])
            {
                return f;
            }
        }

        throw new InvalidOperationException("Unreachable: a milestone left unplaced waits for a known, unplaced id.");
    }
}
