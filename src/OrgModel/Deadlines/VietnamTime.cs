namespace OrgModel.Deadlines;

/// <summary>The time zone in which Vietnamese deadlines pass.</summary>
/// <remarks>Thread safety: immutable, thread-safe.</remarks>
public static class VietnamTime
{
    /// <summary>Gets the <c>Asia/Ho_Chi_Minh</c> zone from NodaTime's bundled TZDB (never the machine's zone).</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>Returns the calendar day in Vietnam at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The local date in <c>Asia/Ho_Chi_Minh</c>.</returns>
    public static LocalDate DateAt(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Returns the instant at which a day ends in Vietnam (the start of the next day), when a deadline on that day passes.</summary>
    /// <param name="day">The last day on time.</param>
    /// <returns>The first instant that is late.</returns>
    public static Instant EndOf(LocalDate day) => day.PlusDays(1).AtStartOfDayInZone(Zone).ToInstant();
}
