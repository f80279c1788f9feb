using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;
using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>
/// Collects organisations, relations and change events, validates them all at once and builds an immutable
/// <see cref="OrgChart"/>. A chart is built only when there is no problem: never a half-built chart.
/// </summary>
/// <remarks>
/// <para>Checks: duplicate ids; duplicate official codes in force at the same time; relations and events naming unknown ids;
/// relations in force outside their ends' validity; cycles of <see cref="OrgRelationKind.IsUnder"/> on any day; two parents
/// on one day; a commune placed under a district on or after 1 July 2025; events whose predecessors are still in force on
/// the effective date or whose successors are not.</para>
/// <para>Thread safety: not thread-safe (a mutable builder); the chart it builds is.</para>
/// </remarks>
public sealed class OrgChartBuilder
{
    /// <summary>The first day of two-tier local government (districts abolished).</summary>
    public static readonly LocalDate TwoTierReformDate = new(2025, 7, 1);

    /// <summary>The most levels a chart may have above any organisation on any day (real charts have fewer than ten).</summary>
    /// <remarks>The bound keeps validation linear in the size of the chart; a deeper chain is a <see cref="OrgChartProblemKind.TooDeep"/> problem.</remarks>
    public const int MaxDepth = 64;

    private readonly List<Organisation> orgs = [];
    private readonly List<OrgRelation> relations = [];
    private readonly List<OrgChangeEvent> events = [];

    /// <summary>Gets the number of organisations added.</summary>
    public int OrganisationCount => orgs.Count;

    /// <summary>Adds an organisation.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> is null.</exception>
    public OrgChartBuilder Add(Organisation organisation)
    {
        Guard.Against.Null(organisation);
        orgs.Add(organisation);
        return this;
    }

    /// <summary>Adds a relation.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>This builder.</returns>
    public OrgChartBuilder Add(OrgRelation relation)
    {
        relations.Add(relation);
        return this;
    }

    /// <summary>Adds a change event.</summary>
    /// <param name="changeEvent">The event.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changeEvent"/> is null.</exception>
    public OrgChartBuilder Add(OrgChangeEvent changeEvent)
    {
        Guard.Against.Null(changeEvent);
        events.Add(changeEvent);
        return this;
    }

    /// <summary>Adds a whole history at once (a chart's, to extend it, or one read from JSON).</summary>
    internal OrgChartBuilder AddAll(IEnumerable<Organisation> organisations, IEnumerable<OrgRelation> relationsToAdd, IEnumerable<OrgChangeEvent> changeEvents)
    {
        foreach (Organisation o in organisations)
        {
            Add(o);
        }

        relations.AddRange(relationsToAdd);
        foreach (OrgChangeEvent e in changeEvents)
        {
            Add(e);
        }

        return this;
    }

    /// <summary>Adds a relation built from its parts.</summary>
    /// <param name="kind">The type of relation.</param>
    /// <param name="source">The source.</param>
    /// <param name="target">The target.</param>
    /// <param name="validFrom">The first day, or null.</param>
    /// <param name="validTo">The last day, or null.</param>
    /// <returns>This builder.</returns>
    public OrgChartBuilder Relate(OrgRelationKind kind, OrgId source, OrgId target, LocalDate? validFrom = null, LocalDate? validTo = null) =>
        Add(new OrgRelation(kind, source, target, validFrom, validTo));

    /// <summary>Validates the content and returns every problem found (an empty list when the chart can be built).</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<OrgChartProblem> Validate() => Check(out _);

