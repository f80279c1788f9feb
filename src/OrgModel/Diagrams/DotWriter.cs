namespace OrgModel.Diagrams;

/// <summary>Writes a <see cref="DiagramGraph"/> as a Graphviz DOT digraph: one statement per line, nodes then edges in the
/// graph's order, so equal graphs give equal text.</summary>
internal static class DotWriter
{
    // DejaVu Sans has every Vietnamese letter and ships with Graphviz's Debian dependencies, so the
    // measured label widths match the glyphs drawn.
    private const string Font = "DejaVu Sans";

    public static string Write(DiagramGraph graph, DiagramOptions options)
    {
        var sb = new StringBuilder(128 + (graph.Nodes.Count * 96) + (graph.Edges.Count * 48));
        sb.Append("digraph orgmodel {\n");
        sb.Append("  graph [rankdir=").Append(options.Direction == DiagramDirection.LeftRight ? "LR" : "TB")
            .Append(", fontname=\"").Append(Font).Append("\", nodesep=0.15, ranksep=0.5");
        if (options.Title is { } title)
        {
            sb.Append(", labelloc=t, fontsize=16, label=");
            DiagramText.AppendDot(sb, title);
        }

        sb.Append("];\n");
        sb.Append("  node [shape=box, style=\"rounded,filled\", fontname=\"").Append(Font).Append("\", fontsize=11];\n");
        sb.Append("  edge [color=\"#666666\", arrowsize=0.6];\n");
        foreach ((string key, string label, NodeStyle style) in graph.Nodes)
        {
            (string fill, string line) = DiagramGraph.Colours(style);
            sb.Append("  ");
            DiagramText.AppendDot(sb, key);
            sb.Append(" [label=");
            DiagramText.AppendDot(sb, label);
            sb.Append(", fillcolor=\"").Append(fill).Append("\", color=\"").Append(line).Append("\"];\n");
        }

        foreach ((int from, int to) in graph.Edges)
        {
            sb.Append("  ");
            DiagramText.AppendDot(sb, graph.Nodes[from].Key);
            sb.Append(" -> ");
            DiagramText.AppendDot(sb, graph.Nodes[to].Key);
            sb.Append(";\n");
        }

        return sb.Append("}\n").ToString();
    }
}
