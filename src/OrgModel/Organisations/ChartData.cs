using OrgModel.Text;

namespace OrgModel.Organisations;

/// <summary>The immutable store behind every <see cref="OrgChart"/> view: organisations, relations and events by index,
/// with the indexes the queries need. Snapshots for a day are built lazily, once per interval between validity boundaries.</summary>
internal sealed class ChartData
{
    private readonly Lazy<Links> links;
    private readonly Lazy<AreaBodyIndex> areaBodies;
    private readonly Lazy<Succession> succession;
    private readonly Lazy<Dated> dated;
    private readonly Lazy<Snapshot> allTime;
    private readonly Lazy<string[]> folded;
    private readonly Lazy<(Dictionary<string, int> Head, int[] Next)> codes;
    private readonly Lazy<OrgRelation[]> publicRelations;
    private IReadOnlyList<OrgRelation>? publicRelationsView;
    private IReadOnlyList<OrgChangeEvent>? eventsView;

    // Built once per chart, often during application start-up while the tiered JIT still runs unoptimised code:
    // the loops use arrays and string-keyed dictionaries (precompiled in the framework) rather than generic
    // collections over the library's own structs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ChartData(Organisation[] orgs, RelationRecord[] relations, OrgChangeEvent[] events, Dictionary<string, int>? index = null)
    {
        Orgs = orgs;
        Relations = relations;
        Events = events;
        int n = orgs.Length;
        if (index is null)
        {
            index = new Dictionary<string, int>(n);
            for (int i = 0; i < n; i++)
            {
                index[orgs[i].Id.Value!] = i;
            }
        }

        Index = index;

        // Each index below serves only some queries (relations of one organisation, bodies of an area, succession, dated
        // views), and the reference chart is loaded at every start-up: each is built on its first use, once.
        links = new Lazy<Links>(() => new Links(n, Relations), LazyThreadSafetyMode.ExecutionAndPublication);
        areaBodies = new Lazy<AreaBodyIndex>(() => new AreaBodyIndex(Orgs, Relations), LazyThreadSafetyMode.ExecutionAndPublication);
        succession = new Lazy<Succession>(() => new Succession(n, Events, Index), LazyThreadSafetyMode.ExecutionAndPublication);
        dated = new Lazy<Dated>(() => new Dated(this), LazyThreadSafetyMode.ExecutionAndPublication);
        codes = new Lazy<(Dictionary<string, int>, int[])>(ChainCodes, LazyThreadSafetyMode.ExecutionAndPublication);
        allTime = new Lazy<Snapshot>(() => new Snapshot(this, null), LazyThreadSafetyMode.ExecutionAndPublication);
        folded = new Lazy<string[]>(FoldNames, LazyThreadSafetyMode.ExecutionAndPublication);
        publicRelations = new Lazy<OrgRelation[]>(ToPublicRelations, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Organisation[] Orgs { get; }

    public RelationRecord[] Relations { get; }

    public OrgChangeEvent[] Events { get; }

    public Dictionary<string, int> Index { get; }

    /// <summary>Gets the newest-added organisation with each official code (built on first use: only code searches need it,
    /// and a chart read or loaded at start-up would otherwise hash every code before any query).</summary>
    public Dictionary<string, int> CodeHead => codes.Value.Head;

    /// <summary>Gets the next older organisation with the same code as each one, or -1.</summary>
    public int[] CodeNext => codes.Value.Next;

    public int[] OutStart => links.Value.OutStart;

    public int[] OutList => links.Value.OutList;

    public int[] InStart => links.Value.InStart;

    public int[] InList => links.Value.InList;

    public int[] PartyOf => areaBodies.Value.PartyOf;

    public int[] CouncilOf => areaBodies.Value.CouncilOf;

    public int[] CommitteeOf => areaBodies.Value.CommitteeOf;

    public int[] SuccStart => succession.Value.SuccStart;

    public int[] SuccTo => succession.Value.SuccTo;

    public LocalDate[] SuccDate => succession.Value.SuccDate;

    public int[] PredStart => succession.Value.PredStart;

    public int[] PredFrom => succession.Value.PredFrom;

    public LocalDate[] Boundaries => dated.Value.Boundaries;

    public string[] FoldedNames => folded.Value;

    public OrgRelation[] PublicRelations => publicRelations.Value;

    // The public views (see ReadOnly): a race builds two equal wrappers of the same array, which is harmless.
    public IReadOnlyList<OrgRelation> PublicRelationsView => publicRelationsView ??= OrgModel.Utility.ReadOnly.Own(publicRelations.Value);

    public IReadOnlyList<OrgChangeEvent> EventsView => eventsView ??= OrgModel.Utility.ReadOnly.Own(Events);

    public Snapshot SnapshotFor(LocalDate? date)
    {
        if (date is not { } d)
        {
            return allTime.Value;
        }

        Dated views = dated.Value;
        int pos = Array.BinarySearch(views.Boundaries, d);
        int segment = pos >= 0 ? pos + 1 : ~pos;
        return views.Segments[segment].Value;
    }

    public int IndexOf(OrgId id) => id.Value is { } key && Index.TryGetValue(key, out int i) ? i : -1;

    /// <summary>The days on which something starts or stops being in force, sorted and distinct.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LocalDate[] CollectBoundaries(Organisation[] orgs, RelationRecord[] relations)
    {
        // Day numbers as ints, distinct first: a national chart has about 140,000 validity ends on a few hundred days,
        // and runs of them on the same day (a reform's units and bodies), so the last start and end skip the hashing.
        var days = new HashSet<int>();
        int lastFrom = int.MinValue;
        int lastEnd = int.MinValue;
        foreach (Organisation o in orgs)
        {
            Add(days, o.ValidFrom, o.ValidTo, ref lastFrom, ref lastEnd);
        }

        foreach (RelationRecord r in relations)
        {
            Add(days, r.ValidFrom, r.ValidTo, ref lastFrom, ref lastEnd);
        }

        int[] sorted = [.. days];
        Array.Sort(sorted);
        return Array.ConvertAll(sorted, day => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day)));

        static void Add(HashSet<int> days, LocalDate? from, LocalDate? to, ref int lastFrom, ref int lastEnd)
        {
            if (from is { } f && f.ToDateOnly().DayNumber is int start && start != lastFrom)
            {
                days.Add(lastFrom = start);
            }

            // The day after the end, as a day number: DateOnly's arithmetic is plain integer addition.
            if (to is { } t && t < LocalDate.MaxIsoValue && t.ToDateOnly().DayNumber + 1 is int end && end != lastEnd)
            {
                days.Add(lastEnd = end);
            }
        }
    }

