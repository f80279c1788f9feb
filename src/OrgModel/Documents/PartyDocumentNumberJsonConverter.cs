using System.Text.Json;
using OrgModel.Serialization;

namespace OrgModel.Documents;

/// <summary>Converts a <see cref="PartyDocumentNumber"/> to and from its canonical JSON string (<c>"201-KL/TW"</c>).</summary>
/// <remarks>Reading accepts every spelling <see cref="PartyDocumentNumber.Parse(string)"/> accepts. Thread safety: stateless.</remarks>
public sealed class PartyDocumentNumberJsonConverter : OrgModelConverter<PartyDocumentNumber>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartyDocumentNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    protected override PartyDocumentNumber ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        PartyDocumentNumber.Parse(ReadString(ref reader).AsSpan());

    /// <inheritdoc />
    protected override PartyDocumentNumber ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        PartyDocumentNumber.Parse(reader.GetString().AsSpan());

    /// <inheritdoc />
    protected override string FormatPropertyName(PartyDocumentNumber value) => value.ToString();
}
