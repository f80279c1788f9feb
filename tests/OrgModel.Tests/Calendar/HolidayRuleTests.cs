using NodaTime;
using OrgModel.Calendar;

namespace OrgModel.Tests.Calendar;

/// <summary>The rules of holidays, overrides and the working-day calendar stated at their edges: what each factory refuses
/// and why, a rule's period taken inclusively, the equality of every member, the descriptions, and the overrides' effect.</summary>
public class HolidayRuleTests
{
    private static readonly LocalDate From = new(2021, 1, 1);

    [Fact]
    public void A_solar_day_must_exist_every_year()
    {
        Assert.Equal(28, HolidayRule.Solar("a", "a", 2, 28, From).Day);
        Assert.Equal(31, HolidayRule.Solar("a", "a", 12, 31, From).Day);
        AssertRefused("day", "29 February", () => HolidayRule.Solar("a", "a", 2, 29, From));
        AssertRefused("day", "every year", () => HolidayRule.Solar("a", "a", 4, 31, From));
        AssertRefused("month", "1 to 12", () => HolidayRule.Solar("a", "a", 13, 1, From));
    }

    [Fact]
    public void A_lunar_day_is_1_to_29_of_month_1_to_12()
    {
        Assert.Equal(29, HolidayRule.Lunar("a", "a", 12, 29, From).Day);
        AssertRefused("day", "day 30 does not exist every year", () => HolidayRule.Lunar("a", "a", 12, 30, From));
        AssertRefused("month", "lunar month is 1 to 12", () => HolidayRule.Lunar("a", "a", 0, 1, From));
    }

    [Fact]
    public void Tet_is_0_to_10_days_before_and_1_to_10_from_the_new_year()
    {
        HolidayRule widest = HolidayRule.LunarNewYear("a", "a", 10, 10, From);
        Assert.Equal((10, 10), (widest.DaysBeforeNewYear, widest.DaysFromNewYear));
        Assert.Equal(1, HolidayRule.LunarNewYear("a", "a", 0, 1, From).DaysFromNewYear);
        AssertRefused("daysBeforeNewYear", "0 to 10 days before", () => HolidayRule.LunarNewYear("a", "a", 11, 1, From));
        AssertRefused("daysBeforeNewYear", "0 to 10 days before", () => HolidayRule.LunarNewYear("a", "a", -1, 1, From));
        AssertRefused("daysFromNewYear", "1 to 10 days", () => HolidayRule.LunarNewYear("a", "a", 0, 0, From));
        AssertRefused("daysFromNewYear", "1 to 10 days", () => HolidayRule.LunarNewYear("a", "a", 0, 11, From));
    }

