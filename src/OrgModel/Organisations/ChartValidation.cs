using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>
/// The checks of <see cref="OrgChartBuilder"/>, run once over the whole content by index: each id is looked up once,
/// relations become pairs of indexes that the built chart keeps, and the parents of each organisation are one slice of a
/// flat array, so validating a national chart costs a few passes over arrays rather than dictionaries of lists.
/// </summary>
/// <remarks>The problems come in a fixed order (ids, codes, relations in order of addition, parents, cycles, events),
/// which tests and callers see.</remarks>
internal sealed class ChartValidation
{
    private readonly Organisation[] orgs;
    private readonly OrgRelation[] relations;
    private readonly OrgChangeEvent[] events;
    private readonly bool indexGiven;
    private readonly List<OrgChartProblem> problems = [];

    // The IsUnder relations that passed the relation checks, grouped by source: group g of organisation i is
    // parentRelations[groupStart[i] .. groupStart[i] + groupCount[i]], ordered by first day (stable).
    private int[] groupStart = [];
    private int[] groupCount = [];
    private int[] parentRelations = [];
    private List<int> groupOrder = [];

    private ChartValidation(Organisation[] orgs, OrgRelation[] relations, OrgChangeEvent[] events, ChartLinks? links)
    {
        this.orgs = orgs;
        this.relations = relations;
        this.events = events;
        indexGiven = links is not null;
        Index = links?.Index ?? new Dictionary<string, int>(orgs.Length);
        Sources = links?.Sources ?? new int[relations.Length];
        Targets = links?.Targets ?? new int[relations.Length];
    }

    /// <summary>Gets the index of each organisation by its canonical id (the first one, for a duplicated id).</summary>
    public Dictionary<string, int> Index { get; }

    /// <summary>Gets the index of each relation's source (-1 when unknown).</summary>
    public int[] Sources { get; }

    /// <summary>Gets the index of each relation's target (-1 when unknown).</summary>
    public int[] Targets { get; }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<OrgChartProblem> Problems => problems;

    /// <summary>Runs every check.</summary>
    /// <param name="orgs">The organisations.</param>
    /// <param name="relations">The relations.</param>
    /// <param name="events">The change events.</param>
    /// <param name="links">What the reader of the content already found (see <see cref="ChartLinks"/>), or null.</param>
    public static ChartValidation Run(Organisation[] orgs, OrgRelation[] relations, OrgChangeEvent[] events, ChartLinks? links = null)
    {
        var v = new ChartValidation(orgs, relations, events, links);
        if (!v.indexGiven)
        {
            v.CheckIds();
        }

        v.CheckCodes();
        List<int> valid = v.CheckRelations();
        v.GroupParents(valid);
        v.CheckParents();
        v.CheckCycles();
        v.CheckEvents();
        return v;
    }

    private int Find(OrgId id) => id.Value is { } text && Index.TryGetValue(text, out int i) ? i : -1;

    private static LocalDate From(LocalDate? date) => date ?? LocalDate.MinIsoValue;

    private static LocalDate To(LocalDate? date) => date ?? LocalDate.MaxIsoValue;

    private static bool Within(LocalDate? from, LocalDate? to, Organisation o) =>
        From(from) >= From(o.ValidFrom) && To(to) <= To(o.ValidTo);

    private void CheckIds()
    {
        for (int i = 0; i < orgs.Length; i++)
        {
            if (!Index.TryAdd(orgs[i].Id.Value!, i))
            {
                Organisation first = orgs[Index[orgs[i].Id.Value!]];
                problems.Add(new(OrgChartProblemKind.DuplicateId, orgs[i].Id, $"The id {orgs[i].Id} is used by \"{Preconditions.Quote(first.Name)}\" and \"{Preconditions.Quote(orgs[i].Name)}\"."));
            }
        }
    }

    // A code is 1–16 ASCII digits (the organisation's constructor checks it): its length and value identify it ("01"
    // and "1" differ), and a long hashes without reading a string.
    private static long CodeKey(string code)
    {
        long value = 0;
        foreach (char c in code)
        {
            value = (value * 10) + (c - '0');
        }

        return value + ((long)code.Length << 56);
    }

    private void CheckCodes()
    {
        // Most codes are used once: a list is made only for a code met again, keyed by its first unit's index so that the
        // groups are checked in order of first use.
        var firstOf = new Dictionary<long, int>(orgs.Length);
        SortedDictionary<int, List<Organisation>>? shared = null;
        for (int i = 0; i < orgs.Length; i++)
        {
            Organisation o = orgs[i];
            if (o.Code is { } code && o.Kind == OrganisationKind.AdministrativeUnit)
            {
                ref int first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstOf, CodeKey(code), out bool exists);
                if (!exists)
                {
                    first = i;
                    continue;
                }

                shared ??= [];
                if (!shared.TryGetValue(first, out List<Organisation>? list))
                {
                    shared[first] = list = [orgs[first]];
                }

                list.Add(o);
            }
        }

