using System.Text.Json;
using NodaTime;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>Reads and writes a <see cref="HolidayRule"/>; <c>kind</c> says which other members it has.</summary>
internal sealed class HolidayRuleJsonConverter : OrgModelConverter<HolidayRule>
{
    private static readonly string[] Members = ["kind", "vietnameseName", "englishName", "effectiveFrom", "effectiveTo", "month", "day", "daysBeforeNewYear", "daysFromNewYear"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HolidayRule value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, HolidayRule value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, "kind", value.Kind);
        writer.WriteString("vietnameseName", value.VietnameseName);
        writer.WriteString("englishName", value.EnglishName);
        JsonWrite.Date(writer, "effectiveFrom", value.EffectiveFrom);
        JsonWrite.Date(writer, "effectiveTo", value.EffectiveTo);
        if (value.Kind == HolidayRuleKind.LunarNewYear)
        {
            writer.WriteNumber("daysBeforeNewYear", value.DaysBeforeNewYear);
            writer.WriteNumber("daysFromNewYear", value.DaysFromNewYear);
        }
        else
        {
            writer.WriteNumber("month", value.Month);
            writer.WriteNumber("day", value.Day);
        }

        writer.WriteEndObject();
    }

    internal static HolidayRule ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(HolidayRule), Members);
        HolidayRuleKind kind = default;
        string vi = string.Empty, en = string.Empty;
        LocalDate from = default;
        LocalDate? to = null;
        int month = 0, day = 0, before = 0, after = 0;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: kind = JsonRead.Enum<HolidayRuleKind>(ref reader); break;
                    case 1: vi = JsonRead.String(ref reader); break;
                    case 2: en = JsonRead.String(ref reader); break;
                    case 3: from = JsonRead.Date(ref reader); break;
                    case 4: to = JsonRead.NullableDate(ref reader); break;
                    case 5: month = JsonRead.Int32(ref reader); break;
                    case 6: day = JsonRead.Int32(ref reader); break;
                    case 7: before = JsonRead.Int32(ref reader); break;
                    default: after = JsonRead.Int32(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        for (int required = 0; required < 4; required++)
        {
            obj.Require(required);
        }

        if (kind == HolidayRuleKind.LunarNewYear)
        {
            obj.Require(8);
        }
        else
        {
            obj.Require(5);
            obj.Require(6);
        }

        try
        {
            return kind switch
            {
                HolidayRuleKind.Solar => HolidayRule.Solar(vi, en, month, day, from, to),
                HolidayRuleKind.Lunar => HolidayRule.Lunar(vi, en, month, day, from, to),
                _ => HolidayRule.LunarNewYear(vi, en, before, after, from, to),
            };
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override HolidayRule ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
