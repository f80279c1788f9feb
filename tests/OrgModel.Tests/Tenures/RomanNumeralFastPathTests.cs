using OrgModel.Tenures;
using OrgModel.Text;

namespace OrgModel.Tests.Tenures;

/// <summary>The canonical fast path of <see cref="RomanNumeral"/> parsing against the general path it short-cuts.</summary>
public class RomanNumeralFastPathTests
{
    // Letters of both cases, white space around or inside, and a few characters that are no numeral letters.
    private const string Alphabet = "IVXLCDMivxlcdm  \tA1-";

    [Fact]
    public void Every_canonical_numeral_is_read_by_the_fast_path_in_any_case()
    {
        for (int value = RomanNumeral.MinValue; value <= RomanNumeral.MaxValue; value++)
        {
            string upper = RomanNumeral.Format(value);
            string mixed = string.Concat(upper.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : c));
            Assert.Equal(value, RomanNumeralParser.ReadCanonical(upper));
            Assert.Equal(value, RomanNumeralParser.ReadCanonical(upper.ToLowerInvariant()));
            Assert.Equal(value, RomanNumeralParser.ReadCanonical(mixed));
        }
    }

    [Fact]
    public void The_fast_path_reads_nothing_else_among_short_letter_strings()
    {
        var canonical = Enumerable.Range(RomanNumeral.MinValue, RomanNumeral.MaxValue).Select(RomanNumeral.Format).ToHashSet(StringComparer.Ordinal);
        const string letters = "IVXLCDM";
        var buffer = new char[6];
        for (int length = 0; length <= buffer.Length; length++)
        {
            for (int n = 0, count = (int)Math.Pow(letters.Length, length); n < count; n++)
            {
                for (int i = 0, k = n; i < length; i++, k /= letters.Length)
                {
                    buffer[i] = letters[k % letters.Length];
                }

                string s = new(buffer, 0, length);
                Assert.Equal(canonical.Contains(s), RomanNumeralParser.ReadCanonical(s) != 0);
            }
        }
    }

    [Property(MaxTest = 3000)]
    public bool Parsing_with_the_fast_path_gives_the_value_position_and_reason_of_the_general_path(byte[] picks, bool aroundNumeral)
    {
        string s = Input(picks, aroundNumeral);
        bool ok = Core<RomanNumeralParser>(s, out int value, out int errorIndex, out string? reason);
        bool generalOk = RomanNumeralParser.TryParseGeneral(s, out int generalValue, out int generalIndex, out string? generalReason);
        return ok == generalOk && value == generalValue && reason == generalReason && (ok || errorIndex == generalIndex);
    }

    [Property(MaxTest = 3000)]
    public bool The_value_only_path_accepts_what_the_general_path_accepts_with_the_same_value(byte[] picks, bool aroundNumeral)
    {
        string s = Input(picks, aroundNumeral);
        bool ok = ValueOnly<RomanNumeralParser>(s, out int value);
        bool generalOk = RomanNumeralParser.TryParseGeneral(s, out int generalValue, out _, out _);
        return ok == generalOk && value == generalValue;
    }

    private static bool ValueOnly<TParser>(string s, out int value)
        where TParser : IValueParser<int> =>
        TParser.TryParseValue(s, out value);

    private static bool Core<TParser>(string s, out int value, out int errorIndex, out string? reason)
        where TParser : ICanonicalParser<int> =>
        TParser.TryParseCore(s, out value, out errorIndex, out reason);

    // Up to 18 characters of the alphabet, or a canonical numeral with a character or two of noise around it, so that
    // successes and near misses are common.
    private static string Input(byte[] picks, bool aroundNumeral)
    {
        string s = new(picks.Skip(2).Take(18).Select(b => Alphabet[b % Alphabet.Length]).ToArray());
        if (aroundNumeral && picks.Length >= 2)
        {
            string numeral = RomanNumeral.Format((((picks[0] << 8) | picks[1]) % RomanNumeral.MaxValue) + 1);
            int before = Math.Min(s.Length, picks[0] % 2);
            int after = Math.Min(s.Length, before + (picks[1] % 3));
            s = s[..before] + numeral + s[before..after];
        }

        return s;
    }
}
