namespace OrgModel.Organisations;

/// <summary>The hierarchy in force on one day (or over all time when the date is null), as index arrays.</summary>
internal sealed class Snapshot
{
    private readonly Lazy<Organisation[]> present;
    private IReadOnlyList<Organisation>? presentView;

    public Snapshot(ChartData data, LocalDate? date)
    {
        Date = date;
        int n = data.Orgs.Length;
        if (date is { } d)
        {
            Present = new bool[n];
            for (int i = 0; i < n; i++)
            {
                Present[i] = data.Orgs[i].IsInForceOn(d);
            }
        }

        Parent = new int[n];
        Array.Fill(Parent, -1);
        var parentFrom = date is null ? new LocalDate[n] : null;
        foreach (RelationRecord r in data.Relations)
        {
            if (r.Kind != OrgRelationKind.IsUnder)
            {
                continue;
            }

            if (date is { } day)
            {
                if (r.IsInForceOn(day) && Present![r.Source] && Present[r.Target])
                {
                    Parent[r.Source] = r.Target;
                }
            }
            else
            {
                // Over all time, the parent is the one of the latest-starting relation.
                LocalDate from = r.ValidFrom ?? LocalDate.MinIsoValue;
                if (Parent[r.Source] < 0 || from >= parentFrom![r.Source])
                {
                    Parent[r.Source] = r.Target;
                    parentFrom![r.Source] = from;
                }
            }
        }

        ChildStart = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            if (Parent[i] >= 0)
            {
                ChildStart[Parent[i] + 1]++;
            }
        }

        for (int i = 0; i < n; i++)
        {
            ChildStart[i + 1] += ChildStart[i];
        }

        ChildList = new int[ChildStart[n]];
        var fill = new int[n];
        for (int i = 0; i < n; i++)
        {
            int p = Parent[i];
            if (p >= 0)
            {
                ChildList[ChildStart[p] + fill[p]++] = i;
            }
        }

        present = new Lazy<Organisation[]>(
            () =>
            {
                if (Present is null)
                {
                    return data.Orgs;
                }

                var list = new List<Organisation>(n);
                for (int i = 0; i < n; i++)
                {
                    if (Present[i])
                    {
                        list.Add(data.Orgs[i]);
                    }
                }

                return [.. list];
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public LocalDate? Date { get; }

    /// <summary>Gets which organisations are in force, or null when all are (the all-time view).</summary>
    public bool[]? Present { get; }

    public int[] Parent { get; }

    public int[] ChildStart { get; }

    public int[] ChildList { get; }

    public Organisation[] PresentOrgs => present.Value;

    // Built once: the public view of PresentOrgs (see ReadOnly).
    public IReadOnlyList<Organisation> PresentView => presentView ??= OrgModel.Utility.ReadOnly.Own(present.Value);

    public bool Has(int index) => index >= 0 && (Present is null || Present[index]);
}