    [Fact]
    public void A_rule_is_law_from_its_first_to_its_last_day_inclusive()
    {
        HolidayRule oneDay = HolidayRule.Solar("a", "a", 5, 1, new LocalDate(2030, 5, 1), new LocalDate(2030, 5, 1));
        Assert.True(oneDay.IsInEffectOn(new LocalDate(2030, 5, 1)));
        Assert.False(oneDay.IsInEffectOn(new LocalDate(2030, 4, 30)));
        Assert.False(oneDay.IsInEffectOn(new LocalDate(2030, 5, 2)));
        Assert.Equal([new LocalDate(2030, 5, 1)], oneDay.DatesIn(2030));
        Assert.Empty(oneDay.DatesIn(2031));

        ArgumentException e = Assert.Throws<ArgumentException>("effectiveTo", () => HolidayRule.Solar("a", "a", 5, 1, new LocalDate(2030, 5, 1), new LocalDate(2030, 4, 30)));
        Assert.Contains("cannot end (2030-04-30) before it takes effect (2030-05-01)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_outside_the_ISO_calendar_are_refused_by_every_type()
    {
        LocalDate julian = new LocalDate(2021, 1, 1).WithCalendar(CalendarSystem.Julian);
        Assert.Throws<ArgumentException>("effectiveFrom", () => HolidayRule.Solar("a", "a", 1, 1, julian));
        Assert.Throws<ArgumentException>("effectiveTo", () => HolidayRule.Solar("a", "a", 1, 1, From, julian));
        Assert.Throws<ArgumentException>("date", () => new HolidayOverride(julian, HolidayOverrideKind.DayOff, "a"));
        Assert.Throws<ArgumentException>("first", () => HolidayOverride.DaysOff(julian, From, "a"));
        Assert.Throws<ArgumentException>("last", () => HolidayOverride.DaysOff(From, julian, "a"));
        Assert.Throws<ArgumentException>("date", () => new PublicHoliday(julian, "a", "a", HolidayOrigin.Statutory));
    }

    [Fact]
    public void Tet_days_fall_in_their_own_Gregorian_year_in_every_supported_year()
    {
        // Tết falls between 21 January and 20 February, so ten days either side never leave the year.
        HolidayRule widest = HolidayRule.LunarNewYear("a", "a", 10, 10, new LocalDate(1900, 1, 1));
        for (int year = VietnameseLunarDate.MinYear + 1; year <= VietnameseLunarDate.MaxYear; year++)
        {
            LocalDate newYear = VietnameseLunarDate.NewYear(year);
            IReadOnlyList<LocalDate> days = widest.DatesIn(year);
            Assert.Equal(20, days.Count);
            Assert.Equal(newYear.PlusDays(-10), days[0]);
            Assert.Equal(newYear.PlusDays(9), days[^1]);
        }
    }

    [Fact]
    public void A_lunar_rule_is_computed_only_for_the_years_the_table_covers()
    {
        HolidayRule lunar = HolidayRule.Lunar("a", "a", 3, 10, new LocalDate(1900, 1, 1));
        HolidayRule tet = HolidayRule.LunarNewYear("a", "a", 1, 4, new LocalDate(1900, 1, 1));
        Assert.Single(lunar.DatesIn(VietnameseLunarDate.MinYear + 1));
        Assert.Equal(5, tet.DatesIn(VietnameseLunarDate.MaxYear).Count);
        foreach (HolidayRule rule in new[] { lunar, tet })
        {
            foreach (int year in new[] { VietnameseLunarDate.MinYear, VietnameseLunarDate.MaxYear + 1 })
            {
                ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>("year", () => rule.DatesIn(year));
                Assert.Contains("Lunar holidays are computed for the years 1900 to 2199", e.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Rules_that_differ_in_any_one_member_are_different()
    {
        HolidayRule rule = HolidayRule.Solar("Quốc khánh", "National Day", 9, 2, From);
        HolidayRule[] others =
        [
            HolidayRule.Lunar("Quốc khánh", "National Day", 9, 2, From),
            HolidayRule.Solar("Quốc khánh!", "National Day", 9, 2, From),
            HolidayRule.Solar("Quốc khánh", "National Day!", 9, 2, From),
            HolidayRule.Solar("Quốc khánh", "National Day", 8, 2, From),
            HolidayRule.Solar("Quốc khánh", "National Day", 9, 3, From),
            HolidayRule.Solar("Quốc khánh", "National Day", 9, 2, From.PlusDays(1)),
            HolidayRule.Solar("Quốc khánh", "National Day", 9, 2, From, new LocalDate(2030, 1, 1)),
        ];
        Assert.Equal(rule, HolidayRule.Solar(" Quốc khánh ", "National Day ", 9, 2, From));
        Assert.All(others, o => Assert.False(rule.Equals(o)));
        Assert.All(others, o => Assert.False(o.Equals(rule)));
        Assert.False(rule.Equals(null));

        HolidayRule tet = HolidayRule.LunarNewYear("a", "a", 1, 4, From);
        Assert.NotEqual(tet, HolidayRule.LunarNewYear("a", "a", 2, 4, From));
        Assert.NotEqual(tet, HolidayRule.LunarNewYear("a", "a", 1, 5, From));
    }

    [Fact]
    public void A_rule_describes_itself_by_kind_and_period()
    {
        Assert.Equal("Quốc khánh (National Day): 2/9, from 2021-01-01", HolidayRule.Solar("Quốc khánh", "National Day", 9, 2, From).ToString());
        Assert.Equal(
            "Giỗ Tổ Hùng Vương (Hùng Kings' Commemoration): 10/3 âm lịch, from 2021-01-01 to 2030-12-31",
            HolidayRule.Lunar("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration", 3, 10, From, new LocalDate(2030, 12, 31)).ToString());
        Assert.Equal(
            "Tết Âm lịch (Lunar New Year (Tết)): 1 day(s) before and 4 from 1/1 âm lịch, from 2021-01-01",
            HolidayRule.LunarNewYear("Tết Âm lịch", "Lunar New Year (Tết)", 1, 4, From).ToString());
    }

    [Fact]
    public void Days_and_overrides_describe_themselves()
    {
        Assert.Equal("2025-09-02 Quốc khánh (National Day)", new PublicHoliday(new LocalDate(2025, 9, 2), "Quốc khánh", "National Day", HolidayOrigin.Statutory).ToString());
        Assert.Equal("2026-02-16 Tết (Tết) [Announced]", new PublicHoliday(new LocalDate(2026, 2, 16), "Tết", "Tết", HolidayOrigin.Announced).ToString());
        Assert.Equal("2026-02-16 DayOff: Tết 2026", new HolidayOverride(new LocalDate(2026, 2, 16), HolidayOverrideKind.DayOff, " Tết 2026 ").ToString());
        Assert.Equal(
            "Working days: weekend Saturday+Sunday, 7 holiday rules, 9 overrides, compensatory days",
            WorkingDayCalendar.Default.ToString());
        Assert.Equal(
            "Working days: weekend none, 0 holiday rules, 0 overrides",
            new WorkingDayCalendar(PublicHolidays.None, [], compensateWeekendHolidays: false).ToString());
    }

    [Fact]
    public void A_range_of_days_off_runs_forward_for_at_most_a_year()
    {
        LocalDate first = new(2026, 2, 14);
        Assert.Single(HolidayOverride.DaysOff(first, first, "a"));
        Assert.Equal(367, HolidayOverride.DaysOff(first, first.PlusDays(366), "a").Count);
        IReadOnlyList<HolidayOverride> tet = HolidayOverride.DaysOff(first, new LocalDate(2026, 2, 22), "Tết");
        Assert.Equal(Enumerable.Range(0, 9).Select(first.PlusDays), tet.Select(o => o.Date));
        Assert.All(tet, o => Assert.Equal(HolidayOverrideKind.DayOff, o.Kind));
        AssertRefused("last", "run forward and span at most a year", () => HolidayOverride.DaysOff(first, first.PlusDays(-1), "a"));
        AssertRefused("last", "run forward and span at most a year", () => HolidayOverride.DaysOff(first, first.PlusDays(367), "a"));
        Assert.Throws<ArgumentException>("description", () => HolidayOverride.DaysOff(first, first, " "));
    }

    [Fact]
    public void New_overrides_replace_those_of_their_dates_and_keep_the_others()
    {
        LocalDate may2 = new(2030, 5, 2), may3 = new(2030, 5, 3), may4 = new(2030, 5, 4);
        PublicHolidays set = new(PublicHolidays.LabourCode2019, [new HolidayOverride(may2, HolidayOverrideKind.DayOff, "old"), new HolidayOverride(may3, HolidayOverrideKind.DayOff, "kept")]);
        PublicHolidays changed = set.WithOverrides([new HolidayOverride(may2, HolidayOverrideKind.DayOff, "new"), new HolidayOverride(may4, HolidayOverrideKind.DayOff, "added")]);
        Assert.Equal(["new", "kept", "added"], changed.Overrides.Select(o => o.Description));

        ArgumentException e = Assert.Throws<ArgumentException>("overrides", () => new PublicHolidays([], [new HolidayOverride(may3, HolidayOverrideKind.DayOff, "a"), new HolidayOverride(may2, HolidayOverrideKind.DayOff, "b"), new HolidayOverride(may2, HolidayOverrideKind.WorkingDay, "c")]));
        Assert.Contains("Two overrides fall on 2030-05-02", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekend_day_made_a_working_day_counts_as_one()
    {
        LocalDate saturday = new(2030, 5, 4);
        Assert.Equal(IsoDayOfWeek.Saturday, saturday.DayOfWeek);
        var calendar = new WorkingDayCalendar(PublicHolidays.Vietnam.WithOverride(new HolidayOverride(saturday, HolidayOverrideKind.WorkingDay, "make-up day")));
        Assert.False(WorkingDayCalendar.Default.IsWorkingDay(saturday));
        Assert.True(calendar.IsWorkingDay(saturday));
        Assert.False(calendar.IsWorkingDay(saturday.PlusDays(1)));
        Assert.Equal(WorkingDayCalendar.Default.WorkingDaysBetween(saturday.PlusDays(-5), saturday.PlusDays(5)) + 1, calendar.WorkingDaysBetween(saturday.PlusDays(-5), saturday.PlusDays(5)));
    }

    private static void AssertRefused(string parameter, string rule, Func<object> create)
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => create());
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(rule, e.Message, StringComparison.Ordinal);
    }
}
