namespace OrgModel.Diagrams;

/// <summary>Writes a <see cref="DiagramGraph"/> as a Mermaid flowchart. Nodes are named <c>n0</c>, <c>n1</c>… in the
/// graph's order (identifiers such as <c>vn.au.2025-07.12</c> are not Mermaid names); labels are quoted and escaped.</summary>
internal static class MermaidWriter
{
    private static readonly NodeStyle[] Styles = Enum.GetValues<NodeStyle>();

    public static string Write(DiagramGraph graph, DiagramOptions options)
    {
        var sb = new StringBuilder(64 + (graph.Nodes.Count * 48) + (graph.Edges.Count * 16));
        AppendTitle(sb, options.Title);
        sb.Append("flowchart ").Append(options.Direction == DiagramDirection.LeftRight ? "LR" : "TD").Append('\n');
        for (int i = 0; i < graph.Nodes.Count; i++)
        {
            sb.Append("    n").Append(i.ToString(CultureInfo.InvariantCulture)).Append("[\"");
            DiagramText.AppendMermaid(sb, graph.Nodes[i].Label);
            sb.Append("\"]\n");
        }

        foreach ((int from, int to) in graph.Edges)
        {
            sb.Append("    n").Append(from.ToString(CultureInfo.InvariantCulture))
                .Append(" --> n").Append(to.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (NodeStyle style in Styles)
        {
            AppendClass(sb, graph, style);
        }

        return sb.ToString();
    }

    /// <summary>Writes a Mermaid front matter title (any Mermaid diagram accepts one).</summary>
    public static void AppendTitle(StringBuilder sb, string? title)
    {
        if (title is null)
        {
            return;
        }

        sb.Append("---\ntitle: ");
        DiagramText.AppendYaml(sb, title);
        sb.Append("\n---\n");
    }

    private static void AppendClass(StringBuilder sb, DiagramGraph graph, NodeStyle style)
    {
        bool any = false;
        for (int i = 0; i < graph.Nodes.Count; i++)
        {
            if (graph.Nodes[i].Style != style)
            {
                continue;
            }

            if (!any)
            {
                (string fill, string line) = DiagramGraph.Colours(style);
                string name = Name(style);
                sb.Append("    classDef ").Append(name).Append(" fill:").Append(fill).Append(",stroke:").Append(line).Append('\n');
                sb.Append("    class ");
                any = true;
            }
            else
            {
                sb.Append(',');
            }

            sb.Append('n').Append(i.ToString(CultureInfo.InvariantCulture));
        }

        if (any)
        {
            sb.Append(' ').Append(Name(style)).Append('\n');
        }
    }

    private static string Name(NodeStyle style) => style switch
    {
        NodeStyle.Party => "party",
        NodeStyle.State => "state",
        NodeStyle.Front => "front",
        NodeStyle.Unit => "unit",
        _ => "before",
    };
}
