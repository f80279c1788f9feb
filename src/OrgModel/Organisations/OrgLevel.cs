namespace OrgModel.Organisations;

/// <summary>The tier at which an organisation sits.</summary>
/// <remarks>Since 1 July 2025 local government has two tiers (province and commune); <see cref="District"/> is kept for history.
/// Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<OrgLevel>))]
public enum OrgLevel
{
    /// <summary>Central (national) level.</summary>
    Central = 0,

    /// <summary>Province or centrally-run city.</summary>
    Province,

    /// <summary>District level, abolished on 1 July 2025.</summary>
    District,

    /// <summary>Commune, ward or special zone.</summary>
    Commune,

    /// <summary>Grassroots (Party organisations and cells below the commune committees).</summary>
    Grassroots,
}
