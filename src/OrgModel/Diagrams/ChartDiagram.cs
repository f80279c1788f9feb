using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Diagrams;

/// <summary>Draws an organisation chart as of a day, as Graphviz DOT or as a Mermaid flowchart: a subtree under one
/// organisation, or any chosen set of organisations with the hierarchy among them.</summary>
/// <remarks>
/// <para>One node per organisation, labelled with its Vietnamese name (NFC, diacritics intact) and coloured by what it is
/// (Party, State, Front and mass organisations, administrative units); one edge from each parent to each child, the
/// <see cref="OrgRelationKind.IsUnder"/> relation in force on the day. Nodes come in chart order (a subtree depth first),
/// edges in the order of their child, so the same chart and day always give the same text.</para>
/// <para>The text is pure: nothing is rendered or written. Turn DOT into a picture with Graphviz
/// (<c>dot -Tsvg chart.dot -o chart.svg</c>); Mermaid renders in GitHub's Markdown and in the Mermaid tools.</para>
/// <para>Thread safety: static and thread-safe.</para>
/// </remarks>
public static class ChartDiagram
{
    /// <summary>Draws an organisation and everything under it on a day, as Graphviz DOT.</summary>
    /// <param name="chart">The chart (dated or not: the day decides).</param>
    /// <param name="root">The organisation at the top.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="options">The options (<see cref="DiagramOptions.MaxDepth"/> limits the levels), or null for the defaults.</param>
    /// <returns>A DOT <c>digraph</c>.</returns>
    /// <exception cref="ArgumentException">The root is not in force on the day.</exception>
    public static string SubtreeToDot(OrgChart chart, OrgId root, LocalDate asOf, DiagramOptions? options = null)
    {
        options ??= DiagramOptions.Default;
        return DotWriter.Write(Subtree(chart, root, asOf, options), options);
    }

    /// <summary>Draws an organisation and everything under it on a day, as a Mermaid flowchart.</summary>
    /// <param name="chart">The chart (dated or not: the day decides).</param>
    /// <param name="root">The organisation at the top.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="options">The options (<see cref="DiagramOptions.MaxDepth"/> limits the levels), or null for the defaults.</param>
    /// <returns>A Mermaid <c>flowchart</c>.</returns>
    /// <exception cref="ArgumentException">The root is not in force on the day.</exception>
    public static string SubtreeToMermaid(OrgChart chart, OrgId root, LocalDate asOf, DiagramOptions? options = null)
    {
        options ??= DiagramOptions.Default;
        return MermaidWriter.Write(Subtree(chart, root, asOf, options), options);
    }

    /// <summary>Draws chosen organisations on a day and the hierarchy among them, as Graphviz DOT: for example the central
    /// bodies (<c>VietnamReferenceData.CentralBodies(day)</c>), or the whole chart (<c>chart.AsOf(day).Organisations</c>).</summary>
    /// <param name="chart">The chart (dated or not: the day decides).</param>
    /// <param name="organisations">The organisations, in the order to draw them; repeats are drawn once.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>A DOT <c>digraph</c>, with an edge wherever both a child and its parent are chosen.</returns>
    /// <exception cref="ArgumentException">An organisation is not in force on the day.</exception>
    public static string ToDot(OrgChart chart, IEnumerable<OrgId> organisations, LocalDate asOf, DiagramOptions? options = null)
    {
        options ??= DiagramOptions.Default;
        return DotWriter.Write(Selection(chart, organisations, asOf, options), options);
    }

    /// <summary>Draws chosen organisations on a day and the hierarchy among them, as a Mermaid flowchart (see
    /// <see cref="ToDot"/>).</summary>
    /// <param name="chart">The chart (dated or not: the day decides).</param>
    /// <param name="organisations">The organisations, in the order to draw them; repeats are drawn once.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>A Mermaid <c>flowchart</c>.</returns>
    /// <exception cref="ArgumentException">An organisation is not in force on the day.</exception>
    public static string ToMermaid(OrgChart chart, IEnumerable<OrgId> organisations, LocalDate asOf, DiagramOptions? options = null)
    {
        options ??= DiagramOptions.Default;
        return MermaidWriter.Write(Selection(chart, organisations, asOf, options), options);
    }

    private static DiagramGraph Subtree(OrgChart chart, OrgId root, LocalDate asOf, DiagramOptions options)
    {
        Guard.Against.Null(chart);
        OrgChart day = chart.AsOf(Preconditions.CheckIso(asOf));
        Organisation top = InForce(day, root, nameof(root));
        int rootDepth = day.Depth(root);
        var graph = new DiagramGraph();
        Add(graph, day, top, options);
        foreach (Organisation o in day.Descendants(root))
        {
            if (options.MaxDepth is not { } max || day.Depth(o.Id) - rootDepth <= max)
            {
                Add(graph, day, o, options);
            }
        }

        return graph;
    }

    private static DiagramGraph Selection(OrgChart chart, IEnumerable<OrgId> organisations, LocalDate asOf, DiagramOptions options)
    {
        Guard.Against.Null(chart);
        Guard.Against.Null(organisations);
        OrgChart day = chart.AsOf(Preconditions.CheckIso(asOf));
        var graph = new DiagramGraph();
        var chosen = new List<Organisation>();
        foreach (OrgId id in organisations)
        {
            Organisation o = InForce(day, id, nameof(organisations));
            if (!graph.TryIndex(o.Id.ToString(), out _))
            {
                graph.Node(o.Id.ToString(), DiagramGraph.Label(o, options), DiagramGraph.StyleOf(o.Kind));
                chosen.Add(o);
            }
        }

        // Edges after all nodes, so that a child listed before its parent still gets its edge.
        foreach (Organisation o in chosen)
        {
            if (day.Parent(o.Id) is { } parent && graph.TryIndex(parent.Id.ToString(), out int from))
            {
                graph.TryIndex(o.Id.ToString(), out int to);
                graph.Edge(from, to);
            }
        }

        return graph;
    }

    // Descendants come parents first, so each node's parent is already in the graph when it is added.
    private static void Add(DiagramGraph graph, OrgChart day, Organisation o, DiagramOptions options)
    {
        int to = graph.Node(o.Id.ToString(), DiagramGraph.Label(o, options), DiagramGraph.StyleOf(o.Kind));
        if (day.Parent(o.Id) is { } parent && graph.TryIndex(parent.Id.ToString(), out int from))
        {
            graph.Edge(from, to);
        }
    }

    private static Organisation InForce(OrgChart day, OrgId id, string paramName) =>
        day.Find(id) ?? throw new ArgumentException($"{id} is not in force on {day.Date:uuuu-MM-dd} in this chart.", paramName);
}
