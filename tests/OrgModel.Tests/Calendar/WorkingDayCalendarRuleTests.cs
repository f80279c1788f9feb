using NodaTime;
using OrgModel.Calendar;

namespace OrgModel.Tests.Calendar;

/// <summary>The working-day calendar at the ends of its range and in its compensation rule, against a day-by-day walk of
/// <see cref="WorkingDayCalendar.IsWorkingDay"/>: the counts and steps its table answers must be the walk's, the first and last
/// days included, and a day outside the range is refused naming the argument.</summary>
public class WorkingDayCalendarRuleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    [Fact]
    public void The_first_and_last_days_are_covered_and_the_days_beyond_refused()
    {
        _ = Calendar.IsWorkingDay(WorkingDayCalendar.MinDate);
        _ = Calendar.IsWorkingDay(WorkingDayCalendar.MaxDate);
        foreach (LocalDate outside in new[] { WorkingDayCalendar.MinDate.PlusDays(-1), WorkingDayCalendar.MaxDate.PlusDays(1) })
        {
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>("date", () => Calendar.IsWorkingDay(outside));
            Assert.Contains($"{WorkingDayCalendar.MinDate:uuuu-MM-dd} to {WorkingDayCalendar.MaxDate:uuuu-MM-dd}", e.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentOutOfRangeException>("start", () => Calendar.WorkingDaysBetween(outside, WorkingDayCalendar.MinDate.PlusDays(10)));
            Assert.Throws<ArgumentOutOfRangeException>("end", () => Calendar.WorkingDaysBetween(WorkingDayCalendar.MinDate.PlusDays(10), outside));
        }
    }

    [Fact]
    public void Steps_near_the_ends_are_the_walk_s_or_refused()
    {
        foreach (LocalDate from in Near(WorkingDayCalendar.MinDate).Concat(Near(WorkingDayCalendar.MaxDate)))
        {
            for (int n = -4; n <= 4; n++)
            {
                LocalDate? expected = Walk(from, n);
                if (expected is { } day)
                {
                    Assert.Equal(day, Calendar.AddWorkingDays(from, n));
                }
                else
                {
                    ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>("days", () => Calendar.AddWorkingDays(from, n));
                    Assert.Contains("outside", e.Message, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Counts_near_the_ends_are_the_walk_s()
    {
        LocalDate[] days = [.. Near(WorkingDayCalendar.MinDate), .. Near(WorkingDayCalendar.MaxDate)];
        foreach (LocalDate a in days)
        {
            foreach (LocalDate b in days.Where(b => Math.Abs(Period.DaysBetween(a, b)) < 40))
            {
                Assert.Equal(Count(a, b), Calendar.WorkingDaysBetween(a, b));
            }
        }
    }

    [Fact]
    public void A_date_of_another_calendar_is_refused_naming_the_argument()
    {
        LocalDate julian = new LocalDate(2025, 9, 2).WithCalendar(CalendarSystem.Julian);
        Assert.Throws<ArgumentException>("date", () => Calendar.IsWorkingDay(julian));
        Assert.Throws<ArgumentException>("date", () => Calendar.AddWorkingDays(julian, 1));
        Assert.Throws<ArgumentException>("start", () => Calendar.WorkingDaysBetween(julian, new LocalDate(2025, 9, 2)));
        Assert.Throws<ArgumentException>("end", () => Calendar.WorkingDaysBetween(new LocalDate(2025, 9, 2), julian));
    }

    [Fact]
    public void Holidays_on_a_weekend_give_the_next_free_days_in_order()
    {
        // Saturday 4 and Sunday 5 May 2030 as holidays: Monday 6 and Tuesday 7 are their compensatory days, in that order; a
        // working Saturday made by an override stays working.
        LocalDate saturday = new(2030, 5, 4);
        var holidays = new PublicHolidays(
            [HolidayRule.Solar("Ngày A", "Day A", 5, 5, new LocalDate(2021, 1, 1)), HolidayRule.Solar("Ngày B", "Day B", 5, 4, new LocalDate(2021, 1, 1))],
            [new HolidayOverride(new LocalDate(2030, 5, 11), HolidayOverrideKind.WorkingDay, "make-up day")]);
        var calendar = new WorkingDayCalendar(holidays);
        IReadOnlyList<PublicHoliday> off = calendar.DaysOffIn(2030);
        Assert.Equal(off.OrderBy(h => h.Date).Select(h => h.Date), off.Select(h => h.Date));
        PublicHoliday[] compensatory = [.. off.Where(h => h.Origin == HolidayOrigin.Compensatory && h.Date.Month == 5 && h.Date.Day < 12)];
        Assert.Equal([saturday.PlusDays(2), saturday.PlusDays(3)], compensatory.Select(h => h.Date));
        Assert.Equal("Nghỉ bù Ngày B", compensatory[0].VietnameseName);
        Assert.Equal("Compensatory day off for Day B (2030-05-04)", compensatory[0].EnglishName);
        Assert.False(calendar.IsWorkingDay(saturday.PlusDays(2)));
        Assert.False(calendar.IsWorkingDay(saturday.PlusDays(3)));
        Assert.True(calendar.IsWorkingDay(saturday.PlusDays(4)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2030, 5, 11)));
        Assert.Equal(2, calendar.WorkingDaysBetween(saturday, saturday.PlusDays(5)));

        var without = new WorkingDayCalendar(holidays, compensateWeekendHolidays: false);
        Assert.True(without.IsWorkingDay(saturday.PlusDays(2)));
        Assert.DoesNotContain(without.DaysOffIn(2030), h => h.Origin == HolidayOrigin.Compensatory);
    }

    private static IEnumerable<LocalDate> Near(LocalDate end) =>
        Enumerable.Range(-12, 25).Select(end.PlusDays).Where(d => d >= WorkingDayCalendar.MinDate && d <= WorkingDayCalendar.MaxDate);

    // The n-th working day after (or before) a date by stepping one day at a time; null past the range.
    private static LocalDate? Walk(LocalDate from, int n)
    {
        LocalDate d = from;
        for (int left = Math.Abs(n); left > 0;)
        {
            d = d.PlusDays(Math.Sign(n));
            if (d < WorkingDayCalendar.MinDate || d > WorkingDayCalendar.MaxDate)
            {
                return null;
            }

            if (Calendar.IsWorkingDay(d))
            {
                left--;
            }
        }

        return d;
    }

    private static int Count(LocalDate a, LocalDate b)
    {
        int count = 0;
        if (b >= a)
        {
            for (LocalDate d = a.PlusDays(1); d <= b; d = d.PlusDays(1))
            {
                count += Calendar.IsWorkingDay(d) ? 1 : 0;
            }

            return count;
        }

        for (LocalDate d = b; d < a; d = d.PlusDays(1))
        {
            count -= Calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }
}
