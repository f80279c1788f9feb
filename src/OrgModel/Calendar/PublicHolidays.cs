using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>
/// The public holidays of Vietnam: statutory rules with the period each is law, plus per-year overrides announced by the
/// Government (the exact Tết and National Day days, swapped days), which callers can extend.
/// </summary>
/// <remarks>
/// <para><see cref="Vietnam"/> holds the eleven paid days of the Labour Code 2019 (art. 112, in force from 2021) and the
/// announcements the library's sources give. Where the law leaves the choice to the Prime Minister, the rules take a
/// documented default: Tết is the last day of the old lunar year and the first four of the new one (one of the layouts
/// the Government's guidance names), and the National Day's second day is 1 September. An override for a date wins over
/// the rules: a <see cref="HolidayOverrideKind.WorkingDay"/> override takes a day off away, a
/// <see cref="HolidayOverrideKind.DayOff"/> one adds it.</para>
/// <para>Holidays are computed for the Gregorian years <see cref="MinYear"/> to <see cref="MaxYear"/>.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(PublicHolidaysJsonConverter))]
public sealed class PublicHolidays
{
    /// <summary>The first Gregorian year for which holidays are computed.</summary>
    public const int MinYear = VietnameseLunarDate.MinYear + 1;

    /// <summary>The last Gregorian year for which holidays are computed.</summary>
    public const int MaxYear = VietnameseLunarDate.MaxYear;

    private static readonly LocalDate LabourCode2019InForce = new(2021, 1, 1);
    private readonly ImmutableArray<HolidayRule> rules;
    private readonly ImmutableArray<HolidayOverride> overrides;
    private readonly Lazy<Dictionary<LocalDate, PublicHoliday>> days;

    /// <summary>Creates a set of holidays.</summary>
    /// <param name="rules">The statutory rules.</param>
    /// <param name="overrides">Announced changes, at most one per date.</param>
    /// <exception cref="ArgumentException">A rule or override is null, a rule is repeated, or two overrides share a date.</exception>
    public PublicHolidays(IEnumerable<HolidayRule> rules, IEnumerable<HolidayOverride>? overrides = null)
    {
        Guard.Against.Null(rules);
        ImmutableArray<HolidayRule> r = [.. rules];
        ImmutableArray<HolidayOverride> o = overrides is null ? [] : [.. overrides];
        Preconditions.CheckArgument(!r.Any(x => x is null) && r.Distinct().Count() == r.Length, nameof(rules), "The rules must be non-null and distinct.");
        Preconditions.CheckArgument(!o.Any(x => x is null), nameof(overrides), "The overrides must be non-null.");

        if (o.Select(x => x.Date).Distinct().Count() != o.Length)
        {
            LocalDate twice = o.GroupBy(x => x.Date).First(g => g.Count() > 1).Key;
            throw new ArgumentException($"Two overrides fall on {twice:uuuu-MM-dd}; give one per date (WithOverride replaces).", nameof(overrides));
        }

        this.rules = r;
        this.overrides = [.. o.OrderBy(x => x.Date)];
        days = new Lazy<Dictionary<LocalDate, PublicHoliday>>(Build);
    }

    /// <summary>Gets the statutory holidays of the Labour Code 2019 (art. 112), in force from 1 January 2021: 11 paid days.</summary>
    public static IReadOnlyList<HolidayRule> LabourCode2019 { get; } = ImmutableArray.Create(
        HolidayRule.Solar("Tết Dương lịch", "New Year's Day", 1, 1, LabourCode2019InForce),
        HolidayRule.LunarNewYear("Tết Âm lịch", "Lunar New Year (Tết)", 1, 4, LabourCode2019InForce),
        HolidayRule.Lunar("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration", 3, 10, LabourCode2019InForce),
        HolidayRule.Solar("Ngày Chiến thắng", "Victory Day", 4, 30, LabourCode2019InForce),
        HolidayRule.Solar("Ngày Quốc tế lao động", "International Labour Day", 5, 1, LabourCode2019InForce),
        HolidayRule.Solar("Quốc khánh", "National Day", 9, 2, LabourCode2019InForce),
        HolidayRule.Solar("Quốc khánh (ngày liền kề)", "National Day (adjacent day)", 9, 1, LabourCode2019InForce));

