using OrgModel.Tenures;

namespace OrgModel.Tests.Tenures;

public class RomanNumeralStrictnessTests
{
    private static readonly char[] Letters = ['I', 'V', 'X', 'L', 'C', 'D', 'M'];

    private static readonly Dictionary<string, int> Canonical =
        Enumerable.Range(RomanNumeral.MinValue, RomanNumeral.MaxValue).ToDictionary(RomanNumeral.Format, v => v, StringComparer.Ordinal);

    [Fact]
    public void Every_string_of_Roman_letters_up_to_five_long_is_accepted_only_when_canonical()
    {
        int accepted = 0;
        var buffer = new char[5];
        for (int length = 1; length <= 5; length++)
        {
            int count = (int)Math.Pow(Letters.Length, length);
            for (int n = 0; n < count; n++)
            {
                int k = n;
                for (int i = 0; i < length; i++)
                {
                    buffer[i] = Letters[k % Letters.Length];
                    k /= Letters.Length;
                }

                string s = new(buffer, 0, length);
                bool ok = RomanNumeral.TryParse(s, out int value);
                Assert.Equal(Canonical.TryGetValue(s, out int expected), ok);
                if (ok)
                {
                    Assert.Equal(expected, value);
                    accepted++;
                }
            }
        }

        Assert.Equal(Canonical.Keys.Count(k => k.Length <= 5), accepted);
    }

    [Property(MaxTest = 500)]
    public bool Longer_letter_strings_are_accepted_only_when_canonical(NonEmptyArray<byte> picks)
    {
        string s = new(picks.Get.Take(15).Select(b => Letters[b % Letters.Length]).ToArray());
        bool ok = RomanNumeral.TryParse(s, out int value);
        return ok == Canonical.ContainsKey(s) && (!ok || Canonical[s] == value);
    }

    [Property]
    public bool Numbers_outside_1_to_3999_have_no_numeral(int value) =>
        value is >= RomanNumeral.MinValue and <= RomanNumeral.MaxValue
        || Record.Exception(() => RomanNumeral.Format(value)) is ArgumentOutOfRangeException;
}
