namespace OrgModel.Cli.Commands;

/// <summary>What <c>orgmodel export</c> writes. A new format is one member here and one arm in <see cref="ExportCommand"/>'s switch.</summary>
internal enum ExportFormat
{
    /// <summary>OrgModel's own JSON form of a chart (<c>OrgModelJsonContext</c>): organisations, relations, events and the date.</summary>
    Json,

    /// <summary>Popolo organisations (<c>PopoloJson.Export</c>).</summary>
    Popolo,

    /// <summary>The chart (or the subtree under <c>--root</c>) as of a date, as Graphviz DOT (<c>ChartDiagram</c>); with <c>--mergers</c>, the
    /// province mergers that took effect on the <c>--as-of</c> day (default 1 July 2025) (<c>MergerDiagram</c>).</summary>
    Dot,

    /// <summary>The chart (or the subtree under <c>--root</c>) as of a date, as a Mermaid flowchart; with <c>--mergers</c>, the province mergers.</summary>
    Mermaid,

    /// <summary>A roadmap (<c>--roadmap</c>, OrgModel's JSON form) as a Mermaid Gantt chart anchored on <c>--as-of</c> (<c>RoadmapDiagram</c>).</summary>
    Gantt,

    /// <summary>Tasks (<c>--tasks</c>) and reports (<c>--reports</c>) rolled up by province as of a date, as an SVG bar chart (<c>StatusChart</c>).</summary>
    Svg,
}