    private static int[] Filled(int n)
    {
        var a = new int[n];
        Array.Fill(a, -1);
        return a;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Start, int[] List) Csr(int n, RelationRecord[] relations, bool bySource)
    {
        var start = new int[n + 1];
        foreach (RelationRecord r in relations)
        {
            start[(bySource ? r.Source : r.Target) + 1]++;
        }

        for (int i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var list = new int[relations.Length];
        var fill = new int[n];
        for (int k = 0; k < relations.Length; k++)
        {
            int s = bySource ? relations[k].Source : relations[k].Target;
            list[start[s] + fill[s]++] = k;
        }

        return (start, list);
    }

    // Codes are reused across reforms: chain all units with one code, newest-added first.
    private (Dictionary<string, int> Head, int[] Next) ChainCodes()
    {
        var head = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = new int[Orgs.Length];
        for (int i = 0; i < next.Length; i++)
        {
            next[i] = -1;
            if (Orgs[i].Code is { } code)
            {
                ref int slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(head, code, out bool exists);
                if (exists)
                {
                    next[i] = slot;
                }

                slot = i;
            }
        }

        return (head, next);
    }

    private string[] FoldNames()
    {
        var result = new string[Orgs.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = VietnameseText.Fold(Orgs[i].Name);
        }

        return result;
    }

    private OrgRelation[] ToPublicRelations()
    {
        var result = new OrgRelation[Relations.Length];
        for (int i = 0; i < result.Length; i++)
        {
            RelationRecord r = Relations[i];
            result[i] = new OrgRelation(r.Kind, Orgs[r.Source].Id, Orgs[r.Target].Id, r.ValidFrom, r.ValidTo);
        }

        return result;
    }

    /// <summary>The relations of each organisation, as source and as target.</summary>
    private sealed class Links
    {
        public Links(int n, RelationRecord[] relations)
        {
            (OutStart, OutList) = Csr(n, relations, bySource: true);
            (InStart, InList) = Csr(n, relations, bySource: false);
        }

        public int[] OutStart { get; }

        public int[] OutList { get; }

        public int[] InStart { get; }

        public int[] InList { get; }
    }

    /// <summary>The Party committee, People's Council and People's Committee of each area (-1 for none).</summary>
    private sealed class AreaBodyIndex
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public AreaBodyIndex(Organisation[] orgs, RelationRecord[] relations)
        {
            int n = orgs.Length;
            PartyOf = Filled(n);
            CouncilOf = Filled(n);
            CommitteeOf = Filled(n);
            foreach (RelationRecord r in relations)
            {
                if (r.Kind == OrgRelationKind.GovernsArea)
                {
                    CommitteeOf[r.Target] = r.Source;
                }
                else if (r.Kind == OrgRelationKind.BodyOfArea)
                {
                    switch (orgs[r.Source].Kind)
                    {
                        case OrganisationKind.PartyCommittee or OrganisationKind.PartyOrganisation:
                            PartyOf[r.Target] = r.Source;
                            break;
                        case OrganisationKind.PeoplesCouncil:
                            CouncilOf[r.Target] = r.Source;
                            break;
                        case OrganisationKind.PeoplesCommittee:
                            CommitteeOf[r.Target] = r.Source;
                            break;
                    }
                }
            }
        }

        public int[] PartyOf { get; }

        public int[] CouncilOf { get; }

        public int[] CommitteeOf { get; }
    }

