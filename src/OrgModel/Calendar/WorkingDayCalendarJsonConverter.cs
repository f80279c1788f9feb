using OrgModel.Serialization.Json;

namespace OrgModel.Calendar;

/// <summary>Reads and writes a <see cref="WorkingDayCalendar"/>: its weekend days, compensation flag and holidays.</summary>
internal sealed class WorkingDayCalendarJsonConverter() : ObjectJsonConverter<WorkingDayCalendar, WorkingDayCalendarJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(ImmutableArray<IsoDayOfWeek> Weekend, bool Compensate, PublicHolidays? Holidays);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<WorkingDayCalendar, State> Shape = new(nameof(WorkingDayCalendar),
    [
        new("weekendDays", static (ref r, ref s) => s.Weekend = JsonRead.Array(ref r, DayOfWeek), static (w, n, v) => JsonWrite.Array(w, n, v.WeekendDays, WriteDay), Required: true),
        new("compensatesWeekendHolidays", static (ref r, ref s) => s.Compensate = JsonRead.Boolean(ref r), static (w, n, v) => w.WriteBoolean(n, v.CompensatesWeekendHolidays), Required: true),
        new("holidays", static (ref r, ref s) => s.Holidays = PublicHolidaysJsonConverter.Shape.Read(ref r), static (w, n, v) => PublicHolidaysJsonConverter.Shape.WriteMember(w, n, v.Holidays), Required: true),
    ],
    static (ref s) => new WorkingDayCalendar(s.Holidays, s.Weekend, s.Compensate));

    private static IsoDayOfWeek DayOfWeek(ref Utf8JsonReader reader)
    {
        IsoDayOfWeek day = JsonRead.Enum<IsoDayOfWeek>(ref reader);
        return day == IsoDayOfWeek.None ? throw OrgModelJsonException.Here("\"none\" is not a day of the week.") : day;
    }

    private static void WriteDay(Utf8JsonWriter writer, IsoDayOfWeek day) => writer.WriteStringValue(JsonEnum<IsoDayOfWeek>.Format(day));
}
