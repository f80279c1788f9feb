using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrgModel.Calendar;
using OrgModel.Testing;
using OrgModel.Tests.Conventions;

namespace OrgModel.Tests.Calendar;

[ScaledProperties(300, Arbitrary = [typeof(OrgArbitraries), typeof(CalendarProperties.Days)])]
public class CalendarProperties
{
    [Property]
    public bool Lunar_dates_convert_both_ways(VietnameseLunarDate d) => VietnameseLunarDate.FromDate(d.ToDate()) == d;

    [Property]
    public bool Lunar_text_round_trips(VietnameseLunarDate d) => VietnameseLunarDate.Parse(d.ToString()) == d;

    [Property]
    public bool Lunar_order_is_time_order(VietnameseLunarDate a, VietnameseLunarDate b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(a.ToDate().CompareTo(b.ToDate())) && (a == b) == (a.ToDate() == b.ToDate());

    [Property]
    public Property Adding_then_counting_working_days_gives_n_back(WorkingDayCalendar calendar, LocalDate day) =>
        Prop.ForAll(Gen.Choose(-400, 400).ToArbitrary(), n =>
        {
            LocalDate d = Clamp(day);
            LocalDate r = calendar.AddWorkingDays(d, n);
            return calendar.WorkingDaysBetween(d, r) == n && (n == 0 ? r == d : calendar.IsWorkingDay(r) && (n > 0 ? r > d : r < d));
        });

    [Property]
    public Property Adding_working_days_is_monotone_in_n(WorkingDayCalendar calendar, LocalDate day) =>
        Prop.ForAll(Gen.Choose(0, 300).ToArbitrary(), n =>
        {
            LocalDate d = Clamp(day);
            return calendar.AddWorkingDays(d, n) < calendar.AddWorkingDays(d, n + 1);
        });

    [Property]
    public bool The_next_working_day_on_or_after_is_the_first_working_day(WorkingDayCalendar calendar, LocalDate day)
    {
        LocalDate d = Clamp(day);
        LocalDate next = calendar.NextWorkingDayOnOrAfter(d);
        for (LocalDate x = d; x < next; x = x.PlusDays(1))
        {
            if (calendar.IsWorkingDay(x))
            {
                return false;
            }
        }

        return calendar.IsWorkingDay(next);
    }

    [Property]
    public bool Working_days_between_is_additive(WorkingDayCalendar calendar, LocalDate a, LocalDate b)
    {
        LocalDate x = Clamp(a), y = Clamp(b);
        LocalDate m = x.PlusDays(Period.DaysBetween(x, y) / 2);
        return calendar.WorkingDaysBetween(x, m) + calendar.WorkingDaysBetween(m, y) == calendar.WorkingDaysBetween(x, y);
    }

    [Property]
    public bool A_rule_gives_its_days_only_within_its_period(HolidayRule rule, int yearSeed)
    {
        int year = PublicHolidays.MinYear + (Math.Abs(yearSeed % (PublicHolidays.MaxYear - PublicHolidays.MinYear)));
        IReadOnlyList<LocalDate> days = rule.DatesIn(year);
        return days.All(d => d.Year == year && rule.IsInEffectOn(d))
            && (rule.Kind != HolidayRuleKind.Solar || !rule.IsInEffectOn(new LocalDate(year, rule.Month, rule.Day)) || days.Count == 1);
    }

    [Property]
    public bool Overrides_win_over_rules_and_weekends(WorkingDayCalendar calendar, HolidayOverride o)
    {
        var changed = new WorkingDayCalendar(calendar.Holidays.WithOverride(o), calendar.WeekendDays, calendar.CompensatesWeekendHolidays);
        return changed.IsWorkingDay(o.Date) == (o.Kind == HolidayOverrideKind.WorkingDay);
    }

    // Keeps a generated day far enough from the ends of the range for the ±400 working days the properties add.
    private static LocalDate Clamp(LocalDate d)
    {
        LocalDate min = WorkingDayCalendar.MinDate.PlusDays(800), max = WorkingDayCalendar.MaxDate.PlusDays(-800);
        return d < min ? min : d > max ? max : d;
    }

    /// <summary>Days 1900–2199 for this class only: other classes keep their own date ranges.</summary>
    public static class Days
    {
        public static Arbitrary<LocalDate> CalendarDays() =>
            Arb.From(OrgGenerators.CalendarDay, d => d == new LocalDate(2025, 1, 29) ? [] : [new LocalDate(2025, 1, 29), d.PlusDays(Period.DaysBetween(d, new LocalDate(2025, 1, 29)) / 2)]);
    }
}
