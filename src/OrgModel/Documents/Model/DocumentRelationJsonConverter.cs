using OrgModel.Serialization.Json;

namespace OrgModel.Documents.Model;

/// <summary>Reads and writes a <see cref="DocumentRelation"/>: kind, target reference and optional effective date.</summary>
internal sealed class DocumentRelationJsonConverter() : ObjectJsonConverter<DocumentRelation, DocumentRelationJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(DocumentRelationKind Kind, DocumentReference Target, LocalDate? From);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<DocumentRelation, State> Shape = new(nameof(DocumentRelation),
    [
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<DocumentRelationKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new("target", static (ref r, ref s) => s.Target = DocumentReferenceJsonConverter.Shape.Read(ref r), static (w, n, v) => DocumentReferenceJsonConverter.Shape.WriteMember(w, n, v.Target), Required: true),
        new("effectiveFrom", static (ref r, ref s) => s.From = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.EffectiveFrom)),
    ],
    static (ref s) => new DocumentRelation(s.Kind, s.Target, s.From));
}
