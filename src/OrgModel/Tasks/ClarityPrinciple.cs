namespace OrgModel.Tasks;

/// <summary>Which version of the "clears" principle a completeness check applies.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<ClarityPrinciple>))]
public enum ClarityPrinciple
{
    /// <summary>The five clears: people, work, time, responsibility, product.</summary>
    FiveClears = 0,

    /// <summary>The six clears of the 14th Congress line: the five plus clear authority.</summary>
    SixClears = 1,
}
