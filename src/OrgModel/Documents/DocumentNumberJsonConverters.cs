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

/// <summary>Converts a <see cref="StateDocumentNumber"/> to and from its canonical JSON string (<c>"30/2020/NĐ-CP"</c>).</summary>
/// <remarks>Reading accepts every spelling <see cref="StateDocumentNumber.Parse(string)"/> accepts. Thread safety: stateless.</remarks>
public sealed class StateDocumentNumberJsonConverter : OrgModelConverter<StateDocumentNumber>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, StateDocumentNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    protected override StateDocumentNumber ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        StateDocumentNumber.Parse(ReadString(ref reader).AsSpan());

    /// <inheritdoc />
    protected override StateDocumentNumber ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        StateDocumentNumber.Parse(reader.GetString().AsSpan());

    /// <inheritdoc />
    protected override string FormatPropertyName(StateDocumentNumber value) => value.ToString();
}

/// <summary>Converts a <see cref="DocumentNumber"/> to and from its canonical JSON string (Party or State form).</summary>
/// <remarks>Reading accepts every spelling <see cref="DocumentNumber.Parse(string)"/> accepts. Thread safety: stateless.</remarks>
public sealed class DocumentNumberJsonConverter : OrgModelConverter<DocumentNumber>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    protected override DocumentNumber ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        DocumentNumber.Parse(ReadString(ref reader).AsSpan());

    /// <inheritdoc />
    protected override DocumentNumber ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        DocumentNumber.Parse(reader.GetString().AsSpan());

    /// <inheritdoc />
    protected override string FormatPropertyName(DocumentNumber value) => value.ToString();
}
