using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OrgModel.Diagrams;
using OrgModel.Tasks;

namespace OrgModel.Tests.Diagrams;

/// <summary>Any label survives every output: Graphviz reads the DOT and draws the label as given, the Mermaid line reads back
/// to the label, the SVG parses as XML with the label as its text. "As given" is after the one cleaning all writers share
/// (NFC, control characters as spaces, what XML forbids as U+FFFD).</summary>
public partial class EscapingProperties
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] Hostile =
    [
        "\"", "\\", "\\n", "\\N", "\\\"", "a\"b\\c", "<b>", "&amp;", "#quot;", "#35;", "[x]", "(x)", "{x}", "a|b", "`md`", "a:b", "a;b", "%% c",
        "style x:#f00;", "&lt;", "a & b", "Tỉnh Lai Châu", "Ho\u0300a", "x\ny\tz", "\u0001", "\ud800", "\uffff", "¶ß ﬂ°", "😀", "--> n1", "]\n    n9[\"",
    ];

    public static TheoryData<string> HostileLabels() => new(Hostile);

    [Theory]
    [MemberData(nameof(HostileLabels))]
    public void Graphviz_draws_a_hostile_label_as_given(string label) => AssertDotSurvives(label);

    [Property(MaxTest = 40)]
    public void Graphviz_draws_any_label_as_given(NonEmptyString text) => AssertDotSurvives(text.Get);

    [Property]
    public void A_mermaid_label_reads_back_and_breaks_no_syntax(NonNull<string> text)
    {
        var graph = new DiagramGraph();
        graph.Node("a", text.Get, NodeStyle.Unit);
        string mermaid = MermaidWriter.Write(graph, DiagramOptions.Default);
        Match m = MermaidLabel().Match(mermaid);
        Assert.True(m.Success, mermaid);
        string inner = m.Groups[1].Value;
        string syntax = Entity().Replace(inner, string.Empty);
        Assert.DoesNotContain(syntax, c => c is '"' or '[' or ']' or '<' or '>' or '`' or ':' or ';' or '#' or '&' or '\n' or '\r');
        Assert.Equal(DiagramText.Clean(text.Get), Entity().Replace(inner, e => ((char)int.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture)).ToString()));
        Assert.Equal(DiagramText.Clean(text.Get).Count(c => c == '#'), Entity().Matches(inner).Count(e => e.Value == "#35;"));
    }

    [Property]
    public void An_svg_label_parses_as_xml_and_reads_back(NonNull<string> text, NonNull<string> title)
    {
        string svg = StatusChart.ToSvg([new(text.Get, StatusSummary.Of(AssignmentStatus.Overdue))], new DiagramOptions(title: title.Get));
        var doc = XDocument.Parse(svg, LoadOptions.PreserveWhitespace);
        Assert.Equal(DiagramText.Clean(title.Get), doc.Descendants(Svg + "text").First().Value);
        XElement row = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "row");
        Assert.Equal(DiagramText.Clean(text.Get), row.Element(Svg + "text")!.Value);
        Assert.Equal(DiagramText.Clean(text.Get) + ": 1 overdue", row.Element(Svg + "rect")!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Cleaning_keeps_letters_composes_diacritics_and_replaces_what_xml_forbids()
    {
        Assert.Equal("Hòa", DiagramText.Clean("Ho\u0300a"));
        Assert.Equal("x y z", DiagramText.Clean("x\ny\tz"));
        Assert.Equal("a b c d", DiagramText.Clean("a\u2028b\u2029c\u0085d"));
        Assert.Equal("\ufffd\ufffd😀", DiagramText.Clean("\ud800\uffff😀"));
        Assert.Equal("Tỉnh Lai Châu", DiagramText.Clean("Tỉnh Lai Châu"));
    }

    private static void AssertDotSurvives(string label)
    {
        // The keys are identifiers (OrgId text in the library), so only the labels and the title are arbitrary.
        var graph = new DiagramGraph();
        graph.Edge(graph.Node("a", label, NodeStyle.Party), graph.Node("b", "x", NodeStyle.State));
        var svg = Graphviz.RenderSvg(DotWriter.Write(graph, new DiagramOptions(title: label)));
        var nodes = Graphviz.Groups(svg, "node").Select(Graphviz.Node).ToList();
        Assert.Equal([("a", DiagramText.Clean(label)), ("b", "x")], nodes.Select(n => (n.Name, Drawn(n.Label))));
        Assert.Single(Graphviz.Groups(svg, "edge"));
        XElement graphTitle = Graphviz.Groups(svg, "graph").Single().Elements(Svg + "text").Single();
        Assert.Equal(DiagramText.Clean(label), Drawn(graphTitle.Value));
    }

    // Graphviz writes each space after the first of a run as a no-break space (so that SVG viewers keep the run).
    private static string Drawn(string svgText) => svgText.Replace('\u00a0', ' ');

    [GeneratedRegex(@"^    n0\[""(.*)""\]$", RegexOptions.Multiline)]
    private static partial Regex MermaidLabel();

    [GeneratedRegex(@"#(\d+);")]
    private static partial Regex Entity();
}
