using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Text;

namespace OrgModel.Documents.Model;

/// <summary>
/// What identifies a document, numbered or not: a number (with its issue date where the number recurs), or for a text
/// without a number (the Resolution of the 14th National Congress, the Political Report, the conclusions of a Central
/// Conference) its kind, its issuer or event, its date and its title.
/// </summary>
/// <remarks>
/// <para>The canonical text parses back (<see cref="Parse(string)"/>), so a key can be a JSON string, a dictionary key and
/// a task's source: a numbered key is its number (<c>60-NQ/TW</c>) or its number and date (<c>18-NQ/TW of 2017-10-25</c>,
/// the form <see cref="DocumentReference.ToString"/> writes); an unnumbered key is
/// <c>KIND:ISSUER:DATE:SLUG</c>, e.g. <c>resolution:vn.party.congress.14:2026-01-23:resolution-of-the-14th-national-party-congress</c>.
/// A document number never holds a colon, so the two forms cannot be confused.</para>
/// <para>The issuer of an unnumbered key is an identifier in the grammar of <see cref="OrgId"/>: an organisation of the
/// chart, or the event the text came from (<see cref="OrgModel.Tenures.PoliticalEvent.Id"/>), because a congress is not an
/// organisation. The slug is the title folded by <see cref="Slug"/>: two titles that differ only in case, diacritics
/// or punctuation give the same key.</para>
/// <para><c>default</c> identifies nothing (<see cref="IsDefault"/>); factories never return it and the JSON writer refuses it.
/// Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DocumentKeyJsonConverter))]
public readonly struct DocumentKey : IEquatable<DocumentKey>, ISpanParsable<DocumentKey>, ICanonicalParsable<DocumentKey, DocumentKeyParser>
{
    /// <summary>The longest slug kept from a title.</summary>
    public const int MaxSlugLength = 80;

    private const string Of = " of ";

    private readonly DocumentNumber number;
    private readonly LocalDate? issueDate;
    private readonly DocumentKind? kind;
    private readonly string? issuer;
    private readonly string? slug;

    private DocumentKey(DocumentNumber number, LocalDate? issueDate, DocumentKind? kind, string? issuer, string? slug)
    {
        this.number = number;
        this.issueDate = issueDate;
        this.kind = kind;
        this.issuer = issuer;
        this.slug = slug;
    }

    /// <summary>Gets a value indicating whether this is <c>default</c>, which identifies no document.</summary>
    public bool IsDefault => kind is null && !number.IsParty && !number.IsState;

    /// <summary>Gets a value indicating whether the key is a document number.</summary>
    public bool IsNumbered => number.IsParty || number.IsState;

    /// <summary>Gets the number of a numbered key, or null for an unnumbered one.</summary>
    public DocumentNumber? Number => IsNumbered ? number : null;

    /// <summary>Gets the issue date: always given for an unnumbered key, optional for a numbered one.</summary>
    public LocalDate? IssueDate => issueDate;

    /// <summary>Gets the kind of an unnumbered key, or null for a numbered one (its number's code tells the kind).</summary>
    public DocumentKind? Kind => kind;

    /// <summary>Gets the issuer or event identifier of an unnumbered key, or null for a numbered one.</summary>
    public string? Issuer => issuer;

    /// <summary>Gets the title slug of an unnumbered key, or null for a numbered one.</summary>
    public string? TitleSlug => slug;

    /// <summary>Equality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DocumentKey left, DocumentKey right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DocumentKey left, DocumentKey right) => !left.Equals(right);

    /// <summary>The key of a numbered document.</summary>
    /// <param name="number">The number.</param>
    /// <param name="issueDate">The issue date, or null when the number alone is meant.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is <c>default</c>, or the date is not in the ISO calendar.</exception>
    public static DocumentKey Numbered(DocumentNumber number, LocalDate? issueDate = null)
    {
        Utility.Preconditions.CheckArgument(number.IsParty || number.IsState, nameof(number), "A numbered key needs a number, not the default value.");
        return new DocumentKey(number, Utility.Preconditions.CheckIso(issueDate), null, null, null);
    }

    /// <summary>The key of a text without a number.</summary>
    /// <param name="kind">The kind (resolution, report, conclusion, …).</param>
    /// <param name="issuer">The issuing organisation's or the event's identifier (<c>vn.party.congress.14</c>), in the
    /// grammar of <see cref="OrgId"/>; upper case is lowered.</param>
    /// <param name="issueDate">The date of the text; in the ISO calendar.</param>
    /// <param name="title">The title; folded by <see cref="Slug"/>, which must leave at least one letter or digit.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/>, <paramref name="issuer"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">The issuer is not an identifier, the date is not ISO, or the title has no letter or digit.</exception>
    public static DocumentKey Unnumbered(DocumentKind kind, string issuer, LocalDate issueDate, string title)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(title);
        if (!OrgId.TryParse(issuer, out OrgId id))
        {
            throw new ArgumentException($"\"{Utility.Preconditions.Quote(issuer)}\" is not an identifier (lower-case letters, digits, '.' and '-').", nameof(issuer));
        }

        string s = Slug(title);
        Utility.Preconditions.CheckArgument(s.Length > 0, nameof(title), "A title needs at least one letter or digit.");
        return new DocumentKey(default, Utility.Preconditions.CheckIso(issueDate), kind, id.ToString(), s);
    }

    /// <summary>
    /// Folds a title into a slug: Vietnamese letters to their ASCII base (<c>đ</c> to <c>d</c>), lower case, every run of
    /// other characters to one hyphen, no hyphen at either end, cut to <see cref="MaxSlugLength"/> characters.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <returns>The slug; empty when the title has no letter or digit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public static string Slug(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        string slug = VietnameseText.Slug(title);
        return (slug.Length <= MaxSlugLength ? slug : slug[..MaxSlugLength]).TrimEnd('-');
    }

    /// <summary>Parses a key in its canonical form (see remarks); surrounding white space is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a key; the message says where and why.</exception>
    public static DocumentKey Parse(string s) => Parsing.Parse<DocumentKey, DocumentKeyParser>(s);

    /// <summary>Parses a key from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not a key.</exception>
    public static DocumentKey Parse(ReadOnlySpan<char> s) => Parsing.Parse<DocumentKey, DocumentKeyParser>(s);

    /// <summary>Tries to parse a key; never throws.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The key, or <c>default</c>.</param>
    /// <returns>True when the text is a key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out DocumentKey result) => Parsing.TryParse<DocumentKey, DocumentKeyParser>(s, out result);

    /// <summary>Tries to parse a key from a span; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The key, or <c>default</c>.</param>
    /// <returns>True when the text is a key.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out DocumentKey result) => Parsing.TryParse<DocumentKey, DocumentKeyParser>(s, out result);

    /// <summary>Parses a key into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="s">The text; null gives a failed result.</param>
    /// <returns>The key, or the position and reason of the failure.</returns>
    public static OrgModel.Text.ParseResult<DocumentKey> ParseToResult(string? s) => Parsing.ToResult<DocumentKey, DocumentKeyParser>(s);

    /// <summary>Says whether a document is one this key can mean.</summary>
    /// <param name="document">The document.</param>
    /// <returns>True when the document's own key is this one, or this key gives the number without a date and the numbers agree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public bool Matches(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return IsNumbered
            ? document.IsNumbered && number == document.Number && (issueDate is not { } d || d == document.IssueDate)
            : Equals(document.Key);
    }

    /// <inheritdoc />
    public bool Equals(DocumentKey other) =>
        number == other.number && issueDate == other.issueDate && ReferenceEquals(kind, other.kind)
        && string.Equals(issuer, other.issuer, StringComparison.Ordinal) && string.Equals(slug, other.slug, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(number, issueDate, kind, issuer, slug);

    /// <summary>Gets the canonical text (see remarks); empty for <c>default</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString()
    {
        if (kind is not null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{kind.Key}:{issuer}:{NodaTime.Text.LocalDatePattern.Iso.Format(issueDate!.Value)}:{slug}");
        }

        if (!IsNumbered)
        {
            return string.Empty;
        }

        return issueDate is { } d ? number.ToString() + Of + NodaTime.Text.LocalDatePattern.Iso.Format(d) : number.ToString();
    }

    /// <summary>Creates a key from parsed parts, trusted to be canonical.</summary>
    internal static DocumentKey FromParts(DocumentNumber number, LocalDate? issueDate, DocumentKind? kind, string? issuer, string? slug) =>
        new(number, issueDate, kind, issuer, slug);
}
