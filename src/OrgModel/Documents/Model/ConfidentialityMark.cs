namespace OrgModel.Documents.Model;

/// <summary>The confidentiality mark of a document (Law on Protection of State Secrets 29/2018/QH14, art. 8), in ascending order.</summary>
/// <remarks>Thread safety: an enum; thread-safe. <c>default</c> is <see cref="None"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<ConfidentialityMark>))]
public enum ConfidentialityMark
{
    /// <summary>No mark: the document is not classified.</summary>
    None = 0,

    /// <summary>Mật (confidential).</summary>
    Confidential,

    /// <summary>Tối mật (secret).</summary>
    Secret,

    /// <summary>Tuyệt mật (top secret).</summary>
    TopSecret,
}
