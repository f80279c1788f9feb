using OrgModel.Calendar;

namespace OrgModel.Testing;

/// <summary>Arbitraries for the Calendar capability.</summary>
public static partial class OrgArbitraries
{
    private static readonly LocalDate ShrinkTarget = new(2025, 1, 29);

    /// <summary>Lunar dates (see <see cref="OrgGenerators.VietnameseLunarDate"/>), shrinking towards Tết 2025 (1/1/2025).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<VietnameseLunarDate> VietnameseLunarDates() =>
        Arb.From(OrgGenerators.VietnameseLunarDate, d => ShrinkDay(d.ToDate()).Select(VietnameseLunarDate.FromDate));

    /// <summary>Holiday rules, shrinking towards an open-ended rule of the same kind from 2000 on 1/1.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HolidayRule> HolidayRules() => Arb.From(OrgGenerators.HolidayRule, ShrinkRule);

    /// <summary>Overrides, shrinking the date towards 2025-01-29.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HolidayOverride> HolidayOverrides() =>
        Arb.From(OrgGenerators.HolidayOverride, o => ShrinkDay(o.Date).Select(d => new HolidayOverride(d, o.Kind, o.Description)));

    /// <summary>Holiday sets, shrinking by dropping overrides, then rules.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PublicHolidays> PublicHolidaySets() => Arb.From(OrgGenerators.PublicHolidays, ShrinkHolidays);

    /// <summary>Working-day calendars, shrinking their holidays and then towards Saturday–Sunday weekends.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<WorkingDayCalendar> WorkingDayCalendars() => Arb.From(OrgGenerators.WorkingDayCalendar, ShrinkCalendar);

    private static IEnumerable<LocalDate> ShrinkDay(LocalDate d)
    {
        if (d == ShrinkTarget)
        {
            yield break;
        }

        yield return ShrinkTarget;
        int days = Period.DaysBetween(ShrinkTarget, d);
        if (Math.Abs(days) > 1)
        {
            yield return ShrinkTarget.PlusDays(days / 2);
        }
    }

    private static IEnumerable<HolidayRule> ShrinkRule(HolidayRule r)
    {
        var from = new LocalDate(2000, 1, 1);
        if (r.EffectiveFrom == from && r.EffectiveTo is null && (r.Kind == HolidayRuleKind.LunarNewYear || (r.Month == 1 && r.Day == 1)))
        {
            yield break;
        }

        yield return r.Kind switch
        {
            HolidayRuleKind.Solar => HolidayRule.Solar(r.VietnameseName, r.EnglishName, 1, 1, from),
            HolidayRuleKind.Lunar => HolidayRule.Lunar(r.VietnameseName, r.EnglishName, 1, 1, from),
            _ => HolidayRule.LunarNewYear(r.VietnameseName, r.EnglishName, r.DaysBeforeNewYear, r.DaysFromNewYear, from),
        };
    }

    private static IEnumerable<PublicHolidays> ShrinkHolidays(PublicHolidays h)
    {
        for (int i = 0; i < h.Overrides.Count; i++)
        {
            yield return new PublicHolidays(h.Rules, h.Overrides.Where((_, k) => k != i));
        }

        for (int i = 0; i < h.Rules.Count; i++)
        {
            yield return new PublicHolidays(h.Rules.Where((_, k) => k != i), h.Overrides);
        }
    }

    private static IEnumerable<WorkingDayCalendar> ShrinkCalendar(WorkingDayCalendar c)
    {
        if (ReferenceEquals(c, WorkingDayCalendar.Default))
        {
            yield break;
        }

        foreach (PublicHolidays h in ShrinkHolidays(c.Holidays))
        {
            yield return new WorkingDayCalendar(h, c.WeekendDays, c.CompensatesWeekendHolidays);
        }

        if (c.WeekendDays.Count != 2 || c.WeekendDays[0] != IsoDayOfWeek.Saturday)
        {
            yield return new WorkingDayCalendar(c.Holidays, compensateWeekendHolidays: c.CompensatesWeekendHolidays);
        }
    }
}
