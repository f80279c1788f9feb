using System.Text.RegularExpressions;

namespace OrgModel.Tests.Diagrams;

/// <summary>A DOT digraph read line by line by the subset the library writes: <c>digraph orgmodel {</c>, the
/// <c>graph</c>, <c>node</c> and <c>edge</c> attribute statements, one statement per node (<c>"key" [label=…]</c>) and per
/// edge (<c>"a" -&gt; "b";</c>) between declared nodes, and <c>}</c>. Any other line fails the test.</summary>
internal sealed partial class DotGraph
{
    /// <summary>The attributes of the <c>graph</c>, <c>node</c> and <c>edge</c> statements.</summary>
    public Dictionary<string, Dictionary<string, string>> Defaults { get; } = [];

    /// <summary>The nodes in order: key and attributes (quoted values unescaped).</summary>
    public List<(string Key, Dictionary<string, string> Attributes)> Nodes { get; } = [];

    /// <summary>The edges, by node index.</summary>
    public List<(int From, int To)> Edges { get; } = [];

    public static DotGraph Parse(string text)
    {
        var graph = new DotGraph();
        string[] lines = text.Split('\n');
        Assert.Equal(["digraph orgmodel {", "}", ""], [lines[0], lines[^2], lines[^1]]);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in lines[1..^2])
        {
            if (DefaultsLine().Match(line) is { Success: true } d && graph.Nodes.Count == 0)
            {
                Assert.True(graph.Defaults.TryAdd(d.Groups[1].Value, Attributes(d.Groups[2].Value)), line);
            }
            else if (Node().Match(line) is { Success: true } n && graph.Edges.Count == 0)
            {
                string key = Unquote(n.Groups[1].Value);
                Assert.True(index.TryAdd(key, graph.Nodes.Count), $"node {key} declared twice");
                graph.Nodes.Add((key, Attributes(n.Groups[2].Value)));
            }
            else if (Edge().Match(line) is { Success: true } e)
            {
                graph.Edges.Add((index[Unquote(e.Groups[1].Value)], index[Unquote(e.Groups[2].Value)]));
            }
            else
            {
                Assert.Fail($"not a DOT statement of the subset: {line}");
            }
        }

        return graph;
    }

    private static Dictionary<string, string> Attributes(string list)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        int end = 0;
        foreach (Match a in Attribute().Matches(list))
        {
            Assert.Equal(end, a.Index);
            Assert.True(attributes.TryAdd(a.Groups[1].Value, a.Groups[2].Success ? Unquote(a.Groups[2].Value) : a.Groups[3].Value), list);
            end = a.Index + a.Length;
        }

        Assert.Equal(list.Length, end);
        return attributes;
    }

    private static string Unquote(string quoted) => Escape().Replace(quoted[1..^1], "$1");

    private const string Quoted = """
        "(?:[^"\\]|\\.)*"
        """;

    [GeneratedRegex("^  (graph|node|edge) \\[(.*)\\];$")]
    private static partial Regex DefaultsLine();

    [GeneratedRegex("^  (" + Quoted + ") \\[(.*)\\];$")]
    private static partial Regex Node();

    [GeneratedRegex("^  (" + Quoted + ") -> (" + Quoted + ");$")]
    private static partial Regex Edge();

    [GeneratedRegex("(?:, )?([a-z]+)=(?:(" + Quoted + ")|([^\",\\s]+))")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Escape();
}
