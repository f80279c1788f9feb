using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Calendar;

/// <summary>Reads and writes a <see cref="VietnameseLunarDate"/> as its text ("15/6n/2025").</summary>
internal sealed class VietnameseLunarDateJsonConverter : OrgModelConverter<VietnameseLunarDate>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, VietnameseLunarDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    /// <inheritdoc />
    protected override VietnameseLunarDate ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        VietnameseLunarDate.Parse(JsonRead.String(ref reader));

    /// <inheritdoc />
    protected override VietnameseLunarDate ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        VietnameseLunarDate.Parse(reader.GetString()!);

    /// <inheritdoc />
    protected override string FormatPropertyName(VietnameseLunarDate value) => value.ToString();
}
