namespace OrgModel.Documents.Model;

/// <summary>Whether a kind of Party body may issue a kind of document, as far as the sourced rules and real documents tell.</summary>
/// <remarks>Thread safety: an enum; thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<IssuingAuthority>))]
public enum IssuingAuthority
{
    /// <summary>The sources say nothing either way (the full authority table of 399-QĐ/TW was not retrieved).</summary>
    Unknown = 0,

    /// <summary>A rule allows it, or real documents of that kind by such a body exist.</summary>
    Allowed,

    /// <summary>A rule withholds it.</summary>
    NotAllowed,
}
