using OrgModel.Calendar;

namespace OrgModel.Testing;

/// <summary>Generators for the Calendar capability.</summary>
public static partial class OrgGenerators
{
    /// <summary>Days that both the lunar calendar and <see cref="WorkingDayCalendar"/> cover: 1900-01-01 to 2199-12-31.</summary>
    public static Gen<LocalDate> CalendarDay { get; } =
        Gen.Choose(0, Period.DaysBetween(Calendar.WorkingDayCalendar.MinDate, Calendar.WorkingDayCalendar.MaxDate)).Select(n => Calendar.WorkingDayCalendar.MinDate.PlusDays(n));

    /// <summary>Lunar dates of every supported year, leap months included.</summary>
    public static Gen<VietnameseLunarDate> VietnameseLunarDate { get; } =
        Gen.Choose(0, Period.DaysBetween(Calendar.VietnameseLunarDate.MinDate, Calendar.VietnameseLunarDate.MaxDate))
            .Select(n => Calendar.VietnameseLunarDate.FromDate(Calendar.VietnameseLunarDate.MinDate.PlusDays(n)));

    /// <summary>Holiday rules of the three kinds with valid days and effective periods.</summary>
    public static Gen<HolidayRule> HolidayRule { get; } = Gen.OneOf(
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from period in EffectivePeriod
        select Calendar.HolidayRule.Solar("Ngày lễ " + day + "/" + month, "Holiday " + day + "/" + month, month, day, period.From, period.To),
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 29)
        from period in EffectivePeriod
        select Calendar.HolidayRule.Lunar("Lễ " + day + "/" + month + " âm lịch", "Lunar holiday " + day + "/" + month, month, day, period.From, period.To),
        from before in Gen.Choose(0, 3)
        from after in Gen.Choose(1, 6)
        from period in EffectivePeriod
        select Calendar.HolidayRule.LunarNewYear("Tết", "Lunar New Year", before, after, period.From, period.To));

    /// <summary>Overrides on days of 1990–2060 of both kinds.</summary>
    public static Gen<HolidayOverride> HolidayOverride { get; } =
        from n in Gen.Choose(0, 365 * 70)
        from kind in Gen.Elements(HolidayOverrideKind.DayOff, HolidayOverrideKind.WorkingDay)
        select new Calendar.HolidayOverride(new LocalDate(1990, 1, 1).PlusDays(n), kind, kind == HolidayOverrideKind.DayOff ? "Announced day off" : "Make-up working day");

    /// <summary>Holiday sets: some rules and overrides (at most one per date).</summary>
    public static Gen<PublicHolidays> PublicHolidays { get; } =
        from rules in Gen.ListOf(HolidayRule).Select(r => r.Distinct().Take(6).ToArray())
        from overrides in Gen.ListOf(HolidayOverride).Select(o => o.DistinctBy(x => x.Date).Take(8).ToArray())
        select new Calendar.PublicHolidays(rules, overrides);

    /// <summary>Working-day calendars: Vietnam's, or generated holidays with zero to three weekend days.</summary>
    public static Gen<WorkingDayCalendar> WorkingDayCalendar { get; } = Gen.Frequency(
        (1, Gen.Constant(Calendar.WorkingDayCalendar.Default)),
        (3, from holidays in PublicHolidays
            from weekend in Gen.SubListOf(new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday })
            from compensate in Gen.Elements(true, false)
            select new Calendar.WorkingDayCalendar(holidays, weekend, compensate)));

    private static Gen<(LocalDate From, LocalDate? To)> EffectivePeriod { get; } =
        from start in Gen.Choose(1900, 2150)
        from open in Gen.Elements(true, false)
        from length in Gen.Choose(0, 40)
        select (new LocalDate(start, 1, 1), open ? (LocalDate?)null : new LocalDate(start + length, 12, 31));
}
