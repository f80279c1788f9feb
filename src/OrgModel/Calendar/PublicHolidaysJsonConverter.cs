using System.Collections.Immutable;
using System.Text.Json;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>Reads and writes <see cref="PublicHolidays"/> as its rules and overrides.</summary>
internal sealed class PublicHolidaysJsonConverter : OrgModelConverter<PublicHolidays>
{
    private static readonly string[] Members = ["rules", "overrides"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PublicHolidays value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, PublicHolidays value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("rules");
        foreach (HolidayRule rule in value.Rules)
        {
            HolidayRuleJsonConverter.WriteValue(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("overrides");
        foreach (HolidayOverride o in value.Overrides)
        {
            HolidayOverrideJsonConverter.WriteValue(writer, o);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static PublicHolidays ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(PublicHolidays), Members);
        ImmutableArray<HolidayRule> rules = [];
        ImmutableArray<HolidayOverride> overrides = [];
        while (obj.Next(ref reader))
        {
            try
            {
                if (obj.Index == 0)
                {
                    rules = JsonRead.Array(ref reader, HolidayRuleJsonConverter.ReadValue);
                }
                else
                {
                    overrides = JsonRead.Array(ref reader, HolidayOverrideJsonConverter.ReadValue);
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        try
        {
            return new PublicHolidays(rules, overrides);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override PublicHolidays ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
