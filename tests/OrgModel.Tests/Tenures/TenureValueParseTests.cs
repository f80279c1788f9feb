using System.Globalization;
using OrgModel.Tenures;
using OrgModel.Text;

namespace OrgModel.Tests.Tenures;

/// <summary><see cref="Tenure.TryParse(string, out Tenure)"/> skips building reasons; it must accept exactly what the
/// described parse accepts, with the same term.</summary>
public class TenureValueParseTests
{
    // Pieces of real and broken term texts: kind words, ordinals of every form, years, dashes, noise.
    private static readonly string[] Pieces =
    [
        "khóa", "kho\u0301a", "nhiệm kỳ", "Quốc hội", "HĐND", "hội đồng", "nhân dân", "XIII", "XIV", "III", "IIII", "xv", "2021",
        "2025", "2026", "2030", "2031", "1960", "1976", "–", "-", " - ", "13th", "15th", "2nd", "13rd", "term", "National Assembly",
        "People's Council", "local", "(", ")", " ", "\n", "xyz", "12345", "9999",
    ];

    [Property(MaxTest = 5000)]
    public bool TryParse_accepts_what_ParseToResult_accepts_with_the_same_term(byte[] picks)
    {
        string s = string.Join(" ", picks.Take(6).Select(b => Pieces[b % Pieces.Length]));
        bool ok = Tenure.TryParse(s, out Tenure value);
        ParseResult<Tenure> described = Tenure.ParseToResult(s);
        return ok == described.Success && (!ok || value == described.Value);
    }

    [Fact]
    public void The_full_form_with_any_years_parses_as_the_described_parse_says()
    {
        // "khóa XIII (2021–2026)", the "F" format, is read by the one-pass reader only when the years are the term's
        // nominal ones: around them, every other range and spacing must still get the general parser's answer.
        foreach (string numeral in new[] { "I", "III", "IX", "XII", "XIII", "xiv", "XV", "XX", "XL", "IIII" })
        {
            for (int start = 1955; start <= 2036; start++)
            {
                foreach (int length in new[] { 4, 5, 16 })
                {
                    foreach (string form in new[] { "({0}–{1})", "( {0} - {1} )", "({0}-{1})x", "{0}–{1}", "({0}–{1}" })
                    {
                        string s = "khóa " + numeral + " " + string.Format(CultureInfo.InvariantCulture, form, start, start + length);
                        ParseResult<Tenure> described = Tenure.ParseToResult(s);
                        Assert.True(Tenure.TryParse(s, out Tenure value) == described.Success, s);
                        Assert.True(!described.Success || value == described.Value, s);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("khóa IIII")]
    [InlineData("nhiệm kỳ 2025–2031")]
    [InlineData("khóa XIII (2020–2025)")]
    [InlineData("Quốc hội 2001–2006")]
    [InlineData("13rd")]
    public void Failures_that_ParseToResult_describes_are_failures_of_TryParse(string text)
    {
        Assert.False(Tenure.TryParse(text, out _));
        Assert.False(Tenure.ParseToResult(text).Success);
    }
}
