using OrgModel.Serialization.Json;

namespace OrgModel.Documents.Model;

/// <summary>Converts a <see cref="DocumentKey"/> to and from its canonical text as a JSON string; usable as a property name.</summary>
/// <remarks>Writing <c>default</c> is a <see cref="JsonException"/>. Thread safety: stateless.</remarks>
internal sealed class DocumentKeyJsonConverter : StringJsonConverter<DocumentKey>
{
    /// <summary>Reads a key inside an object.</summary>
    internal static DocumentKey ReadValue(ref Utf8JsonReader reader) => DocumentKey.Parse(JsonRead.String(ref reader));

    /// <inheritdoc />
    protected override string ToJson(DocumentKey value) => DefaultValueJson.Format(value, value.IsDefault);

    /// <inheritdoc />
    protected override DocumentKey FromJson(string text) => DocumentKey.Parse(text.AsSpan());
}