    /// <summary>Tries to build the chart.</summary>
    /// <param name="chart">The undated chart, or null when there are problems.</param>
    /// <param name="problems">Every problem found; empty on success.</param>
    /// <returns>True when the chart was built.</returns>
    public bool TryBuild([NotNullWhen(true)] out OrgChart? chart, out IReadOnlyList<OrgChartProblem> problems)
    {
        problems = Check(out Dictionary<OrgId, int> index);
        var byText = new Dictionary<string, int>(index.Count);
        foreach (KeyValuePair<OrgId, int> entry in index)
        {
            byText[entry.Key.Value!] = entry.Value;
        }

        if (problems.Count > 0)
        {
            chart = null;
            return false;
        }

        var records = new RelationRecord[relations.Count];
        for (int k = 0; k < records.Length; k++)
        {
            OrgRelation r = relations[k];
            records[k] = new RelationRecord(index[r.Source], index[r.Target], r.Kind, r.ValidFrom, r.ValidTo);
        }

        chart = new OrgChart(new ChartData([.. orgs], records, [.. events], byText), null);
        return true;
    }

    /// <summary>Builds the chart.</summary>
    /// <returns>The undated chart.</returns>
    /// <exception cref="OrgChartValidationException">The content has problems; the exception lists them all.</exception>
    public OrgChart Build() =>
        TryBuild(out OrgChart? chart, out IReadOnlyList<OrgChartProblem> problems) ? chart : throw new OrgChartValidationException(problems);

    private static bool Overlap(LocalDate? f1, LocalDate? t1, LocalDate? f2, LocalDate? t2) =>
        (f1 ?? LocalDate.MinIsoValue) <= (t2 ?? LocalDate.MaxIsoValue) && (f2 ?? LocalDate.MinIsoValue) <= (t1 ?? LocalDate.MaxIsoValue);

    private static bool Within(LocalDate? from, LocalDate? to, Organisation o) =>
        (from ?? LocalDate.MinIsoValue) >= (o.ValidFrom ?? LocalDate.MinIsoValue) && (to ?? LocalDate.MaxIsoValue) <= (o.ValidTo ?? LocalDate.MaxIsoValue);

    private List<OrgChartProblem> Check(out Dictionary<OrgId, int> index)
    {
        var problems = new List<OrgChartProblem>();
        index = new Dictionary<OrgId, int>(orgs.Count);
        for (int i = 0; i < orgs.Count; i++)
        {
            if (!index.TryAdd(orgs[i].Id, i))
            {
                problems.Add(new(OrgChartProblemKind.DuplicateId, orgs[i].Id, $"The id {orgs[i].Id} is used by \"{Preconditions.Quote(orgs[index[orgs[i].Id]].Name)}\" and \"{Preconditions.Quote(orgs[i].Name)}\"."));
            }
        }

        CheckCodes(problems);
        var valid = new List<OrgRelation>(relations.Count);
        foreach (OrgRelation r in relations)
        {
            if (r.Source.IsEmpty || r.Target.IsEmpty)
            {
                problems.Add(new(OrgChartProblemKind.DanglingReference, default, "A relation is default (it has empty ids)."));
                continue;
            }

            bool known = true;
            foreach (OrgId end in (ReadOnlySpan<OrgId>)[r.Source, r.Target])
            {
                if (!index.ContainsKey(end))
                {
                    known = false;
                    problems.Add(new(OrgChartProblemKind.DanglingReference, end, $"The relation {r} names {end}, which is not in the chart."));
                }
            }

            if (!known)
            {
                continue;
            }

            Organisation s = orgs[index[r.Source]];
            Organisation t = orgs[index[r.Target]];
            bool inside = true;
            foreach (Organisation end in (ReadOnlySpan<Organisation>)[s, t])
            {
                if (!Within(r.ValidFrom, r.ValidTo, end))
                {
                    inside = false;
                    problems.Add(new(OrgChartProblemKind.RelationOutsideValidity, end.Id,
                        $"The relation {r} is in force outside the validity of {end.Id} [{end.ValidFrom}..{end.ValidTo}]."));
                }
            }

            if (r.Kind == OrgRelationKind.IsUnder && s.Level == OrgLevel.Commune && t.Level == OrgLevel.District
                && (r.ValidTo ?? LocalDate.MaxIsoValue) >= TwoTierReformDate)
            {
                problems.Add(new(OrgChartProblemKind.CommuneUnderDistrictAfterReform, s.Id,
                    $"{s.Id} is placed under the district-level {t.Id} on or after {TwoTierReformDate:uuuu-MM-dd}, when districts no longer exist."));
            }

            if (inside)
            {
                valid.Add(r);
            }
        }

        // Grouped and ordered by start once: the overlap sweep and the cycle walk both read these groups.
        Dictionary<OrgId, OrgRelation[]> parents = IsUnderBySource(valid);
        CheckParents(parents, problems);
        CheckCycles(parents, problems);
        CheckEvents(index, problems);
        return problems;
    }

