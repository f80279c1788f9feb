using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>A statutory holiday: which days it gives each year, and the period in which the rule is law.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[JsonConverter(typeof(HolidayRuleJsonConverter))]
public sealed class HolidayRule : IEquatable<HolidayRule>
{
    private HolidayRule(HolidayRuleKind kind, string vietnameseName, string englishName, int month, int day, int daysBefore, int daysFrom, LocalDate effectiveFrom, LocalDate? effectiveTo)
    {
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        Preconditions.CheckIso(effectiveFrom);
        Preconditions.CheckIso(effectiveTo);
        if (effectiveTo is { } to && to < effectiveFrom)
        {
            throw new ArgumentException($"The rule cannot end ({to:uuuu-MM-dd}) before it takes effect ({effectiveFrom:uuuu-MM-dd}).", nameof(effectiveTo));
        }

        Kind = kind;
        VietnameseName = vietnameseName.Trim();
        EnglishName = englishName.Trim();
        Month = month;
        Day = day;
        DaysBeforeNewYear = daysBefore;
        DaysFromNewYear = daysFrom;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
    }

    /// <summary>Gets how the rule finds its days.</summary>
    public HolidayRuleKind Kind { get; }

    /// <summary>Gets the Vietnamese name ("Quốc khánh").</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name ("National Day").</summary>
    public string EnglishName { get; }

    /// <summary>Gets the month of a solar or lunar rule (0 for <see cref="HolidayRuleKind.LunarNewYear"/>).</summary>
    public int Month { get; }

    /// <summary>Gets the day of a solar or lunar rule (0 for <see cref="HolidayRuleKind.LunarNewYear"/>).</summary>
    public int Day { get; }

    /// <summary>Gets the number of days off before 1/1 of a <see cref="HolidayRuleKind.LunarNewYear"/> rule.</summary>
    public int DaysBeforeNewYear { get; }

    /// <summary>Gets the number of days off from 1/1 on (1/1 included) of a <see cref="HolidayRuleKind.LunarNewYear"/> rule.</summary>
    public int DaysFromNewYear { get; }

    /// <summary>Gets the first day on which the rule is law.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last day on which the rule is law, or null while it is.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>A holiday on a fixed Gregorian day.</summary>
    /// <param name="vietnameseName">The Vietnamese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, which must exist every year (29 February is refused).</param>
    /// <param name="effectiveFrom">The first day on which the rule is law.</param>
    /// <param name="effectiveTo">The last day, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A name is empty, the day does not exist every year, or the period ends before it starts.</exception>
    public static HolidayRule Solar(string vietnameseName, string englishName, int month, int day, LocalDate effectiveFrom, LocalDate? effectiveTo = null)
    {
        Guard.Against.OutOfRange(month, nameof(month), 1, 12, "A month is 1 to 12.");
        // 2001 is a common year: its months have the lengths every year has (February 28).
        Guard.Against.OutOfRange(day, nameof(day), 1, CalendarSystem.Iso.GetDaysInMonth(2001, month), "The day must exist in every year of that month (29 February does not).");
        return new(HolidayRuleKind.Solar, vietnameseName, englishName, month, day, 0, 0, effectiveFrom, effectiveTo);
    }

    /// <summary>A holiday on a fixed lunar day (in the ordinary month, not a leap month of the same number).</summary>
    /// <param name="vietnameseName">The Vietnamese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="month">The lunar month, 1 to 12.</param>
    /// <param name="day">The lunar day, 1 to 29 (day 30 does not exist every year).</param>
    /// <param name="effectiveFrom">The first day on which the rule is law.</param>
    /// <param name="effectiveTo">The last day, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A name is empty, the month or day is out of range, or the period ends before it starts.</exception>
    public static HolidayRule Lunar(string vietnameseName, string englishName, int month, int day, LocalDate effectiveFrom, LocalDate? effectiveTo = null)
    {
        Guard.Against.OutOfRange(month, nameof(month), 1, 12, "A lunar month is 1 to 12.");
        Guard.Against.OutOfRange(day, nameof(day), 1, 29, "A yearly lunar holiday is on day 1 to 29 (day 30 does not exist every year).");
        return new(HolidayRuleKind.Lunar, vietnameseName, englishName, month, day, 0, 0, effectiveFrom, effectiveTo);
    }

