namespace OrgModel.Organisations;

/// <summary>The type of a relation from one organisation (the source) to another (the target).</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<OrgRelationKind>))]
public enum OrgRelationKind
{
    /// <summary>Structure: the source is under the target (a commune under its province, a ministry under the Government). Defines <see cref="OrgChart.Parent(OrgId)"/>.</summary>
    IsUnder = 0,

    /// <summary>The source (a State body or mass organisation) is led by the target (a Party committee).</summary>
    IsLedBy,

    /// <summary>Party: the target is the source's direct superior Party organisation.</summary>
    DirectSuperior,

    /// <summary>The source (a People's Committee) governs the target (its administrative unit).</summary>
    GovernsArea,

    /// <summary>The source (a Party committee or People's Council) is a body of the target administrative unit.</summary>
    BodyOfArea,
}
