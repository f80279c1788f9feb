namespace OrgModel.Diagrams;

/// <summary>The direction in which a diagram's edges run.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
public enum DiagramDirection
{
    /// <summary>From top to bottom (Graphviz <c>rankdir=TB</c>, Mermaid <c>flowchart TD</c>): the usual organisation chart.</summary>
    TopDown = 0,

    /// <summary>From left to right (Graphviz <c>rankdir=LR</c>, Mermaid <c>flowchart LR</c>): better for a body with many children, which
    /// then stack as a column instead of a very wide row.</summary>
    LeftRight = 1,
}
