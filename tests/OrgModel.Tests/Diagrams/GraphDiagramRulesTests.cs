using System.Xml.Linq;
using NodaTime;
using OrgModel.Diagrams;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Diagrams;

/// <summary>The DOT and Mermaid texts of a graph, read by their grammar: both parse, draw the same nodes and edges, colour
/// each organisation by what it is (one colour per family, the same in both languages), and honour direction and title.</summary>
public class GraphDiagramRulesTests
{
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;
    private static readonly LocalDate Day = VietnamReferenceData.TwoTierReformDate;
    private static readonly OrgId LaiChau = VietnamReferenceData.UnitId2025("12");
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Diagrams() => new(Drawings.Keys);

    private static readonly Dictionary<string, Func<(string Dot, string Mermaid)>> Drawings = new()
    {
        ["central bodies"] = () => Both(o => ChartDiagram.ToDot(Chart, CentralIds(), Day, o), o => ChartDiagram.ToMermaid(Chart, CentralIds(), Day, o), null),
        ["Lai Châu, titled, with codes"] = () => Both(
            o => ChartDiagram.SubtreeToDot(Chart, LaiChau, Day, o), o => ChartDiagram.SubtreeToMermaid(Chart, LaiChau, Day, o),
            new DiagramOptions(title: "Tỉnh \"Lai Châu\" \\ 2025", showCodes: true)),
        ["Central Committee, two levels, left to right"] = () => Both(
            o => ChartDiagram.SubtreeToDot(Chart, OrgId.Parse(CentralBodies.CentralCommittee), Day, o),
            o => ChartDiagram.SubtreeToMermaid(Chart, OrgId.Parse(CentralBodies.CentralCommittee), Day, o), new DiagramOptions(DiagramDirection.LeftRight, maxDepth: 2)),
        ["provinces merged"] = () => Both(o => MergerDiagram.ToDot(Chart, Day, OrgLevel.Province, o), o => MergerDiagram.ToMermaid(Chart, Day, OrgLevel.Province, o), null),
    };

    [Theory]
    [MemberData(nameof(Diagrams))]
    public void Dot_and_mermaid_parse_and_draw_the_same_nodes_edges_and_colours(string diagram)
    {
        (string dotText, string mermaidText) = Drawings[diagram]();
        DotGraph dot = DotGraph.Parse(dotText);
        MermaidFlowchart mermaid = MermaidFlowchart.Parse(mermaidText);
        Assert.NotEmpty(dot.Nodes);
        Assert.Equal(dot.Nodes.Select(n => n.Attributes["label"].Replace("&amp;", "&", StringComparison.Ordinal)), mermaid.Labels);
        Assert.Equal(dot.Edges, mermaid.Edges);
        Assert.Equal(dot.Edges.Count, dot.Edges.Distinct().Count());
        for (int i = 0; i < dot.Nodes.Count; i++)
        {
            Assert.Equal((dot.Nodes[i].Attributes["fillcolor"], dot.Nodes[i].Attributes["color"]), mermaid.Classes[mermaid.ClassOf[i]]);
        }

        Assert.Equal(dot.Defaults["graph"]["rankdir"], mermaid.Direction == "LR" ? "LR" : "TB");
        Assert.Equal(dot.Defaults["graph"].GetValueOrDefault("label"), mermaid.Title);
    }

