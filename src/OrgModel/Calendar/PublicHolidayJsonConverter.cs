using OrgModel.Serialization.Json;

namespace OrgModel.Calendar;

/// <summary>Reads and writes a <see cref="PublicHoliday"/>.</summary>
internal sealed class PublicHolidayJsonConverter() : ObjectJsonConverter<PublicHoliday, PublicHolidayJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(LocalDate Date, string Vietnamese, string English, HolidayOrigin Origin);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<PublicHoliday, State> Shape = new(nameof(PublicHoliday),
    [
        new("date", static (ref r, ref s) => s.Date = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Date), Required: true),
        new("vietnameseName", static (ref r, ref s) => s.Vietnamese = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.VietnameseName), Required: true),
        new("englishName", static (ref r, ref s) => s.English = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.EnglishName), Required: true),
        new("origin", static (ref r, ref s) => s.Origin = JsonRead.Enum<HolidayOrigin>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Origin), Required: true),
    ],
    static (ref s) => new PublicHoliday(s.Date, s.Vietnamese, s.English, s.Origin));
}
