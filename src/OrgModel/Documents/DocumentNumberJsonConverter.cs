using OrgModel.Serialization.Json;

namespace OrgModel.Documents;

/// <summary>Converts a <see cref="DocumentNumber"/> to and from its canonical JSON string (Party or State form).</summary>
/// <remarks>Reading accepts every spelling <see cref="DocumentNumber.Parse(string)"/> accepts. Writing <c>default</c> is a <see cref="JsonException"/>.
/// Thread safety: stateless.</remarks>
internal sealed class DocumentNumberJsonConverter : StringJsonConverter<DocumentNumber>
{
    /// <summary>Reads a number inside an object.</summary>
    internal static DocumentNumber ReadValue(ref Utf8JsonReader reader) => DocumentNumber.Parse(JsonRead.String(ref reader));

    /// <summary>Reads a number inside an object, or null.</summary>
    internal static DocumentNumber? ReadNullable(ref Utf8JsonReader reader) => JsonRead.IsNull(ref reader) ? null : ReadValue(ref reader);

    /// <inheritdoc />
    protected override string ToJson(DocumentNumber value) => DefaultValueJson.Format(value, !value.IsParty && !value.IsState);

    /// <inheritdoc />
    protected override DocumentNumber FromJson(string text) => DocumentNumber.Parse(text.AsSpan());
}
