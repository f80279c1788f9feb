using System.Text.Json;
using NodaTime;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>Reads and writes a <see cref="HolidayOverride"/>.</summary>
internal sealed class HolidayOverrideJsonConverter : OrgModelConverter<HolidayOverride>
{
    private static readonly string[] Members = ["date", "kind", "description"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HolidayOverride value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, HolidayOverride value)
    {
        writer.WriteStartObject();
        JsonWrite.Date(writer, "date", value.Date);
        JsonWrite.Enum(writer, "kind", value.Kind);
        writer.WriteString("description", value.Description);
        writer.WriteEndObject();
    }

    internal static HolidayOverride ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(HolidayOverride), Members);
        LocalDate date = default;
        HolidayOverrideKind kind = default;
        string description = string.Empty;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: date = JsonRead.Date(ref reader); break;
                    case 1: kind = JsonRead.Enum<HolidayOverrideKind>(ref reader); break;
                    default: description = JsonRead.String(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        for (int required = 0; required < 3; required++)
        {
            obj.Require(required);
        }

        try
        {
            return new HolidayOverride(date, kind, description);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override HolidayOverride ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
