using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar (âm lịch): year, month, leap-month flag and day, reckoned at UTC+7.
/// </summary>
/// <remarks>
/// <para>The months come from a table generated from a precise ephemeris (<c>eng/lunar/generate.cjs</c>, astronomy-engine):
/// a month starts on the UTC+7 day of the new moon, month 11 holds the December solstice, and in a 13-month year the
/// first month without a principal solar term is the leap month. Vietnam adopted UTC+7 for its calendar in 1967; earlier
/// dates follow the same rule by convention (see docs/calendar.md).</para>
/// <para>Range: lunar years <see cref="MinYear"/> to <see cref="MaxYear"/>, that is the days
/// <see cref="MinDate"/> (1899-02-10) to <see cref="MaxDate"/> (2200-02-14).</para>
/// <para>Text: <c>d/M/yyyy</c>, a leap month marked <c>n</c> (<em>nhuận</em>): <c>1/1/2025</c>, <c>15/6n/2025</c>.
/// Ordering follows time.</para>
/// <para><c>default</c> is 1/1/1899, the first supported day (as NodaTime's <c>default(LocalDate)</c> is a real day): a
/// valid value that JSON writes and reads back equal.</para>
/// </remarks>
[JsonConverter(typeof(VietnameseLunarDateJsonConverter))]
public readonly struct VietnameseLunarDate
    : IEquatable<VietnameseLunarDate>, IComparable<VietnameseLunarDate>, IComparable, ISpanParsable<VietnameseLunarDate>, ICanonicalParsable<VietnameseLunarDate, LunarDateParser>, ISpanFormattable,
      System.Numerics.IComparisonOperators<VietnameseLunarDate, VietnameseLunarDate, bool>
{
    /// <summary>The first supported lunar year.</summary>
    public const int MinYear = LunarTable.FirstYear;

    /// <summary>The last supported lunar year.</summary>
    public const int MaxYear = LunarTable.LastYear;

    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    private readonly short year;
    private readonly byte month;
    private readonly byte day;
    private readonly bool isLeapMonth;

    /// <summary>Creates a lunar date.</summary>
    /// <param name="year">The lunar year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, 1 to the length of the month (29 or 30).</param>
    /// <param name="isLeapMonth">True for the leap month that repeats <paramref name="month"/>; only that year's leap month can be.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="isLeapMonth"/> is true but the year has no such leap month.</exception>
    public VietnameseLunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A lunar month is 1 to 12.");
        }

        if (isLeapMonth && LunarTable.LeapMonth(year) != month)
        {
            int leap = LunarTable.LeapMonth(year);
            throw new ArgumentException(
                leap == 0 ? $"The lunar year {year} has no leap month." : $"The leap month of the lunar year {year} is {leap}, not {month}.",
                nameof(isLeapMonth));
        }

        int length = LunarTable.MonthLength(year, LunarTable.MonthIndex(year, month, isLeapMonth));
        if (day < 1 || day > length)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Month {month}{(isLeapMonth ? " (leap)" : string.Empty)} of the lunar year {year} has {length} days.");
        }

        this.year = (short)year;
        this.month = (byte)month;
        this.day = (byte)day;
        this.isLeapMonth = isLeapMonth;
    }

    // The checked parts of a date the table or the parser has already validated (a signature of its own, so no flag).
    private VietnameseLunarDate(short year, byte month, byte day, bool isLeapMonth)
    {
        this.year = year;
        this.month = month;
        this.day = day;
        this.isLeapMonth = isLeapMonth;
    }

    /// <summary>Gets the first supported day: 1/1/1899, which is 1899-02-10.</summary>
    public static LocalDate MinDate => LunarTable.Date(LunarTable.StartDayNumber);

    /// <summary>Gets the last supported day: the last day of the lunar year 2199, which is 2200-02-14.</summary>
    public static LocalDate MaxDate => LunarTable.Date(LunarTable.EndDayNumber - 1);

    /// <summary>Gets the lunar year (the one whose 1/1 is Tết in that Gregorian year).</summary>
    public int Year => year == 0 ? MinYear : year;

    /// <summary>Gets the month, 1 to 12.</summary>
    public int Month => month == 0 ? 1 : month;

    /// <summary>Gets the day of the month, 1 to 30.</summary>
    public int Day => day == 0 ? 1 : day;

    /// <summary>Gets a value indicating whether this is in the leap month (tháng nhuận) that repeats <see cref="Month"/>.</summary>
    public bool IsLeapMonth => isLeapMonth;

    /// <summary>Gets the sexagenary (Can Chi) name of the year, e.g. "Ất Tỵ" for 2025.</summary>
    public string YearName => SexagenaryName(Year);

    /// <summary>Gets the number of days in this date's month (29 or 30).</summary>
    public int DaysInMonth => LunarTable.MonthLength(Year, LunarTable.MonthIndex(Year, Month, IsLeapMonth));

    /// <summary>The lunar date of a Gregorian (ISO) date.</summary>
    /// <param name="date">A date from <see cref="MinDate"/> to <see cref="MaxDate"/>.</param>
    /// <returns>The lunar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static VietnameseLunarDate FromDate(LocalDate date)
    {
        if (!TryFromDate(date, out VietnameseLunarDate result))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Lunar dates are supported from {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd}.");
        }

        return result;
    }

    /// <summary>The lunar date of a Gregorian date, or false outside the supported range.</summary>
    /// <param name="date">The date.</param>
    /// <param name="result">The lunar date.</param>
    /// <returns>True when the date is in range.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar (a caller's mistake, not a
    /// date out of range).</exception>
    public static bool TryFromDate(LocalDate date, out VietnameseLunarDate result)
    {
        Preconditions.CheckIso(date);
        int n = LunarTable.DayNumber(date);
        if (n < LunarTable.StartDayNumber || n >= LunarTable.EndDayNumber)
        {
            result = default;
            return false;
        }

        // Tết falls between 21 January and 20 February, so the lunar year is the Gregorian year or the one before.
        int y = Math.Min(date.Year, LunarTable.LastYear);
        int start = LunarTable.NewYearDayNumber(y);
        if (n < start)
        {
            y--;
            start = LunarTable.NewYearDayNumber(y);
        }

        int offset = n - start;
        int index = 0;
        for (int length = LunarTable.MonthLength(y, 0); offset >= length; length = LunarTable.MonthLength(y, index))
        {
            offset -= length;
            index++;
        }

        (int m, bool leap) = LunarTable.MonthAt(y, index);
        result = new VietnameseLunarDate((short)y, (byte)m, (byte)(offset + 1), leap);
        return true;
    }

    /// <summary>The Gregorian date of 1/1 (Tết Nguyên Đán) of a lunar year.</summary>
    /// <param name="year">The lunar year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The first day of the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static LocalDate NewYear(int year) => new VietnameseLunarDate(year, 1, 1).ToDate();

    /// <summary>The leap month of a lunar year, or null when it has twelve months.</summary>
    /// <param name="year">The lunar year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The month that the leap month repeats, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static int? LeapMonthOf(int year)
    {
        CheckYear(year);
        int leap = LunarTable.LeapMonth(year);
        return leap == 0 ? null : leap;
    }

    /// <summary>The number of months of a lunar year: 12, or 13 with a leap month.</summary>
    /// <param name="year">The lunar year.</param>
    /// <returns>12 or 13.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static int MonthsInYear(int year)
    {
        CheckYear(year);
        return LunarTable.MonthCount(year);
    }

    /// <summary>The number of days of a lunar month.</summary>
    /// <param name="year">The lunar year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="isLeapMonth">True for the leap month.</param>
    /// <returns>29 or 30.</returns>
    /// <exception cref="ArgumentException">The month does not exist.</exception>
    public static int DaysInMonthOf(int year, int month, bool isLeapMonth = false) => new VietnameseLunarDate(year, month, 1, isLeapMonth).DaysInMonth;

    /// <summary>The sexagenary (Can Chi) name of a lunar year: the heavenly stem and the earthly branch ("Bính Ngọ" for 2026).</summary>
    /// <param name="year">Any year of the common era.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not positive.</exception>
    public static string SexagenaryName(int year)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(year);
        return $"{Stems[(year + 6) % 10]} {Branches[(year + 8) % 12]}";
    }

    /// <summary>The Gregorian (ISO) date of this lunar date.</summary>
    /// <returns>The date.</returns>
    public LocalDate ToDate()
    {
        int y = Year;
        int n = LunarTable.NewYearDayNumber(y);
        int index = LunarTable.MonthIndex(y, Month, isLeapMonth);
        for (int i = 0; i < index; i++)
        {
            n += LunarTable.MonthLength(y, i);
        }

        return LunarTable.Date(n + Day - 1);
    }

    /// <summary>The lunar date a number of days later (or earlier, when negative).</summary>
    /// <param name="days">The number of days.</param>
    /// <returns>The lunar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public VietnameseLunarDate PlusDays(int days) => FromDate(ToDate().PlusDays(days));

    /// <inheritdoc />
    public bool Equals(VietnameseLunarDate other) => Year == other.Year && Month == other.Month && Day == other.Day && isLeapMonth == other.isLeapMonth;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is VietnameseLunarDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Month, Day, isLeapMonth);

    /// <inheritdoc />
    public int CompareTo(VietnameseLunarDate other)
    {
        int c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = LunarTable.MonthIndex(Year, Month, isLeapMonth).CompareTo(LunarTable.MonthIndex(Year, other.Month, other.isLeapMonth));
        return c != 0 ? c : Day.CompareTo(other.Day);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => Comparisons.CompareBoxed(this, obj);

    /// <summary>Formats as <c>d/M/yyyy</c>, a leap month marked <c>n</c>: "15/6n/2025".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the date.</summary>
    /// <param name="format">null, "" or "G": <c>15/6n/2025</c>; "C": day, month and the year's Can Chi name, "1/1 Ất Tỵ", "15/6 nhuận Ất Tỵ";
    /// "V": Vietnamese words, "ngày 15 tháng 6 nhuận năm Ất Tỵ (2025)".</param>
    /// <param name="formatProvider">Ignored: the forms are culture-independent.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Formats.ToString(this, format, formatProvider);

    /// <summary>Formats into a span; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">"", "G", "C" or "V".</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the span is too short.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        char f = Formats.Letter(format);
        CultureInfo c = CultureInfo.InvariantCulture;
        return f switch
        {
            'G' => destination.TryWrite(c, $"{Day}/{Month}{(isLeapMonth ? "n" : string.Empty)}/{Year}", out charsWritten),
            'C' => destination.TryWrite(c, $"{Day}/{Month}{(isLeapMonth ? " nhuận" : string.Empty)} {YearName}", out charsWritten),
            'V' => destination.TryWrite(c, $"ngày {Day} tháng {Month}{(isLeapMonth ? " nhuận" : string.Empty)} năm {YearName} ({Year})", out charsWritten),
            _ => throw new FormatException($"The format \"{Preconditions.Quote(format)}\" is not one of \"G\", \"C\" or \"V\"."),
        };
    }

    /// <summary>Parses <c>d/M/yyyy</c> with an optional leap marker after the month (<c>n</c>, <c>N</c>, <c>nhuận</c>, <c>(nhuận)</c>).</summary>
    /// <param name="s">The text, e.g. "15/6n/2025" or "10/3/2025".</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a lunar date that exists: the message gives the position and the reason.</exception>
    public static VietnameseLunarDate Parse(string s) => Parsing.Parse<VietnameseLunarDate, LunarDateParser>(s);

    /// <summary>Parses a lunar date from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not a lunar date that exists: the message gives the position and the reason.</exception>
    public static VietnameseLunarDate Parse(ReadOnlySpan<char> s) => Parsing.Parse<VietnameseLunarDate, LunarDateParser>(s);

    /// <summary>Tries to parse a lunar date; never throws.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The date when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="s"/> is a lunar date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out VietnameseLunarDate result) => Parsing.TryParse<VietnameseLunarDate, LunarDateParser>(s, out result);

    /// <summary>Tries to parse a lunar date from a span; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The date when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="s"/> is a lunar date.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out VietnameseLunarDate result) => Parsing.TryParse<VietnameseLunarDate, LunarDateParser>(s, out result);

    /// <summary>Parses a lunar date into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="s">The text; null gives a failed result.</param>
    /// <returns>The date, or the position and reason of the failure.</returns>
    public static ParseResult<VietnameseLunarDate> ParseToResult(string? s) => Parsing.ToResult<VietnameseLunarDate, LunarDateParser>(s);

    /// <summary>Compares two dates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(VietnameseLunarDate left, VietnameseLunarDate right) => left.Equals(right);

    /// <summary>Compares two dates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(VietnameseLunarDate left, VietnameseLunarDate right) => !left.Equals(right);

    /// <summary>Compares two dates in time.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when the first is earlier.</returns>
    public static bool operator <(VietnameseLunarDate left, VietnameseLunarDate right) => left.CompareTo(right) < 0;

    /// <summary>Compares two dates in time.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when the first is later.</returns>
    public static bool operator >(VietnameseLunarDate left, VietnameseLunarDate right) => left.CompareTo(right) > 0;

    /// <summary>Compares two dates in time.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when the first is not later.</returns>
    public static bool operator <=(VietnameseLunarDate left, VietnameseLunarDate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two dates in time.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when the first is not earlier.</returns>
    public static bool operator >=(VietnameseLunarDate left, VietnameseLunarDate right) => left.CompareTo(right) >= 0;

    /// <summary>Creates a date whose parts the parser has checked.</summary>
    internal static VietnameseLunarDate Trusted(int year, int month, int day, bool isLeapMonth) => new((short)year, (byte)month, (byte)day, isLeapMonth);

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The lunar calendar is supported for the years {MinYear} to {MaxYear}.");
        }
    }
}
