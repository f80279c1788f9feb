using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Diagrams;

/// <summary>Draws the reorganisation of one tier on one day (the old units on one side, the units they became on the
/// other), as Graphviz DOT or as a Mermaid flowchart: for the 2025 arrangement of provinces (63 into 34),
/// <c>MergerDiagram.ToDot(VietnamReferenceData.OrgChart, VietnamReferenceData.TwoTierReformDate, OrgLevel.Province)</c>.</summary>
/// <remarks>
/// <para>Read from the chart's change events (<see cref="OrgChart.Events"/>): every event taking effect on the day gives an
/// edge from each of its predecessors of the tier to each of its successors of the tier (an abolished district, which names
/// the provinces that took it over, is not drawn in a diagram of provinces). Units kept whole under a new
/// identifier (<see cref="OrgChangeKind.Continued"/>) appear too, with one edge. The units after the change come in the
/// order of their official code (then identifier), each preceded by the units it was formed from, so the text is stable.</para>
/// <para>Old units are grey; the units after the change are coloured as administrative units.</para>
/// <para>Thread safety: static and thread-safe.</para>
/// </remarks>
public static class MergerDiagram
{
    private static readonly DiagramOptions LeftToRight = new(DiagramDirection.LeftRight);

    /// <summary>Draws the changes of one tier that took effect on a day, as Graphviz DOT.</summary>
    /// <param name="chart">The chart with the change events (the undated reference chart, for example).</param>
    /// <param name="effectiveDate">The day the changes took effect (1 July 2025 for the provinces).</param>
    /// <param name="level">The tier of the units after the change.</param>
    /// <param name="options">The options (<see cref="DiagramOptions.ShowCodes"/> adds the codes), or null for the defaults,
    /// which draw left to right.</param>
    /// <returns>A DOT <c>digraph</c>; with no such change, a graph with no nodes.</returns>
    public static string ToDot(OrgChart chart, LocalDate effectiveDate, OrgLevel level, DiagramOptions? options = null)
    {
        options ??= LeftToRight;
        return DotWriter.Write(Build(chart, effectiveDate, level, options), options);
    }

    /// <summary>Draws the changes of one tier that took effect on a day, as a Mermaid flowchart (see <see cref="ToDot"/>).</summary>
    /// <param name="chart">The chart with the change events.</param>
    /// <param name="effectiveDate">The day the changes took effect.</param>
    /// <param name="level">The tier of the units after the change.</param>
    /// <param name="options">The options, or null for the defaults, which draw left to right.</param>
    /// <returns>A Mermaid <c>flowchart</c>.</returns>
    public static string ToMermaid(OrgChart chart, LocalDate effectiveDate, OrgLevel level, DiagramOptions? options = null)
    {
        options ??= LeftToRight;
        return MermaidWriter.Write(Build(chart, effectiveDate, level, options), options);
    }

    private static DiagramGraph Build(OrgChart chart, LocalDate effectiveDate, OrgLevel level, DiagramOptions options)
    {
        Guard.Against.Null(chart);
        Preconditions.CheckIso(effectiveDate);
        Preconditions.CheckDefined(level);
        OrgChart before = chart.AsOf(effectiveDate.PlusDays(-1));
        OrgChart after = chart.AsOf(effectiveDate);
        var changes = new List<(Organisation Successor, OrgChangeEvent Event)>();
        foreach (OrgChangeEvent e in chart.Events)
        {
            if (e.EffectiveDate != effectiveDate || e.Predecessors.Count == 0)
            {
                continue;
            }

            foreach (OrgId s in e.Successors)
            {
                if (after.Find(s) is { } successor && successor.Level == level)
                {
                    changes.Add((successor, e));
                }
            }
        }

        changes.Sort(static (a, b) => DiagramGraph.ByCode(a.Successor, b.Successor));
        var graph = new DiagramGraph();
        foreach ((Organisation successor, OrgChangeEvent e) in changes)
        {
            var from = new List<int>(e.Predecessors.Count);
            foreach (OrgId p in e.Predecessors)
            {
                // Only units of the same tier: a district abolished on the day also names the provinces that took it over.
                if ((before.Find(p) ?? chart.History.Find(p)) is { } old && old.Level == level)
                {
                    from.Add(graph.Node(p.ToString(), DiagramGraph.Label(old, options), NodeStyle.Before));
                }
            }

            if (from.Count == 0)
            {
                continue;
            }

            int to = graph.Node(successor.Id.ToString(), DiagramGraph.Label(successor, options), NodeStyle.Unit);
            foreach (int f in from)
            {
                graph.Edge(f, to);
            }
        }

        return graph;
    }
}
