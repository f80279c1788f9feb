namespace OrgModel.Tenures;

/// <summary>Which local Party organisations a milestone of the local congress schedule applies to.</summary>
/// <remarks>Thread safety: an enum; immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<LocalCongressLevel>))]
public enum LocalCongressLevel
{
    /// <summary>Grassroots Party organisations (tổ chức cơ sở đảng).</summary>
    Grassroots = 0,

    /// <summary>Direct superiors of the grassroots and the Party committees of communes, wards and special zones.</summary>
    CommuneLevel = 1,

    /// <summary>Provincial Party committees and the Party organisations directly under the Central Committee.</summary>
    Provincial = 2,
}
