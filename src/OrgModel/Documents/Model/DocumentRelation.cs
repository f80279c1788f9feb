using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>A typed relation from a document to another: it implements, guides, amends, replaces, repeals, summarises or
/// cites it.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DocumentRelationJsonConverter))]
public sealed class DocumentRelation : IEquatable<DocumentRelation>
{
    /// <summary>Creates a relation.</summary>
    /// <param name="kind">How the document acts on the target.</param>
    /// <param name="target">The document acted on; give its date or term where its number recurs, or the key of an
    /// unnumbered text.</param>
    /// <param name="effectiveFrom">The day the relation takes effect (a replacement's first day in force), or null for the
    /// acting document's issue date.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is undefined, <paramref name="target"/> is <c>default</c>, or
    /// <paramref name="effectiveFrom"/> is not in the ISO calendar.</exception>
    public DocumentRelation(DocumentRelationKind kind, DocumentReference target, LocalDate? effectiveFrom = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"{kind} is not a relation kind.", nameof(kind));
        }

        Preconditions.CheckArgument(!target.IsEmpty, nameof(target), "A relation needs a target document, not the default reference.");

        Kind = kind;
        Target = target;
        EffectiveFrom = Preconditions.CheckIso(effectiveFrom);
    }

    /// <summary>Gets how the document acts on the target.</summary>
    public DocumentRelationKind Kind { get; }

    /// <summary>Gets the target.</summary>
    public DocumentReference Target { get; }

    /// <summary>Gets the day the relation takes effect, or null for the acting document's issue date.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <inheritdoc />
    public bool Equals(DocumentRelation? other) =>
        other is not null && Kind == other.Kind && Target == other.Target && EffectiveFrom == other.EffectiveFrom;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentRelation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Target, EffectiveFrom);

    /// <summary>Gets the kind and target, e.g. <c>Replaces 66-QĐ/TW of 2017-02-06</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Kind} {Target}";
}
