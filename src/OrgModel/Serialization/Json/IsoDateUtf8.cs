namespace OrgModel.Serialization.Json;

/// <summary>
/// The common case of the ISO <c>uuuu-MM-dd</c> wire form (years 1 to 9999, ISO calendar) read and written straight on
/// UTF-8 bytes: a chart holds about 150,000 dates, and NodaTime's pattern engine allocates a string and a result per
/// date. Anything else goes to that engine, so its messages and its rules stay the only ones.
/// </summary>
internal static class IsoDateUtf8
{
    /// <summary>The length of the form.</summary>
    public const int Length = 10;

    /// <summary>Reads exactly <c>dddd-dd-dd</c> naming a real ISO day; false for anything else (not an error).</summary>
    public static bool TryRead(ReadOnlySpan<byte> s, out LocalDate date)
    {
        date = default;
        if (s.Length != Length || s[4] != (byte)'-' || s[7] != (byte)'-')
        {
            return false;
        }

        if (!TryDigits(s[..4], out int year) || !TryDigits(s.Slice(5, 2), out int month) || !TryDigits(s.Slice(8, 2), out int day))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Writes an ISO-calendar date of years 1 to 9999; false (nothing written) for any other date.</summary>
    public static bool TryFormat(LocalDate date, Span<byte> destination)
    {
        if (date.Calendar != CalendarSystem.Iso || date.Year < 1 || date.Year > 9999 || destination.Length < Length)
        {
            return false;
        }

        Put(destination[..4], date.Year);
        destination[4] = (byte)'-';
        Put(destination.Slice(5, 2), date.Month);
        destination[7] = (byte)'-';
        Put(destination.Slice(8, 2), date.Day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (byte b in s)
        {
            int digit = b - '0';
            if (digit < 0 || digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static void Put(Span<byte> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
