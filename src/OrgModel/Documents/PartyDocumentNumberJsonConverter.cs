using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Documents;

/// <summary>Converts a <see cref="PartyDocumentNumber"/> to and from its canonical JSON string (<c>"201-KL/TW"</c>).</summary>
/// <remarks>Reading accepts every spelling <see cref="PartyDocumentNumber.Parse(string)"/> accepts. Writing <c>default</c> is a <see cref="JsonException"/>.
/// Thread safety: stateless.</remarks>
internal sealed class PartyDocumentNumberJsonConverter : OrgModelConverter<PartyDocumentNumber>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartyDocumentNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(FormatPropertyName(value));
    }

    /// <inheritdoc />
    protected override PartyDocumentNumber ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        PartyDocumentNumber.Parse(ReadString(ref reader).AsSpan());

    /// <inheritdoc />
    protected override PartyDocumentNumber ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        PartyDocumentNumber.Parse(reader.GetString().AsSpan());

    /// <inheritdoc />
    protected override string FormatPropertyName(PartyDocumentNumber value)
    {
        DefaultValueJson.Refuse(value.Number == 0, nameof(PartyDocumentNumber));
        return value.ToString();
    }
}