    /// <summary>Succession edges from the events, by index, grouped by predecessor and by successor.</summary>
    private sealed class Succession
    {
        // Each id is looked up once, then the pairs are placed by counting.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Succession(int n, OrgChangeEvent[] events, Dictionary<string, int> index)
        {
            int pairBound = 0;
            foreach (OrgChangeEvent e in events)
            {
                pairBound += e.PredecessorIds.Length * e.SuccessorIds.Length;
            }

            var pairs = new List<(int Pred, int Succ, LocalDate Date)>(pairBound);
            var succIds = new List<int>();
            foreach (OrgChangeEvent e in events)
            {
                succIds.Clear();
                foreach (OrgId s in e.SuccessorIds)
                {
                    if (index.TryGetValue(s.Value!, out int si))
                    {
                        succIds.Add(si);
                    }
                }

                foreach (OrgId p in e.PredecessorIds)
                {
                    if (index.TryGetValue(p.Value!, out int pi))
                    {
                        foreach (int si in succIds)
                        {
                            pairs.Add((pi, si, e.EffectiveDate));
                        }
                    }
                }
            }

            var succCount = new int[n + 1];
            var predCount = new int[n + 1];
            foreach ((int pi, int si, _) in pairs)
            {
                succCount[pi + 1]++;
                predCount[si + 1]++;
            }

            for (int i = 0; i < n; i++)
            {
                succCount[i + 1] += succCount[i];
                predCount[i + 1] += predCount[i];
            }

            SuccStart = succCount;
            PredStart = predCount;
            SuccTo = new int[pairs.Count];
            SuccDate = new LocalDate[pairs.Count];
            PredFrom = new int[pairs.Count];
            var sFill = new int[n];
            var pFill = new int[n];
            foreach ((int pi, int si, LocalDate date) in pairs)
            {
                int k = SuccStart[pi] + sFill[pi]++;
                SuccTo[k] = si;
                SuccDate[k] = date;
                PredFrom[PredStart[si] + pFill[si]++] = pi;
            }
        }

        public int[] SuccStart { get; }

        public int[] SuccTo { get; }

        public LocalDate[] SuccDate { get; }

        public int[] PredStart { get; }

        public int[] PredFrom { get; }
    }

    /// <summary>The validity boundaries and the lazily built view of each interval between them.</summary>
    private sealed class Dated
    {
        public Dated(ChartData data)
        {
            Boundaries = CollectBoundaries(data.Orgs, data.Relations);
            Segments = new Lazy<Snapshot>[Boundaries.Length + 1];
            for (int s = 0; s < Segments.Length; s++)
            {
                LocalDate representative = s == 0 ? (Boundaries.Length == 0 ? new LocalDate(2000, 1, 1) : Boundaries[0].PlusDays(-1)) : Boundaries[s - 1];
                Segments[s] = new Lazy<Snapshot>(() => new Snapshot(data, representative), LazyThreadSafetyMode.ExecutionAndPublication);
            }
        }

        public LocalDate[] Boundaries { get; }

        public Lazy<Snapshot>[] Segments { get; }
    }
}
