using OrgModel.Serialization.Json;

namespace OrgModel.Calendar;

/// <summary>How a holiday rule finds its days.</summary>
[JsonConverter(typeof(EnumJsonConverter<HolidayRuleKind>))]
public enum HolidayRuleKind
{
    /// <summary>A fixed day of the Gregorian year (1 January, 30 April, 1 May, 2 September).</summary>
    Solar,

    /// <summary>A fixed day of the lunar year (10/3: the Hùng Kings' Commemoration).</summary>
    Lunar,

    /// <summary>Days around the lunar new year (Tết): some days before 1/1 and some from 1/1 on.</summary>
    LunarNewYear,
}
