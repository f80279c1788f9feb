namespace OrgModel.Organisations;

/// <summary>The type of an organisational change.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<OrgChangeKind>))]
public enum OrgChangeKind
{
    /// <summary>A new organisation was established (no predecessors).</summary>
    Established = 0,

    /// <summary>Renamed or retyped (one predecessor, one successor).</summary>
    Renamed,

    /// <summary>Several predecessors (wholly or partly) merged into one successor.</summary>
    Merged,

    /// <summary>One predecessor split into several successors.</summary>
    Split,

    /// <summary>Moved to another parent (one predecessor, one successor).</summary>
    Transferred,

    /// <summary>Abolished; successors, if any, are the units that took over its area.</summary>
    Abolished,

    /// <summary>Continued unchanged under a new identifier (for example a unit kept whole by a reform).</summary>
    Continued,
}
