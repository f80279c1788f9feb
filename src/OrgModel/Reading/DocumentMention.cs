using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// A document a text cites, resolved against the <see cref="DocumentRegistry"/> a caller gave <see cref="DraftReader"/>:
/// where the citation stands, what it says, and the registry's documents it can name.
/// </summary>
/// <remarks>
/// <para>A numbered citation ("Kết luận số 201-KL/TW", "Decree 13/2023/ND-CP dated 17 April 2023") is resolved as
/// <see cref="DocumentRegistry.Resolve(Citation)"/> resolves it; an unnumbered one ("Nghị quyết Đại hội XIV", "the
/// Resolution of the 14th National Party Congress") only when exactly one unnumbered document of the registry is of that
/// kind and came from that congress. Nothing is invented: a document the registry lacks leaves <see cref="Candidates"/>
/// empty (<see cref="ResolutionStatus.NotFound"/>), and a number several documents share keeps all of them
/// (<see cref="ResolutionStatus.Ambiguous"/>) for a person to choose.</para>
/// <para>JSON: <c>start</c>, <c>text</c>, <c>number</c> (left out for an unnumbered document), <c>candidates</c> (the
/// documents' keys, which give the status), <c>reason</c>. Thread safety: immutable and thread-safe. Equality is by
/// value.</para>
/// </remarks>
[JsonConverter(typeof(DocumentMentionJsonConverter))]
public sealed class DocumentMention : TextFinding, IEquatable<DocumentMention>
{
    private readonly ImmutableArray<DocumentKey> candidates;

    /// <summary>Creates a mention.</summary>
    /// <param name="start">Where the citation starts in the text (0-based, UTF-16 code units).</param>
    /// <param name="text">The citation as written ("201-KL/TW", "Nghị quyết Đại hội XIV"); not empty.</param>
    /// <param name="number">The document's number, or null for an unnumbered document.</param>
    /// <param name="candidates">The keys of the registry's documents it can name: none, one, or several.</param>
    /// <param name="reason">Why the text was taken and how it was resolved; not empty.</param>
    /// <exception cref="ArgumentException">A text is empty, <paramref name="start"/> is negative, <paramref name="number"/> is
    /// <c>default</c>, or <paramref name="candidates"/> holds a default key or one key twice.</exception>
    public DocumentMention(int start, string text, DocumentNumber? number, IEnumerable<DocumentKey> candidates, string reason)
        : base(start, text, reason)
    {
        Guard.Against.Null(candidates);
        Preconditions.CheckArgument(number is not { IsParty: false, IsState: false }, nameof(number), "A cited number is never the default number; give null for an unnumbered document.");

        this.candidates = [.. candidates];
        Preconditions.CheckArgument(!this.candidates.Any(static c => c.IsDefault) && this.candidates.Distinct().Count() == this.candidates.Length, nameof(candidates), "The candidates are distinct keys, none of them default.");

        Number = number;
    }

    /// <summary>Gets the document's number, or null when the text names an unnumbered document.</summary>
    public DocumentNumber? Number { get; }

    /// <summary>Gets the keys of the registry's documents the citation can name, oldest first.</summary>
    public IReadOnlyList<DocumentKey> Candidates => candidates;

    /// <summary>Gets the outcome: found (one candidate), ambiguous (several) or not found (none).</summary>
    public ResolutionStatus Status => candidates.Length switch
    {
        0 => ResolutionStatus.NotFound,
        1 => ResolutionStatus.Found,
        _ => ResolutionStatus.Ambiguous,
    };

    /// <summary>Gets the key of the document when exactly one matches, otherwise null.</summary>
    public DocumentKey? Key => candidates.Length == 1 ? candidates[0] : null;

    /// <inheritdoc />
    public bool Equals(DocumentMention? other) =>
        other is not null && SameFinding(other) && Number == other.Number && candidates.SequenceEqual(other.candidates);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Text, Number, candidates.Length, Reason);

    /// <summary>Gets a readable summary, e.g. <c>"201-KL/TW" Found (201-KL/TW@2025-10-31) at 12+9</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        At($"\"{Text}\" {Status}{(candidates.IsEmpty ? string.Empty : " (" + string.Join("; ", candidates) + ")")}");
}