    [Fact]
    public void Each_family_of_organisations_has_a_class_and_a_colour_of_its_own()
    {
        var seen = new Dictionary<string, (string Fill, string Stroke)>();
        foreach (string diagram in Drawings.Keys)
        {
            (string dotText, string mermaidText) = Drawings[diagram]();
            DotGraph dot = DotGraph.Parse(dotText);
            MermaidFlowchart mermaid = MermaidFlowchart.Parse(mermaidText);
            bool merger = diagram == "provinces merged";
            for (int i = 0; i < dot.Nodes.Count; i++)
            {
                Organisation o = (Chart.Find(OrgId.Parse(dot.Nodes[i].Key)) ?? Chart.History.Find(OrgId.Parse(dot.Nodes[i].Key)))!;
                string family = merger ? (dot.Edges.Exists(e => e.From == i) ? "before" : "unit") : Family(o.Kind);
                Assert.Equal(family, mermaid.ClassOf[i]);
                seen[family] = mermaid.Classes[family];
            }
        }

        Assert.Equal(["before", "front", "party", "state", "unit"], seen.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(seen.Count, seen.Values.Select(c => c.Fill).Distinct().Count());
        Assert.Equal(seen.Count, seen.Values.Select(c => c.Stroke).Distinct().Count());
    }

    [Fact]
    public void The_direction_and_title_are_the_options_and_without_a_title_there_is_none()
    {
        foreach (DiagramDirection direction in Enum.GetValues<DiagramDirection>())
        {
            var options = new DiagramOptions(direction, title: "Sơ đồ: \"A\" \\ B");
            DotGraph dot = DotGraph.Parse(ChartDiagram.ToDot(Chart, CentralIds(), Day, options));
            MermaidFlowchart mermaid = MermaidFlowchart.Parse(ChartDiagram.ToMermaid(Chart, CentralIds(), Day, options));
            string expected = direction == DiagramDirection.LeftRight ? "LR" : "TB";
            Assert.Equal(expected, dot.Defaults["graph"]["rankdir"]);
            Assert.Equal(expected == "TB" ? "TD" : "LR", mermaid.Direction);
            Assert.Equal("Sơ đồ: \"A\" \\ B", dot.Defaults["graph"]["label"]);
            Assert.Equal("Sơ đồ: \"A\" \\ B", mermaid.Title);
        }

        Assert.DoesNotContain("label", DotGraph.Parse(ChartDiagram.ToDot(Chart, CentralIds(), Day)).Defaults["graph"].Keys);
        Assert.Null(MermaidFlowchart.Parse(ChartDiagram.ToMermaid(Chart, CentralIds(), Day)).Title);
        Assert.Equal("TD", MermaidFlowchart.Parse(ChartDiagram.ToMermaid(Chart, CentralIds(), Day)).Direction);
        Assert.Equal("LR", MermaidFlowchart.Parse(MergerDiagram.ToMermaid(Chart, Day, OrgLevel.Province)).Direction);
        Assert.Equal("TD", MermaidFlowchart.Parse(MergerDiagram.ToMermaid(Chart, Day, OrgLevel.Province, DiagramOptions.Default)).Direction);
        Assert.Equal("TB", DotGraph.Parse(MergerDiagram.ToDot(Chart, Day, OrgLevel.Province, DiagramOptions.Default)).Defaults["graph"]["rankdir"]);
    }

    [Fact]
    public void Graphviz_draws_every_node_as_a_box_filled_in_its_family_colour_in_the_font_the_labels_are_measured_in()
    {
        DotGraph dot = DotGraph.Parse(ChartDiagram.ToDot(Chart, CentralIds(), Day));
        Assert.Equal("DejaVu Sans", dot.Defaults["graph"]["fontname"]);
        Assert.Equal("DejaVu Sans", dot.Defaults["node"]["fontname"]);
        XDocument svg = Graphviz.RenderSvg(ChartDiagram.ToDot(Chart, CentralIds(), Day));
        var drawn = Graphviz.Groups(svg, "node").ToDictionary(g => g.Element(Svg + "title")!.Value);
        Assert.Equal(dot.Nodes.Count, drawn.Count);
        foreach ((string key, Dictionary<string, string> attributes) in dot.Nodes)
        {
            XElement shape = drawn[key].Elements().First(e => e.Name == Svg + "path" || e.Name == Svg + "polygon");
            Assert.Equal((attributes["fillcolor"], attributes["color"]), ((string?)shape.Attribute("fill"), (string?)shape.Attribute("stroke")));
            Assert.All(drawn[key].Elements(Svg + "text"), t => Assert.StartsWith("DejaVu Sans", (string?)t.Attribute("font-family"), StringComparison.Ordinal));
        }

        // Edges are grey, lighter than any box's outline, so the coloured boxes stand out.
        Assert.All(Graphviz.Groups(svg, "edge"), g => Assert.All(g.Elements(Svg + "path"), p => Assert.Matches("^#([0-9a-f]{2})\\1\\1$", (string?)p.Attribute("stroke"))));
        Assert.DoesNotContain(Graphviz.Groups(svg, "edge").SelectMany(g => g.Elements(Svg + "path")), p => (string?)p.Attribute("stroke") is "#000000" or "black");
    }

    [Fact]
    public void The_depth_limit_counts_levels_below_the_root_whatever_the_root_s_own_depth()
    {
        OrgChart day = Chart.AsOf(Day);
        Organisation deep = day.Organisations.First(o => day.Depth(o.Id) >= 1 && day.Children(o.Id).Count > 0);
        DotGraph one = DotGraph.Parse(ChartDiagram.SubtreeToDot(Chart, deep.Id, Day, new DiagramOptions(maxDepth: 1)));
        var expected = day.Children(deep.Id).Select(c => c.Id.ToString()).Prepend(deep.Id.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, one.Nodes.Select(n => n.Key).Order(StringComparer.Ordinal));
        Assert.Equal(one.Nodes.Count - 1, one.Edges.Count);
    }

    private static string Family(OrganisationKind kind) => kind switch
    {
        OrganisationKind.PartyCommittee or OrganisationKind.PartyCommission or OrganisationKind.PartyOrganisation => "party",
        OrganisationKind.FatherlandFront or OrganisationKind.MassOrganisation => "front",
        OrganisationKind.AdministrativeUnit => "unit",
        _ => "state",
    };

    private static IEnumerable<OrgId> CentralIds() => VietnamReferenceData.CentralBodies(Day).Select(o => o.Id);

    private static (string Dot, string Mermaid) Both(Func<DiagramOptions?, string> dot, Func<DiagramOptions?, string> mermaid, DiagramOptions? options) =>
        (dot(options), mermaid(options));
}
