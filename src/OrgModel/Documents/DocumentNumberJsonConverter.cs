using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Documents;

/// <summary>Converts a <see cref="DocumentNumber"/> to and from its canonical JSON string (Party or State form).</summary>
/// <remarks>Reading accepts every spelling <see cref="DocumentNumber.Parse(string)"/> accepts. Writing <c>default</c> is a <see cref="JsonException"/>.
/// Thread safety: stateless.</remarks>
internal sealed class DocumentNumberJsonConverter : OrgModelConverter<DocumentNumber>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(FormatPropertyName(value));
    }

    /// <inheritdoc />
    protected override DocumentNumber ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        DocumentNumber.Parse(ReadString(ref reader).AsSpan());

    /// <summary>Reads a number inside an object.</summary>
    internal static DocumentNumber ReadValue(ref Utf8JsonReader reader) => DocumentNumber.Parse(JsonRead.String(ref reader));

    /// <summary>Reads a number inside an object, or null.</summary>
    internal static DocumentNumber? ReadNullable(ref Utf8JsonReader reader) => JsonRead.IsNull(ref reader) ? null : ReadValue(ref reader);

    /// <inheritdoc />
    protected override DocumentNumber ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        DocumentNumber.Parse(reader.GetString().AsSpan());

    /// <inheritdoc />
    protected override string FormatPropertyName(DocumentNumber value)
    {
        DefaultValueJson.Refuse(!value.IsParty && !value.IsState, nameof(DocumentNumber));
        return value.ToString();
    }
}
