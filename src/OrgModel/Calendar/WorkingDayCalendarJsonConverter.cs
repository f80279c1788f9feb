using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>Reads and writes a <see cref="WorkingDayCalendar"/>: its weekend days, compensation flag and holidays.</summary>
internal sealed class WorkingDayCalendarJsonConverter : OrgModelConverter<WorkingDayCalendar>
{
    private static readonly string[] Members = ["weekendDays", "compensatesWeekendHolidays", "holidays"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WorkingDayCalendar value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("weekendDays");
        foreach (IsoDayOfWeek d in value.WeekendDays)
        {
            writer.WriteStringValue(JsonEnum<IsoDayOfWeek>.Format(d));
        }

        writer.WriteEndArray();
        writer.WriteBoolean("compensatesWeekendHolidays", value.CompensatesWeekendHolidays);
        writer.WritePropertyName("holidays");
        PublicHolidaysJsonConverter.WriteValue(writer, value.Holidays);
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override WorkingDayCalendar ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(WorkingDayCalendar), Members);
        ImmutableArray<IsoDayOfWeek> weekend = [];
        bool compensate = true;
        PublicHolidays? holidays = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: weekend = JsonRead.Array(ref reader, static (ref Utf8JsonReader r) => DayOfWeek(ref r)); break;
                    case 1: compensate = JsonRead.Boolean(ref reader); break;
                    default: holidays = PublicHolidaysJsonConverter.ReadValue(ref reader); break;
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
            return new WorkingDayCalendar(holidays, weekend, compensate);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    private static IsoDayOfWeek DayOfWeek(ref Utf8JsonReader reader)
    {
        IsoDayOfWeek day = JsonRead.Enum<IsoDayOfWeek>(ref reader);
        return day == IsoDayOfWeek.None ? throw OrgModelJsonException.Here("\"none\" is not a day of the week.") : day;
    }
}
