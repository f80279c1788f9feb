using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Documents;

/// <summary>
/// The number and symbol of a document of the Communist Party of Viet Nam, in the form <c>NUMBER-KIND/ISSUER</c>:
/// <c>201-KL/TW</c>, <c>60-NQ/TW</c>, <c>520-BC/BTCTW</c>, <c>36-HD/VPTW</c>, <c>232-QĐ/TW</c>, <c>01-KL/ĐU</c>.
/// </summary>
/// <remarks>
/// <para>Parsing accepts what people write: a leading <c>Số</c>/<c>No.</c>, spaces around <c>-</c> and <c>/</c>, any
/// letter case, NFD text, <c>Đ</c> written as <c>D</c> or <c>Ð</c>, en and em dashes. Spaces inside a symbol are the
/// horizontal ones only (space, tab, no-break and other Unicode space separators, zero-width space): a line break or a
/// control character there is a <see cref="FormatException"/>; any white space may surround the whole symbol. The issuer
/// code must have a letter (<c>201-KL/1</c> is refused). <see cref="ToString()"/> gives the
/// canonical form (numbers below 10 with a leading zero, as the Party's numbering rules write them).</para>
/// <para>The kind code can be ambiguous: <c>QĐ</c> is both a regulation (quy định) and a decision (quyết định). See
/// <see cref="IsKindAmbiguous"/>, <see cref="PossibleKinds"/> and <see cref="TryResolveKind"/>.</para>
/// <para>The same symbol recurs across committee terms (numbering restarts each term): a symbol alone does not
/// identify one document.</para>
/// <para><c>default</c> is not a valid symbol: its <see cref="Number"/> is 0, its codes are empty and it formats as an
/// empty string. <see cref="DocumentNumber"/> refuses to wrap it and the JSON writers refuse to write it
/// (<see cref="System.Text.Json.JsonException"/>). Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(PartyDocumentNumberJsonConverter))]
public readonly struct PartyDocumentNumber
    : IEquatable<PartyDocumentNumber>, IComparable<PartyDocumentNumber>, IComparable, ISpanParsable<PartyDocumentNumber>, ICanonicalParsable<PartyDocumentNumber, DocumentNumberParsing>, ISpanFormattable
{
    private readonly string? kindCode;
    private readonly string? issuerCode;

    /// <summary>Creates a Party document number from its parts.</summary>
    /// <param name="number">The running number, from 1.</param>
    /// <param name="kindCode">The kind code, e.g. <c>KL</c>; case and <c>Đ</c> spelling are normalised (<c>qd</c> → <c>QĐ</c>).</param>
    /// <param name="issuerCode">The issuer code, e.g. <c>TW</c>, or several joined by <c>-</c> (<c>TWĐTN-VP</c>); normalised the same way. A code may hold <c>&amp;</c> between two letters of one case (<c>BKH&amp;ĐT</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is below 1 or above 999,999,999.</exception>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">A code is empty, longer than 16 characters or holds a character no code has, or
    /// an issuer group has no letter.</exception>
    public PartyDocumentNumber(int number, string kindCode, string issuerCode)
    {
        Guard.Against.OutOfRange(number, nameof(number), 1, DocumentNumberParser.MaxNumber, "A document number runs from 1 to 999,999,999.");
        Guard.Against.Null(kindCode);
        Guard.Against.Null(issuerCode);
        this.kindCode = DocumentCodeGuard.Kind(kindCode, nameof(kindCode));
        this.issuerCode = DocumentCodeGuard.PartyIssuer(issuerCode, nameof(issuerCode));
        Number = number;
    }

    internal PartyDocumentNumber(DocumentNumberParser.Parsed parsed)
    {
        Number = parsed.Number;
        kindCode = parsed.Kind;
        issuerCode = parsed.Issuer;
    }

    /// <summary>Gets the running number (1 or more; 0 only for <c>default</c>).</summary>
    public int Number { get; }

    /// <summary>Gets the canonical kind code, e.g. <c>KL</c>, <c>NQ</c>, <c>QĐ</c>, <c>QĐi</c>, <c>CTr</c>.</summary>
    public string KindCode => kindCode ?? string.Empty;

    /// <summary>Gets the canonical issuer code, e.g. <c>TW</c>, <c>BTCTW</c>, <c>TU</c>, <c>ĐU</c>.</summary>
    public string IssuerCode => issuerCode ?? string.Empty;

    /// <summary>Gets a value indicating whether the kind code names more than one kind (Party <c>QĐ</c>: regulation or decision).</summary>
    public bool IsKindAmbiguous => PossibleKinds.Count > 1;

    /// <summary>Gets the kinds the kind code can stand for in a Party symbol; empty for codes outside the table.</summary>
    public IReadOnlyList<CitationKindWord> PossibleKinds => CitationKindWord.PartyKindsForCode(KindCode);

    /// <summary>Parses a Party document number.</summary>
    /// <param name="text">The text, e.g. <c>Số 201-KL/TW</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a Party document number; the message says where and why.</exception>
    public static PartyDocumentNumber Parse(string text) => Parsing.Parse<PartyDocumentNumber, DocumentNumberParsing>(text);

    /// <summary>Parses a Party document number from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a Party document number; the message says where and why.</exception>
    public static PartyDocumentNumber Parse(ReadOnlySpan<char> text) => Parsing.Parse<PartyDocumentNumber, DocumentNumberParsing>(text);

    /// <summary>Tries to parse a Party document number; never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="result">The number when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="text"/> is a Party document number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartyDocumentNumber result) => Parsing.TryParse<PartyDocumentNumber, DocumentNumberParsing>(text, out result);

    /// <summary>Tries to parse a Party document number from a span; never throws, allocates nothing for known codes.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="text"/> is a Party document number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartyDocumentNumber result) => Parsing.TryParse<PartyDocumentNumber, DocumentNumberParsing>(text, out result);

    /// <summary>Parses a Party document number into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="text">The text; null gives a failed result.</param>
    /// <returns>The number, or the position and reason of the failure.</returns>
    public static ParseResult<PartyDocumentNumber> ParseToResult(string? text) => Parsing.ToResult<PartyDocumentNumber, DocumentNumberParsing>(text);

    /// <summary>Equality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when both are the same symbol.</returns>
    public static bool operator ==(PartyDocumentNumber left, PartyDocumentNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when the symbols differ.</returns>
    public static bool operator !=(PartyDocumentNumber left, PartyDocumentNumber right) => !left.Equals(right);

    /// <summary>Ordering by issuer, then kind, then number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartyDocumentNumber left, PartyDocumentNumber right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by issuer, then kind, then number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(PartyDocumentNumber left, PartyDocumentNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by issuer, then kind, then number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PartyDocumentNumber left, PartyDocumentNumber right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by issuer, then kind, then number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(PartyDocumentNumber left, PartyDocumentNumber right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Resolves the kind from the words written before the symbol ("Quy định số", "Decision No.", "Nghị quyết"): the
    /// kind those words name when the code allows it, otherwise the code's only kind when it has one.
    /// </summary>
    /// <param name="precedingText">Text that ends just before the symbol (a leading "số"/"No." at its end is ignored).</param>
    /// <param name="kind">The resolved kind, or <c>default</c>.</param>
    /// <returns>True when one kind was found.</returns>
    public bool TryResolveKind(ReadOnlySpan<char> precedingText, out CitationKindWord kind)
    {
        IReadOnlyList<CitationKindWord> possible = PossibleKinds;
        if (CitationKindWord.TryFindBefore(precedingText, precedingText.Length, out CitationKindWord word, out _))
        {
            foreach (CitationKindWord candidate in possible)
            {
                if (candidate.SameKind(word))
                {
                    kind = word;
                    return true;
                }
            }
        }

        if (possible.Count == 1)
        {
            kind = possible[0];
            return true;
        }

        kind = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(PartyDocumentNumber other) =>
        Number == other.Number && string.Equals(KindCode, other.KindCode, StringComparison.Ordinal)
        && string.Equals(IssuerCode, other.IssuerCode, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartyDocumentNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, StringComparer.Ordinal.GetHashCode(KindCode), StringComparer.Ordinal.GetHashCode(IssuerCode));

    /// <summary>Compares by issuer code, then kind code (ordinal), then number.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(PartyDocumentNumber other)
    {
        int c = string.CompareOrdinal(IssuerCode, other.IssuerCode);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(KindCode, other.KindCode);
        return c != 0 ? c : Number.CompareTo(other.Number);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => Comparisons.CompareBoxed(this, obj);

    /// <summary>Gets the canonical form, e.g. <c>201-KL/TW</c> or <c>01-HD/VPTW</c>; empty for <c>default</c>.</summary>
    /// <returns>The canonical symbol.</returns>
    public override string ToString() => Number == 0 ? string.Empty : Formats.ToString(this, null, null);

    /// <inheritdoc cref="ToString()"/>
    /// <param name="format">Ignored: there is one canonical form.</param>
    /// <param name="formatProvider">Ignored.</param>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the canonical form into a span.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Ignored: there is one canonical form.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the span is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (Number == 0)
        {
            return true;
        }

        var w = new SpanWriter(destination);
        w.Number(Number);
        w.Char('-');
        w.Text(KindCode);
        w.Char('/');
        w.Text(IssuerCode);
        return w.Finish(out charsWritten);
    }
}
