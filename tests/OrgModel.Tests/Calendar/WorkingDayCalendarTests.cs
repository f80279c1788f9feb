using NodaTime;
using OrgModel.Calendar;

namespace OrgModel.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Vietnam = WorkingDayCalendar.Default;

    [Fact]
    public void Ten_working_days_skip_weekends_and_the_Reunification_holidays()
    {
        // 2025-04-25 is a Friday; 30 April and 1 May are holidays: 28, 29 April, 2, 5–9, 12, 13 May.
        var friday = new LocalDate(2025, 4, 25);
        Assert.Equal(new LocalDate(2025, 5, 13), Vietnam.AddWorkingDays(friday, 10));
        Assert.Equal(10, Vietnam.WorkingDaysBetween(friday, new LocalDate(2025, 5, 13)));
        Assert.Equal(new LocalDate(2025, 5, 9), new WorkingDayCalendar(PublicHolidays.None).AddWorkingDays(friday, 10));
    }

    [Fact]
    public void Tet_2025_is_skipped()
    {
        // By the default rules (the year's announcement is not in the sources): Tết is 28 Jan – 1 Feb (Tue–Sat); Saturday
        // 1 Feb is a holiday on a weekend day, so Monday 3 Feb is a compensatory day off.
        Assert.Equal(new LocalDate(2025, 2, 4), Vietnam.AddWorkingDays(new LocalDate(2025, 1, 27), 1));
        Assert.Equal(new LocalDate(2025, 2, 4), Vietnam.NextWorkingDayOnOrAfter(new LocalDate(2025, 1, 28)));
        Assert.Equal(new LocalDate(2025, 1, 27), Vietnam.AddWorkingDays(new LocalDate(2025, 2, 4), -1));
        Assert.Equal(HolidayOrigin.Compensatory, Assert.Single(Vietnam.DaysOffIn(2025), h => h.Date == new LocalDate(2025, 2, 3)).Origin);
    }

    [Fact]
    public void Zero_days_is_the_date_itself_and_counts_are_signed()
    {
        var sunday = new LocalDate(2025, 6, 1);
        Assert.Equal(sunday, Vietnam.AddWorkingDays(sunday, 0));
        Assert.Equal(new LocalDate(2025, 6, 2), Vietnam.AddWorkingDays(sunday, 1));
        Assert.Equal(new LocalDate(2025, 5, 30), Vietnam.AddWorkingDays(sunday, -1));
        Assert.Equal(-1, Vietnam.WorkingDaysBetween(sunday, new LocalDate(2025, 5, 30)));
        Assert.Equal(0, Vietnam.WorkingDaysBetween(sunday, sunday));
    }

    [Fact]
    public void Weekends_are_configurable()
    {
        var fridayOff = new WorkingDayCalendar(PublicHolidays.None, [IsoDayOfWeek.Friday]);
        Assert.False(fridayOff.IsWorkingDay(new LocalDate(2025, 6, 6)));
        Assert.True(fridayOff.IsWorkingDay(new LocalDate(2025, 6, 7)));
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], Vietnam.WeekendDays);
        Assert.Throws<ArgumentException>("weekendDays", () => new WorkingDayCalendar(weekendDays: Enum.GetValues<IsoDayOfWeek>().Skip(1)));
        Assert.Throws<ArgumentException>("weekendDays", () => new WorkingDayCalendar(weekendDays: [IsoDayOfWeek.None]));
        Assert.Throws<ArgumentException>("weekendDays", () => new WorkingDayCalendar(weekendDays: [IsoDayOfWeek.Monday, IsoDayOfWeek.Monday]));
    }

    [Fact]
    public void The_range_is_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>("date", () => Vietnam.IsWorkingDay(new LocalDate(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>("days", () => Vietnam.AddWorkingDays(new LocalDate(2199, 12, 20), 30));
        Assert.Throws<ArgumentOutOfRangeException>("days", () => Vietnam.AddWorkingDays(new LocalDate(1900, 1, 2), -5));
    }

    [Fact]
    public void Working_days_agree_with_a_day_by_day_count_over_a_decade()
    {
        var start = new LocalDate(2020, 1, 1);
        int count = 0;
        for (LocalDate d = start.PlusDays(1); d <= new LocalDate(2030, 12, 31); d = d.PlusDays(1))
        {
            if (Vietnam.IsWorkingDay(d))
            {
                count++;
                Assert.Equal(d, Vietnam.AddWorkingDays(start, count));
            }

            bool offByRule = d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || PublicHolidays.Vietnam.IsHoliday(d);
            Assert.True(!offByRule || !Vietnam.IsWorkingDay(d));
        }

        Assert.Equal(count, Vietnam.WorkingDaysBetween(start, new LocalDate(2030, 12, 31)));
    }
}
