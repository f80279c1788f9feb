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

    /// <summary>Its People's Court (Tòa án nhân dân), where the chart holds it (a court related to the unit by
    /// <see cref="OrgModel.Organisations.OrgRelationKind.BodyOfArea"/>).</summary>
    PeoplesCourt,

    /// <summary>Its People's Procuracy (Viện kiểm sát nhân dân), where the chart holds it.</summary>
    PeoplesProcuracy,

    /// <summary>The inspection commission of its Party committee (Ủy ban kiểm tra), where the chart holds it.</summary>
    InspectionCommission,
}