        if (shared is null)
        {
            return;
        }

        foreach (List<Organisation> list in shared.Values)
        {
            string code = list[0].Code!;

            // Stable, so units starting on the same day keep their order of addition; most groups are in order already.
            List<Organisation> sorted = IsByStart(list) ? list : [.. list.OrderBy(o => From(o.ValidFrom))];
            Organisation furthest = sorted[0];
            LocalDate reach = To(furthest.ValidTo);
            for (int k = 1; k < sorted.Count; k++)
            {
                Organisation o = sorted[k];
                if (From(o.ValidFrom) <= reach && furthest.Id != o.Id)
                {
                    problems.Add(new(OrgChartProblemKind.DuplicateCode, o.Id, $"The code {code} is used by {furthest.Id} and {o.Id} at the same time."));
                }

                if (To(o.ValidTo) > reach)
                {
                    reach = To(o.ValidTo);
                    furthest = o;
                }
            }
        }
    }

    private static bool IsByStart(List<Organisation> list)
    {
        for (int k = 1; k < list.Count; k++)
        {
            if (From(list[k - 1].ValidFrom) > From(list[k].ValidFrom))
            {
                return false;
            }
        }

        return true;
    }

    private List<int> CheckRelations()
    {
        var valid = new List<int>(relations.Length);
        for (int k = 0; k < relations.Length; k++)
        {
            OrgRelation r = relations[k];
            if (r.Source.IsEmpty || r.Target.IsEmpty)
            {
                Sources[k] = Targets[k] = -1;
                problems.Add(new(OrgChartProblemKind.DanglingReference, default, "A relation is default (it has empty ids)."));
                continue;
            }

            // An index the reader found is a hint; the ones it did not find (-1) are looked up here.
            int s = indexGiven && Sources[k] >= 0 ? Sources[k] : Find(r.Source);
            int t = indexGiven && Targets[k] >= 0 ? Targets[k] : Find(r.Target);
            Sources[k] = Targets[k] = -1;
            if (s < 0)
            {
                problems.Add(new(OrgChartProblemKind.DanglingReference, r.Source, $"The relation {r} names {r.Source}, which is not in the chart."));
            }

            if (t < 0)
            {
                problems.Add(new(OrgChartProblemKind.DanglingReference, r.Target, $"The relation {r} names {r.Target}, which is not in the chart."));
            }

            if (s < 0 || t < 0)
            {
                continue;
            }

            Sources[k] = s;
            Targets[k] = t;
            bool inside = true;
            foreach (Organisation end in (ReadOnlySpan<Organisation>)[orgs[s], orgs[t]])
            {
                if (!Within(r.ValidFrom, r.ValidTo, end))
                {
                    inside = false;
                    problems.Add(new(OrgChartProblemKind.RelationOutsideValidity, end.Id,
                        $"The relation {r} is in force outside the validity of {end.Id} [{end.ValidFrom:uuuu-MM-dd}..{end.ValidTo:uuuu-MM-dd}]."));
                }
            }

            if (r.Kind == OrgRelationKind.IsUnder && orgs[s].Level == OrgLevel.Commune && orgs[t].Level == OrgLevel.District
                && To(r.ValidTo) >= OrgChartBuilder.TwoTierReformDate)
            {
                problems.Add(new(OrgChartProblemKind.CommuneUnderDistrictAfterReform, orgs[s].Id,
                    $"{orgs[s].Id} is placed under the district-level {orgs[t].Id} on or after {OrgChartBuilder.TwoTierReformDate:uuuu-MM-dd}, when districts no longer exist."));
            }

            if (inside && r.Kind == OrgRelationKind.IsUnder)
            {
                valid.Add(k);
            }
        }

        return valid;
    }

    // Groups in order of each source's first valid IsUnder relation; each group ordered by first day, stably.
    private void GroupParents(List<int> valid)
    {
        int n = orgs.Length;
        groupStart = new int[n];
        groupCount = new int[n];
        groupOrder = [];
        foreach (int k in valid)
        {
            if (groupCount[Sources[k]]++ == 0)
            {
                groupOrder.Add(Sources[k]);
            }
        }

        int offset = 0;
        foreach (int s in groupOrder)
        {
            groupStart[s] = offset;
            offset += groupCount[s];
        }

        parentRelations = new int[valid.Count];
        int[] filled = new int[n];
        foreach (int k in valid)
        {
            int s = Sources[k];
            parentRelations[groupStart[s] + filled[s]++] = k;
        }

        foreach (int s in groupOrder)
        {
            SortByStart(parentRelations.AsSpan(groupStart[s], groupCount[s]));
        }
    }

    private void SortByStart(Span<int> group)
    {
        bool sorted = true;
        for (int k = 1; k < group.Length && sorted; k++)
        {
            sorted = From(relations[group[k - 1]].ValidFrom) <= From(relations[group[k]].ValidFrom);
        }

        if (sorted)
        {
            return;
        }

        // Ties keep their order of addition (the relation's own index), as a stable sort would.
        var keyed = new (LocalDate From, int Relation)[group.Length];
        for (int k = 0; k < group.Length; k++)
        {
            keyed[k] = (From(relations[group[k]].ValidFrom), group[k]);
        }

        Array.Sort(keyed, static (a, b) => a.From != b.From ? a.From.CompareTo(b.From) : a.Relation.CompareTo(b.Relation));
        for (int k = 0; k < group.Length; k++)
        {
            group[k] = keyed[k].Relation;
        }
    }

    // One problem per overlapping relation, against the earlier one that reaches furthest: O(n) over sorted groups.
    private void CheckParents()
    {
        foreach (int s in groupOrder)
        {
            ReadOnlySpan<int> group = parentRelations.AsSpan(groupStart[s], groupCount[s]);
            OrgRelation furthest = relations[group[0]];
            LocalDate reach = To(furthest.ValidTo);
            for (int k = 1; k < group.Length; k++)
            {
                OrgRelation r = relations[group[k]];
                if (From(r.ValidFrom) <= reach)
                {
                    problems.Add(new(OrgChartProblemKind.MultipleParents, r.Source, $"{r.Source} is under both {furthest.Target} and {r.Target} at the same time."));
                }

                if (To(r.ValidTo) > reach)
                {
                    reach = To(r.ValidTo);
                    furthest = r;
                }
            }
        }
    }

    // A cycle that exists on a day contains a relation that starts on that day (ends never close a cycle), so each
    // relation is checked once, on its first day, by walking up from its target: O(r · MaxDepth · log r).
    private void CheckCycles()
    {
        HashSet<string>? reported = null;
        var walk = new List<int>();
        foreach (int s in groupOrder)
        {
            foreach (int k in parentRelations.AsSpan(groupStart[s], groupCount[s]))
            {
                LocalDate day = From(relations[k].ValidFrom);
                walk.Clear();
                walk.Add(s);
                int x = Targets[k];
                while (x != s && walk.Count <= OrgChartBuilder.MaxDepth && ParentOn(x, day) is var up && up >= 0)
                {
                    walk.Add(x);
                    x = up;
                }

                if (x == s)
                {
                    List<OrgId> members = [.. walk.Select(i => orgs[i].Id).Order()];
                    reported ??= new HashSet<string>(StringComparer.Ordinal);
                    if (reported.Add(string.Join(' ', members)))
                    {
                        problems.Add(new(OrgChartProblemKind.Cycle, orgs[s].Id, $"On {day:uuuu-MM-dd} the organisations {string.Join(", ", members.Take(10))}{(members.Count > 10 ? $" and {members.Count - 10} more" : string.Empty)} are under each other in a cycle."));
                    }
                }
                else if (walk.Count > OrgChartBuilder.MaxDepth)
                {
                    problems.Add(new(OrgChartProblemKind.TooDeep, orgs[s].Id, $"On {day:uuuu-MM-dd} {orgs[s].Id} has more than {OrgChartBuilder.MaxDepth} levels above it (or is in a cycle that long)."));
                }
            }
        }
    }

    // The parent of an organisation on a day: the latest-starting IsUnder relation in force then. With overlapping
    // parents (already a MultipleParents problem) a few earlier ones are tried, which keeps the walk bounded.
    private int ParentOn(int org, LocalDate day)
    {
        ReadOnlySpan<int> group = parentRelations.AsSpan(groupStart[org], groupCount[org]);
        int lo = 0, hi = group.Length - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (From(relations[group[mid]].ValidFrom) <= day)
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
            if (relations[group[k]].IsInForceOn(day))
            {
                return Targets[group[k]];
            }
        }

        return -1;
    }

    private void CheckEvents()
    {
        foreach (OrgChangeEvent e in events)
        {
            foreach (OrgId p in e.PredecessorIds)
            {
                int i = Find(p);
                if (i < 0)
                {
                    problems.Add(new(OrgChartProblemKind.DanglingReference, p, $"The event {e} names {p}, which is not in the chart."));
                }
                else if (!e.SuccessorIds.Contains(p) && To(orgs[i].ValidTo) >= e.EffectiveDate)
                {
                    problems.Add(new(OrgChartProblemKind.EventOutsideValidity, p, $"The predecessor {p} is still in force on the effective date of {e}."));
                }
            }

            foreach (OrgId s in e.SuccessorIds)
            {
                int i = Find(s);
                if (i < 0)
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
