using System.Text.Json;
using NodaTime;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>Reads and writes a <see cref="PublicHoliday"/>.</summary>
internal sealed class PublicHolidayJsonConverter : OrgModelConverter<PublicHoliday>
{
    private static readonly string[] Members = ["date", "vietnameseName", "englishName", "origin"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PublicHoliday value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.Date(writer, "date", value.Date);
        writer.WriteString("vietnameseName", value.VietnameseName);
        writer.WriteString("englishName", value.EnglishName);
        JsonWrite.Enum(writer, "origin", value.Origin);
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override PublicHoliday ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(PublicHoliday), Members);
        LocalDate date = default;
        string vi = string.Empty, en = string.Empty;
        HolidayOrigin origin = default;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: date = JsonRead.Date(ref reader); break;
                    case 1: vi = JsonRead.String(ref reader); break;
                    case 2: en = JsonRead.String(ref reader); break;
                    default: origin = JsonRead.Enum<HolidayOrigin>(ref reader); break;
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

        try
        {
            return new PublicHoliday(date, vi, en, origin);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }
}
