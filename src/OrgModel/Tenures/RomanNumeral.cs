using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using OrgModel.Text;

namespace OrgModel.Tenures;

/// <summary>
/// Strict Roman numerals from 1 to 3999, as used for Party congresses and terms ("khóa XIII", "Đại hội XIV").
/// </summary>
/// <remarks>
/// <para>Only the canonical subtractive form is accepted: <c>IIII</c>, <c>IC</c>, <c>VX</c> and the like are rejected.
/// Letter case is ignored on input; output is upper case.</para>
/// <para>Thread safety: all members are pure and thread-safe.</para>
/// </remarks>
public static class RomanNumeral
{
    /// <summary>The smallest value that has a Roman numeral.</summary>
    public const int MinValue = 1;

    /// <summary>The largest value that has a standard Roman numeral.</summary>
    public const int MaxValue = 3999;

    private static readonly string[] Thousands = ["", "M", "MM", "MMM"];
    private static readonly string[] Hundreds = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"];
    private static readonly string[] Tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
    private static readonly string[] Ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

    private static readonly (int Value, string Symbol)[] Table =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>Formats a number as an upper-case Roman numeral.</summary>
    /// <param name="value">A number from 1 to 3999.</param>
    /// <returns>The canonical numeral, for example <c>XIV</c> for 14.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1–3999.</exception>
    public static string Format(int value)
    {
        Guard.Against.OutOfRange(value, nameof(value), MinValue, MaxValue, $"A Roman numeral exists only for 1 to 3999, not {value}.");
        Span<char> buffer = stackalloc char[16];
        int written = WriteTo(value, buffer);
        return new string(buffer[..written]);
    }

    /// <summary>Parses a strict Roman numeral.</summary>
    /// <param name="text">The numeral, for example <c>XIII</c>; surrounding white space is allowed.</param>
    /// <returns>Its value, from 1 to 3999.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a canonical Roman numeral; the message says where and why.</exception>
    public static int Parse(string text)
    {
        Guard.Against.Null(text);
        if (!TryParseCore(text.AsSpan(), out int value, out int position, out string? reason))
        {
            throw ParseErrors.Create("a Roman numeral", text, position, reason);
        }

        return value;
    }

    /// <summary>Tries to parse a strict Roman numeral; never throws.</summary>
    /// <param name="text">The numeral; null gives false.</param>
    /// <param name="value">The value when the result is true, otherwise 0.</param>
    /// <returns>True when <paramref name="text"/> is a canonical numeral for 1–3999.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out int value)
    {
        if (text is null)
        {
            value = 0;
            return false;
        }

        return TryParseCore(text.AsSpan(), out value, out _, out _);
    }

    /// <summary>Tries to parse a strict Roman numeral from a span; never throws and does not allocate.</summary>
    /// <param name="text">The numeral.</param>
    /// <param name="value">The value when the result is true, otherwise 0.</param>
    /// <returns>True when <paramref name="text"/> is a canonical numeral for 1–3999.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value) => TryParseCore(text, out value, out _, out _);

    internal static int WriteTo(int value, Span<char> destination)
    {
        int written = 0;
        foreach ((int v, string symbol) in Table)
        {
            while (value >= v)
            {
                symbol.AsSpan().CopyTo(destination[written..]);
                written += symbol.Length;
                value -= v;
            }
        }

        return written;
    }

    private static bool TryParseCore(ReadOnlySpan<char> text, out int value, out int position, [NotNullWhen(false)] out string? reason)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        ReadOnlySpan<char> s = text[start..end];
        value = 0;
        position = start;
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
                position = start + i;
                reason = $"'{s[i]}' is not a Roman numeral letter (I, V, X, L, C, D, M)";
                return false;
            }

            int next = i + 1 < s.Length ? LetterValue(s[i + 1]) : 0;
            total += next > current ? -current : current;
        }

        // Strictness by construction: the only accepted spelling is the one Format produces, compared digit by digit
        // with the canonical spelling of each decimal digit (no buffer, no greedy re-formatting on the success path).
        if (total is < MinValue or > MaxValue || !IsCanonical(s, total))
        {
            Span<char> canonical = stackalloc char[16];
            int written = total is >= MinValue and <= MaxValue ? WriteTo(total, canonical) : 0;
            int firstDifference = 0;
            while (firstDifference < written && firstDifference < s.Length
                && (char)(s[firstDifference] & ~0x20) == canonical[firstDifference])
            {
                firstDifference++;
            }

            position = start + Math.Min(firstDifference, s.Length - 1);
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
