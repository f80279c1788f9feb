using NodaTime;
using OrgModel.Calendar;

namespace OrgModel.Tests.Calendar;

public class HolidayTests
{
    [Fact]
    public void The_Labour_Code_2019_gives_eleven_days_a_year()
    {
        foreach (int year in new[] { 2021, 2024, 2025, 2027, 2030 })
        {
            IReadOnlyList<PublicHoliday> days = new PublicHolidays(PublicHolidays.LabourCode2019).InYear(year);
            Assert.Equal(11, days.Count);
            Assert.All(days, d => Assert.Equal(HolidayOrigin.Statutory, d.Origin));
        }
    }

    [Fact]
    public void The_rules_are_data_with_the_year_they_took_effect()
    {
        Assert.Empty(PublicHolidays.Vietnam.InYear(2020));
        Assert.All(PublicHolidays.LabourCode2019, r => Assert.Equal(new LocalDate(2021, 1, 1), r.EffectiveFrom));
    }

    [Fact]
    public void Holidays_of_2025_fall_where_the_rules_put_them()
    {
        LocalDate[] expected =
        [
            new(2025, 1, 1),
            new(2025, 1, 28), new(2025, 1, 29), new(2025, 1, 30), new(2025, 1, 31), new(2025, 2, 1), // Tết: 29 Jan 2025
            new(2025, 4, 7), // Hùng Kings: 10/3 Ất Tỵ
            new(2025, 4, 30), new(2025, 5, 1),
            new(2025, 9, 1), new(2025, 9, 2),
        ];
        Assert.Equal(expected, PublicHolidays.Vietnam.InYear(2025).Select(h => h.Date));
        Assert.Equal("Giỗ Tổ Hùng Vương", PublicHolidays.Vietnam.HolidayOn(new LocalDate(2025, 4, 7))!.VietnameseName);
    }

    [Fact]
    public void The_civil_service_Tet_leave_of_2026_is_shipped_as_announced_days()
    {
        WorkingDayCalendar calendar = WorkingDayCalendar.Default;
        for (LocalDate d = new(2026, 2, 14); d <= new LocalDate(2026, 2, 22); d = d.PlusDays(1))
        {
            Assert.False(calendar.IsWorkingDay(d));
        }

        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 2, 13)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 2, 23)));
        Assert.Equal(HolidayOrigin.Statutory, PublicHolidays.Vietnam.HolidayOn(new LocalDate(2026, 2, 17))!.Origin);
    }

    [Fact]
    public void A_caller_adds_a_new_holiday_with_its_effective_date()
    {
        // Vietnamese Culture Day (24 Nov) was proposed in 2026 but is not law in the sources: a caller who needs it adds it.
        HolidayRule cultureDay = HolidayRule.Solar("Ngày Văn hóa Việt Nam", "Vietnamese Culture Day", 11, 24, new LocalDate(2027, 1, 1));
        PublicHolidays withIt = PublicHolidays.Vietnam.WithRule(cultureDay);
        Assert.False(withIt.IsHoliday(new LocalDate(2026, 11, 24)));
        Assert.True(withIt.IsHoliday(new LocalDate(2027, 11, 24)));
        Assert.False(PublicHolidays.Vietnam.IsHoliday(new LocalDate(2027, 11, 24)));
    }

    [Fact]
    public void An_announcement_moves_the_National_Day_adjacent_day()
    {
        PublicHolidays h = PublicHolidays.Vietnam.WithOverrides(
        [
            new HolidayOverride(new LocalDate(2027, 9, 1), HolidayOverrideKind.WorkingDay, "National Day 2027: the day after instead"),
            new HolidayOverride(new LocalDate(2027, 9, 3), HolidayOverrideKind.DayOff, "National Day 2027: the day after instead"),
        ]);
        Assert.False(h.IsHoliday(new LocalDate(2027, 9, 1)));
        Assert.True(h.IsHoliday(new LocalDate(2027, 9, 3)));
        Assert.Equal(HolidayOrigin.Announced, h.HolidayOn(new LocalDate(2027, 9, 3))!.Origin);
        Assert.Equal(11, h.InYear(2027).Count);
    }

    [Fact]
    public void A_holiday_on_a_weekend_gives_the_next_working_day_off()
    {
        // 1 January 2028 is a Saturday.
        WorkingDayCalendar calendar = WorkingDayCalendar.Default;
        Assert.False(calendar.IsWorkingDay(new LocalDate(2028, 1, 3)));
        PublicHoliday compensatory = Assert.Single(calendar.DaysOffIn(2028), h => h.Date == new LocalDate(2028, 1, 3));
        Assert.Equal(HolidayOrigin.Compensatory, compensatory.Origin);
        Assert.Contains("New Year's Day", compensatory.EnglishName, StringComparison.Ordinal);
        Assert.True(new WorkingDayCalendar(compensateWeekendHolidays: false).IsWorkingDay(new LocalDate(2028, 1, 3)));
    }

    [Fact]
    public void Rules_and_overrides_check_their_invariants()
    {
        Assert.Throws<ArgumentOutOfRangeException>("day", () => HolidayRule.Solar("a", "a", 2, 29, new LocalDate(2021, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>("day", () => HolidayRule.Lunar("a", "a", 3, 30, new LocalDate(2021, 1, 1)));
        Assert.Throws<ArgumentException>("effectiveTo", () => HolidayRule.Solar("a", "a", 1, 1, new LocalDate(2021, 1, 1), new LocalDate(2020, 1, 1)));
        Assert.Throws<ArgumentException>("vietnameseName", () => HolidayRule.Solar(" ", "a", 1, 1, new LocalDate(2021, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>("daysFromNewYear", () => HolidayRule.LunarNewYear("a", "a", 1, 0, new LocalDate(2021, 1, 1)));
        Assert.Throws<ArgumentException>("description", () => new HolidayOverride(new LocalDate(2021, 1, 1), HolidayOverrideKind.DayOff, ""));
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => new HolidayOverride(new LocalDate(2021, 1, 1), (HolidayOverrideKind)7, "x")).ParamName);
        var day = new LocalDate(2030, 5, 2);
        Assert.Throws<ArgumentException>("overrides", () => new PublicHolidays([], [new HolidayOverride(day, HolidayOverrideKind.DayOff, "a"), new HolidayOverride(day, HolidayOverrideKind.WorkingDay, "b")]));
        Assert.Throws<ArgumentException>("rules", () => new PublicHolidays([PublicHolidays.LabourCode2019[0], PublicHolidays.LabourCode2019[0]]));
        Assert.Throws<ArgumentOutOfRangeException>("year", () => PublicHolidays.Vietnam.InYear(1899));
    }
}
