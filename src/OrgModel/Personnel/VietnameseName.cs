using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;
using OrgModel.Text;

namespace OrgModel.Personnel;

/// <summary>
/// A Vietnamese personal name: family name, middle name(s) and given name, as in "Tô Lâm" (family Tô, given Lâm) or
/// "Trần Cẩm Tú" (family Trần, middle Cẩm, given Tú).
/// </summary>
/// <remarks>
/// <para>Parsing accepts NFC or NFD, any case, <c>Ð</c> for <c>Đ</c> and extra white space, and keeps one canonical form:
/// NFC, each word capitalised, single spaces. Equality is ordinal on that form; <see cref="Matches(string)"/> is the
/// forgiving comparison ("To Lam" matches "Tô Lâm"). Ordering (<see cref="Comparer"/>, <see cref="CompareTo(VietnameseName)"/>)
/// is Vietnamese: given name, then family, then middle; letters before tones.</para>
/// <para><c>default</c> is the empty name: every part is empty and it sorts first; <see cref="Parse(string)"/> never returns it.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(VietnameseNameJsonConverter))]
public readonly struct VietnameseName : IEquatable<VietnameseName>, IComparable<VietnameseName>, IComparable, ISpanParsable<VietnameseName>
{
    /// <summary>The longest accepted name, in characters after normalisation.</summary>
    public const int MaxLength = 100;

    private const string What = "a Vietnamese name";

    private readonly string? family;
    private readonly string? middle;
    private readonly string? given;

    private VietnameseName(string family, string middle, string given)
    {
        this.family = family;
        this.middle = middle;
        this.given = given;
    }

    /// <summary>Gets the Vietnamese order of names: given name, family name, middle name; letters a &lt; ă &lt; â &lt; b … d &lt; đ …,
    /// tones only break ties.</summary>
    public static IComparer<VietnameseName> Comparer => VietnameseNameComparer.Instance;

    /// <summary>Gets the family name (họ), for example "Tô".</summary>
    public string Family => family ?? string.Empty;

    /// <summary>Gets the middle name(s) (tên đệm), space-separated; empty when there is none.</summary>
    public string Middle => middle ?? string.Empty;

    /// <summary>Gets the given name (tên), for example "Lâm".</summary>
    public string Given => given ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the empty <c>default</c> name.</summary>
    public bool IsEmpty => given is null;

    /// <summary>Creates a name from its parts, normalising each as <see cref="Parse(string)"/> does.</summary>
    /// <param name="family">The family name: one word.</param>
    /// <param name="middle">The middle name(s), or empty.</param>
    /// <param name="given">The given name: one word.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">A part is empty where required, has more than one word where one is required, or
    /// contains a character that is not a letter.</exception>
    public static VietnameseName Create(string family, string middle, string given)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(middle);
        ArgumentNullException.ThrowIfNull(given);
        string f = NormaliseWords(family, nameof(family), single: true, allowEmpty: false);
        string m = NormaliseWords(middle, nameof(middle), single: false, allowEmpty: true);
        string g = NormaliseWords(given, nameof(given), single: true, allowEmpty: false);
        if (f.Length + m.Length + g.Length + 2 > MaxLength)
        {
            throw new ArgumentException($"A name must not be longer than {MaxLength} characters.", nameof(given));
        }

        return new VietnameseName(f, m, g);
    }

    /// <summary>Parses a full name written family name first, for example "Tô Lâm" or "trần  cẩm tú".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a name of at least two words of letters; the message says where.</exception>
    public static VietnameseName Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a full name written family name first.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The name.</returns>
    /// <exception cref="FormatException">The text is not a name of at least two words of letters; the message says where.</exception>
    public static VietnameseName Parse(ReadOnlySpan<char> s) =>
        TryParseCore(s, out VietnameseName result, out int position, out string? reason)
            ? result
            : throw ParseErrors.Create(What, s, position, reason!);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: names do not depend on culture.</param>
    static VietnameseName IParsable<VietnameseName>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: names do not depend on culture.</param>
    static VietnameseName ISpanParsable<VietnameseName>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a full name written family name first; never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The name, or <c>default</c> on failure.</param>
    /// <returns>True when the text is a name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out VietnameseName result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), out result);
    }

    /// <summary>Tries to parse a full name written family name first; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The name, or <c>default</c> on failure.</param>
    /// <returns>True when the text is a name.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out VietnameseName result) => TryParseCore(s, out result, out _, out _);

    /// <inheritdoc cref="TryParse(string, out VietnameseName)"/>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The name, or <c>default</c> on failure.</param>
    static bool IParsable<VietnameseName>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out VietnameseName result) =>
        TryParse(s, out result);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out VietnameseName)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The name, or <c>default</c> on failure.</param>
    static bool ISpanParsable<VietnameseName>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out VietnameseName result) =>
        TryParse(s, out result);

    /// <summary>Tells whether a text names this person, ignoring diacritics, case, <c>Đ</c>/<c>D</c>, NFC/NFD and extra spaces:
    /// "To Lam" and "TÔ LÂM" match "Tô Lâm".</summary>
    /// <param name="text">The text; null or empty never matches.</param>
    /// <returns>True when the folded texts are equal.</returns>
    public bool Matches(string? text) =>
        !IsEmpty && !string.IsNullOrWhiteSpace(text) && VietnameseText.FoldedEquals(ToString(), text);

    /// <summary>The conventional short reference by position and given name, for example "General Secretary Lâm".</summary>
    /// <param name="title">The position, for example "General Secretary" or "Tổng Bí thư".</param>
    /// <returns>The title, a space and the given name.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or white space.</exception>
    public string ShortReference(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return string.Concat(title.Trim(), " ", Given);
    }

    /// <summary>Returns the full name in NFC, family name first: "Trần Cẩm Tú".</summary>
    /// <returns>The display form; empty for <c>default</c>.</returns>
    public override string ToString() =>
        IsEmpty ? string.Empty : Middle.Length == 0 ? string.Concat(Family, " ", Given) : string.Concat(Family, " ", Middle, " ", Given);

    /// <inheritdoc />
    public bool Equals(VietnameseName other) =>
        string.Equals(family, other.family, StringComparison.Ordinal)
        && string.Equals(middle, other.middle, StringComparison.Ordinal)
        && string.Equals(given, other.given, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VietnameseName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Family), StringComparer.Ordinal.GetHashCode(Middle), StringComparer.Ordinal.GetHashCode(Given));

    /// <summary>Compares in Vietnamese order (see <see cref="Comparer"/>).</summary>
    /// <param name="other">The other name.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(VietnameseName other) => VietnameseNameComparer.Instance.Compare(this, other);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        VietnameseName other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a VietnameseName.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left name.</param>
    /// <param name="right">The right name.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(VietnameseName left, VietnameseName right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left name.</param>
    /// <param name="right">The right name.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(VietnameseName left, VietnameseName right) => !left.Equals(right);

    /// <summary>Vietnamese order.</summary>
    /// <param name="left">The left name.</param>
    /// <param name="right">The right name.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(VietnameseName left, VietnameseName right) => left.CompareTo(right) < 0;

    /// <summary>Vietnamese order.</summary>
    /// <param name="left">The left name.</param>
    /// <param name="right">The right name.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(VietnameseName left, VietnameseName right) => left.CompareTo(right) <= 0;

    /// <summary>Vietnamese order.</summary>
    /// <param name="left">The left name.</param>
    /// <param name="right">The right name.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(VietnameseName left, VietnameseName right) => left.CompareTo(right) > 0;

    /// <summary>Vietnamese order.</summary>
    /// <param name="left">The left name.</param>
    /// <param name="right">The right name.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(VietnameseName left, VietnameseName right) => left.CompareTo(right) >= 0;

    private static bool TryParseCore(ReadOnlySpan<char> s, out VietnameseName result, out int position, out string? reason)
    {
        result = default;
        var words = new List<string>(4);
        int i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i]))
            {
                if (!IsNameChar(s[i]) || (VietnameseText.IsMark(s[i]) && i == start))
                {
                    position = i;
                    reason = "a name has only letters (and hyphens or apostrophes inside words)";
                    return false;
                }

                i++;
            }

            words.Add(Capitalise(s[start..i]));
        }

        if (words.Count < 2)
        {
            position = s.Length;
            reason = "a name needs at least a family name and a given name";
            return false;
        }

        string middle = string.Join(' ', words.GetRange(1, words.Count - 2));
        var name = new VietnameseName(words[0], middle, words[^1]);
        if (name.ToString().Length > MaxLength)
        {
            position = MaxLength;
            reason = $"a name must not be longer than {MaxLength} characters";
            return false;
        }

        result = name;
        position = 0;
        reason = null;
        return true;
    }

    private static string NormaliseWords(string text, string paramName, bool single, bool allowEmpty)
    {
        var words = new List<string>(2);
        foreach (string raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            for (int i = 0; i < raw.Length; i++)
            {
                if (!IsNameChar(raw[i]) || (i == 0 && VietnameseText.IsMark(raw[i])))
                {
                    throw new ArgumentException("A name part has only letters (and hyphens or apostrophes inside words).", paramName);
                }
            }

            words.Add(Capitalise(raw));
        }

        if (words.Count == 0 && !allowEmpty)
        {
            throw new ArgumentException("This name part must not be empty.", paramName);
        }

        if (single && words.Count > 1)
        {
            throw new ArgumentException("This name part must be one word.", paramName);
        }

        return string.Join(' ', words);
    }

    private static bool IsNameChar(char c) => char.IsLetter(c) || VietnameseText.IsMark(c) || c is '-' or '\'' or '\u2019';

    private static string Capitalise(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char raw in word)
        {
            char c = raw switch
            {
                'Ð' or 'Ɖ' => 'Đ',
                'ð' or 'ɖ' => 'đ',
                _ => raw,
            };
            sb.Append(sb.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }

        return VietnameseText.ToNfc(sb.ToString());
    }
}
