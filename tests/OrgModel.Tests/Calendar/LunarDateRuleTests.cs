using NodaTime;
using OrgModel.Calendar;
using OrgModel.Text;

namespace OrgModel.Tests.Calendar;

/// <summary>The rules of <see cref="VietnameseLunarDate"/> stated at their edges: the Can Chi names of a whole cycle, the
/// three formats, the bounds of the supported range, and each reason the parser and the constructor give.</summary>
public class LunarDateRuleTests
{
    // Twelve consecutive years name every heavenly stem and every earthly branch (the sexagenary cycle; docs/sources.md).
    [Theory]
    [InlineData(2020, "Canh Tý")]
    [InlineData(2021, "Tân Sửu")]
    [InlineData(2022, "Nhâm Dần")]
    [InlineData(2023, "Quý Mão")]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(2027, "Đinh Mùi")]
    [InlineData(2028, "Mậu Thân")]
    [InlineData(2029, "Kỷ Dậu")]
    [InlineData(2030, "Canh Tuất")]
    [InlineData(2031, "Tân Hợi")]
    public void A_cycle_of_years_names_every_stem_and_branch(int year, string name)
    {
        Assert.Equal(name, VietnameseLunarDate.SexagenaryName(year));
        Assert.Equal(name, VietnameseLunarDate.SexagenaryName(year + 60));
    }

    [Fact]
    public void The_stems_repeat_every_ten_years_and_the_branches_every_twelve()
    {
        for (int year = 1; year <= 2200; year++)
        {
            string[] name = VietnameseLunarDate.SexagenaryName(year).Split(' ');
            Assert.Equal(name[0], VietnameseLunarDate.SexagenaryName(year + 10).Split(' ')[0]);
            Assert.Equal(name[1], VietnameseLunarDate.SexagenaryName(year + 12).Split(' ')[1]);
            Assert.NotEqual(name[0], VietnameseLunarDate.SexagenaryName(year + 1).Split(' ')[0]);
            Assert.NotEqual(name[1], VietnameseLunarDate.SexagenaryName(year + 1).Split(' ')[1]);
        }

        Assert.Throws<ArgumentOutOfRangeException>("year", () => VietnameseLunarDate.SexagenaryName(0));
    }

    [Fact]
    public void Each_format_writes_the_leap_month_its_own_way()
    {
        var leap = new VietnameseLunarDate(2025, 6, 15, isLeapMonth: true);
        var plain = new VietnameseLunarDate(2025, 6, 15);
        Assert.Equal("15/6n/2025", leap.ToString("G", null));
        Assert.Equal("15/6/2025", plain.ToString("G", null));
        Assert.Equal("15/6 nhuận Ất Tỵ", leap.ToString("C", null));
        Assert.Equal("15/6 Ất Tỵ", plain.ToString("C", null));
        Assert.Equal("ngày 15 tháng 6 nhuận năm Ất Tỵ (2025)", leap.ToString("V", null));
        Assert.Equal("ngày 15 tháng 6 năm Ất Tỵ (2025)", plain.ToString("V", null));
        FormatException e = Assert.Throws<FormatException>(() => plain.ToString("X", null));
        Assert.Contains("\"X\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_and_last_supported_days_convert_both_ways()
    {
        Assert.True(VietnameseLunarDate.TryFromDate(VietnameseLunarDate.MinDate, out VietnameseLunarDate first));
        Assert.Equal(new VietnameseLunarDate(VietnameseLunarDate.MinYear, 1, 1), first);
        Assert.False(VietnameseLunarDate.TryFromDate(VietnameseLunarDate.MinDate.PlusDays(-1), out _));
        Assert.True(VietnameseLunarDate.TryFromDate(VietnameseLunarDate.MaxDate, out VietnameseLunarDate last));
        Assert.Equal(VietnameseLunarDate.MaxDate, last.ToDate());
        Assert.False(VietnameseLunarDate.TryFromDate(VietnameseLunarDate.MaxDate.PlusDays(1), out _));

        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>("date", () => VietnameseLunarDate.FromDate(VietnameseLunarDate.MinDate.PlusDays(-1)));
        Assert.Contains("1899-02-10", e.Message, StringComparison.Ordinal);
        Assert.Contains("2200-02-14", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_year_query_refuses_a_year_outside_the_table()
    {
        foreach (int year in new[] { VietnameseLunarDate.MinYear - 1, VietnameseLunarDate.MaxYear + 1 })
        {
            AssertYear(() => VietnameseLunarDate.LeapMonthOf(year));
            AssertYear(() => VietnameseLunarDate.MonthsInYear(year));
            AssertYear(() => VietnameseLunarDate.NewYear(year));
            AssertYear(() => _ = new VietnameseLunarDate(year, 1, 1));
        }

        Assert.Equal(12, VietnameseLunarDate.MonthsInYear(VietnameseLunarDate.MinYear) - (VietnameseLunarDate.LeapMonthOf(VietnameseLunarDate.MinYear) is null ? 0 : 1));

        static void AssertYear(Action call)
        {
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>("year", call);
            Assert.Contains("1899 to 2199", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_constructor_says_which_part_is_wrong()
    {
        ArgumentOutOfRangeException month = Assert.Throws<ArgumentOutOfRangeException>("month", () => new VietnameseLunarDate(2025, 13, 1));
        Assert.Contains("1 to 12", month.Message, StringComparison.Ordinal);

        ArgumentException noLeap = Assert.Throws<ArgumentException>("isLeapMonth", () => new VietnameseLunarDate(2024, 6, 1, isLeapMonth: true));
        Assert.Contains("2024 has no leap month", noLeap.Message, StringComparison.Ordinal);
        ArgumentException otherLeap = Assert.Throws<ArgumentException>("isLeapMonth", () => new VietnameseLunarDate(2025, 5, 1, isLeapMonth: true));
        Assert.Contains("leap month of the lunar year 2025 is 6, not 5", otherLeap.Message, StringComparison.Ordinal);

        int shortPlain = ShortMonth(2025, leap: false);
        ArgumentOutOfRangeException day = Assert.Throws<ArgumentOutOfRangeException>("day", () => new VietnameseLunarDate(2025, shortPlain, 30));
        Assert.Contains($"Month {shortPlain} of the lunar year 2025 has 29 days", day.Message, StringComparison.Ordinal);
        if (VietnameseLunarDate.DaysInMonthOf(2025, 6, isLeapMonth: true) == 29)
        {
            ArgumentOutOfRangeException leapDay = Assert.Throws<ArgumentOutOfRangeException>("day", () => new VietnameseLunarDate(2025, 6, 30, isLeapMonth: true));
            Assert.Contains("Month 6 (leap) of the lunar year 2025 has 29 days", leapDay.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(30, new VietnameseLunarDate(2025, 6, 30, isLeapMonth: true).Day);
        }
    }

    [Theory]
    [InlineData("", 0, "the day is missing")]
    [InlineData("x/3/2025", 0, "the day is not a number")]
    [InlineData("123/3/2025", 2, "the day has more than 2 digits")]
    [InlineData("15 3 2025", 3, "a '/' was expected")]
    [InlineData("15/", 3, "the month is missing")]
    [InlineData("15/x/2025", 3, "the month is not a number")]
    [InlineData("15/3", 4, "a '/' was expected")]
    [InlineData("15/3/", 5, "the year is missing")]
    [InlineData("15/3/y", 5, "the year is not a number")]
    [InlineData("15/3/20255", 9, "the year has more than 4 digits")]
    [InlineData("15/3/2025 x", 10, "unexpected text after the year")]
    [InlineData("1/1/1898", 4, "the year must be 1899 to 2199")]
    [InlineData("1/1/2200", 4, "the year must be 1899 to 2199")]
    [InlineData("1/13/2025", 0, "the month must be 1 to 12")]
    [InlineData("1/6n/2024", 0, "the year 2024 has no leap month")]
    [InlineData("1/5n/2025", 0, "the leap month of 2025 is 6")]
    [InlineData("15/6(n/2025", 4, "a '/' was expected")]
    [InlineData("15/6(n", 4, "a '/' was expected")]
    public void A_refused_lunar_date_says_where_and_why(string text, int position, string reason)
    {
        ParseResult<VietnameseLunarDate> result = VietnameseLunarDate.ParseToResult(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.ErrorIndex);
        Assert.Equal(reason, result.Reason);
        Assert.False(VietnameseLunarDate.TryParse(text, out _));
        FormatException e = Assert.Throws<FormatException>(() => VietnameseLunarDate.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains("lunar date", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_inside_the_date_is_refused_where_it_stands()
    {
        ParseResult<VietnameseLunarDate> result = VietnameseLunarDate.ParseToResult("15/6\n/2025");
        Assert.False(result.Success);
        Assert.Equal(4, result.ErrorIndex);
        Assert.Equal(VietnameseText.LineBreakReason, result.Reason);
        Assert.False(VietnameseLunarDate.TryParse("15/6\n/2025", out _));
    }

    [Fact]
    public void A_day_past_the_end_of_its_month_is_refused_with_the_month_length()
    {
        int month = ShortMonth(2025, leap: false);
        ParseResult<VietnameseLunarDate> result = VietnameseLunarDate.ParseToResult($"30/{month}/2025");
        Assert.Equal("that month has 29 days", result.Reason);
    }

    [Theory]
    [InlineData("1/1/1899", 1899, 1, 1, false)]
    [InlineData("1/1/2199", 2199, 1, 1, false)]
    [InlineData(" 15 / 6 n / 2025 ", 2025, 6, 15, true)]
    [InlineData("15/6(nhuận)/2025", 2025, 6, 15, true)]
    [InlineData("15/6 ( Nhuan ) /2025", 2025, 6, 15, true)]
    [InlineData("\u00A015/6/2025\u2003", 2025, 6, 15, false)]
    [InlineData("15-6-2025", 2025, 6, 15, false)]
    [InlineData("15.6.2025", 2025, 6, 15, false)]
    public void What_a_person_writes_is_read(string text, int year, int month, int day, bool leap) =>
        Assert.Equal(new VietnameseLunarDate(year, month, day, leap), VietnameseLunarDate.Parse(text));

    private static int ShortMonth(int year, bool leap) =>
        Enumerable.Range(1, 12).First(m => VietnameseLunarDate.DaysInMonthOf(year, m, leap && VietnameseLunarDate.LeapMonthOf(year) == m) == 29);
}
