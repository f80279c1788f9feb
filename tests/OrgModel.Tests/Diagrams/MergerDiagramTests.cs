using NodaTime;
using OrgModel.Diagrams;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Diagrams;

/// <summary>The 2025 arrangement of provinces (63 into 34) as a diagram, counted against the reference data.</summary>
public class MergerDiagramTests
{
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;
    private static readonly LocalDate Reform = VietnamReferenceData.TwoTierReformDate;

    [Fact]
    public void The_provinces_diagram_has_63_old_and_34_new_provinces_and_one_edge_per_old_province()
    {
        string dot = MergerDiagram.ToDot(Chart, Reform, OrgLevel.Province);
        Assert.Equal(63, ChartDiagramTests.DotNode().Matches(dot).Count(m => m.Value.Contains("vn.au.2025-01.", StringComparison.Ordinal)));
        Assert.Equal(34, ChartDiagramTests.DotNode().Matches(dot).Count(m => m.Value.Contains("vn.au.2025-07.", StringComparison.Ordinal)));
        Assert.Equal(63, ChartDiagramTests.DotEdge().Count(dot));
        Assert.Contains("rankdir=LR", dot, StringComparison.Ordinal);

        string mermaid = MergerDiagram.ToMermaid(Chart, Reform, OrgLevel.Province);
        Assert.Equal(97, ChartDiagramTests.MermaidNode().Count(mermaid));
        Assert.Equal(63, ChartDiagramTests.MermaidEdge().Count(mermaid));
    }

    [Fact]
    public void Each_edge_is_a_predecessor_of_the_chart_s_events()
    {
        string dot = MergerDiagram.ToDot(Chart, Reform, OrgLevel.Province);
        var expected = Chart.AsOf(Reform).Organisations.Where(o => o.Level == OrgLevel.Province)
            .SelectMany(p => Chart.EventsOf(p.Id).Where(e => e.EffectiveDate == Reform && e.Successors.Contains(p.Id))
                .SelectMany(e => e.Predecessors.Where(old => Chart.Find(old)?.Level == OrgLevel.Province).Select(old => $"  \"{old}\" -> \"{p.Id}\";")))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, ChartDiagramTests.DotEdge().Matches(dot).Select(m => m.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Graphviz_renders_the_mergers_with_the_names_of_both_sides()
    {
        var svg = Graphviz.RenderSvg(MergerDiagram.ToDot(Chart, Reform, OrgLevel.Province, new DiagramOptions(DiagramDirection.LeftRight, showCodes: true)));
        var nodes = Graphviz.Groups(svg, "node").Select(Graphviz.Node).ToList();
        Assert.Equal(97, nodes.Count);
        Assert.Equal(63, Graphviz.Groups(svg, "edge").Count);
        Assert.Contains(("vn.au.2025-01.02", "Tỉnh Hà Giang (02)"), nodes);
        Assert.Contains(("vn.au.2025-07.08", "Tỉnh Tuyên Quang (08)"), nodes);
        Assert.Contains(Graphviz.Groups(svg, "edge"), g => g.Value.Contains("vn.au.2025-01.02", StringComparison.Ordinal) && g.Value.Contains("vn.au.2025-07.08", StringComparison.Ordinal));
    }

    [Fact]
    public void The_new_provinces_come_in_the_order_of_their_codes_each_after_the_old_ones_it_was_formed_from()
    {
        DotGraph dot = DotGraph.Parse(MergerDiagram.ToDot(Chart, Reform, OrgLevel.Province));
        var codes = dot.Edges.Select(e => e.To).Distinct().Order().Select(i => Chart.Find(OrgId.Parse(dot.Nodes[i].Key))!.Code).ToList();
        Assert.Equal(34, codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.All(dot.Edges, e => Assert.True(e.From < e.To, $"{dot.Nodes[e.From].Key} comes after {dot.Nodes[e.To].Key}"));
    }

    [Fact]
    public void A_day_without_changes_gives_an_empty_graph()
    {
        string dot = MergerDiagram.ToDot(Chart, new LocalDate(2025, 8, 1), OrgLevel.Province);
        Assert.Empty(ChartDiagramTests.DotNode().Matches(dot));
        Assert.Empty(Graphviz.Groups(Graphviz.RenderSvg(dot), "node"));
    }
}
