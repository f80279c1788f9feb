using OrgModel.Serialization.Json;

namespace OrgModel.Calendar;

/// <summary>What an announced change does to a day.</summary>
[JsonConverter(typeof(EnumJsonConverter<HolidayOverrideKind>))]
public enum HolidayOverrideKind
{
    /// <summary>The day is a day off (an announced holiday, a swapped or compensatory day off).</summary>
    DayOff,

    /// <summary>The day is a working day (a weekend day worked to make up a swapped day off).</summary>
    WorkingDay,
}
