namespace OrgModel.Tenures;

/// <summary>What a milestone of the local congress schedule requires to be completed.</summary>
/// <remarks>Thread safety: an enum; immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<LocalCongressTask>))]
public enum LocalCongressTask
{
    /// <summary>Holding the congresses.</summary>
    HoldCongresses = 0,

    /// <summary>Completing the draft congress documents.</summary>
    CompleteDraftDocuments = 1,
}
