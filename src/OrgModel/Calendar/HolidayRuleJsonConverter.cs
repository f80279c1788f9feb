using OrgModel.Serialization.Json;

namespace OrgModel.Calendar;

/// <summary>Reads and writes a <see cref="HolidayRule"/>; <c>kind</c> says which other members it has.</summary>
internal sealed class HolidayRuleJsonConverter() : ObjectJsonConverter<HolidayRule, HolidayRuleJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(HolidayRuleKind Kind, string Vietnamese, string English, LocalDate From, LocalDate? To, int Month, bool HasMonth, int Day, bool HasDay, int Before, int After, bool HasAfter);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<HolidayRule, State> Shape = new(nameof(HolidayRule),
    [
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<HolidayRuleKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new("vietnameseName", static (ref r, ref s) => s.Vietnamese = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.VietnameseName), Required: true),
        new("englishName", static (ref r, ref s) => s.English = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.EnglishName), Required: true),
        new("effectiveFrom", static (ref r, ref s) => s.From = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.EffectiveFrom), Required: true),
        new("effectiveTo", static (ref r, ref s) => s.To = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.EffectiveTo)),

        // A lunar new-year rule has days around the new year; the others a month and a day.
        new("month", static (ref r, ref s) => (s.Month, s.HasMonth) = (JsonRead.Int32(ref r), true), static (w, n, v) => WriteIf(w, n, !IsNewYear(v), v.Month)),
        new("day", static (ref r, ref s) => (s.Day, s.HasDay) = (JsonRead.Int32(ref r), true), static (w, n, v) => WriteIf(w, n, !IsNewYear(v), v.Day)),
        new("daysBeforeNewYear", static (ref r, ref s) => s.Before = JsonRead.Int32(ref r), static (w, n, v) => WriteIf(w, n, IsNewYear(v), v.DaysBeforeNewYear)),
        new("daysFromNewYear", static (ref r, ref s) => (s.After, s.HasAfter) = (JsonRead.Int32(ref r), true), static (w, n, v) => WriteIf(w, n, IsNewYear(v), v.DaysFromNewYear)),
    ],
    Build);

    private static bool IsNewYear(HolidayRule value) => value.Kind == HolidayRuleKind.LunarNewYear;

    private static void WriteIf(Utf8JsonWriter writer, JsonEncodedText name, bool condition, int value)
    {
        if (condition)
        {
            writer.WriteNumber(name, value);
        }
    }

    private static HolidayRule Build(ref State s)
    {
        string? missing = s.Kind == HolidayRuleKind.LunarNewYear
            ? (s.HasAfter ? null : "daysFromNewYear")
            : (!s.HasMonth ? "month" : !s.HasDay ? "day" : null);
        if (missing is not null)
        {
            throw JsonObjectReader.Missing(nameof(HolidayRule), missing);
        }

        return s.Kind switch
        {
            HolidayRuleKind.Solar => HolidayRule.Solar(s.Vietnamese, s.English, s.Month, s.Day, s.From, s.To),
            HolidayRuleKind.Lunar => HolidayRule.Lunar(s.Vietnamese, s.English, s.Month, s.Day, s.From, s.To),
            _ => HolidayRule.LunarNewYear(s.Vietnamese, s.English, s.Before, s.After, s.From, s.To),
        };
    }
}
