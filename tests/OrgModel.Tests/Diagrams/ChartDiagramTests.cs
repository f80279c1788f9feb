using System.Text.RegularExpressions;
using NodaTime;
using OrgModel.Diagrams;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Diagrams;

/// <summary>Charts as DOT and Mermaid: the structure drawn is the chart's, counted against the chart itself, and the DOT
/// renders with Graphviz with the Vietnamese labels intact.</summary>
public partial class ChartDiagramTests
{
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;
    private static readonly LocalDate Day = VietnamReferenceData.TwoTierReformDate;
    private static readonly OrgId LaiChau = VietnamReferenceData.UnitId2025("12");

    [Fact]
    public void A_province_subtree_has_one_node_per_unit_and_one_edge_per_child()
    {
        OrgChart day = Chart.AsOf(Day);
        int units = 1 + day.Descendants(LaiChau).Count;
        string dot = ChartDiagram.SubtreeToDot(Chart, LaiChau, Day);
        string mermaid = ChartDiagram.SubtreeToMermaid(Chart, LaiChau, Day);

        Assert.Equal(units, DotNode().Count(dot));
        Assert.Equal(units - 1, DotEdge().Count(dot));
        Assert.Equal(units, MermaidNode().Count(mermaid));
        Assert.Equal(units - 1, MermaidEdge().Count(mermaid));
        Assert.Contains("\"Tỉnh Lai Châu\"", dot, StringComparison.Ordinal);
        Assert.Contains("n0[\"Tỉnh Lai Châu\"]", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void The_central_bodies_have_an_edge_wherever_a_parent_is_chosen_too()
    {
        OrgChart day = Chart.AsOf(Day);
        IReadOnlyList<Organisation> central = VietnamReferenceData.CentralBodies(Day);
        var ids = central.Select(o => o.Id).ToHashSet();
        int edges = central.Count(o => day.Parent(o.Id) is { } p && ids.Contains(p.Id));

        string dot = ChartDiagram.ToDot(Chart, central.Select(o => o.Id).Reverse(), Day);
        Assert.Equal(central.Count, DotNode().Count(dot));
        Assert.Equal(edges, DotEdge().Count(dot));
        string mermaid = ChartDiagram.ToMermaid(Chart, central.Select(o => o.Id).Concat(central.Select(o => o.Id)), Day);
        Assert.Equal(central.Count, MermaidNode().Count(mermaid));
        Assert.Equal(edges, MermaidEdge().Count(mermaid));
    }

    [Fact]
    public void The_depth_limit_counts_levels_below_the_root()
    {
        Assert.Single(DotNode().Matches(ChartDiagram.SubtreeToDot(Chart, LaiChau, Day, new DiagramOptions(maxDepth: 0))));
        OrgId party = OrgId.Parse(CentralBodies.CentralCommittee);
        int children = Chart.AsOf(Day).Children(party).Count;
        Assert.Equal(1 + children, MermaidNode().Count(ChartDiagram.SubtreeToMermaid(Chart, party, Day, new DiagramOptions(maxDepth: 1))));
    }

    [Fact]
    public void The_same_chart_and_day_give_the_same_text_and_another_day_another_chart()
    {
        Assert.Equal(ChartDiagram.SubtreeToDot(Chart, LaiChau, Day), ChartDiagram.SubtreeToDot(Chart.AsOf(Day), LaiChau, Day));
        OrgId oldLaiChau = VietnamReferenceData.UnitIdBefore2025Reform("12");
        string before = ChartDiagram.SubtreeToDot(Chart, oldLaiChau, Day.PlusDays(-1), new DiagramOptions(maxDepth: 1));
        Assert.Equal(1 + Chart.AsOf(Day.PlusDays(-1)).Children(oldLaiChau).Count, DotNode().Count(before));
    }

    [Fact]
    public void An_organisation_not_in_force_on_the_day_is_an_argument_error()
    {
        var e = Assert.Throws<ArgumentException>(() => ChartDiagram.SubtreeToDot(Chart, LaiChau, Day.PlusDays(-1)));
        Assert.Equal("root", e.ParamName);
        Assert.Throws<ArgumentException>(() => ChartDiagram.ToMermaid(Chart, [VietnamReferenceData.UnitIdBefore2025Reform("12")], Day));
        Assert.Throws<ArgumentException>(() => new DiagramOptions(maxDepth: -1));
    }

    [Fact]
    public void Graphviz_renders_the_province_with_its_communes_and_their_diacritics()
    {
        OrgChart day = Chart.AsOf(Day);
        var svg = Graphviz.RenderSvg(ChartDiagram.SubtreeToDot(Chart, LaiChau, Day, new DiagramOptions(DiagramDirection.LeftRight, title: "Tỉnh Lai Châu", showCodes: true)));
        var nodes = Graphviz.Groups(svg, "node").Select(Graphviz.Node).ToList();
        var expected = new[] { day.Find(LaiChau)! }.Concat(day.Descendants(LaiChau)).Select(o => (o.Id.ToString(), $"{o.Name} ({o.Code})")).ToList();
        Assert.Equal(expected, nodes);
        Assert.Equal(expected.Count - 1, Graphviz.Groups(svg, "edge").Count);
        Assert.Contains(nodes, n => n.Label == "Xã Pa Ủ (03442)");
        Assert.All(nodes, n => Assert.True(n.Label.IsNormalized(System.Text.NormalizationForm.FormC), n.Label));
    }

    [Fact]
    public void Graphviz_renders_the_central_bodies_to_svg_and_png()
    {
        IReadOnlyList<Organisation> central = VietnamReferenceData.CentralBodies(Day);
        string dot = ChartDiagram.ToDot(Chart, central.Select(o => o.Id), Day);
        var svg = Graphviz.RenderSvg(dot);
        Assert.Equal(central.Select(o => o.Name), Graphviz.Groups(svg, "node").Select(g => Graphviz.Node(g).Label));
        Assert.Contains(Graphviz.Groups(svg, "node"), g => Graphviz.Node(g).Label == "Ban Chấp hành Trung ương");
        byte[] png = Graphviz.Render(dot, "png");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.True(png.Length > 10_000, $"a {png.Length}-byte PNG is too small for 45 boxes");
    }

    [GeneratedRegex(@"^  ""[^""]+"" \[label=", RegexOptions.Multiline)]
    internal static partial Regex DotNode();

    [GeneratedRegex(@"^  ""[^""]+"" -> ""[^""]+"";$", RegexOptions.Multiline)]
    internal static partial Regex DotEdge();

    [GeneratedRegex(@"^    n\d+\[""[^""]*""\]$", RegexOptions.Multiline)]
    internal static partial Regex MermaidNode();

    [GeneratedRegex(@"^    n\d+ --> n\d+$", RegexOptions.Multiline)]
    internal static partial Regex MermaidEdge();
}
