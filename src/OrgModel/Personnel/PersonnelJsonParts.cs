using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>Reads the small values of personnel records.</summary>
internal static class PersonnelJsonParts
{
    public static PersonId Person(ref Utf8JsonReader reader) => PersonId.Parse(JsonRead.String(ref reader));

    public static VietnameseName Name(ref Utf8JsonReader reader) => VietnameseName.Parse(JsonRead.String(ref reader));

    /// <summary>"1957", "1957-04" or "1957-04-12".</summary>
    public static PartialDate PartialDate(string text)
    {
        string[] parts = text.Split('-');
        bool ok = parts.Length is >= 1 and <= 3 && parts[0].Length == 4 && Array.TrueForAll(parts[1..], p => p.Length == 2);
        int[] n = new int[parts.Length];
        for (int i = 0; ok && i < parts.Length; i++)
        {
            ok = int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out n[i]);
        }

        if (!ok)
        {
            // The value is not echoed: birth dates stay out of messages and logs.
            throw new FormatException("The value is not a partial date (yyyy, yyyy-MM or yyyy-MM-dd).");
        }

        return parts.Length switch
        {
            1 => OrgModel.Personnel.PartialDate.FromYear(n[0]),
            2 when n[1] is >= 1 and <= 12 => OrgModel.Personnel.PartialDate.FromYearMonth(new YearMonth(n[0], n[1])),
            3 when n[1] is >= 1 and <= 12 && n[2] >= 1 && n[2] <= CalendarSystem.Iso.GetDaysInMonth(n[0], n[1]) => OrgModel.Personnel.PartialDate.FromDate(new LocalDate(n[0], n[1], n[2])),
            _ => throw new FormatException("The value is not a date that exists."),
        };
    }
}

/// <summary>Reads and writes a <see cref="OrgModel.Personnel.PartialDate"/> as "1957", "1957-04" or "1957-04-12".</summary>
internal sealed class PartialDateJsonConverter : OrgModelConverter<PartialDate>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        if (value.IsEmpty)
        {
            throw new JsonException("An empty PartialDate has no JSON form.");
        }

        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    protected override PartialDate ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => PersonnelJsonParts.PartialDate(JsonRead.String(ref reader));
}
