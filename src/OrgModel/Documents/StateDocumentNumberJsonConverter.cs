using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Documents;

/// <summary>Converts a <see cref="StateDocumentNumber"/> to and from its canonical JSON string (<c>"30/2020/NĐ-CP"</c>).</summary>
/// <remarks>Reading accepts every spelling <see cref="StateDocumentNumber.Parse(string)"/> accepts. Writing <c>default</c> is a <see cref="JsonException"/>.
/// Thread safety: stateless.</remarks>
internal sealed class StateDocumentNumberJsonConverter : OrgModelConverter<StateDocumentNumber>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, StateDocumentNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(FormatPropertyName(value));
    }

    /// <inheritdoc />
    protected override StateDocumentNumber ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        StateDocumentNumber.Parse(ReadString(ref reader).AsSpan());

    /// <inheritdoc />
    protected override StateDocumentNumber ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        StateDocumentNumber.Parse(reader.GetString().AsSpan());

    /// <inheritdoc />
    protected override string FormatPropertyName(StateDocumentNumber value)
    {
        DefaultValueJson.Refuse(value.Number == 0, nameof(StateDocumentNumber));
        return value.ToString();
    }
}
