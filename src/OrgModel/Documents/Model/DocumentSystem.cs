namespace OrgModel.Documents.Model;

/// <summary>The two systems of documents: the Party's and the State's, with their own kinds, codes and numbering.</summary>
/// <remarks>Thread safety: an enum; thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<DocumentSystem>))]
public enum DocumentSystem
{
    /// <summary>Party documents, numbered <c>NUMBER-KIND/ISSUER</c> (<c>60-NQ/TW</c>).</summary>
    Party = 0,

    /// <summary>State documents, numbered <c>NUMBER/YEAR/KIND-ISSUER</c> or <c>NUMBER/KIND-ISSUER</c> (<c>30/2020/NĐ-CP</c>).</summary>
    State,
}