    /// <summary>Days off around the lunar new year (Tết Nguyên Đán).</summary>
    /// <param name="vietnameseName">The Vietnamese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="daysBeforeNewYear">Days off before 1/1 (the last days of the old year), 0 to 10.</param>
    /// <param name="daysFromNewYear">Days off from 1/1 on, 1 to 10.</param>
    /// <param name="effectiveFrom">The first day on which the rule is law.</param>
    /// <param name="effectiveTo">The last day, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A name is empty, a count is out of range, or the period ends before it starts.</exception>
    public static HolidayRule LunarNewYear(string vietnameseName, string englishName, int daysBeforeNewYear, int daysFromNewYear, LocalDate effectiveFrom, LocalDate? effectiveTo = null)
    {
        Guard.Against.OutOfRange(daysBeforeNewYear, nameof(daysBeforeNewYear), 0, 10, "Tết starts 0 to 10 days before the new year.");
        Guard.Against.OutOfRange(daysFromNewYear, nameof(daysFromNewYear), 1, 10, "Tết lasts 1 to 10 days from the new year.");
        return new(HolidayRuleKind.LunarNewYear, vietnameseName, englishName, 0, 0, daysBeforeNewYear, daysFromNewYear, effectiveFrom, effectiveTo);
    }

    /// <summary>Whether the rule is law on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True within the effective period.</returns>
    public bool IsInEffectOn(LocalDate date) => date >= EffectiveFrom && (EffectiveTo is not { } to || date <= to);

    /// <summary>The days off this rule gives in a Gregorian year, within its effective period, in order.</summary>
    /// <param name="year">The Gregorian year; lunar rules need <see cref="VietnameseLunarDate.MinYear"/> + 1 to <see cref="VietnameseLunarDate.MaxYear"/>.</param>
    /// <returns>The days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A lunar rule is asked for a year outside the lunar calendar's range.</exception>
    public IReadOnlyList<LocalDate> DatesIn(int year)
    {
        var days = new List<LocalDate>(DaysBeforeNewYear + DaysFromNewYear + 1);
        switch (Kind)
        {
            case HolidayRuleKind.Solar:
                days.Add(new LocalDate(year, Month, Day));
                break;
            case HolidayRuleKind.Lunar:
                CheckLunarYear(year);

                // A day of the 11th or 12th lunar month can fall in January of the next Gregorian year.
                foreach (int lunarYear in new[] { year - 1, year })
                {
                    LocalDate day = new VietnameseLunarDate(lunarYear, Month, Day).ToDate();
                    if (day.Year == year)
                    {
                        days.Add(day);
                    }
                }

                break;
            default:
                CheckLunarYear(year);

                // Tết falls between 21 January and 20 February, so ten days either side of it stay in its Gregorian year.
                LocalDate newYear = VietnameseLunarDate.NewYear(year);
                for (int d = -DaysBeforeNewYear; d < DaysFromNewYear; d++)
                {
                    days.Add(newYear.PlusDays(d));
                }

                break;
        }

        days.RemoveAll(d => !IsInEffectOn(d));
        return days.AsReadOnly();
    }

    /// <inheritdoc />
    public bool Equals(HolidayRule? other) =>
        other is not null && Kind == other.Kind && VietnameseName == other.VietnameseName && EnglishName == other.EnglishName
        && Month == other.Month && Day == other.Day && DaysBeforeNewYear == other.DaysBeforeNewYear && DaysFromNewYear == other.DaysFromNewYear
        && EffectiveFrom == other.EffectiveFrom && EffectiveTo == other.EffectiveTo;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HolidayRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, VietnameseName, Month, Day, DaysBeforeNewYear, DaysFromNewYear, EffectiveFrom, EffectiveTo);

    /// <summary>Describes the rule: "Quốc khánh (National Day): 2/9, from 2021-01-01".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string when = Kind switch
        {
            HolidayRuleKind.Solar => $"{Day}/{Month}",
            HolidayRuleKind.Lunar => $"{Day}/{Month} âm lịch",
            _ => $"{DaysBeforeNewYear} day(s) before and {DaysFromNewYear} from 1/1 âm lịch",
        };
        return $"{VietnameseName} ({EnglishName}): {when}, from {EffectiveFrom:uuuu-MM-dd}{(EffectiveTo is { } to ? $" to {to:uuuu-MM-dd}" : string.Empty)}";
    }

    private static void CheckLunarYear(int year)
    {
        if (year is <= VietnameseLunarDate.MinYear or > VietnameseLunarDate.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Lunar holidays are computed for the years {VietnameseLunarDate.MinYear + 1} to {VietnameseLunarDate.MaxYear}.");
        }
    }
}
