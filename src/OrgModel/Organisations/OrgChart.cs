using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>
/// An immutable chart of organisations, their typed time-bounded relations and change events. A chart is either
/// undated (all of history: <see cref="Date"/> is null) or the view in force on one day (<see cref="AsOf(LocalDate)"/>).
/// </summary>
/// <remarks>
/// <para>Queries take an <see cref="OrgId"/>; an id that is not in the chart (or not in force on the chart's day) gives
/// null or an empty result, never an exception. The hierarchy is the <see cref="OrgRelationKind.IsUnder"/> relation.
/// In an undated chart an organisation's parent is the target of its latest-starting <c>IsUnder</c> relation.</para>
/// <para>Costs: lookups by id and by code are hash lookups; <see cref="Parent(OrgId)"/> is O(1);
/// <see cref="Ancestors(OrgId)"/> is O(depth) and allocation-free; <see cref="AsOf(LocalDate)"/> is O(n) the first time a
/// day between two validity boundaries is asked and O(log b) afterwards (views are cached per interval).</para>
/// <para>Thread safety: immutable and thread-safe; the lazily built indexes are built once under a lock.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgChartJsonConverter))]
public sealed class OrgChart
{
    private readonly ChartData data;
    private readonly Snapshot snap;

    internal OrgChart(ChartData data, LocalDate? date)
    {
        this.data = data;
        snap = data.SnapshotFor(date);
        Date = date;
    }

    /// <summary>Gets the day this chart shows, or null for the undated chart of all history.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the organisations of the chart (in force on <see cref="Date"/> when dated), in insertion order.</summary>
    public IReadOnlyList<Organisation> Organisations => snap.PresentView;

    /// <summary>Gets the relations of the chart (in force on <see cref="Date"/> between organisations in force, when dated).</summary>
    public IReadOnlyList<OrgRelation> Relations
    {
        get
        {
            if (Date is null)
            {
                return data.PublicRelationsView;
            }

            var list = new List<OrgRelation>();
            for (int k = 0; k < data.Relations.Length; k++)
            {
                if (IsActive(k))
                {
                    list.Add(data.PublicRelations[k]);
                }
            }

            return ReadOnly.Copy(list);
        }
    }

    /// <summary>Gets all change events of the chart's history (not filtered by <see cref="Date"/>).</summary>
    public IReadOnlyList<OrgChangeEvent> Events => data.EventsView;

    /// <summary>Starts a builder from this chart's whole history (its organisations, relations and events), to add to it
    /// or correct it without copying it by hand; building checks everything again.</summary>
    /// <returns>A new builder; the chart is unchanged.</returns>
    public OrgChartBuilder ToBuilder() => new OrgChartBuilder().AddAll(data.Orgs, data.PublicRelations, data.Events);

    /// <summary>Returns the chart in force on a day: the organisations and relations whose validity contains it.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The dated chart; it shares storage with this one.</returns>
    public OrgChart AsOf(LocalDate date) => new(data, date);

    /// <summary>Gets the undated chart of all history that this view shares its storage with (itself when undated).</summary>
    internal OrgChart History => Date is null ? this : new(data, null);

    /// <summary>Finds an organisation by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The organisation, or null when it is not in this chart.</returns>
    public Organisation? Find(OrgId id)
    {
        int i = data.IndexOf(id);
        return snap.Has(i) ? data.Orgs[i] : null;
    }

    /// <summary>Tells whether the chart holds an organisation.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when <see cref="Find(OrgId)"/> finds it.</returns>
    public bool Contains(OrgId id) => snap.Has(data.IndexOf(id));

    /// <summary>Finds the administrative unit with an official code, resolved in this chart.</summary>
    /// <param name="code">The code (for example <c>01</c> or <c>00004</c>); surrounding white space is ignored.</param>
    /// <returns>The unit in force on <see cref="Date"/>; in an undated chart the most recently added unit with that code; or null.</returns>
    /// <remarks>Codes are reused across reforms (00004 was Phường Trúc Bạch before 1 July 2025 and is Phường Ba Đình after it),
    /// so resolve codes in a dated chart.</remarks>
    public Organisation? FindByCode(string code)
    {
        Guard.Against.Null(code);
        if (!data.CodeHead.TryGetValue(code.Trim(), out int i))
        {
            return null;
        }

        for (; i >= 0; i = data.CodeNext[i])
        {
            if (snap.Has(i) && data.Orgs[i].Kind == OrganisationKind.AdministrativeUnit)
            {
                return data.Orgs[i];
            }
        }

        return null;
    }

