using System.Globalization;
using System.Text.RegularExpressions;

namespace OrgModel.Tests.Diagrams;

/// <summary>A Mermaid flowchart read line by line by the grammar subset the library writes: an optional front matter title,
/// <c>flowchart TD|LR</c>, node lines <c>n0["label"]</c> numbered in order, edge lines <c>nA --&gt; nB</c> between
/// declared nodes, then <c>classDef</c> lines each followed by the <c>class</c> line of its nodes. Any other line fails
/// the test: a mistyped statement would be a picture Mermaid refuses.</summary>
internal sealed partial class MermaidFlowchart
{
    public string? Title { get; private set; }

    public string Direction { get; private set; } = "";

    /// <summary>The node labels, entities decoded, in node order.</summary>
    public List<string> Labels { get; } = [];

    public List<(int From, int To)> Edges { get; } = [];

    /// <summary>The class of each node (every node has exactly one) and each class's fill and stroke.</summary>
    public Dictionary<int, string> ClassOf { get; } = [];

    public Dictionary<string, (string Fill, string Stroke)> Classes { get; } = [];

    public static MermaidFlowchart Parse(string text)
    {
        var chart = new MermaidFlowchart();
        string[] lines = text.Split('\n');
        Assert.Equal("", lines[^1]);
        int i = 0;
        if (lines[0] == "---")
        {
            Match title = FrontMatterTitle().Match(lines[1]);
            Assert.True(title.Success && lines[2] == "---", $"front matter: {lines[1]} / {lines[2]}");
            chart.Title = YamlEscape().Replace(title.Groups[1].Value, "$1");
            i = 3;
        }

        Match header = Header().Match(lines[i++]);
        Assert.True(header.Success, $"header: {lines[i - 1]}");
        chart.Direction = header.Groups[1].Value;
        for (; i < lines.Length - 1; i++)
        {
            string line = lines[i];
            if (Node().Match(line) is { Success: true } node && chart.Edges.Count == 0 && chart.Classes.Count == 0)
            {
                Assert.Equal(chart.Labels.Count, Index(node.Groups[1].Value));
                chart.Labels.Add(Entity().Replace(node.Groups[2].Value, e => ((char)Index(e.Groups[1].Value)).ToString()));
            }
            else if (Edge().Match(line) is { Success: true } edge && chart.Classes.Count == 0)
            {
                chart.Edges.Add((Index(edge.Groups[1].Value), Index(edge.Groups[2].Value)));
                Assert.InRange(chart.Edges[^1].From, 0, chart.Labels.Count - 1);
                Assert.InRange(chart.Edges[^1].To, 0, chart.Labels.Count - 1);
            }
            else if (ClassDef().Match(line) is { Success: true } def && i + 1 < lines.Length && Class().Match(lines[i + 1]) is { Success: true } members
                && members.Groups[2].Value == def.Groups[1].Value)
            {
                string name = def.Groups[1].Value;
                Assert.True(chart.Classes.TryAdd(name, (def.Groups[2].Value, def.Groups[3].Value)), $"class {name} defined twice");
                foreach (string n in members.Groups[1].Value.Split(','))
                {
                    int index = Index(n[1..]);
                    Assert.InRange(index, 0, chart.Labels.Count - 1);
                    Assert.True(chart.ClassOf.TryAdd(index, name), $"{n} is in two classes");
                }

                i++;
            }
            else
            {
                Assert.Fail($"line {i + 1} is not of the flowchart grammar: {line}");
            }
        }

        Assert.Equal(chart.Labels.Count, chart.ClassOf.Count);
        return chart;
    }

    private static int Index(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex("""^title: "((?:[^"\\]|\\.)*)"$""")]
    private static partial Regex FrontMatterTitle();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex YamlEscape();

    [GeneratedRegex("^flowchart (TD|LR)$")]
    private static partial Regex Header();

    [GeneratedRegex("""^    n(\d+)\["([^"\n]*)"\]$""")]
    private static partial Regex Node();

    [GeneratedRegex(@"^    n(\d+) --> n(\d+)$")]
    private static partial Regex Edge();

    [GeneratedRegex("^    classDef ([a-z]+) fill:(#[0-9a-f]{6}),stroke:(#[0-9a-f]{6})$")]
    private static partial Regex ClassDef();

    [GeneratedRegex(@"^    class (n\d+(?:,n\d+)*) ([a-z]+)$")]
    private static partial Regex Class();

    [GeneratedRegex(@"#(\d+);")]
    private static partial Regex Entity();
}
