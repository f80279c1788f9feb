namespace OrgModel.Tasks;

/// <summary>Which organisation of an administrative unit a scope selects.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<ScopeBody>))]
public enum ScopeBody
{
    /// <summary>The administrative unit itself (the province or commune).</summary>
    Unit = 0,

    /// <summary>Its Party committee (tỉnh ủy / thành ủy, đảng ủy xã / phường / đặc khu).</summary>
    PartyCommittee,

    /// <summary>Its People's Council (Hội đồng nhân dân).</summary>
    PeoplesCouncil,

    /// <summary>Its People's Committee (Ủy ban nhân dân).</summary>
    PeoplesCommittee,
}
