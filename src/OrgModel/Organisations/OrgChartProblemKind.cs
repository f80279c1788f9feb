namespace OrgModel.Organisations;

/// <summary>What is wrong with the content of an <see cref="OrgChartBuilder"/>.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<OrgChartProblemKind>))]
public enum OrgChartProblemKind
{
    /// <summary>Two organisations have the same id.</summary>
    DuplicateId = 0,

    /// <summary>Two administrative units have the same official code while both are in force.</summary>
    DuplicateCode,

    /// <summary>A relation or event names an id that is not in the chart, or a relation is <c>default</c>.</summary>
    DanglingReference,

    /// <summary>A relation is in force outside the validity of its source or target.</summary>
    RelationOutsideValidity,

    /// <summary>The <see cref="OrgRelationKind.IsUnder"/> relations form a cycle on some day.</summary>
    Cycle,

    /// <summary>An organisation is under two parents on the same day.</summary>
    MultipleParents,

    /// <summary>A commune-level organisation is placed under a district-level one on or after 1 July 2025, when districts no longer exist.</summary>
    CommuneUnderDistrictAfterReform,

    /// <summary>An event's predecessor is still in force on its effective date, or a successor is not in force then.</summary>
    EventOutsideValidity,

    /// <summary>An organisation has more than <see cref="OrgChartBuilder.MaxDepth"/> levels above it on some day.</summary>
    TooDeep,
}
