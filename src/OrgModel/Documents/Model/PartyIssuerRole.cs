namespace OrgModel.Documents.Model;

/// <summary>The kinds of Party bodies that issue documents, as the rules on issuing authority group them.</summary>
/// <remarks>
/// <para>Regulation 399-QĐ/TW (9 January 2026) sets issuing authority in four tiers: the centre, provincial Party
/// organisations, superiors of grassroots organisations and grassroots organisations with their cells. Only part of its
/// table is sourced (docs/sources.md); <see cref="DocumentKind.Authority(PartyIssuerRole)"/> says
/// <see cref="IssuingAuthority.Unknown"/> where the sources are silent.</para>
/// <para>Thread safety: an enum; thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<PartyIssuerRole>))]
public enum PartyIssuerRole
{
    /// <summary>The National Party Congress.</summary>
    NationalCongress = 0,

    /// <summary>The Central Committee (Ban Chấp hành Trung ương).</summary>
    CentralCommittee,

    /// <summary>The Politburo (Bộ Chính trị).</summary>
    Politburo,

    /// <summary>The Secretariat (Ban Bí thư).</summary>
    Secretariat,

    /// <summary>A central Party agency: a central commission, the Central Party Office, the Central Inspection Commission or a central steering committee.</summary>
    CentralAgency,

    /// <summary>A provincial or municipal Party committee (tỉnh ủy, thành ủy) or its standing committee.</summary>
    ProvincialCommittee,

    /// <summary>The executive committee of a grassroots Party organisation.</summary>
    GrassrootsExecutiveCommittee,

    /// <summary>The standing committee of a grassroots Party organisation.</summary>
    GrassrootsStandingCommittee,

    /// <summary>A Party cell (chi bộ).</summary>
    PartyCell,
}
