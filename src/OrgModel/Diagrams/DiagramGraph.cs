using OrgModel.Organisations;

namespace OrgModel.Diagrams;

/// <summary>The one model every graph writer reads: nodes in drawing order, edges by node index. Building it once and
/// writing it twice keeps the DOT and Mermaid pictures of a chart identical in content.</summary>
internal sealed class DiagramGraph
{
    private readonly List<(string Key, string Label, NodeStyle Style)> nodes = [];
    private readonly List<(int From, int To)> edges = [];
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly HashSet<(int, int)> edgeSet = [];

    public IReadOnlyList<(string Key, string Label, NodeStyle Style)> Nodes => nodes;

    public IReadOnlyList<(int From, int To)> Edges => edges;

    /// <summary>Adds a node once; a second call with the same key returns the first one's index.</summary>
    public int Node(string key, string label, NodeStyle style)
    {
        if (!index.TryGetValue(key, out int i))
        {
            i = nodes.Count;
            index.Add(key, i);
            nodes.Add((key, label, style));
        }

        return i;
    }

    public bool TryIndex(string key, out int i) => index.TryGetValue(key, out i);

    /// <summary>Adds an edge once.</summary>
    public void Edge(int from, int to)
    {
        if (edgeSet.Add((from, to)))
        {
            edges.Add((from, to));
        }
    }

    /// <summary>The label of an organisation: its name, and its code when asked for and it has one.</summary>
    public static string Label(Organisation o, DiagramOptions options) =>
        options.ShowCodes && o.Code is { } code ? $"{o.Name} ({code})" : o.Name;

    /// <summary>Orders units by official code, then identifier: the stable order of every list of units drawn.</summary>
    public static int ByCode(Organisation a, Organisation b)
    {
        int byCode = string.CompareOrdinal(a.Code, b.Code);
        return byCode != 0 ? byCode : a.Id.CompareTo(b.Id);
    }

    /// <summary>The colour family of an organisation's kind.</summary>
    public static NodeStyle StyleOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.AdministrativeUnit => NodeStyle.Unit,
        OrganisationKind.PartyCommittee or OrganisationKind.PartyCommission or OrganisationKind.PartyOrganisation => NodeStyle.Party,
        OrganisationKind.FatherlandFront or OrganisationKind.MassOrganisation => NodeStyle.Front,
        _ => NodeStyle.State,
    };

    /// <summary>Fill and line colours of a style, shared by both writers so the two pictures look alike.</summary>
    public static (string Fill, string Line) Colours(NodeStyle style) => style switch
    {
        NodeStyle.Party => ("#f8d7d7", "#a61c1c"),
        NodeStyle.State => ("#dbe8f6", "#1f4e79"),
        NodeStyle.Front => ("#fff2cc", "#8a5a00"),
        NodeStyle.Unit => ("#e2f0d9", "#38761d"),
        _ => ("#eeeeee", "#666666"),
    };
}