    // 0 for the whole name, 2 for its end, 4 for a word start inside it, -1 for no match; odd ranks are left for bodies
    // other than administrative units.
    private static int MatchRank(string name, string q) =>
        name.Length == q.Length ? (string.Equals(name, q, StringComparison.Ordinal) ? 0 : -1)
        : name.Length > q.Length && name.EndsWith(q, StringComparison.Ordinal) && name[name.Length - q.Length - 1] == ' ' ? 2
        : ContainsAtWordStart(name, q) ? 4
        : -1;

    /// <summary>Finds organisations by Vietnamese name, English name or alias, ignoring diacritics, case, white space and the Đ/D difference.</summary>
    /// <param name="text">The name or part of it, matched at word starts ("Ha Noi", "ha noi" and "Hà Nội" are the same query).</param>
    /// <returns>The matches: exact names first, then names ending with the text (for example "Thành phố Hà Nội"), then
    /// names containing it at a word start; administrative units before other bodies; matches of the English name
    /// (<see cref="Organisation.EnglishName"/>, "National Assembly", "Vietnam Fatherland Front") and of the aliases
    /// (<see cref="Organisation.Aliases"/>, "Central Organizing Committee") after all matches of Vietnamese names,
    /// in the same order; otherwise in chart order.</returns>
    public IReadOnlyList<Organisation> Search(string text)
    {
        Guard.Against.Null(text);
        string q = VietnameseText.Fold(text);
        if (q.Length == 0)
        {
            return [];
        }

        string[] names = data.FoldedNames;
        var hits = new List<(int Rank, int Index)>();
        for (int i = 0; i < names.Length; i++)
        {
            if (!snap.Has(i))
            {
                continue;
            }

            int rank = MatchRank(names[i], q);
            if (rank < 0)
            {
                // English names and aliases rank after every Vietnamese match, so a Vietnamese query keeps its order.
                rank = OtherNameRank(data.Orgs[i], q);
                rank = rank < 0 ? -1 : rank + 6;
            }

            if (rank < 0)
            {
                continue;
            }

            if (data.Orgs[i].Kind != OrganisationKind.AdministrativeUnit)
            {
                rank++;
            }

            hits.Add((rank, i));
        }

        hits.Sort(static (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Index.CompareTo(b.Index));
        var result = new Organisation[hits.Count];
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = data.Orgs[hits[k].Index];
        }

        return ReadOnly.Own(result);
    }

    // The best rank of the English name and the aliases; -1 when none matches.
    private static int OtherNameRank(Organisation o, string q)
    {
        int best = o.EnglishName is { } english ? MatchRank(VietnameseText.Fold(english), q) : -1;
        foreach (string alias in o.AliasArray)
        {
            int rank = MatchRank(VietnameseText.Fold(alias), q);
            if (rank >= 0 && (best < 0 || rank < best))
            {
                best = rank;
            }
        }

        return best;
    }

    /// <summary>Returns the parent (the target of the <see cref="OrgRelationKind.IsUnder"/> relation).</summary>
    /// <param name="id">The organisation.</param>
    /// <returns>The parent, or null for a root or an id not in the chart.</returns>
    public Organisation? Parent(OrgId id)
    {
        int i = data.IndexOf(id);
        if (!snap.Has(i))
        {
            return null;
        }

        int p = snap.Parent[i];
        return p >= 0 ? data.Orgs[p] : null;
    }

    /// <summary>Returns the children, in chart order.</summary>
    /// <param name="id">The organisation.</param>
    /// <returns>The organisations directly under it; empty for a leaf or an id not in the chart.</returns>
    public IReadOnlyList<Organisation> Children(OrgId id)
    {
        int i = data.IndexOf(id);
        if (!snap.Has(i))
        {
            return [];
        }

        int from = snap.ChildStart[i];
        int to = snap.ChildStart[i + 1];
        var result = new Organisation[to - from];
        for (int k = from; k < to; k++)
        {
            result[k - from] = data.Orgs[snap.ChildList[k]];
        }

        return ReadOnly.Own(result);
    }

    /// <summary>Returns the ancestors up to the root, nearest first; enumerating with <c>foreach</c> allocates nothing.</summary>
    /// <param name="id">The organisation.</param>
    /// <returns>The ancestors; empty for a root or an id not in the chart.</returns>
    public AncestorCollection Ancestors(OrgId id)
    {
        int i = data.IndexOf(id);
        return snap.Has(i) ? new AncestorCollection(data.Orgs, snap.Parent, i) : default;
    }

