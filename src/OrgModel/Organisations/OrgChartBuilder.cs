using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;

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
                problems.Add(new(OrgChartProblemKind.DuplicateId, orgs[i].Id, $"The id {orgs[i].Id} is used by \"{orgs[index[orgs[i].Id]].Name}\" and \"{orgs[i].Name}\"."));
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

        CheckParents(valid, problems);
        CheckCycles(valid, index, problems);
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

                foreach (Organisation other in list)
                {
                    if (other.Id != o.Id && Overlap(o.ValidFrom, o.ValidTo, other.ValidFrom, other.ValidTo))
                    {
                        problems.Add(new(OrgChartProblemKind.DuplicateCode, o.Id, $"The code {code} is used by {other.Id} and {o.Id} at the same time."));
                    }
                }

                list.Add(o);
            }
        }
    }

    private static void CheckParents(List<OrgRelation> valid, List<OrgChartProblem> problems)
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

            foreach (OrgRelation other in list)
            {
                if (Overlap(r.ValidFrom, r.ValidTo, other.ValidFrom, other.ValidTo))
                {
                    problems.Add(new(OrgChartProblemKind.MultipleParents, r.Source, $"{r.Source} is under both {other.Target} and {r.Target} at the same time."));
                }
            }

            list.Add(r);
        }
    }

    private void CheckCycles(List<OrgRelation> valid, Dictionary<OrgId, int> index, List<OrgChartProblem> problems)
    {
        var under = valid.Where(r => r.Kind == OrgRelationKind.IsUnder).ToList();
        var bounds = new SortedSet<LocalDate>();
        foreach (OrgRelation r in under)
        {
            if (r.ValidFrom is { } f)
            {
                bounds.Add(f);
            }

            if (r.ValidTo is { } t && t < LocalDate.MaxIsoValue)
            {
                bounds.Add(t.PlusDays(1));
            }
        }

        var days = new List<LocalDate>(bounds.Count + 1) { bounds.Count == 0 ? new LocalDate(2000, 1, 1) : bounds.Min.PlusDays(-1) };
        days.AddRange(bounds);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        int n = orgs.Count;
        var parent = new int[n];
        var state = new byte[n];
        foreach (LocalDate day in days)
        {
            Array.Fill(parent, -1);
            Array.Clear(state);
            foreach (OrgRelation r in under)
            {
                if (r.IsInForceOn(day))
                {
                    parent[index[r.Source]] = index[r.Target];
                }
            }

            for (int i = 0; i < n; i++)
            {
                // 0 unvisited, 1 on the current walk, 2 done.
                int x = i;
                while (x >= 0 && state[x] == 0)
                {
                    state[x] = 1;
                    x = parent[x];
                }

                if (x >= 0 && state[x] == 1)
                {
                    var members = new List<OrgId>();
                    int y = x;
                    do
                    {
                        members.Add(orgs[y].Id);
                        y = parent[y];
                    }
                    while (y != x);
                    members.Sort();
                    if (reported.Add(string.Join(' ', members)))
                    {
                        problems.Add(new(OrgChartProblemKind.Cycle, orgs[x].Id, $"On {day:uuuu-MM-dd} the organisations {string.Join(", ", members)} are under each other in a cycle."));
                    }
                }

                for (x = i; x >= 0 && state[x] == 1; x = parent[x])
                {
                    state[x] = 2;
                }
            }
        }
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
