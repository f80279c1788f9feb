using OrgModel.Serialization.Json;

namespace OrgModel.Calendar;

/// <summary>Why a day is off.</summary>
[JsonConverter(typeof(EnumJsonConverter<HolidayOrigin>))]
public enum HolidayOrigin
{
    /// <summary>A statutory holiday from a <see cref="HolidayRule"/>.</summary>
    Statutory,

    /// <summary>An announced day off from a <see cref="HolidayOverride"/>.</summary>
    Announced,

    /// <summary>A compensatory day off for a holiday that fell on a weekend day.</summary>
    Compensatory,
}
