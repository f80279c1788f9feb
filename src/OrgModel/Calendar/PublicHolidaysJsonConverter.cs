using OrgModel.Serialization.Json;

namespace OrgModel.Calendar;

/// <summary>Reads and writes <see cref="PublicHolidays"/> as its rules and overrides.</summary>
internal sealed class PublicHolidaysJsonConverter() : ObjectJsonConverter<PublicHolidays, PublicHolidaysJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(ImmutableArray<HolidayRule> Rules, ImmutableArray<HolidayOverride> Overrides);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<PublicHolidays, State> Shape = new(nameof(PublicHolidays),
    [
        new("rules", static (ref r, ref s) => s.Rules = JsonRead.Array(ref r, HolidayRuleJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Rules, HolidayRuleJsonConverter.Shape.WriteElement), Required: true),
        new("overrides", static (ref r, ref s) => s.Overrides = JsonRead.Array(ref r, HolidayOverrideJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Overrides, HolidayOverrideJsonConverter.Shape.WriteElement)),
    ],
    static (ref s) => new PublicHolidays(s.Rules, s.Overrides),
    new State { Rules = [], Overrides = [] });
}
