using OrgModel.Serialization.Json;

namespace OrgModel.Documents.Model;

/// <summary>Reads and writes a <see cref="DocumentSigner"/>.</summary>
internal sealed class DocumentSignerJsonConverter() : ObjectJsonConverter<DocumentSigner, DocumentSignerJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(string Name, SigningCapacity Capacity, string? Title, string? OnBehalfOf);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<DocumentSigner, State> Shape = new(nameof(DocumentSigner),
    [
        new("name", static (ref r, ref s) => s.Name = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Name), Required: true),
        new("capacity", static (ref r, ref s) => s.Capacity = JsonRead.Enum<SigningCapacity>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Capacity), Required: true),
        new("title", static (ref r, ref s) => s.Title = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Title)),
        new("onBehalfOf", static (ref r, ref s) => s.OnBehalfOf = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.OnBehalfOf)),
    ],
    static (ref s) => new DocumentSigner(s.Name, s.Capacity, s.Title, s.OnBehalfOf));
}
