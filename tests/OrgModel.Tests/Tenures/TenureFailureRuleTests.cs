using OrgModel.Tenures;
using OrgModel.Text;

namespace OrgModel.Tests.Tenures;

/// <summary>Every way a term text can fail, each with a text that fails that way: the parse refuses it, says why in words a
/// person understands, and points at the character where the text stops making sense; the value-only parse refuses it too.
/// The construction rules of <see cref="Tenure.Create"/> at their bounds.</summary>
public class TenureFailureRuleTests
{
    [Theory]
    [InlineData("2025 -- 2030", 6, "a dash must stand between the start year and the end year")]
    [InlineData("- 2025 2030", 0, "a dash must stand between the start year and the end year")]
    [InlineData("2025 2030", 5, "a dash must stand between the start year and the end year")]
    [InlineData("12025–2030", 0, "a number has more than four digits")]
    [InlineData("13thisisaverylongwordthatgoesonandon", 0, "an unknown word follows the number")]
    [InlineData("13rd", 2, "\"rd\" is not the English ordinal suffix of 13 (write 13th)")]
    [InlineData("21th", 2, "\"th\" is not the English ordinal suffix of 21 (write 21st)")]
    [InlineData("2021–2026 2026–2031", 10, "the text holds more than one year range")]
    [InlineData("khóa XIII # 2021", 10, "'#' is not expected in a term")]
    [InlineData("khóa IIII", 5, "\"IIII\" is not a canonical Roman numeral (write e.g. IV not IIII, XCIX not IC)")]
    [InlineData("khóa ABC", 5, "\"ABC\" is neither a term word (khóa, nhiệm kỳ, Quốc hội, HĐND, term…) nor a Roman numeral")]
    [InlineData("Quốc hội HĐND khóa XV", 9, "the text names two different kinds of term")]
    [InlineData("HĐND 2021–2026 quốc hội", 15, "the text names two different kinds of term")]
    [InlineData("1925–1930", 0, "a term starts in 1930 or later, not 1925")]
    [InlineData("2025–2031", 0, "a nominal term lasts 5 years, not 6 (create a term of another length with Tenure.Create)")]
    [InlineData("nhiệm kỳ XIII 2021–2026 HĐND", 9, "local Party and People's Council terms have no national ordinal")]
    [InlineData("khóa XIII (2020–2025)", 11, "term XIII is 2021–2026, not 2020–2025")]
    [InlineData("khóa", 0, "neither a year range (2025–2030) nor an ordinal (khóa XIII, 13th) was found")]
    [InlineData("Quốc hội 2001–2006", 9, "no National Assembly term of 2001–2006 is known; give its ordinal")]
    [InlineData("khóa XIII XIV", 10, "the text holds more than one ordinal")]
    public void Each_failure_says_why_and_where(string text, int position, string reason)
    {
        ParseResult<Tenure> result = Tenure.ParseToResult(text);
        Assert.False(result.Success);
        Assert.Equal(reason, result.Reason);
        Assert.Equal(position, result.ErrorIndex);
        Assert.False(Tenure.TryParse(text, out _));
        FormatException e = Assert.Throws<FormatException>(() => Tenure.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025–", 0, "the end year of the range is missing")]
    [InlineData("khóa XIII 2025", 10, "a single year is not a term (write a range such as 2025–2030)")]
    [InlineData("HĐND 2021–2026 Quốc hội", 15, "the text names two different kinds of term")]
    [InlineData("Hội đồng nhân dân 2021–2026 khóa XV", 33, "local Party and People's Council terms have no national ordinal")]
    [InlineData("Quốc hội khóa XV 2020–2025", 17, "term XV is 2021–2026, not 2020–2025")]
    [InlineData("khóa MMM", 5, "the reference data does not give the years of term MMM; write them, e.g. \"khóa MMM (YYYY–YYYY)\"")]
    [InlineData("bị khóa XIII", 0, "\"bị\" is neither a term word (khóa, nhiệm kỳ, Quốc hội, HĐND, term…) nor a Roman numeral")]
    [InlineData("22nd 23rd", 5, "the text holds more than one ordinal")]
    [InlineData("13th Executive Committee", 5, "\"Executive\" is neither a term word (khóa, nhiệm kỳ, Quốc hội, HĐND, term…) nor a Roman numeral")]
    [InlineData("2016-2", 0, "the end year of the range is missing")]
    [InlineData("2016-021", 0, "the end year of the range is missing")]
    [InlineData("13th Inspection Committee", 5, "\"Inspection\" is neither a term word (khóa, nhiệm kỳ, Quốc hội, HĐND, term…) nor a Roman numeral")]
    [InlineData("13th Central Commission", 13, "\"Commission\" is neither a term word (khóa, nhiệm kỳ, Quốc hội, HĐND, term…) nor a Roman numeral")]
    public void More_failures_say_why_and_where(string text, int position, string reason) => Each_failure_says_why_and_where(text, position, reason);

    [Theory]
    // A reader's window cut in the wrong place ("… at the 14th National Party Congress at Party congresses of all levels"):
    // every word is a term word, but the words do not name a term.
    [InlineData("14th National Party Congress at Party", 29, "\"at\" is read only in \"at all levels\"")]
    [InlineData("14th National Party Congress at", 29, "\"at\" is read only in \"at all levels\"")]
    [InlineData("People's Councils at 2026–2031", 18, "\"at\" is read only in \"at all levels\"")]
    [InlineData("14th National Party Congress Party", 29, "\"Party\" is written twice")]
    [InlineData("the 13th Party Central Committee Central", 33, "\"Central\" is written twice")]
    [InlineData("the 2021–2026 term tenure", 19, "\"tenure\" is written twice")]
    [InlineData("the 14th National Party Congress of", 33, "the text ends on \"of\", which needs words after it")]
    [InlineData("Đại hội đại biểu toàn quốc lần thứ XIII của", 40, "the text ends on \"của\", which needs words after it")]
    [InlineData("People's Councils at all", 21, "the text ends on \"all\", which needs words after it")]
    [InlineData("the 2026–2031 term for the", 23, "the text ends on \"the\", which needs words after it")]
    public void Term_words_that_do_not_name_a_term_are_refused(string text, int position, string reason) => Each_failure_says_why_and_where(text, position, reason);

    [Theory]
    // The words texts name a term with, which add nothing to it, in phrases as texts write them.
    [InlineData("the 13th Party Central Committee", "XIII")]
    [InlineData("the 13th Central Executive Committee", "XIII")]
    [InlineData("the 11th Central Inspection Committee", "XI")]
    // The end year by its last two digits, as the news writes it.
    [InlineData("the 2016-21 term", "2016–2021")]
    [InlineData("2021 - 26", "2021–2026")]
    [InlineData("khóa XIII (2021–26)", "XIII")]
    [InlineData("2096-01", "2096–2101")]
    [InlineData("the 13th Central Inspection Commission", "XIII")]
    [InlineData("Ban Chấp hành Trung ương Đảng khóa XIII", "XIII")]
    [InlineData("BCHTW Đảng khóa XIII", "XIII")]
    [InlineData("BCH Trung ương khóa XIII", "XIII")]
    [InlineData("Ban Bí thư khóa XIII", "XIII")]
    [InlineData("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "XIII")]
    [InlineData("the 13th National Party Congress term", "XIII")]
    [InlineData("13th tenure", "XIII")]
    [InlineData("People's Councils at all levels for the 2026–2031 term", "HĐND 2026–2031")]
    [InlineData("Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031", "HĐND 2026–2031")]
    [InlineData("Quốc hội khóa XV", "Quốc hội XV")]
    [InlineData("the 15th National Assembly", "Quốc hội XV")]
    [InlineData("QH khóa XV", "Quốc hội XV")]
    [InlineData("local Party terms 2020–2025", "2020–2025")]
    [InlineData("22nd", "XXII")]
    [InlineData("23rd", "XXIII")]
    [InlineData("21st", "XXI")]
    public void The_words_texts_name_a_term_with_are_read_as_the_term(string text, string canonical)
    {
        Assert.True(Tenure.TryParse(text, out Tenure value), text);
        Assert.Equal(Tenure.Parse(canonical), value);
        Assert.Equal(Tenure.Parse(canonical), Tenure.ParseToResult(text).Value);
    }

    [Fact]
    public void A_text_of_too_many_words_is_refused_without_reading_them_all()
    {
        string text = string.Join(" ", Enumerable.Repeat("khóa", 25)) + " XIII";
        ParseResult<Tenure> result = Tenure.ParseToResult(text);
        Assert.False(result.Success);
        Assert.Equal("the text has too many or too long words for a term", result.Reason);
        Assert.True(Tenure.TryParse(string.Join(" ", Enumerable.Repeat("khóa", 23)) + " XIII", out _));
    }

    [Theory]
    [InlineData(TenureKind.LocalParty, 1929, 1934, null, "startYear", "A term starts in 1930–9998, not 1929.")]
    [InlineData(TenureKind.LocalParty, 2025, 2025, null, "endYear", "A term ends 1 to 16 years after it starts, not 2025–2025.")]
    [InlineData(TenureKind.LocalParty, 2025, 2024, null, "endYear", "A term ends 1 to 16 years after it starts, not 2025–2024.")]
    [InlineData(TenureKind.PeoplesCouncil, 2025, 2042, null, "endYear", "A term ends 1 to 16 years after it starts, not 2025–2042.")]
    [InlineData(TenureKind.LocalParty, 2025, 2030, 13, "ordinal", "term has no national ordinal.")]
    [InlineData(TenureKind.NationalParty, 2021, 2026, null, "ordinal", "term needs its ordinal.")]
    [InlineData(TenureKind.NationalAssembly, 2021, 2026, 0, "ordinal", "An ordinal is from 1 to 3999.")]
    [InlineData(TenureKind.NationalParty, 2020, 2025, 13, "endYear", "term XIII is 2021–2026 in the reference data, not 2020–2025.")]
    public void Create_refuses_what_breaks_a_rule_naming_the_argument_and_the_rule(TenureKind kind, int start, int end, int? ordinal, string argument, string rule)
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => Tenure.Create(kind, start, end, ordinal));
        Assert.Equal(argument, e.ParamName);
        Assert.Contains(rule, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1930, 1935)]
    [InlineData(2025, 2026)]
    [InlineData(2025, 2041)]
    [InlineData(9994, 9999)]
    public void Create_accepts_years_at_the_bounds(int start, int end)
    {
        Tenure t = Tenure.Create(TenureKind.LocalParty, start, end);
        Assert.Equal((start, end), (t.StartYear, t.EndYear));
    }
}
