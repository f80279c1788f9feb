using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>Converts a <see cref="DocumentKind"/> to and from its key as a JSON string (<c>"resolution"</c>).</summary>
/// <remarks>Reading accepts a key in any case; an unknown key gives a <see cref="JsonException"/>. Thread safety: stateless.</remarks>
internal sealed class DocumentKindJsonConverter() : StringJsonConverter<DocumentKind>(usableAsPropertyName: false)
{
    /// <inheritdoc />
    protected override string ToJson(DocumentKind value) => value.Key;

    /// <inheritdoc />
    protected override DocumentKind FromJson(string text) => FromKey(text);

    /// <summary>The kind of a key, or a <see cref="FormatException"/> that quotes a bounded part of it.</summary>
    internal static DocumentKind FromKey(string key) =>
        DocumentKind.TryFromKey(key, out DocumentKind? kind)
            ? kind
            : throw new FormatException($"\"{Preconditions.Quote(key)}\" is not the key of a document kind.");
}
