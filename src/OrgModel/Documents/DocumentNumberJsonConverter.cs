using System.Text.Json;
using OrgModel.Serialization;
using OrgModel.Serialization.Documents;

namespace OrgModel.Documents;

/// <summary>Converts a <see cref="DocumentNumber"/> to and from its canonical JSON string (Party or State form).</summary>
/// <remarks>Reading accepts every spelling <see cref="DocumentNumber.Parse(string)"/> accepts. Writing <c>default</c> is a <see cref="JsonException"/>.
/// Thread safety: stateless.</remarks>
public sealed class DocumentNumberJsonConverter : OrgModelConverter<DocumentNumber>
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