    private void CheckCodes(List<OrgChartProblem> problems)
    {
        var byCode = new Dictionary<string, List<Organisation>>(StringComparer.Ordinal);
        foreach (Organisation o in orgs)
        {
            if (o.Code is { } code && o.Kind == OrganisationKind.AdministrativeUnit)
            {
                if (!byCode.TryGetValue(code, out List<Organisation>? list))
                {
                    byCode[code] = list = [];
                }

                list.Add(o);
            }
        }

        foreach ((string code, List<Organisation> list) in byCode)
        {
            SweepOverlaps(list, static o => (o.ValidFrom, o.ValidTo), static (a, b) => a.Id == b.Id, (earlier, o) =>
                problems.Add(new(OrgChartProblemKind.DuplicateCode, o.Id, $"The code {code} is used by {earlier.Id} and {o.Id} at the same time.")));
        }
    }

    private static void CheckParents(Dictionary<OrgId, OrgRelation[]> parents, List<OrgChartProblem> problems)
    {
        foreach (OrgRelation[] list in parents.Values)
        {
            SweepOverlaps(list, static r => (r.ValidFrom, r.ValidTo), static (_, _) => false, (earlier, r) =>
                problems.Add(new(OrgChartProblemKind.MultipleParents, r.Source, $"{r.Source} is under both {earlier.Target} and {r.Target} at the same time.")));
        }
    }

    private static Dictionary<OrgId, OrgRelation[]> IsUnderBySource(List<OrgRelation> valid)
    {
        var bySource = new Dictionary<OrgId, List<OrgRelation>>();
        foreach (OrgRelation r in valid)
        {
            if (r.Kind != OrgRelationKind.IsUnder)
            {
                continue;
            }

            if (!bySource.TryGetValue(r.Source, out List<OrgRelation>? list))
            {
                bySource[r.Source] = list = [];
            }

            list.Add(r);
        }

        // Stable, so relations starting on the same day keep their order of addition.
        return bySource.ToDictionary(e => e.Key, e => e.Value.OrderBy(r => r.ValidFrom ?? LocalDate.MinIsoValue).ToArray());
    }

    // Sorts one group by start (stable) and reports each item that starts before the latest end seen so far: one
    // problem per overlapping item, against the earlier item that reaches furthest, in O(n log n). Comparing every
    // pair was quadratic in time and in the number of problems (16,000 copies of one relation ran out of memory).
    private static void SweepOverlaps<T>(IReadOnlyList<T> group, Func<T, (LocalDate? From, LocalDate? To)> interval, Func<T, T, bool> same, Action<T, T> report)
    {
        if (group.Count < 2)
        {
            return;
        }

        T[] sorted = [.. group.OrderBy(x => interval(x).From ?? LocalDate.MinIsoValue)];
        T furthest = sorted[0];
        LocalDate reach = interval(furthest).To ?? LocalDate.MaxIsoValue;
        for (int k = 1; k < sorted.Length; k++)
        {
            (LocalDate? from, LocalDate? to) = interval(sorted[k]);
            if ((from ?? LocalDate.MinIsoValue) <= reach && !same(furthest, sorted[k]))
            {
                report(furthest, sorted[k]);
            }

            LocalDate end = to ?? LocalDate.MaxIsoValue;
            if (end > reach)
            {
                reach = end;
                furthest = sorted[k];
            }
        }
    }

