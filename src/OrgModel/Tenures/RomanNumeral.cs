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

        // Strictness by construction: the only accepted spelling is the one Format produces.
        Span<char> canonical = stackalloc char[16];
        int written = total is >= MinValue and <= MaxValue ? WriteTo(total, canonical) : 0;
        if (written != s.Length || !EqualsIgnoreAsciiCase(canonical[..written], s))
        {
            int firstDifference = 0;
            while (firstDifference < written && firstDifference < s.Length
                && char.ToUpperInvariant(s[firstDifference]) == canonical[firstDifference])
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

    private static bool EqualsIgnoreAsciiCase(ReadOnlySpan<char> upper, ReadOnlySpan<char> s)
    {
        for (int i = 0; i < upper.Length; i++)
        {
            if (char.ToUpperInvariant(s[i]) != upper[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int LetterValue(char c) => char.ToUpperInvariant(c) switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
}
