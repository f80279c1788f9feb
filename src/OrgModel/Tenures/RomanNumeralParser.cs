using OrgModel.Text;

namespace OrgModel.Tenures;

/// <summary>The parse pipeline's core for <see cref="RomanNumeral"/>, which, being a static class returning
/// <see cref="int"/>, cannot implement <see cref="ICanonicalParser{T}"/> itself.</summary>
internal abstract class RomanNumeralParser : ICanonicalParser<int>
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

        // Strictness by construction: the only accepted spelling is the one Format produces, compared digit by digit
        // with the canonical spelling of each decimal digit (no buffer, no greedy re-formatting on the success path).
        if (total is < RomanNumeral.MinValue or > RomanNumeral.MaxValue || !IsCanonical(s, total))
        {
            Span<char> canonical = stackalloc char[16];
            int written = total is >= RomanNumeral.MinValue and <= RomanNumeral.MaxValue ? RomanNumeral.WriteTo(total, canonical) : 0;
            int firstDifference = 0;
            while (firstDifference < written && firstDifference < s.Length
                && (char)(s[firstDifference] & ~0x20) == canonical[firstDifference])
            {
                firstDifference++;
            }

            errorIndex = start + Math.Min(firstDifference, s.Length - 1);
            reason = "the letters are not in the standard subtractive form (write e.g. IV not IIII, XCIX not IC)";
            return false;
        }

        value = total;
        reason = null;
        return true;
    }

    private static bool IsCanonical(ReadOnlySpan<char> s, int value)
    {
        int at = 0;
        return Matches(s, ref at, Thousands[value / 1000]) && Matches(s, ref at, Hundreds[value / 100 % 10])
            && Matches(s, ref at, Tens[value / 10 % 10]) && Matches(s, ref at, Ones[value % 10]) && at == s.Length;
    }

    private static bool Matches(ReadOnlySpan<char> s, ref int at, string part)
    {
        if (s.Length - at < part.Length)
        {
            return false;
        }

        for (int i = 0; i < part.Length; i++)
        {
            // Clearing bit 5 upper-cases an ASCII letter; only 'x' and 'X' map to 'X', and so on for each letter.
            if ((char)(s[at + i] & ~0x20) != part[i])
            {
                return false;
            }
        }

        at += part.Length;
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
