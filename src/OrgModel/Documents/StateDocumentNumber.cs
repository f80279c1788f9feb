using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Documents;

/// <summary>
/// The number and symbol of a document of the State of Viet Nam: legal normative documents
/// <c>NUMBER/YEAR/KIND-ISSUER</c> (<c>30/2020/NĐ-CP</c>, <c>19/2025/QĐ-TTg</c>), laws and resolutions of the National
/// Assembly <c>NUMBER/YEAR/ISSUER</c> with no kind code (<c>64/2025/QH15</c>, <c>202/2025/QH15</c>), and other documents
/// <c>NUMBER/KIND-ISSUER</c> (<c>759/QĐ-TTg</c>, <c>1656/NQ-UBTVQH15</c>). The Government's dotted resolution numbers
/// (<c>66.7/2025/NQ-CP</c>) keep their dot: <see cref="Number"/> is 66 and <see cref="SubNumber"/> is 7.
/// </summary>
/// <remarks>
/// <para>After the slashes, the first <c>-</c>-separated code is the kind only when it is a State kind code (NĐ, QĐ, NQ,
/// TT, …); otherwise every code belongs to the issuer, as in official letters, which carry no kind code
/// (<c>1066/UBND-VXNV</c>: issuer <c>UBND-VXNV</c>). Parsing accepts the same messy spellings as
/// <see cref="PartyDocumentNumber"/>; <see cref="ToString()"/> gives the canonical form.</para>
/// <para><c>default</c> is not a valid symbol: its <see cref="Number"/> is 0, its issuer is empty and it formats as an
/// empty string. <see cref="DocumentNumber"/> refuses to wrap it and the JSON writers refuse to write it
/// (<see cref="System.Text.Json.JsonException"/>). Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(StateDocumentNumberJsonConverter))]
public readonly struct StateDocumentNumber
    : IEquatable<StateDocumentNumber>, IComparable<StateDocumentNumber>, IComparable, ISpanParsable<StateDocumentNumber>, ICanonicalParsable<StateDocumentNumber, DocumentNumberParsing>, ISpanFormattable
{
    private const int MaxSubNumber = 99;

    private readonly string? issuerCode;
    private readonly int year;
    private readonly byte subNumber;

    /// <summary>Creates a State document number from its parts.</summary>
    /// <param name="number">The running number, from 1.</param>
    /// <param name="year">The year written in the symbol (legal normative documents), 1945–2999, or null.</param>
    /// <param name="kindCode">The kind code (e.g. <c>NĐ</c>), or null when the symbol has none (National Assembly laws and resolutions, official letters).</param>
    /// <param name="issuerCode">The issuer code, e.g. <c>CP</c>, <c>TTg</c>, <c>QH15</c>, or several joined by <c>-</c>; a code may hold <c>&amp;</c> between two letters of one case (<c>BTC-BKH&amp;ĐT-BTTTT</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> or <paramref name="year"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="issuerCode"/> is null.</exception>
    /// <exception cref="ArgumentException">A code is empty, too long or holds a character no code has, or an issuer group
    /// has no letter; the kind code is not a State kind code; or there is no kind code and the issuer's first part is one
    /// (the symbol would read back differently).</exception>
    public StateDocumentNumber(int number, int? year, string? kindCode, string issuerCode)
        : this(number, null, year, kindCode, issuerCode)
    {
    }

    /// <summary>Creates a State document number from its parts, with the number after the dot of a dotted number.</summary>
    /// <param name="number">The running number, from 1 (66 in <c>66.7/2025/NQ-CP</c>).</param>
    /// <param name="subNumber">The number after the dot, 1–99 (7 in <c>66.7/2025/NQ-CP</c>), or null for an undotted number.</param>
    /// <param name="year">The year written in the symbol, 1945–2999, or null.</param>
    /// <param name="kindCode">The kind code, or null when the symbol has none.</param>
    /// <param name="issuerCode">The issuer code, or several joined by <c>-</c>; a code may hold <c>&amp;</c> between two letters of one case.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/>, <paramref name="subNumber"/> or <paramref name="year"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="issuerCode"/> is null.</exception>
    /// <exception cref="ArgumentException">A code is empty, too long, holds a character no code has or (an issuer
    /// group) has no letter; the kind code is not a State kind code; or there is no kind code and the issuer's first
    /// part is one.</exception>
    public StateDocumentNumber(int number, int? subNumber, int? year, string? kindCode, string issuerCode)
    {
        if (subNumber is { } sub)
        {
            Guard.Against.OutOfRange(sub, nameof(subNumber), 1, MaxSubNumber, "The number after the dot of a dotted number runs from 1 to 99.");
            this.subNumber = (byte)sub;
        }

        Guard.Against.OutOfRange(number, nameof(number), 1, DocumentNumberParser.MaxNumber, "A document number runs from 1 to 999,999,999.");
        if (year is { } y)
        {
            Guard.Against.OutOfRange(y, nameof(year), DocumentNumberParser.MinYear, DocumentNumberParser.MaxYear, "The year of a State symbol runs from 1945 to 2999.");
        }

        Guard.Against.Null(issuerCode);
        Number = number;
        this.year = year ?? 0;
        KindCode = kindCode is null ? null : DocumentCodeGuard.StateKind(kindCode, nameof(kindCode));
        this.issuerCode = DocumentCodeGuard.StateIssuer(issuerCode, KindCode is null, nameof(issuerCode));
    }

    internal StateDocumentNumber(DocumentNumberParser.Parsed parsed)
    {
        Number = parsed.Number;
        subNumber = (byte)parsed.SubNumber;
        year = parsed.Year;
        KindCode = parsed.Kind;
        issuerCode = parsed.Issuer;
    }

    /// <summary>Gets the running number (1 or more; 0 only for <c>default</c>).</summary>
    public int Number { get; }

    /// <summary>Gets the number after the dot of a dotted number (7 in <c>66.7/2025/NQ-CP</c>), or null when the number has no dot.</summary>
    public int? SubNumber => subNumber == 0 ? null : subNumber;

    /// <summary>Gets the year written in the symbol, or null when it has none (<c>759/QĐ-TTg</c>).</summary>
    public int? Year => year == 0 ? null : year;

    /// <summary>Gets the canonical kind code, or null when the symbol carries none (<c>202/2025/QH15</c>: the kind comes from the word before it).</summary>
    public string? KindCode { get; }

    /// <summary>Gets the canonical issuer code, e.g. <c>CP</c>, <c>TTg</c>, <c>QH15</c>, <c>UBTVQH15</c>, <c>UBND-VXNV</c>.</summary>
    public string IssuerCode => issuerCode ?? string.Empty;

    /// <summary>Equality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when both are the same symbol.</returns>
    public static bool operator ==(StateDocumentNumber left, StateDocumentNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when the symbols differ.</returns>
    public static bool operator !=(StateDocumentNumber left, StateDocumentNumber right) => !left.Equals(right);

    /// <summary>Ordering by issuer, kind, year, then number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(StateDocumentNumber left, StateDocumentNumber right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by issuer, kind, year, then number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(StateDocumentNumber left, StateDocumentNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by issuer, kind, year, then number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(StateDocumentNumber left, StateDocumentNumber right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by issuer, kind, year, then number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(StateDocumentNumber left, StateDocumentNumber right) => left.CompareTo(right) >= 0;

    /// <summary>Parses a State document number.</summary>
    /// <param name="text">The text, e.g. <c>Số: 30/2020/NĐ-CP</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a State document number; the message says where and why.</exception>
    public static StateDocumentNumber Parse(string text) => Parsing.Parse<StateDocumentNumber, DocumentNumberParsing>(text);

    /// <summary>Parses a State document number from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a State document number; the message says where and why.</exception>
    public static StateDocumentNumber Parse(ReadOnlySpan<char> text) => Parsing.Parse<StateDocumentNumber, DocumentNumberParsing>(text);

    /// <summary>Tries to parse a State document number; never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="result">The number when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="text"/> is a State document number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out StateDocumentNumber result) => Parsing.TryParse<StateDocumentNumber, DocumentNumberParsing>(text, out result);

    /// <summary>Tries to parse a State document number from a span; never throws, allocates nothing for known codes.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="text"/> is a State document number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out StateDocumentNumber result) => Parsing.TryParse<StateDocumentNumber, DocumentNumberParsing>(text, out result);

    /// <summary>Parses a State document number into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="text">The text; null gives a failed result.</param>
    /// <returns>The number, or the position and reason of the failure.</returns>
    public static ParseResult<StateDocumentNumber> ParseToResult(string? text) => Parsing.ToResult<StateDocumentNumber, DocumentNumberParsing>(text);

    /// <inheritdoc />
    public bool Equals(StateDocumentNumber other) =>
        Number == other.Number && subNumber == other.subNumber && year == other.year && string.Equals(KindCode, other.KindCode, StringComparison.Ordinal)
        && string.Equals(IssuerCode, other.IssuerCode, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StateDocumentNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Number, subNumber, year, KindCode is null ? 0 : StringComparer.Ordinal.GetHashCode(KindCode), StringComparer.Ordinal.GetHashCode(IssuerCode));

    /// <summary>Compares by issuer code, kind code (none first), year (none first), number, then the number after the dot (none first).</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(StateDocumentNumber other)
    {
        int c = string.CompareOrdinal(IssuerCode, other.IssuerCode);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(KindCode, other.KindCode);
        if (c != 0)
        {
            return c;
        }

        c = year.CompareTo(other.year);
        if (c != 0)
        {
            return c;
        }

        c = Number.CompareTo(other.Number);
        return c != 0 ? c : subNumber.CompareTo(other.subNumber);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => Comparisons.CompareBoxed(this, obj);

    /// <summary>Gets the canonical form, e.g. <c>30/2020/NĐ-CP</c>, <c>759/QĐ-TTg</c>, <c>202/2025/QH15</c>; empty for <c>default</c>.</summary>
    /// <returns>The canonical symbol.</returns>
    public override string ToString() =>
        Number == 0 ? string.Empty : Formats.ToString(this, null, null, 32 + IssuerCode.Length + (KindCode?.Length ?? 0));

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
        if (subNumber != 0)
        {
            w.Char('.');
            w.Digits(subNumber);
        }

        w.Char('/');
        if (year != 0)
        {
            w.Number(year);
            w.Char('/');
        }

        if (KindCode is not null)
        {
            w.Text(KindCode);
            w.Char('-');
        }

        w.Text(IssuerCode);
        return w.Finish(out charsWritten);
    }

}
