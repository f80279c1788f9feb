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
        // A plain check: an interpolated message passed to a guard would be built on every call, valid or not.
        if (value is < MinValue or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"A Roman numeral exists only for 1 to 3999, not {value}.");
        }

        Span<char> buffer = stackalloc char[16];
        int written = WriteTo(value, buffer);
        return new string(buffer[..written]);
    }

    /// <summary>Parses a strict Roman numeral.</summary>
    /// <param name="text">The numeral, for example <c>XIII</c>; surrounding white space is allowed.</param>
    /// <returns>Its value, from 1 to 3999.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a canonical Roman numeral; the message says where and why.</exception>
    public static int Parse(string text) => Parsing.Parse<int, RomanNumeralParser>(text);

    /// <summary>Parses a Roman numeral from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its value, from 1 to 3999.</returns>
    /// <exception cref="FormatException">The text is not a canonical Roman numeral; the message says where and why.</exception>
    public static int Parse(ReadOnlySpan<char> text) => Parsing.Parse<int, RomanNumeralParser>(text);

    /// <summary>Tries to parse a strict Roman numeral; never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="value">The value when the result is true, otherwise 0.</param>
    /// <returns>True when <paramref name="text"/> is a canonical numeral for 1–3999.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out int value) => Parsing.TryParseValue<int, RomanNumeralParser>(text, out value);

    /// <summary>Tries to parse a strict Roman numeral from a span; never throws and does not allocate.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value when the result is true, otherwise 0.</param>
    /// <returns>True when <paramref name="text"/> is a canonical numeral for 1–3999.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value) => Parsing.TryParseValue<int, RomanNumeralParser>(text, out value);

    /// <summary>Parses a Roman numeral into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="text">The text; null gives a failed result.</param>
    /// <returns>The value, or the position and reason of the failure.</returns>
    public static ParseResult<int> ParseToResult(string? text) => Parsing.ToResult<int, RomanNumeralParser>(text);

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
}
