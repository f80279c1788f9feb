using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>A date known to the year, the month or the day, as birth dates often are ("born 1957").</summary>
/// <remarks><c>default</c> is year 0 with no month, which no factory creates; <see cref="IsEmpty"/> tells it apart,
/// <see cref="Person"/> refuses it as a birth date and the JSON writer refuses to write it (a
/// <see cref="System.Text.Json.JsonException"/>). Only ISO-calendar dates and months are accepted.
/// Ordered by year, then month, then day, an unknown part sorting before any known one.
/// Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PartialDateJsonConverter))]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private readonly short year;
    private readonly byte month;
    private readonly byte day;

    private PartialDate(int year, int month, int day)
    {
        this.year = (short)year;
        this.month = (byte)month;
        this.day = (byte)day;
    }

    /// <summary>Gets the year.</summary>
    public int Year => year;

    /// <summary>Gets the month, or null when unknown.</summary>
    public int? Month => month == 0 ? null : month;

    /// <summary>Gets the day of the month, or null when unknown.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>Gets a value indicating whether this is the <c>default</c> value.</summary>
    public bool IsEmpty => year == 0;

    /// <summary>A date known only to the year.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static PartialDate FromYear(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1, 9999);
        return new PartialDate(year, 0, 0);
    }

    /// <summary>A date known to the month.</summary>
    /// <param name="value">The month.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1.</exception>
    /// <exception cref="ArgumentException">The month is not in the ISO calendar.</exception>
    public static PartialDate FromYearMonth(YearMonth value)
    {
        Preconditions.CheckIso(value);
        Guard.Against.OutOfRange(value.Year, nameof(value), 1, 9999);
        return new(value.Year, value.Month, 0);
    }

    /// <summary>A full date.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public static PartialDate FromDate(LocalDate value)
    {
        Preconditions.CheckIso(value);
        Guard.Against.OutOfRange(value.Year, nameof(value), 1, 9999);
        return new PartialDate(value.Year, value.Month, value.Day);
    }

    /// <summary>Tells whether a full date is consistent with this partial date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when every known part agrees.</returns>
    public bool Contains(LocalDate date) =>
        date.Year == year && (month == 0 || date.Month == month) && (day == 0 || date.Day == day);

    /// <summary>The latest day consistent with this partial date (for "not born after" checks).</summary>
    /// <returns>The last possible day.</returns>
    public LocalDate LatestPossible()
    {
        if (day != 0)
        {
            return new LocalDate(year, month, day);
        }

        int m = month == 0 ? 12 : month;
        return new LocalDate(year, m, CalendarSystem.Iso.GetDaysInMonth(year, m));
    }

    /// <summary>Formats as ISO 8601 with reduced precision: "1957", "1957-04" or "1957-04-12".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        month == 0 ? year.ToString("D4", CultureInfo.InvariantCulture)
        : day == 0 ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");

    /// <inheritdoc />
    public bool Equals(PartialDate other) => year == other.year && month == other.month && day == other.day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(year, month, day);

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        int c = year.CompareTo(other.year);
        c = c != 0 ? c : month.CompareTo(other.month);
        return c != 0 ? c : day.CompareTo(other.day);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when left sorts first.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when left sorts first or equal.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when left sorts last.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when left sorts last or equal.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