    /// <summary>Gets the announced overrides the library's sources give: the civil-service Tết leave of 2026 (14–22 February).</summary>
    public static IReadOnlyList<HolidayOverride> Announced { get; } =
        HolidayOverride.DaysOff(new LocalDate(2026, 2, 14), new LocalDate(2026, 2, 22), "Tết Bính Ngọ 2026: civil servants off 14–22 February");

    /// <summary>Gets the holidays of Vietnam: <see cref="LabourCode2019"/> and <see cref="Announced"/>.</summary>
    public static PublicHolidays Vietnam { get; } = new(LabourCode2019, Announced);

    /// <summary>Gets a set with no holidays.</summary>
    public static PublicHolidays None { get; } = new([]);

    /// <summary>Gets the statutory rules.</summary>
    public IReadOnlyList<HolidayRule> Rules => rules;

    /// <summary>Gets the announced overrides, by date.</summary>
    public IReadOnlyList<HolidayOverride> Overrides => overrides;

    /// <summary>A copy with one more rule (for example a new holiday with the date it takes effect).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The rule is already there.</exception>
    public PublicHolidays WithRule(HolidayRule rule)
    {
        Guard.Against.Null(rule);
        return new([.. rules, rule], overrides);
    }

    /// <summary>A copy with an override, replacing any override of the same date.</summary>
    /// <param name="holidayOverride">The override.</param>
    /// <returns>The new set.</returns>
    public PublicHolidays WithOverride(HolidayOverride holidayOverride)
    {
        Guard.Against.Null(holidayOverride);
        return new(rules, [.. overrides.Where(x => x.Date != holidayOverride.Date), holidayOverride]);
    }

    /// <summary>A copy with several overrides, each replacing any override of its date.</summary>
    /// <param name="holidayOverrides">The overrides, at most one per date.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">Two of the new overrides share a date.</exception>
    public PublicHolidays WithOverrides(IEnumerable<HolidayOverride> holidayOverrides)
    {
        Guard.Against.Null(holidayOverrides);
        ImmutableArray<HolidayOverride> added = [.. holidayOverrides];
        var dates = added.Select(x => x?.Date).ToHashSet();
        return new(rules, [.. overrides.Where(x => !dates.Contains(x.Date)), .. added]);
    }

    /// <summary>The days off of a Gregorian year, in date order, one per day.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The days off.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public IReadOnlyList<PublicHoliday> InYear(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), MinYear, MaxYear, $"Holidays are computed for {MinYear} to {MaxYear}.");
        return days.Value.Values.Where(h => h.Date.Year == year).OrderBy(h => h.Date).ToImmutableArray();
    }

    /// <summary>Whether a day is a public holiday or an announced day off.</summary>
    /// <param name="date">The day, in <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>True when it is a day off (weekends aside).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public bool IsHoliday(LocalDate date) => HolidayOn(date) is not null;

    /// <summary>The holiday on a day, or null.</summary>
    /// <param name="date">The day, in <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The holiday, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public PublicHoliday? HolidayOn(LocalDate date)
    {
        Guard.Against.OutOfRange(date.Year, nameof(date), MinYear, MaxYear, $"Holidays are computed for {MinYear} to {MaxYear}.");
        return days.Value.GetValueOrDefault(date);
    }

    /// <summary>Every day off from <see cref="MinYear"/> to <see cref="MaxYear"/>.</summary>
    internal IReadOnlyDictionary<LocalDate, PublicHoliday> All => days.Value;

    private Dictionary<LocalDate, PublicHoliday> Build()
    {
        var result = new Dictionary<LocalDate, PublicHoliday>();
        foreach (HolidayRule rule in rules)
        {
            int first = Math.Max(MinYear, rule.EffectiveFrom.Year);
            int last = Math.Min(MaxYear, rule.EffectiveTo?.Year ?? MaxYear);
            for (int year = first; year <= last; year++)
            {
                foreach (LocalDate d in rule.DatesIn(year))
                {
                    result.TryAdd(d, new PublicHoliday(d, rule.VietnameseName, rule.EnglishName, HolidayOrigin.Statutory));
                }
            }
        }

        foreach (HolidayOverride o in overrides)
        {
            if (o.Kind == HolidayOverrideKind.WorkingDay)
            {
                result.Remove(o.Date);
            }
            else if (o.Date.Year is >= MinYear and <= MaxYear && !result.ContainsKey(o.Date))
            {
                result.Add(o.Date, new PublicHoliday(o.Date, "Ngày nghỉ theo thông báo", o.Description, HolidayOrigin.Announced));
            }
        }

        return result;
    }
}