    /// <summary>Returns the depth: 0 for a root, 1 for its children, and so on.</summary>
    /// <param name="id">The organisation.</param>
    /// <returns>The depth, or -1 when the id is not in the chart.</returns>
    public int Depth(OrgId id)
    {
        int i = data.IndexOf(id);
        return snap.Has(i) ? DepthOf(i) : -1;
    }

    /// <summary>Returns the path from the root down to the organisation (inclusive at both ends).</summary>
    /// <param name="id">The organisation.</param>
    /// <returns>The path, root first; empty when the id is not in the chart.</returns>
    public IReadOnlyList<Organisation> Path(OrgId id)
    {
        int i = data.IndexOf(id);
        if (!snap.Has(i))
        {
            return [];
        }

        var result = new Organisation[DepthOf(i) + 1];
        for (int k = result.Length - 1; k >= 0; k--)
        {
            result[k] = data.Orgs[i];
            i = snap.Parent[i];
        }

        return ReadOnly.Own(result);
    }

    /// <summary>Returns all descendants, depth first in chart order (children before grandchildren of later children).</summary>
    /// <param name="id">The organisation.</param>
    /// <returns>The descendants, not including the organisation; empty when the id is not in the chart.</returns>
    public IReadOnlyList<Organisation> Descendants(OrgId id)
    {
        int i = data.IndexOf(id);
        var result = new List<Organisation>();
        if (!snap.Has(i))
        {
            return [];
        }

        var stack = new Stack<int>();
        stack.Push(i);
        while (stack.Count > 0)
        {
            int x = stack.Pop();
            if (x != i)
            {
                result.Add(data.Orgs[x]);
            }

            for (int k = snap.ChildStart[x + 1] - 1; k >= snap.ChildStart[x]; k--)
            {
                stack.Push(snap.ChildList[k]);
            }
        }

        return ReadOnly.Copy(result);
    }

    /// <summary>Returns the lowest common ancestor of two organisations (an organisation counts as its own ancestor here).</summary>
    /// <param name="a">The first organisation.</param>
    /// <param name="b">The second organisation.</param>
    /// <returns>The deepest organisation that is <paramref name="a"/> or above it and <paramref name="b"/> or above it; null when they
    /// are in different trees or not in the chart. O(depth), allocation-free.</returns>
    public Organisation? LowestCommonAncestor(OrgId a, OrgId b)
    {
        int x = data.IndexOf(a);
        int y = data.IndexOf(b);
        if (!snap.Has(x) || !snap.Has(y))
        {
            return null;
        }

        int dx = DepthOf(x);
        int dy = DepthOf(y);
        for (; dx > dy; dx--)
        {
            x = snap.Parent[x];
        }

        for (; dy > dx; dy--)
        {
            y = snap.Parent[y];
        }

        while (x != y && x >= 0 && y >= 0)
        {
            x = snap.Parent[x];
            y = snap.Parent[y];
        }

        return x >= 0 && x == y ? data.Orgs[x] : null;
    }

    /// <summary>Returns the targets of an organisation's relations of one kind (for example who leads it: <see cref="OrgRelationKind.IsLedBy"/>).</summary>
    /// <param name="source">The source organisation.</param>
    /// <param name="kind">The kind of relation.</param>
    /// <returns>The targets in force in this chart.</returns>
    public IReadOnlyList<Organisation> Related(OrgId source, OrgRelationKind kind) =>
        FarEnds(data.IndexOf(source), kind, data.OutStart, data.OutList, outgoing: true);

    /// <summary>Returns the sources of relations of one kind that point at an organisation (for example whom a Party committee leads).</summary>
    /// <param name="target">The target organisation.</param>
    /// <param name="kind">The kind of relation.</param>
    /// <returns>The sources in force in this chart.</returns>
    public IReadOnlyList<Organisation> RelatedFrom(OrgId target, OrgRelationKind kind) =>
        FarEnds(data.IndexOf(target), kind, data.InStart, data.InList, outgoing: false);

    // The other ends of an organisation's relations of one kind in force in this chart, along one of the two
    // adjacency lists (relations by source, or by target).
    private IReadOnlyList<Organisation> FarEnds(int i, OrgRelationKind kind, int[] start, int[] list, bool outgoing)
    {
        var result = new List<Organisation>();
        if (!snap.Has(i))
        {
            return [];
        }

        for (int k = start[i]; k < start[i + 1]; k++)
        {
            int r = list[k];
            if (data.Relations[r].Kind == kind && IsActive(r))
            {
                result.Add(data.Orgs[outgoing ? data.Relations[r].Target : data.Relations[r].Source]);
            }
        }

        return ReadOnly.Copy(result);
    }

