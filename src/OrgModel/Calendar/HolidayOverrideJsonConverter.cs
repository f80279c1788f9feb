using OrgModel.Serialization.Json;

namespace OrgModel.Calendar;

/// <summary>Reads and writes a <see cref="HolidayOverride"/>.</summary>
internal sealed class HolidayOverrideJsonConverter() : ObjectJsonConverter<HolidayOverride, HolidayOverrideJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(LocalDate Date, HolidayOverrideKind Kind, string Description);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<HolidayOverride, State> Shape = new(nameof(HolidayOverride),
    [
        new("date", static (ref r, ref s) => s.Date = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Date), Required: true),
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<HolidayOverrideKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new("description", static (ref r, ref s) => s.Description = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Description), Required: true),
    ],
    static (ref s) => new HolidayOverride(s.Date, s.Kind, s.Description));
}
