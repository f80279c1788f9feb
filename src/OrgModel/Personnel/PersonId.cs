using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>The identifier of a person in a personnel record, for example <c>nguyen-xuan-phuc</c>: 1–64 characters of
/// lower-case ASCII letters, digits, '-', '_' and '.'; it carries no personal data beyond what the user chose.</summary>
/// <remarks>Parsing lower-cases ASCII letters and trims white space. <c>default</c> is the empty id (<see cref="IsEmpty"/>),
/// which no parse returns and no <see cref="Person"/> accepts; <see cref="PersonIdJsonConverter"/> refuses to write it (a
/// <see cref="System.Text.Json.JsonException"/>, also as a property name), because its empty string would not read back. Thread safety: immutable and thread-safe.</remarks>
[JsonConverter(typeof(PersonIdJsonConverter))]
public readonly struct PersonId : IEquatable<PersonId>, IComparable<PersonId>, IComparable, ISpanParsable<PersonId>, ICanonicalParsable<PersonId, PersonId>, ICanonicalParser<PersonId>
{
    /// <summary>The longest id.</summary>
    public const int MaxLength = 64;

    private readonly string? value;

    private PersonId(string value) => this.value = value;

    /// <summary>Gets a value indicating whether this is the empty <c>default</c> id.</summary>
    public bool IsEmpty => value is null;

    /// <summary>Makes the id of a person from their name by the slug rule: the name is folded (NFC or NFD alike, diacritics
    /// removed, <c>đ</c> as <c>d</c>, lower case) and its words are joined with hyphens, so "Tô Lâm" gives <c>to-lam</c> and
    /// "Trần Cẩm Tú" gives <c>tran-cam-tu</c>. A slug longer than <see cref="MaxLength"/> is cut at the last hyphen that fits.</summary>
    /// <remarks>Namesakes get the same id: names equal after folding ("Lê Minh Hưng", "Le Minh Hung") always do. When two people
    /// share a name, give each a disambiguator with <see cref="FromName(VietnameseName, string)"/> (a birth year, a province).</remarks>
    /// <param name="name">The name; not the empty <c>default</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is the empty name.</exception>
    public static PersonId FromName(VietnameseName name) => FromName(name, string.Empty);

    /// <summary>Makes the id of a person from their name and a disambiguator that tells namesakes apart, for example
    /// <c>FromName(VietnameseName.Parse("Nguyễn Văn An"), "1970")</c> gives <c>nguyen-van-an-1970</c>; see <see cref="FromName(VietnameseName)"/>.</summary>
    /// <param name="name">The name; not the empty <c>default</c>.</param>
    /// <param name="disambiguator">Text slugged by the same rule and appended after a hyphen; empty for none. It is kept whole:
    /// when the id would be too long, the name part is shortened.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disambiguator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is the empty name, or the disambiguator is not empty but has
    /// no letter or digit, or its slug is longer than half of <see cref="MaxLength"/>.</exception>
    public static PersonId FromName(VietnameseName name, string disambiguator)
    {
        Guard.Against.Null(disambiguator);
        Preconditions.CheckArgument(!name.IsEmpty, nameof(name), "The name must not be the empty default name.");

        string suffix = PersonIdSlug.Of(disambiguator, MaxLength);
        Preconditions.CheckArgument(suffix.Length > 0 || disambiguator.Length == 0, nameof(disambiguator), "A disambiguator needs a letter or a digit.");

        if (suffix.Length > MaxLength / 2)
        {
            throw new ArgumentException($"A disambiguator has at most {MaxLength / 2} characters once slugged.", nameof(disambiguator));
        }

        if (suffix.Length == 0)
        {
            return new PersonId(PersonIdSlug.Of(name.ToString(), MaxLength));
        }

        return new PersonId(PersonIdSlug.Of(name.ToString(), MaxLength - suffix.Length - 1) + "-" + suffix);
    }

    /// <summary>Parses an id.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is empty, too long or has a character outside a–z, 0–9, '-', '_', '.'.</exception>
    public static PersonId Parse(string s) => Parsing.Parse<PersonId, PersonId>(s);

    /// <summary>Parses a person id from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is empty, too long or has a character outside a–z, 0–9, '-', '_', '.'.</exception>
    public static PersonId Parse(ReadOnlySpan<char> s) => Parsing.Parse<PersonId, PersonId>(s);

    /// <summary>Tries to parse a person id; never throws.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The id when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="s"/> is a person id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PersonId result) => Parsing.TryParse<PersonId, PersonId>(s, out result);

    /// <summary>Tries to parse a person id from a span; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The id when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="s"/> is a person id.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out PersonId result) => Parsing.TryParse<PersonId, PersonId>(s, out result);

    /// <summary>Parses a person id into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="s">The text; null gives a failed result.</param>
    /// <returns>The id, or the position and reason of the failure.</returns>
    public static ParseResult<PersonId> ParseToResult(string? s) => Parsing.ToResult<PersonId, PersonId>(s);

    /// <summary>Returns the canonical id.</summary>
    /// <returns>The id; empty for <c>default</c>.</returns>
    public override string ToString() => value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(PersonId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PersonId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc />
    public int CompareTo(PersonId other) => string.CompareOrdinal(value, other.value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => Comparisons.CompareBoxed(this, obj);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PersonId left, PersonId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PersonId left, PersonId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when left sorts first.</returns>
    public static bool operator <(PersonId left, PersonId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when left sorts first or equal.</returns>
    public static bool operator <=(PersonId left, PersonId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when left sorts last.</returns>
    public static bool operator >(PersonId left, PersonId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when left sorts last or equal.</returns>
    public static bool operator >=(PersonId left, PersonId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    static string ICanonicalParser<PersonId>.What => "a person id";

    /// <inheritdoc/>
    static bool ICanonicalParser<PersonId>.TryParseCore(ReadOnlySpan<char> s, out PersonId result, out int position, out string? reason)
    {
        result = default;
        int offset = s.Length - s.TrimStart().Length;
        ReadOnlySpan<char> t = s.Trim();
        if (t.IsEmpty)
        {
            (position, reason) = (s.Length, "a person id must not be empty");
            return false;
        }

        if (t.Length > MaxLength)
        {
            (position, reason) = (offset + MaxLength, $"a person id has at most {MaxLength} characters");
            return false;
        }

        Span<char> buffer = stackalloc char[t.Length];
        for (int i = 0; i < t.Length; i++)
        {
            char c = t[i] is >= 'A' and <= 'Z' ? (char)(t[i] + 32) : t[i];
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.'))
            {
                (position, reason) = (offset + i, "a person id has only a-z, 0-9, '-', '_' and '.'");
                return false;
            }

            buffer[i] = c;
        }

        result = new PersonId(buffer.ToString());
        (position, reason) = (0, null);
        return true;
    }
}
