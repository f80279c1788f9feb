using NodaTime.Text;

// NodaTime values as ISO text, for providers without NodaTime support (SQLite). Fixed-width fractions, so that the
// text sorts as the values do (for years 0001 to 9999) and SQL comparisons and ORDER BY give the right answer.
namespace OrgModel.EntityFrameworkCore;

/// <summary>Reading and writing through a NodaTime pattern.</summary>
internal static class PatternText
{
    public static bool TryRead<T>(IPattern<T> pattern, string text, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? reason)
    {
        ParseResult<T> result = pattern.Parse(text);
        if (result.Success)
        {
            (value, reason) = (result.Value, null);
            return true;
        }

        (value, reason) = (default, result.Exception.Message);
        return false;
    }
}

/// <summary><c>2025-07-01</c>.</summary>
internal readonly struct LocalDateText : IPatternText<LocalDateText, LocalDate>
{
    public static IPattern<LocalDate> Pattern => LocalDatePattern.Iso;
}

/// <summary><c>2025-07-01T08:30:00.000000000</c>.</summary>
internal readonly struct LocalDateTimeText : IPatternText<LocalDateTimeText, LocalDateTime>
{
    public static IPattern<LocalDateTime> Pattern { get; } = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff");
}

/// <summary><c>08:30:00.000000000</c>.</summary>
internal readonly struct LocalTimeText : IPatternText<LocalTimeText, LocalTime>
{
    public static IPattern<LocalTime> Pattern { get; } = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss'.'fffffffff");
}

/// <summary><c>2025-07-01T01:30:00.000000000Z</c> (UTC).</summary>
internal readonly struct InstantText : IPatternText<InstantText, Instant>
{
    public static IPattern<Instant> Pattern { get; } = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");
}

/// <summary><c>2025-07</c>.</summary>
internal readonly struct YearMonthText : IPatternText<YearMonthText, YearMonth>
{
    public static IPattern<YearMonth> Pattern => YearMonthPattern.Iso;
}

/// <summary><c>P1Y2M3W4D</c> (NodaTime's round-trip form; not ordered).</summary>
internal readonly struct PeriodText : IPatternText<PeriodText, Period>
{
    public static IPattern<Period> Pattern => PeriodPattern.Roundtrip;

    // Period's equality is by parts, which is what the column text is.
    public static bool Same(Period left, Period right) => Equals(left, right);
}
