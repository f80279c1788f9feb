using NodaTime.Text;

namespace OrgModel.Serialization.Json;

/// <summary>Converts <see cref="LocalDate"/> to and from an ISO <c>uuuu-MM-dd</c> JSON string (ISO calendar only).</summary>
/// <remarks>Our own converter: NodaTime.Serialization.SystemTextJson is not trim- or AOT-clean.</remarks>
internal sealed class LocalDateJsonConverter : StringJsonConverter<LocalDate>
{
    /// <inheritdoc />
    protected override string ToJson(LocalDate value) => Format(value);

    /// <inheritdoc />
    protected override LocalDate FromJson(string text) => Parse(text);

    // The one date formatter of every JSON writer: a date in another calendar would be written as a different day
    // (a Julian date read back 13 days off), so it is refused.
    internal static string Format(LocalDate value)
    {
        if (value.Calendar != CalendarSystem.Iso)
        {
            throw new JsonException($"Only ISO-calendar dates are written to JSON, not a date in the {value.Calendar.Id} calendar.");
        }

        return LocalDatePattern.Iso.Format(value);
    }

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
