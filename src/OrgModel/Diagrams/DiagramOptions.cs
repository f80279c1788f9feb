using OrgModel.Utility;

namespace OrgModel.Diagrams;

/// <summary>How a diagram is drawn: direction, depth, title and labels. Every writer of <c>OrgModel.Diagrams</c> takes one
/// (or null for <see cref="Default"/>) and reads only the settings that apply to it.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
public sealed class DiagramOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="direction">The direction of the edges of a graph (charts and mergers).</param>
    /// <param name="maxDepth">How many levels below the root a subtree shows (0: the root alone), or null for all.</param>
    /// <param name="title">The title drawn above the picture, or null for the writer's own (none for graphs, the roadmap's
    /// name for a Gantt chart, the date for a status chart). Kept in NFC; line breaks become spaces.</param>
    /// <param name="showCodes">True to add an administrative unit's official code to its label ("Tỉnh Lai Châu (12)").</param>
    /// <exception cref="ArgumentException">The direction is not a named member, or <paramref name="maxDepth"/> is negative.</exception>
    public DiagramOptions(DiagramDirection direction = DiagramDirection.TopDown, int? maxDepth = null, string? title = null, bool showCodes = false)
    {
        Direction = Preconditions.CheckDefined(direction);
        Preconditions.CheckArgument(maxDepth is not < 0, nameof(maxDepth), "The depth must be zero or more (or null for all levels).");
        MaxDepth = maxDepth;
        Title = title is null ? null : DiagramText.Clean(title);
        ShowCodes = showCodes;
    }

    /// <summary>Gets the default options: top to bottom, all levels, no title, no codes.</summary>
    public static DiagramOptions Default { get; } = new();

    /// <summary>Gets the direction of the edges of a graph.</summary>
    public DiagramDirection Direction { get; }

    /// <summary>Gets how many levels below the root a subtree shows, or null for all.</summary>
    public int? MaxDepth { get; }

    /// <summary>Gets the title, or null for the writer's own.</summary>
    public string? Title { get; }

    /// <summary>Gets a value indicating whether labels of administrative units carry their official code.</summary>
    public bool ShowCodes { get; }
}
