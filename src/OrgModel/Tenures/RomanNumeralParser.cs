using OrgModel.Text;

namespace OrgModel.Tenures;

/// <summary>The parse pipeline's core for <see cref="RomanNumeral"/>, which, being a static class returning
/// <see cref="int"/>, cannot implement <see cref="ICanonicalParser{T}"/> itself.</summary>
/// <remarks>A struct, not a class: generic code over a struct type argument is compiled for it alone, so the pipeline
/// calls <see cref="ICanonicalParser{T}.TryParseCore"/> directly (a class argument goes through shared generic code
/// that looks the static method up at run time on every call).</remarks>
internal readonly struct RomanNumeralParser : IValueParser<int>
{
    private static readonly string[] Thousands = ["", "M", "MM", "MMM"];
    private static readonly string[] Hundreds = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"];
    private static readonly string[] Tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
    private static readonly string[] Ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

    /// <inheritdoc/>
    static string ICanonicalParser<int>.What => "a Roman numeral";

    /// <inheritdoc/>
    static bool ICanonicalParser<int>.TryParseCore(ReadOnlySpan<char> text, out int value, out int errorIndex, out string? reason)
    {
        // The canonical spelling is the one shape accepted: read it in one pass, and leave everything else (white space,
        // wrong letters, non-canonical forms) to the general path, which knows where and why the text is wrong.
        value = ReadCanonical(text);
        if (value != 0)
        {
            errorIndex = 0;
            reason = null;
            return true;
        }

        return TryParseGeneral(text, out value, out errorIndex, out reason);
    }

    /// <inheritdoc/>
    /// <remarks>The general path accepts the canonical spelling with white space around it and nothing else, so a text
    /// the fast path rejects needs only its trimmed form tried: no reason is sought.</remarks>
    static bool IValueParser<int>.TryParseValue(ReadOnlySpan<char> text, out int value)
    {
        value = ReadCanonical(text);
        if (value == 0 && text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            value = ReadCanonical(text.Trim());
        }

        return value != 0;
    }

    /// <summary>The value of a canonical numeral (either case, nothing around it), or 0 for any other text.</summary>
    /// <remarks>Accepts exactly the language <c>M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})</c> (see
    /// <see cref="RomanNumeralAutomaton"/>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ReadCanonical(ReadOnlySpan<char> text) => RomanNumeralAutomaton.Read(text);

    // Clearing bit 5 upper-cases an ASCII letter; only 'x' and 'X' map to 'X', and so on for each letter.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Upper(char c) => (char)(c & ~0x20);

    /// <summary>The whole parse without the fast path (trims, accepts only the canonical spelling, says where and why a
    /// text is not a numeral); the tests compare the fast path with it.</summary>
    internal static bool TryParseGeneral(ReadOnlySpan<char> text, out int value, out int errorIndex, out string? reason)
    {
        ReadOnlySpan<char> s = text.TrimStart();
        int start = text.Length - s.Length;
        s = s.TrimEnd();
        value = 0;
        errorIndex = start;
        if (s.IsEmpty)
        {
            reason = "a Roman numeral was expected but the text is empty";
            return false;
        }

        if (s.Length > 15)
        {
            reason = "the text is longer than any Roman numeral up to 3999";
            return false;
        }

        int total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int current = LetterValue(s[i]);
            if (current == 0)
            {
                errorIndex = start + i;
                reason = $"'{s[i]}' is not a Roman numeral letter (I, V, X, L, C, D, M)";
                return false;
            }

            int next = i + 1 < s.Length ? LetterValue(s[i + 1]) : 0;
            total += next > current ? -current : current;
        }

        // Strictness by construction, independently of the fast path (the tests compare the two): the only accepted
        // spelling is the one Format produces for the value the letters add up to.
        int matched = 0;
        bool whole = total is >= RomanNumeral.MinValue and <= RomanNumeral.MaxValue && MatchesCanonical(s, total, out matched);
        if (whole && matched == s.Length)
        {
            value = total;
            reason = null;
            return true;
        }

        // Point at the first letter that differs from that spelling (the first letter when there is none).
        errorIndex = start + Math.Min(matched, s.Length - 1);
        reason = "the letters are not in the standard subtractive form (write e.g. IV not IIII, XCIX not IC)";
        return false;
    }

    // Whether the text (either case) starts with the whole canonical spelling of the value; matched is the length of
    // their longest common prefix.
    private static bool MatchesCanonical(ReadOnlySpan<char> s, int value, out int matched)
    {
        matched = 0;
        return Matches(s, ref matched, Thousands[value / 1000]) && Matches(s, ref matched, Hundreds[value / 100 % 10])
            && Matches(s, ref matched, Tens[value / 10 % 10]) && Matches(s, ref matched, Ones[value % 10]);
    }

    // Advances over the letters of the text that match the part, and tells whether all of the part matched.
    private static bool Matches(ReadOnlySpan<char> s, ref int at, string part)
    {
        foreach (char letter in part)
        {
            if (at >= s.Length || Upper(s[at]) != letter)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    // Setting bit 5 lower-cases an ASCII letter, and only the two cases of a letter map to its lower case.
    private static int LetterValue(char c) => (char)(c | 0x20) switch
    {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        'd' => 500,
        'm' => 1000,
        _ => 0,
    };
}
