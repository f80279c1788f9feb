using OrgModel.Text;
using OrgModel.Utility;

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
/// <para>What a name may contain: Latin-script Vietnamese letters only, that is the ASCII letters (f, j, w and z occur in
/// names of ethnic minorities), the precomposed letters that the Vietnamese marks make (â, ơ, ệ, …), and <c>Đ</c>
/// (<c>Ð</c> and <c>Ɖ</c> are read as <c>Đ</c>); the combining marks of Vietnamese (grave, acute, circumflex, tilde, breve,
/// hook above, horn, dot below), at most two on a letter and only where they compose into a Vietnamese letter; and hyphens
/// and apostrophes (<c>'</c>, <c>’</c>) between letters inside a word ("Minh-Khai", "O'Neil"). Cyrillic, Greek, Arabic, CJK
/// and other letters are refused, so that a name that looks like "Tô Lâm" is "Tô Lâm". Words are separated by spaces
/// (U+0020) and the no-break spaces U+00A0 and U+202F only; control characters, tabs and line separators are refused.
/// A text longer than four times <see cref="MaxLength"/> is refused before it is normalised.</para>
/// <para><c>default</c> is the empty name: every part is empty and it sorts first; <see cref="Parse(string)"/> never returns it,
/// <see cref="Person"/> refuses it, and <see cref="VietnameseNameJsonConverter"/> refuses to write it (a
/// <see cref="System.Text.Json.JsonException"/>), because no JSON form of it reads back.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(VietnameseNameJsonConverter))]
public readonly struct VietnameseName : IEquatable<VietnameseName>, IComparable<VietnameseName>, IComparable, ISpanParsable<VietnameseName>, ICanonicalParsable<VietnameseName, VietnameseName>, ICanonicalParser<VietnameseName>
{
    /// <summary>The longest accepted name, in characters after normalisation.</summary>
    public const int MaxLength = 100;


    // Before normalisation a name may be longer than its NFC form (NFD marks, extra spaces), but not by more than this factor.
    private const int MaxRawLength = 4 * MaxLength;

    // A vowel mark (circumflex, breve, horn) and a tone: no Vietnamese letter has more.
    private const int MaxMarksPerLetter = 2;

    private static readonly string TooLong =
        $"a name must not be longer than {MaxLength} characters (at most {MaxRawLength} as written, before normalising)";

    // The combining marks of Vietnamese: grave, acute, circumflex, tilde, breve, hook above, horn, dot below.
    private static readonly System.Buffers.SearchValues<char> VietnameseMarks =
        System.Buffers.SearchValues.Create("\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323");

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
    public static VietnameseName Parse(string s) => Parsing.Parse<VietnameseName, VietnameseName>(s);

    /// <summary>Parses a name from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The name.</returns>
    /// <exception cref="FormatException">The text is not a name of at least two words of letters; the message says where.</exception>
    public static VietnameseName Parse(ReadOnlySpan<char> s) => Parsing.Parse<VietnameseName, VietnameseName>(s);

    /// <summary>Tries to parse a name; never throws.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The name when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="s"/> is a name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out VietnameseName result) => Parsing.TryParse<VietnameseName, VietnameseName>(s, out result);

    /// <summary>Tries to parse a name from a span; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The name when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="s"/> is a name.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out VietnameseName result) => Parsing.TryParse<VietnameseName, VietnameseName>(s, out result);

    /// <summary>Parses a name into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="s">The text; null gives a failed result.</param>
    /// <returns>The name, or the position and reason of the failure.</returns>
    public static ParseResult<VietnameseName> ParseToResult(string? s) => Parsing.ToResult<VietnameseName, VietnameseName>(s);

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
    public int CompareTo(object? obj) => Comparisons.CompareBoxed(this, obj);

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

    /// <inheritdoc/>
    static string ICanonicalParser<VietnameseName>.What => "a Vietnamese name";

    /// <inheritdoc/>
    static bool ICanonicalParser<VietnameseName>.TryParseCore(ReadOnlySpan<char> s, out VietnameseName result, out int position, out string? reason)
    {
        result = default;

        // Checked before any normalisation, so that no text costs more than a bounded amount of work.
        if (s.Length > MaxRawLength)
        {
            (position, reason) = (MaxRawLength, TooLong);
            return false;
        }

        var words = new List<string>(4);
        if (!TryScanWords(s, words, out position, out reason))
        {
            return false;
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
        return true;
    }

    private static string NormaliseWords(string text, string paramName, bool single, bool allowEmpty)
    {
        if (text.Length > MaxRawLength)
        {
            throw new ArgumentException($"A name part: {TooLong}.", paramName);
        }

        var words = new List<string>(2);
        if (!TryScanWords(text, words, out int position, out string? reason))
        {
            throw new ArgumentException($"A name part: at character {position + 1}, {reason}.", paramName);
        }

        Preconditions.CheckArgument(words.Count > 0 || allowEmpty, paramName, "This name part must not be empty.");
        Preconditions.CheckArgument(!single || words.Count <= 1, paramName, "This name part must be one word.");

        return string.Join(' ', words);
    }

    private static bool TryScanWords(ReadOnlySpan<char> s, List<string> words, out int position, out string? reason)
    {
        int i = 0;
        while (i < s.Length)
        {
            if (IsSpace(s[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < s.Length && !IsSpace(s[i]))
            {
                i++;
            }

            if (!TryWord(s[start..i], out string? word, out int at, out reason))
            {
                position = start + at;
                return false;
            }

            words.Add(word);
        }

        (position, reason) = (0, null);
        return true;
    }

    private static bool TryWord(ReadOnlySpan<char> raw, [NotNullWhen(true)] out string? word, out int position, out string? reason)
    {
        word = null;
        int marks = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (IsLetter(c))
            {
                marks = 0;
            }
            else if (IsMark(c))
            {
                if (i == 0 || IsJoiner(raw[i - 1]))
                {
                    (position, reason) = (i, "a mark must follow a letter");
                    return false;
                }

                // Checked on the raw text: composing an unbounded run of marks is the costly step.
                if (++marks > MaxMarksPerLetter)
                {
                    (position, reason) = (i, "a Vietnamese letter has at most two marks (a vowel mark and a tone)");
                    return false;
                }
            }
            else if (IsJoiner(c))
            {
                if (i == 0 || i == raw.Length - 1 || IsJoiner(raw[i - 1]))
                {
                    (position, reason) = (i, "hyphens and apostrophes may only join letters inside a word");
                    return false;
                }

                marks = 0;
            }
            else
            {
                (position, reason) = (i, "a name has only Vietnamese (Latin-script) letters, and hyphens or apostrophes inside words");
                return false;
            }
        }

        string normalised = Capitalise(raw);

        // A mark left after composition made no Vietnamese letter: stacked tones, or a mark on a consonant.
        if (normalised.AsSpan().IndexOfAny(VietnameseMarks) is >= 0)
        {
            (position, reason) = (0, "the marks of this word do not make Vietnamese letters (stacked or misplaced marks)");
            return false;
        }

        word = normalised;
        (position, reason) = (0, null);
        return true;
    }

    // Only these separate words: the ordinary space and the two no-break spaces that word processors put in names.
    // Line breaks, tabs and other control characters are refused, so that a name is always one line.
    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019';

    private static bool IsMark(char c) => VietnameseMarks.Contains(c);

    // ASCII letters (f, j, w and z appear in names of ethnic minorities), the precomposed Latin letters that Vietnamese marks
    // make, and Đ with its look-alikes (normalised to Đ).
    private static bool IsLetter(char c) =>
        char.IsAsciiLetter(c) || c is 'Đ' or 'đ' or 'Ð' or 'ð' or 'Ɖ' or 'ɖ' || VietnameseLetters.BaseOf(c) != '\0';

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
