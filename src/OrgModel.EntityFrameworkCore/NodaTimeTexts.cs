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
internal readonly struct LocalDateText : IColumnText<LocalDate>
{
    public static string TypeName => nameof(LocalDate);

    public static string Format(LocalDate value) => LocalDatePattern.Iso.Format(value);

    public static bool TryRead(string text, out LocalDate value, [NotNullWhen(false)] out string? reason) =>
        PatternText.TryRead(LocalDatePattern.Iso, text, out value, out reason);
}

/// <summary><c>2025-07-01T08:30:00.000000000</c>.</summary>
internal readonly struct LocalDateTimeText : IColumnText<LocalDateTime>
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff");

    public static string TypeName => nameof(LocalDateTime);

    public static string Format(LocalDateTime value) => Pattern.Format(value);

    public static bool TryRead(string text, out LocalDateTime value, [NotNullWhen(false)] out string? reason) =>
        PatternText.TryRead(Pattern, text, out value, out reason);
}

/// <summary><c>08:30:00.000000000</c>.</summary>
internal readonly struct LocalTimeText : IColumnText<LocalTime>
{
    private static readonly LocalTimePattern Pattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss'.'fffffffff");

    public static string TypeName => nameof(LocalTime);

    public static string Format(LocalTime value) => Pattern.Format(value);

    public static bool TryRead(string text, out LocalTime value, [NotNullWhen(false)] out string? reason) =>
        PatternText.TryRead(Pattern, text, out value, out reason);
}

/// <summary><c>2025-07-01T01:30:00.000000000Z</c> (UTC).</summary>
internal readonly struct InstantText : IColumnText<Instant>
{
    private static readonly InstantPattern Pattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

    public static string TypeName => nameof(Instant);

    public static string Format(Instant value) => Pattern.Format(value);

    public static bool TryRead(string text, out Instant value, [NotNullWhen(false)] out string? reason) =>
        PatternText.TryRead(Pattern, text, out value, out reason);
}

/// <summary><c>2025-07</c>.</summary>
internal readonly struct YearMonthText : IColumnText<YearMonth>
{
    public static string TypeName => nameof(YearMonth);

    public static string Format(YearMonth value) => YearMonthPattern.Iso.Format(value);

    public static bool TryRead(string text, out YearMonth value, [NotNullWhen(false)] out string? reason) =>
        PatternText.TryRead(YearMonthPattern.Iso, text, out value, out reason);
}

/// <summary><c>P1Y2M3W4D</c> (NodaTime's round-trip form; not ordered).</summary>
internal readonly struct PeriodText : IColumnText<Period>
{
    public static string TypeName => nameof(Period);

    public static string Format(Period value) => PeriodPattern.Roundtrip.Format(value);

    public static bool TryRead(string text, [MaybeNullWhen(false)] out Period value, [NotNullWhen(false)] out string? reason) =>
        PatternText.TryRead(PeriodPattern.Roundtrip, text, out value, out reason);

    // Period's equality is by parts, which is what the column text is.
    public static bool Same(Period left, Period right) => Equals(left, right);
}