    // A cycle that exists on a day contains a relation that starts on that day (ends never close a cycle), so each
    // relation is checked once, on its first day, by walking up from its target: O(r · MaxDepth · log r) instead of
    // a walk over the whole chart for every day on which something starts (32,000 start days took 47 s).
    private static void CheckCycles(Dictionary<OrgId, OrgRelation[]> parents, List<OrgChartProblem> problems)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var walk = new List<OrgId>();
        foreach (OrgRelation[] list in parents.Values)
        {
            foreach (OrgRelation r in list)
            {
                LocalDate day = r.ValidFrom ?? LocalDate.MinIsoValue;
                walk.Clear();
                walk.Add(r.Source);
                OrgId x = r.Target;
                while (x != r.Source && walk.Count <= MaxDepth && ParentOn(parents, x, day) is { } up)
                {
                    walk.Add(x);
                    x = up;
                }

                if (x == r.Source)
                {
                    var members = walk.Order().ToList();
                    if (reported.Add(string.Join(' ', members)))
                    {
                        problems.Add(new(OrgChartProblemKind.Cycle, r.Source, $"On {day:uuuu-MM-dd} the organisations {string.Join(", ", members.Take(10))}{(members.Count > 10 ? $" and {members.Count - 10} more" : string.Empty)} are under each other in a cycle."));
                    }
                }
                else if (walk.Count > MaxDepth)
                {
                    problems.Add(new(OrgChartProblemKind.TooDeep, r.Source, $"On {day:uuuu-MM-dd} {r.Source} has more than {MaxDepth} levels above it (or is in a cycle that long)."));
                }
            }
        }

    }

    // The parent of an organisation on a day: the latest-starting IsUnder relation in force then. With overlapping
    // parents (already a MultipleParents problem) a few earlier ones are tried, which keeps the walk bounded.
    private static OrgId? ParentOn(Dictionary<OrgId, OrgRelation[]> parents, OrgId id, LocalDate day)
    {
        if (!parents.TryGetValue(id, out OrgRelation[]? list))
        {
            return null;
        }

        int lo = 0, hi = list.Length - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if ((list[mid].ValidFrom ?? LocalDate.MinIsoValue) <= day)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (int k = last; k >= 0 && k > last - 4; k--)
        {
            if (list[k].IsInForceOn(day))
            {
                return list[k].Target;
            }
        }

        return null;
    }

    private void CheckEvents(Dictionary<OrgId, int> index, List<OrgChartProblem> problems)
    {
        foreach (OrgChangeEvent e in events)
        {
            foreach (OrgId p in e.Predecessors)
            {
                if (!index.TryGetValue(p, out int i))
                {
                    problems.Add(new(OrgChartProblemKind.DanglingReference, p, $"The event {e} names {p}, which is not in the chart."));
                }
                else if (!e.Successors.Contains(p) && (orgs[i].ValidTo ?? LocalDate.MaxIsoValue) >= e.EffectiveDate)
                {
                    problems.Add(new(OrgChartProblemKind.EventOutsideValidity, p, $"The predecessor {p} is still in force on the effective date of {e}."));
                }
            }

            foreach (OrgId s in e.Successors)
            {
                if (!index.TryGetValue(s, out int i))
                {
                    problems.Add(new(OrgChartProblemKind.DanglingReference, s, $"The event {e} names {s}, which is not in the chart."));
                }
                else if (!orgs[i].IsInForceOn(e.EffectiveDate))
                {
                    problems.Add(new(OrgChartProblemKind.EventOutsideValidity, s, $"The successor {s} is not in force on the effective date of {e}."));
                }
            }
        }
    }
}
