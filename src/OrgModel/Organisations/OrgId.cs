using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>
/// The stable identifier of an organisation: lower-case ASCII letters and digits in segments separated by
/// <c>.</c>, with <c>-</c> inside segments, for example <c>vn.au.2025-07.00004</c> (Phường Ba Đình, from 1 July 2025)
/// and <c>vn.au.2025-01.00004</c> (Phường Trúc Bạch, before it).
/// </summary>
/// <remarks>
/// <para>Official codes are reused across reforms, so an identifier names one organisation for its whole life and
/// is never reused: the reference data puts the era of the list in the identifier.</para>
/// <para>Parsing accepts upper case and surrounding white space; <see cref="ToString()"/> gives the canonical
/// lower-case form. <c>default(OrgId)</c> is an empty, invalid identifier (<see cref="IsEmpty"/>) that no chart contains.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(OrgIdJsonConverter))]
public readonly struct OrgId : IEquatable<OrgId>, IComparable<OrgId>, IComparable, ISpanParsable<OrgId>, ISpanFormattable, ICanonicalParser<OrgId>
{
    /// <summary>The maximum length of an identifier.</summary>
    public const int MaxLength = 128;

    private readonly string? value;

    private OrgId(string value) => this.value = value;

    /// <summary>Gets a value indicating whether this is <c>default(OrgId)</c>, which identifies nothing.</summary>
    public bool IsEmpty => value is null;

    /// <summary>Gets the canonical text, or null for <c>default(OrgId)</c> (the chart indexes by it).</summary>
    internal string? Value => value;

    /// <summary>Creates an identifier from trusted canonical text without validation.</summary>
    internal static OrgId FromCanonical(string canonical) => new(canonical);

    /// <summary>Returns the identifier of a sub-organisation: this identifier, a dot and <paramref name="segment"/>.</summary>
    /// <param name="segment">A segment of lower-case ASCII letters, digits and hyphens.</param>
    /// <returns>The child identifier.</returns>
    /// <exception cref="InvalidOperationException">This identifier is empty.</exception>
    /// <exception cref="FormatException">The result is not a valid identifier.</exception>
    public OrgId Append(string segment)
    {
        Guard.Against.Null(segment);
        if (value is null)
        {
            throw new InvalidOperationException("Cannot append to an empty OrgId.");
        }

        return Parse(string.Concat(value, ".", segment));
    }

    /// <summary>Parses an identifier.</summary>
    /// <param name="s">The text, for example <c>vn.au.2025-07.01</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an identifier; the message says where and why.</exception>
    public static OrgId Parse(string s) => Parsing.Parse<OrgId, OrgId>(s);

    /// <summary>Parses an identifier from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not an identifier; the message says where and why.</exception>
    public static OrgId Parse(ReadOnlySpan<char> s) => Parsing.Parse<OrgId, OrgId>(s);

    /// <summary>Tries to parse an identifier; never throws.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The identifier when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="s"/> is an identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out OrgId result) => Parsing.TryParse<OrgId, OrgId>(s, out result);

    /// <summary>Tries to parse an identifier from a span; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="s"/> is an identifier.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out OrgId result) => Parsing.TryParse<OrgId, OrgId>(s, out result);

    /// <summary>Parses an identifier into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="s">The text; null gives a failed result.</param>
    /// <returns>The identifier, or the position and reason of the failure.</returns>
    public static ParseResult<OrgId> ParseToResult(string? s) => Parsing.ToResult<OrgId, OrgId>(s);

    /// <inheritdoc/>
    static string ICanonicalParser<OrgId>.What => "an organisation identifier";

    /// <inheritdoc/>
    static bool ICanonicalParser<OrgId>.TryParseCore(ReadOnlySpan<char> text, out OrgId value, out int errorIndex, out string? reason) =>
        TryRead(text, out value, out errorIndex, out reason);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored (identifiers are culture-invariant).</param>
    static OrgId IParsable<OrgId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out OrgId)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier.</param>
    static bool IParsable<OrgId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OrgId result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static OrgId ISpanParsable<OrgId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out OrgId)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier.</param>
    static bool ISpanParsable<OrgId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out OrgId result) => TryParse(s, out result);

    private static bool TryRead(ReadOnlySpan<char> text, out OrgId result, out int position, out string? reason)
    {
        result = default;
        bool any = ParseInput.TryTrim(text, "an identifier", out ReadOnlySpan<char> s, out int start, out reason);
        position = start;
        if (!any)
        {
            return false;
        }

        if (s.Length > MaxLength)
        {
            position = start + MaxLength;
            reason = $"an identifier has at most {MaxLength} characters";
            return false;
        }

        bool needsLowering = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            position = start + i;
            bool isSeparator = c is '.' or '-';
            if (isSeparator)
            {
                if (i == 0 || i == s.Length - 1 || s[i - 1] is '.' or '-')
                {
                    reason = $"'{c}' must stand between letters or digits";
                    return false;
                }

                continue;
            }

            if (c is >= 'A' and <= 'Z')
            {
                needsLowering = true;
                continue;
            }

            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                reason = $"'{c}' is not allowed (only ASCII letters, digits, '.' and '-')";
                return false;
            }
        }

        string canonical = needsLowering ? string.Create(s.Length, s, static (dst, src) => src.ToLowerInvariant(dst)) : s.ToString();
        result = new OrgId(canonical);
        reason = null;
        return true;
    }

    /// <summary>Returns the canonical text, or an empty string for <c>default(OrgId)</c>.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => value ?? string.Empty;

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ReadOnlySpan<char> s = value;
        if (s.TryCopyTo(destination))
        {
            charsWritten = s.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(OrgId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrgId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc />
    public int CompareTo(OrgId other) => string.CompareOrdinal(value, other.value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => Comparisons.CompareBoxed(this, obj);

    /// <summary>Equality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(OrgId left, OrgId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(OrgId left, OrgId right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(OrgId left, OrgId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(OrgId left, OrgId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(OrgId left, OrgId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(OrgId left, OrgId right) => left.CompareTo(right) >= 0;
}
