namespace OrgModel.Organisations;

/// <summary>What an organisation is.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<OrganisationKind>))]
public enum OrganisationKind
{
    /// <summary>An administrative unit itself: a province or centrally-run city, a district (until 30 June 2025), a commune, ward or special zone.</summary>
    AdministrativeUnit = 0,

    /// <summary>A Party committee (Central Committee, Politburo, Secretariat, provincial, commune and other Party committees).</summary>
    PartyCommittee,

    /// <summary>A Party commission, board or office serving a committee (Organisation Commission, Central Party Office, Inspection Commission...).</summary>
    PartyCommission,

    /// <summary>A grassroots Party organisation or Party cell.</summary>
    PartyOrganisation,

    /// <summary>The National Assembly and its bodies.</summary>
    NationalAssembly,

    /// <summary>The President of the State.</summary>
    President,

    /// <summary>The Government.</summary>
    Government,

    /// <summary>A ministry or ministerial-level agency.</summary>
    Ministry,

    /// <summary>A people's court.</summary>
    Court,

    /// <summary>A people's procuracy.</summary>
    Procuracy,

    /// <summary>The State Audit.</summary>
    StateAudit,

    /// <summary>A People's Council (Hội đồng nhân dân).</summary>
    PeoplesCouncil,

    /// <summary>A People's Committee (Ủy ban nhân dân).</summary>
    PeoplesCommittee,

    /// <summary>The Vietnam Fatherland Front.</summary>
    FatherlandFront,

    /// <summary>A socio-political (mass) organisation.</summary>
    MassOrganisation,
}