    /// <summary>Returns the Party committee, People's Council and People's Committee of an administrative unit.</summary>
    /// <param name="unit">The administrative unit, for example province 01.</param>
    /// <returns>Its bodies in this chart, or null when the id is not an administrative unit in the chart.</returns>
    public AreaBodies? BodiesOf(OrgId unit)
    {
        int i = data.IndexOf(unit);
        if (!snap.Has(i) || data.Orgs[i].Kind != OrganisationKind.AdministrativeUnit)
        {
            return null;
        }

        return new AreaBodies(data.Orgs[i], OrgAt(data.PartyOf[i]), OrgAt(data.CouncilOf[i]), OrgAt(data.CommitteeOf[i]));
    }

    /// <summary>Returns what an organisation had become by a day, following change events through chains
    /// (an old commune to its 2025 commune; an old province to its 2025 province).</summary>
    /// <param name="id">The organisation; it need not be in force on this chart's day.</param>
    /// <param name="date">The day.</param>
    /// <returns>The organisations it had become, in force on <paramref name="date"/>; the organisation itself when no change
    /// had taken effect and it is in force; empty when it had ended without successors or is unknown.</returns>
    public IReadOnlyList<Organisation> Successors(OrgId id, LocalDate date)
    {
        var result = new List<Organisation>();
        var walk = new IndexWalk(data.IndexOf(id));
        while (walk.TryNext(out int x))
        {
            bool moved = false;
            for (int k = data.SuccStart[x]; k < data.SuccStart[x + 1]; k++)
            {
                if (data.SuccDate[k] <= date)
                {
                    moved = true;
                    _ = walk.Visit(data.SuccTo[k]);
                }
            }

            if (!moved && data.Orgs[x].IsInForceOn(date))
            {
                result.Add(data.Orgs[x]);
            }
        }

        return ReadOnly.Copy(result);
    }

    /// <summary>Returns the organisations this one was formed from, following change events back through chains, nearest first.</summary>
    /// <param name="id">The organisation.</param>
    /// <returns>The predecessors; empty when there are none or the id is unknown.</returns>
    public IReadOnlyList<Organisation> Predecessors(OrgId id)
    {
        var result = new List<Organisation>();
        var walk = new IndexWalk(data.IndexOf(id));
        while (walk.TryNext(out int x))
        {
            for (int k = data.PredStart[x]; k < data.PredStart[x + 1]; k++)
            {
                int p = data.PredFrom[k];
                if (walk.Visit(p))
                {
                    result.Add(data.Orgs[p]);
                }
            }
        }

        return ReadOnly.Copy(result);
    }

    /// <summary>Returns the change events in which an organisation is a predecessor or a successor, by effective date.</summary>
    /// <param name="id">The organisation.</param>
    /// <returns>The events.</returns>
    public IReadOnlyList<OrgChangeEvent> EventsOf(OrgId id)
    {
        var result = new List<OrgChangeEvent>();
        foreach (OrgChangeEvent e in data.Events)
        {
            if (e.Predecessors.Contains(id) || e.Successors.Contains(id))
            {
                result.Add(e);
            }
        }

        result.Sort(static (a, b) => a.EffectiveDate.CompareTo(b.EffectiveDate));
        return ReadOnly.Copy(result);
    }

    internal ChartData Data => data;

    private static bool ContainsAtWordStart(string name, string q)
    {
        int from = 0;
        while (true)
        {
            int at = name.IndexOf(q, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            if (at == 0 || name[at - 1] == ' ')
            {
                return true;
            }

            from = at + 1;
        }
    }

    private Organisation? OrgAt(int i) => snap.Has(i) ? data.Orgs[i] : null;

    private int DepthOf(int i)
    {
        int depth = 0;
        for (int p = snap.Parent[i]; p >= 0 && depth <= snap.Parent.Length; p = snap.Parent[p])
        {
            depth++;
        }

        return depth;
    }

    private bool IsActive(int relation)
    {
        RelationRecord r = data.Relations[relation];
        return Date is not { } d || (r.IsInForceOn(d) && snap.Has(r.Source) && snap.Has(r.Target));
    }
}
