namespace OrgModel.Documents.Model;

/// <summary>How one document relates to another; the relation points from the later (acting) document to the one it acts on.</summary>
/// <remarks>Thread safety: an enum; thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<DocumentRelationKind>))]
public enum DocumentRelationKind
{
    /// <summary>The document cites the other (for example: is issued on the basis of a report or submission).</summary>
    Cites = 0,

    /// <summary>The document implements the other (a State resolution implementing a Party resolution).</summary>
    Implements,

    /// <summary>The document guides the application of the other (a guideline on a regulation).</summary>
    Guides,

    /// <summary>The document amends or supplements the other, which stays in force.</summary>
    Amends,

    /// <summary>The document replaces the other from its effective date.</summary>
    Replaces,

    /// <summary>The document repeals the other without replacing it.</summary>
    Repeals,

    /// <summary>The document summarises the implementation of the other.</summary>
    Summarises,
}
