using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>
/// Working-day arithmetic: weekend days, public holidays, announced overrides and compensatory days off.
/// </summary>
/// <remarks>
/// <para>A day is a working day unless it is a weekend day, a holiday or announced day off of <see cref="Holidays"/>, or a
/// compensatory day; an announced <see cref="HolidayOverrideKind.WorkingDay"/> makes any day a working day. With
/// <see cref="CompensatesWeekendHolidays"/>, a statutory holiday that falls on a weekend day gives the next day that is
/// not a weekend day, a holiday or another compensatory day off (the Labour Code's practice for weekly rest days).</para>
/// <para>Counting: <see cref="AddWorkingDays"/> with n &gt; 0 gives the n-th working day after the date (the date itself
/// is not counted, whether or not it is a working day: "within 10 working days" of a document's date); n &lt; 0 the
/// |n|-th working day before it; 0 the date itself. <see cref="WorkingDaysBetween"/> is its inverse:
/// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for every n.</para>
/// <para>Range: <see cref="MinDate"/> (1900-01-01) to <see cref="MaxDate"/> (2199-12-31). The first query builds a table
/// of the whole range (about 0.5 MB), after which every query is O(1) or O(log n).</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(WorkingDayCalendarJsonConverter))]
public sealed class WorkingDayCalendar
{
    private static readonly ImmutableArray<IsoDayOfWeek> SaturdaySunday = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];
    private readonly ImmutableArray<IsoDayOfWeek> weekendDays;
    private readonly Lazy<Table> table;

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">The holidays; null for <see cref="PublicHolidays.Vietnam"/>.</param>
    /// <param name="weekendDays">The weekly days off; null for Saturday and Sunday; may be empty.</param>
    /// <param name="compensateWeekendHolidays">Whether a statutory holiday on a weekend day gives a compensatory day off.</param>
    /// <exception cref="ArgumentException">A weekend day is undefined or repeated, or every day of the week is a weekend day.</exception>
    public WorkingDayCalendar(PublicHolidays? holidays = null, IEnumerable<IsoDayOfWeek>? weekendDays = null, bool compensateWeekendHolidays = true)
    {
        ImmutableArray<IsoDayOfWeek> weekend = weekendDays is null ? SaturdaySunday : [.. weekendDays.Order()];
        Preconditions.CheckArgument(!weekend.Any(d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday) && weekend.Distinct().Count() == weekend.Length, nameof(weekendDays), "Weekend days must be distinct days Monday to Sunday.");
        Preconditions.CheckArgument(weekend.Length != 7, nameof(weekendDays), "A week needs at least one working day.");

        Holidays = holidays ?? PublicHolidays.Vietnam;
        this.weekendDays = weekend;
        CompensatesWeekendHolidays = compensateWeekendHolidays;
        table = new Lazy<Table>(() => new Table(this));
    }

    /// <summary>Gets Vietnam's calendar: Saturday and Sunday off, <see cref="PublicHolidays.Vietnam"/>, compensatory days.</summary>
    public static WorkingDayCalendar Default { get; } = new();

    /// <summary>Gets the first day the calendar covers.</summary>
    public static LocalDate MinDate { get; } = new(PublicHolidays.MinYear, 1, 1);

    /// <summary>Gets the last day the calendar covers.</summary>
    public static LocalDate MaxDate { get; } = new(PublicHolidays.MaxYear, 12, 31);

    /// <summary>Gets the holidays.</summary>
    public PublicHolidays Holidays { get; }

    /// <summary>Gets the weekly days off, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> WeekendDays => weekendDays;

    /// <summary>Gets a value indicating whether a statutory holiday on a weekend day gives a compensatory day off.</summary>
    public bool CompensatesWeekendHolidays { get; }

    /// <summary>Whether a day is a working day.</summary>
    /// <param name="date">A day from <see cref="MinDate"/> to <see cref="MaxDate"/>.</param>
    /// <returns>True for a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is out of range.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public bool IsWorkingDay(LocalDate date) => table.Value.IsWorking(Index(date, nameof(date)));

    /// <summary>Whether a day is a weekend day of this calendar.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True for a weekly day off.</returns>
    public bool IsWeekend(LocalDate date) => weekendDays.Contains(date.DayOfWeek);

    /// <summary>The working day a number of working days after (or, when negative, before) a date.</summary>
    /// <param name="date">The date counted from (not counted itself).</param>
    /// <param name="days">The number of working days; 0 gives <paramref name="date"/>.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is out of range.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        int i = Index(date, nameof(date));
        if (days == 0)
        {
            return date;
        }

        Table t = table.Value;

        // The result is the first day whose running count reaches the target count.
        long target = days > 0 ? (long)t.CountTo(i) + days : (long)t.CountTo(i - 1) + days + 1;
        if (target < 1 || target > t.Total)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"The result falls outside {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd}.");
        }

        return MinDate.PlusDays(t.FirstReaching((int)target));
    }

    /// <summary>
    /// The number of working days from <paramref name="start"/> to <paramref name="end"/>: those after start up to and
    /// including end when end is not earlier, else minus those from end up to but excluding start.
    /// </summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The second date.</param>
    /// <returns>The signed count; <c>AddWorkingDays(start, n)</c> has <c>WorkingDaysBetween(start, …) == n</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is out of range.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        int s = Index(start, nameof(start));
        int e = Index(end, nameof(end));
        Table t = table.Value;
        return e >= s ? t.CountTo(e) - t.CountTo(s) : -(t.CountTo(s - 1) - t.CountTo(e - 1));
    }

    /// <summary>The date itself when it is a working day, else the next working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>A working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is out of range.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date) => IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    /// <summary>The days off of a year other than weekend days: holidays, announced days off and compensatory days, in order.</summary>
    /// <param name="year">The Gregorian year.</param>
    /// <returns>The days off.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public IReadOnlyList<PublicHoliday> DaysOffIn(int year)
    {
        IReadOnlyList<PublicHoliday> holidays = Holidays.InYear(year);
        IEnumerable<PublicHoliday> compensatory = table.Value.Compensatory.Where(h => h.Date.Year == year);
        return holidays.Concat(compensatory).OrderBy(h => h.Date).ToImmutableArray();
    }

    /// <summary>Describes the calendar.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"Working days: weekend {(weekendDays.IsEmpty ? "none" : string.Join("+", weekendDays))}, {Holidays.Rules.Count} holiday rules, {Holidays.Overrides.Count} overrides{(CompensatesWeekendHolidays ? ", compensatory days" : string.Empty)}";

    // A date of another calendar is refused as every type of the library refuses it (NodaTime would refuse the comparison
    // below naming its own parameter).
    private static int Index(LocalDate date, string argument)
    {
        Preconditions.CheckIso(date, argument);
        if (date < MinDate || date > MaxDate)
        {
            throw new ArgumentOutOfRangeException(argument, date, $"Working days are computed from {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd}.");
        }

        return LunarTable.DayNumber(date) - MinDayNumber;
    }

    // Computed from the year, not from MinDate, so it does not depend on the order of static initialisers.
    private static readonly int MinDayNumber = LunarTable.DayNumber(new LocalDate(PublicHolidays.MinYear, 1, 1));

    /// <summary>Running counts of working days over the whole range.</summary>
    private sealed class Table
    {
        // counts[i] = working days in [MinDate, MinDate + i]; the day i is working when counts[i] > counts[i - 1].
        private readonly int[] counts;

        public Table(WorkingDayCalendar calendar)
        {
            int length = LunarTable.DayNumber(MaxDate) - MinDayNumber + 1;
            var off = new bool[length];
            var weekend = new bool[8];
            foreach (IsoDayOfWeek d in calendar.weekendDays)
            {
                weekend[(int)d] = true;
            }

            PublicHolidays holidays = calendar.Holidays;
            LocalDate day = MinDate;
            for (int i = 0; i < length; i++, day = day.PlusDays(1))
            {
                off[i] = weekend[(int)day.DayOfWeek];
            }

            foreach (PublicHoliday h in holidays.All.Values)
            {
                off[Index(h.Date, nameof(h))] = true;
            }

            var compensatory = new List<PublicHoliday>();
            if (calendar.CompensatesWeekendHolidays)
            {
                var taken = new bool[length];
                foreach (PublicHoliday h in holidays.All.Values.Where(h => h.Origin == HolidayOrigin.Statutory).OrderBy(h => h.Date))
                {
                    int i = Index(h.Date, nameof(h));
                    if (!weekend[(int)h.Date.DayOfWeek])
                    {
                        continue;
                    }

                    int j = i + 1;
                    while (j < length && (off[j] || taken[j]))
                    {
                        j++;
                    }

                    if (j < length)
                    {
                        taken[j] = true;
                        compensatory.Add(new PublicHoliday(MinDate.PlusDays(j), $"Nghỉ bù {h.VietnameseName}", $"Compensatory day off for {h.EnglishName} ({h.Date:uuuu-MM-dd})", HolidayOrigin.Compensatory));
                    }
                }

                for (int i = 0; i < length; i++)
                {
                    off[i] |= taken[i];
                }
            }

            foreach (HolidayOverride o in holidays.Overrides)
            {
                if (o.Date >= MinDate && o.Date <= MaxDate)
                {
                    off[Index(o.Date, nameof(o))] = o.Kind == HolidayOverrideKind.DayOff;
                }
            }

            counts = new int[length];
            int running = 0;
            for (int i = 0; i < length; i++)
            {
                running += off[i] ? 0 : 1;
                counts[i] = running;
            }

            Compensatory = [.. compensatory];
        }

        public ImmutableArray<PublicHoliday> Compensatory { get; }

        public int Total => counts[^1];

        public int CountTo(int i) => i < 0 ? 0 : counts[i];

        public bool IsWorking(int i) => CountTo(i) > CountTo(i - 1);

        public int FirstReaching(int target)
        {
            int lo = 0, hi = counts.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (counts[mid] >= target)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return lo;
        }
    }
}
