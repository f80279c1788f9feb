using OrgModel.Serialization.Json;

namespace OrgModel.Tenures;

/// <summary>Reads and writes a <see cref="Tenure"/> as its full string form ("khóa XIII (2021–2026)", "nhiệm kỳ 2025–2030").</summary>
/// <remarks>
/// <para>Reading accepts everything <see cref="Tenure.Parse(string)"/> accepts and, so that explicit terms round-trip,
/// year ranges of any allowed length. Any failure is a <see cref="JsonException"/>.</para>
/// <para>Thread safety: stateless and thread-safe.</para>
/// </remarks>
internal sealed class TenureJsonConverter : StringJsonConverter<Tenure>
{
    /// <inheritdoc />
    protected override string ToJson(Tenure value) => Format(value);

    /// <inheritdoc />
    protected override Tenure FromJson(string text) => Read(text);

    // default(Tenure) would be written as "nhiệm kỳ 0–0", which no reader accepts: refuse it here, where the
    // mistake is, instead of in the service that reads the JSON back.
    internal static string Format(Tenure value) =>
        value.IsDefault ? throw new JsonException("default(Tenure) is not a term and cannot be written.") : value.ToString("F", null);

    /// <summary>Reads a term inside an object, or null.</summary>
    internal static Tenure? ReadNullable(ref Utf8JsonReader reader) => JsonRead.IsNull(ref reader) ? null : Read(JsonRead.String(ref reader));

    /// <summary>Writes a term member in its full form, left out when null.</summary>
    internal static void WriteMember(Utf8JsonWriter writer, JsonEncodedText name, Tenure? value)
    {
        if (value is { } term)
        {
            writer.WriteString(name, term.ToString("F", null));
        }
    }

    /// <summary>Reads a term as this converter does (any allowed length); a failure is a <see cref="JsonException"/>.</summary>
    internal static Tenure Read(string text)
    {
        if (!TenureParser.TryParse(text.AsSpan(), allowAnyLength: true, out Tenure result, out int position, out string? reason))
        {
            throw new JsonException(Text.ParseErrors.Create("a term", text, position, reason).Message);
        }

        return result;
    }
}
