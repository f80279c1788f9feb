namespace OrgModel.Calendar;

/// <summary>Reads the generated month table (<c>LunarTable.g.cs</c>, made by <c>eng/lunar/generate.cjs</c>).</summary>
internal static partial class LunarTable
{
    // DateOnly.DayNumber counts from 0001-01-01; the table counts from 1970-01-01.
    private const int UnixEpochDayNumber = 719_162;

    /// <summary>The day number of the first day of the table (1/1 of <see cref="FirstYear"/>).</summary>
    public static int StartDayNumber => NewYearDayNumber(FirstYear);

    /// <summary>Days since 1970-01-01.</summary>
    public static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber - UnixEpochDayNumber;

    /// <summary>The date of a day number.</summary>
    public static LocalDate Date(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber + UnixEpochDayNumber));

    /// <summary>The day number of 1/1 of a lunar year in the table.</summary>
    public static int NewYearDayNumber(int year) => (int)((Years[year - FirstYear] >> 17) & 0xFF_FFFF) - DayBias;

    /// <summary>The leap month of a year, or 0.</summary>
    public static int LeapMonth(int year) => (int)((Years[year - FirstYear] >> 13) & 0xF);

    /// <summary>12 or 13.</summary>
    public static int MonthCount(int year) => LeapMonth(year) == 0 ? 12 : 13;

    /// <summary>29 or 30: the length of the month at a position (0-based, a leap month counted in place).</summary>
    public static int MonthLength(int year, int index) => ((Years[year - FirstYear] >> index) & 1) != 0 ? 30 : 29;

    /// <summary>The 0-based position of a month in its year.</summary>
    public static int MonthIndex(int year, int month, bool isLeap)
    {
        int leap = LeapMonth(year);
        return month - 1 + (leap != 0 && (month > leap || (month == leap && isLeap)) ? 1 : 0);
    }

    /// <summary>The month number and leap flag of a position.</summary>
    public static (int Month, bool IsLeap) MonthAt(int year, int index)
    {
        int leap = LeapMonth(year);
        if (leap == 0 || index < leap)
        {
            return (index + 1, false);
        }

        return index == leap ? (leap, true) : (index, false);
    }
}
