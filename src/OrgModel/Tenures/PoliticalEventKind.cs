namespace OrgModel.Tenures;

/// <summary>The kind of a meeting or event that texts name as a date, an issuer or an anchor.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<PoliticalEventKind>))]
public enum PoliticalEventKind
{
    /// <summary>A National Party Congress (Đại hội đại biểu toàn quốc), which issues "the Congress Resolution".</summary>
    NationalPartyCongress = 0,

    /// <summary>A numbered Central Conference (plenum) of the Party Central Committee.</summary>
    CentralConference,

    /// <summary>A meeting of the Politburo.</summary>
    PolitburoMeeting,

    /// <summary>A meeting of the Secretariat.</summary>
    SecretariatMeeting,

    /// <summary>A joint meeting of the Politburo and the Secretariat ("at their meeting on October 31").</summary>
    PolitburoAndSecretariatMeeting,

    /// <summary>An election (of the National Assembly and People's Councils).</summary>
    Election,

    /// <summary>Another conference, e.g. a national conference that disseminates a resolution.</summary>
    Conference,
}
