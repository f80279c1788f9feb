namespace OrgModel.Documents.Model;

/// <summary>What resolving a reference against a <see cref="DocumentRegistry"/> gave.</summary>
/// <remarks>Thread safety: an enum; thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<ResolutionStatus>))]
public enum ResolutionStatus
{
    /// <summary>No document matches.</summary>
    NotFound = 0,

    /// <summary>Exactly one document matches.</summary>
    Found,

    /// <summary>Several documents match (the same symbol in different terms); give a date or a term.</summary>
    Ambiguous,
}
