using NodaTime.Text;
using OrgModel.Documents;
using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>
/// A reference to a document: its number, and where the number alone is not enough (numbering restarts each term, so
/// <c>18-NQ/TW</c> is a 2017 and a 2022 resolution) its issue date or its term; or the <see cref="DocumentKey"/> of a text
/// without a number.
/// </summary>
/// <remarks><c>default</c> refers to no document (its number is <c>default</c> and it has no key); constructors reject it and the JSON
/// writer refuses to write it (<see cref="System.Text.Json.JsonException"/>).
/// Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DocumentReferenceJsonConverter))]
public readonly struct DocumentReference : IEquatable<DocumentReference>
{
    private readonly DocumentKey unnumbered;

    /// <summary>Creates a reference by number only.</summary>
    /// <param name="number">The number.</param>
    /// <exception cref="ArgumentException"><paramref name="number"/> is <c>default</c>.</exception>
    public DocumentReference(DocumentNumber number)
        : this(number, null, null)
    {
    }

    /// <summary>Creates a reference by number and issue date.</summary>
    /// <param name="number">The number.</param>
    /// <param name="issueDate">The issue date printed on the document; in the ISO calendar.</param>
    /// <exception cref="ArgumentException"><paramref name="number"/> is <c>default</c>, or <paramref name="issueDate"/> is
    /// not in the ISO calendar.</exception>
    public DocumentReference(DocumentNumber number, LocalDate issueDate)
        : this(number, issueDate, null)
    {
    }

    /// <summary>Creates a reference by number and term.</summary>
    /// <param name="number">The number.</param>
    /// <param name="term">The term the document belongs to (khóa XII).</param>
    /// <exception cref="ArgumentException"><paramref name="number"/> or <paramref name="term"/> is <c>default</c>.</exception>
    public DocumentReference(DocumentNumber number, Tenure term)
        : this(number, null, term)
    {
        Preconditions.CheckArgument(!term.IsDefault, nameof(term), "The term of a reference cannot be the default term.");
    }

    /// <summary>Creates a reference by key: a numbered key gives a reference by number (and date), an unnumbered key one to
    /// that text.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    public DocumentReference(DocumentKey key)
    {
        Preconditions.CheckArgument(!key.IsDefault, nameof(key), "A reference needs a document key, not the default value.");

        Number = key.Number ?? default;
        IssueDate = key.IssueDate;
        Term = null;
        unnumbered = key.IsNumbered ? default : key;
    }

    private DocumentReference(DocumentNumber number, LocalDate? issueDate, Tenure? term)
    {
        Preconditions.CheckArgument(number.IsParty || number.IsState, nameof(number), "A reference needs a document number, not the default value.");

        Number = number;
        IssueDate = Preconditions.CheckIso(issueDate);
        Term = term;
    }

    /// <summary>Gets the document number; <c>default</c> for a reference to an unnumbered text (see <see cref="Key"/>).</summary>
    public DocumentNumber Number { get; }

    /// <summary>Gets the key referred to: the number and date as a numbered key (a term is not part of a key), or the key of
    /// an unnumbered text; <c>default</c> for <c>default</c>.</summary>
    public DocumentKey Key => !unnumbered.IsDefault ? unnumbered
        : Number.IsParty || Number.IsState ? DocumentKey.Numbered(Number, IssueDate) : default;

    /// <summary>Gets a value indicating whether the reference refers to no document (<c>default</c>).</summary>
    internal bool IsEmpty => unnumbered.IsDefault && !Number.IsParty && !Number.IsState;

    /// <summary>Gets the issue date, or null when the reference does not give one.</summary>
    public LocalDate? IssueDate { get; }

    /// <summary>Gets the term, or null when the reference does not give one.</summary>
    public Tenure? Term { get; }

    /// <summary>Equality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DocumentReference left, DocumentReference right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DocumentReference left, DocumentReference right) => !left.Equals(right);

    /// <summary>Says whether a document is one this reference can mean.</summary>
    /// <param name="document">The document.</param>
    /// <returns>True when the numbers are equal and the date and term, where given, agree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public bool Matches(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!unnumbered.IsDefault)
        {
            return unnumbered.Equals(document.Key);
        }

        return document.IsNumbered && Number == document.Number
            && (IssueDate is not { } date || date == document.IssueDate)
            && (Term is not { } term || (document.Term is { } t && TermsAgree(term, t)));
    }

    /// <inheritdoc />
    public bool Equals(DocumentReference other) =>
        Number == other.Number && IssueDate == other.IssueDate && Nullable.Equals(Term, other.Term) && unnumbered.Equals(other.unnumbered);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentReference other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, IssueDate, Term, unnumbered);

    /// <summary>Gets the number with its date or term: <c>18-NQ/TW of 2017-10-25</c>, <c>18-NQ/TW (khóa XII)</c>; an
    /// unnumbered text's key.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => (IssueDate, Term) switch
    {
        _ when !unnumbered.IsDefault => unnumbered.ToString(),
        ({ } d, _) => $"{Number} of {LocalDatePattern.Iso.Format(d)}",
        (null, { } t) => $"{Number} ({t})",
        _ => Number.ToString(),
    };

    // A term given by its ordinal alone (khóa XII) matches whatever years the document's term records.
    private static bool TermsAgree(Tenure wanted, Tenure actual) =>
        wanted.Kind == actual.Kind && (wanted.Ordinal is { } o ? o == actual.Ordinal : wanted == actual);
}
