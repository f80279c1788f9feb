using OrgModel.Tenures;
using OrgModel.Testing;

namespace OrgModel.Tests.Tenures;

public class RomanNumeralTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(13, "XIII")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(90, "XC")]
    [InlineData(400, "CD")]
    [InlineData(1994, "MCMXCIV")]
    [InlineData(3999, "MMMCMXCIX")]
    public void Formats_and_parses_known_values(int value, string numeral)
    {
        Assert.Equal(numeral, RomanNumeral.Format(value));
        Assert.Equal(value, RomanNumeral.Parse(numeral));
        Assert.Equal(value, RomanNumeral.Parse(numeral.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("IIII")]
    [InlineData("IC")]
    [InlineData("VX")]
    [InlineData("IL")]
    [InlineData("XM")]
    [InlineData("VV")]
    [InlineData("MMMM")]
    [InlineData("IXI")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("XIIIa")]
    [InlineData("14")]
    public void Rejects_non_canonical_numerals(string text)
    {
        Assert.False(RomanNumeral.TryParse(text, out int value));
        Assert.Equal(0, value);
        var e = Assert.Throws<FormatException>(() => RomanNumeral.Parse(text));
        Assert.Contains("at character", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_error_names_the_offending_character()
    {
        var e = Assert.Throws<FormatException>(() => RomanNumeral.Parse("XIV!"));
        Assert.Contains("at character 4", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4000)]
    public void Format_rejects_values_without_a_numeral(int value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.Format(value));
        Assert.Equal("value", e.ParamName);
    }

    [Fact]
    public void TryParse_of_null_is_false() => Assert.False(RomanNumeral.TryParse((string?)null, out _));

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Parse_inverts_format(int value) => RomanNumeral.Parse(RomanNumeral.Format(value)) == value;

    [Property(MaxTest = 2000)]
    public bool TryParse_accepts_only_what_format_produces(string? text)
    {
        bool ok = RomanNumeral.TryParse(text, out int value);
        return !ok || RomanNumeral.Format(value).Equals(text!.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_value_round_trips_and_is_the_only_spelling()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int v = RomanNumeral.MinValue; v <= RomanNumeral.MaxValue; v++)
        {
            string s = RomanNumeral.Format(v);
            Assert.True(seen.Add(s));
            Assert.Equal(v, RomanNumeral.Parse(s));
        }
    }
}
