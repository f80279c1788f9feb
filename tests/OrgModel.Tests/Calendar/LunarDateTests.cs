using NodaTime;
using OrgModel.Calendar;

namespace OrgModel.Tests.Calendar;

public class LunarDateTests
{
    // Tết at UTC+7: facts.md ("Calendar") and research-notes.md §7.2, including every year 1900–2100 where it differs
    // from the Chinese New Year at UTC+8.
    [Theory]
    [InlineData(1903, "1903-01-28")]
    [InlineData(1916, "1916-02-03")]
    [InlineData(1935, "1935-02-03")]
    [InlineData(1965, "1965-02-01")]
    [InlineData(1968, "1968-01-29")]
    [InlineData(1969, "1969-02-16")]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2004, "2004-01-22")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    [InlineData(2030, "2030-02-02")]
    [InlineData(2053, "2053-02-18")]
    public void Tet_falls_on_the_UTC7_new_moon(int year, string date)
    {
        LocalDate tet = Day(date);
        Assert.Equal(tet, VietnameseLunarDate.NewYear(year));
        Assert.Equal(new VietnameseLunarDate(year, 1, 1), VietnameseLunarDate.FromDate(tet));
        VietnameseLunarDate eve = VietnameseLunarDate.FromDate(tet.PlusDays(-1));
        Assert.Equal((year - 1, 12), (eve.Year, eve.Month));
        Assert.Equal(eve.DaysInMonth, eve.Day);
    }

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    [InlineData(2028, "2028-04-04")]
    public void Hung_Kings_day_is_the_10th_of_the_3rd_month(int year, string date) =>
        Assert.Equal(Day(date), new VietnameseLunarDate(year, 3, 10).ToDate());

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2031, 3)]
    [InlineData(2033, 11)]
    public void Leap_months_are_the_ones_the_facts_give(int year, int month)
    {
        Assert.Equal(month, VietnameseLunarDate.LeapMonthOf(year));
        Assert.Equal(13, VietnameseLunarDate.MonthsInYear(year));
        var leap = new VietnameseLunarDate(year, month, 1, isLeapMonth: true);
        Assert.True(leap > new VietnameseLunarDate(year, month, 29));
        Assert.True(leap < new VietnameseLunarDate(year, month == 12 ? 12 : month + 1, 1) || month == 12);
    }

    [Fact]
    public void Years_without_a_leap_month_have_twelve()
    {
        Assert.Null(VietnameseLunarDate.LeapMonthOf(2024));
        Assert.Equal(12, VietnameseLunarDate.MonthsInYear(2026));
    }

    [Fact]
    public void Every_day_from_1900_to_2199_converts_both_ways_and_runs_on_day_by_day()
    {
        LocalDate day = new(1900, 1, 1);
        VietnameseLunarDate previous = VietnameseLunarDate.FromDate(day.PlusDays(-1));
        int days = 0;
        for (; day <= new LocalDate(2199, 12, 31); day = day.PlusDays(1), days++)
        {
            VietnameseLunarDate lunar = VietnameseLunarDate.FromDate(day);
            Assert.Equal(day, lunar.ToDate());
            Assert.True(lunar > previous);
            if (lunar.Day == 1)
            {
                Assert.Contains(previous.Day, new[] { 29, 30 });
                Assert.Equal(previous.DaysInMonth, previous.Day);
            }
            else
            {
                Assert.Equal((previous.Year, previous.Month, previous.IsLeapMonth, previous.Day + 1), (lunar.Year, lunar.Month, lunar.IsLeapMonth, lunar.Day));
            }

            previous = lunar;
        }

        Assert.Equal(109_573, days);
    }

    [Fact]
    public void Months_have_29_or_30_days_and_years_12_or_13_months_with_the_leap_month_after_its_namesake()
    {
        for (int year = VietnameseLunarDate.MinYear; year <= VietnameseLunarDate.MaxYear; year++)
        {
            int? leap = VietnameseLunarDate.LeapMonthOf(year);
            int months = VietnameseLunarDate.MonthsInYear(year);
            Assert.Equal(leap is null ? 12 : 13, months);
            int length = 0;
            for (int m = 1; m <= 12; m++)
            {
                length += VietnameseLunarDate.DaysInMonthOf(year, m);
                Assert.InRange(VietnameseLunarDate.DaysInMonthOf(year, m), 29, 30);
            }

            if (leap is { } l)
            {
                length += VietnameseLunarDate.DaysInMonthOf(year, l, isLeapMonth: true);
                Assert.Equal(new VietnameseLunarDate(year, l, VietnameseLunarDate.DaysInMonthOf(year, l)).ToDate().PlusDays(1), new VietnameseLunarDate(year, l, 1, true).ToDate());
            }

            LocalDate next = year < VietnameseLunarDate.MaxYear ? VietnameseLunarDate.NewYear(year + 1) : VietnameseLunarDate.MaxDate.PlusDays(1);
            Assert.Equal(Period.DaysBetween(VietnameseLunarDate.NewYear(year), next), length);
            Assert.InRange(length, 353, 385);
        }
    }

    [Theory]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(1968, "Mậu Thân")]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(1945, "Ất Dậu")]
    public void Years_have_their_Can_Chi_names(int year, string name)
    {
        Assert.Equal(name, VietnameseLunarDate.SexagenaryName(year));
        Assert.Equal(name, new VietnameseLunarDate(year, 1, 1).YearName);
    }

    [Fact]
    public void Formats_and_parses()
    {
        var leap = new VietnameseLunarDate(2025, 6, 15, isLeapMonth: true);
        Assert.Equal("15/6n/2025", leap.ToString());
        Assert.Equal("15/6 nhuận Ất Tỵ", leap.ToString("C", null));
        Assert.Equal("ngày 15 tháng 6 nhuận năm Ất Tỵ (2025)", leap.ToString("V", null));
        Assert.Equal("1/1 Bính Ngọ", new VietnameseLunarDate(2026, 1, 1).ToString("C", null));
        foreach (string text in new[] { "15/6n/2025", " 15 / 6 N / 2025 ", "15/6 nhuận/2025", "15/6 (nhuận)/2025", "15/6 nhuan/2025", "15/6nhua\u0302\u0323n/2025", "15-6n-2025" })
        {
            Assert.Equal(leap, VietnameseLunarDate.Parse(text));
        }

        Assert.Equal(new VietnameseLunarDate(2025, 3, 10), VietnameseLunarDate.Parse("10/3/2025"));
        Assert.Throws<FormatException>(() => leap.ToString("X", null));
    }

    [Theory]
    [InlineData("", "missing")]
    [InlineData("15/6", "'/'")]
    [InlineData("15/6n/2024", "no leap month")]
    [InlineData("15/5n/2025", "leap month of 2025 is 6")]
    [InlineData("30/2/2026", "29 days")]
    [InlineData("1/13/2025", "1 to 12")]
    [InlineData("1/1/1898", "1899 to 2199")]
    [InlineData("1/1/2025 x", "after the year")]
    [InlineData("123/1/2025", "more than 2 digits")]
    [InlineData("1/1x/2025", "'/'")]
    public void Rejects_what_is_not_a_lunar_date_saying_why(string text, string reason)
    {
        Assert.False(VietnameseLunarDate.TryParse(text, out _));
        FormatException e = Assert.Throws<FormatException>(() => VietnameseLunarDate.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains("at character", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_constructor_refuses_days_that_do_not_exist()
    {
        Assert.Throws<ArgumentOutOfRangeException>("year", () => new VietnameseLunarDate(1898, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("month", () => new VietnameseLunarDate(2025, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>("day", () => new VietnameseLunarDate(2026, 2, 30));
        Assert.Throws<ArgumentException>("isLeapMonth", () => new VietnameseLunarDate(2025, 5, 1, true));
        Assert.Throws<ArgumentOutOfRangeException>("date", () => VietnameseLunarDate.FromDate(VietnameseLunarDate.MinDate.PlusDays(-1)));
        Assert.Throws<ArgumentOutOfRangeException>("date", () => VietnameseLunarDate.FromDate(VietnameseLunarDate.MaxDate.PlusDays(1)));
        Assert.Equal(new LocalDate(1899, 2, 10), VietnameseLunarDate.MinDate);
        Assert.Equal(new LocalDate(2200, 2, 14), VietnameseLunarDate.MaxDate);
    }

    [Fact]
    public void The_default_value_is_the_first_supported_day()
    {
        VietnameseLunarDate d = default;
        Assert.Equal(new VietnameseLunarDate(VietnameseLunarDate.MinYear, 1, 1), d);
        Assert.Equal(VietnameseLunarDate.MinDate, d.ToDate());
    }

    private static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
