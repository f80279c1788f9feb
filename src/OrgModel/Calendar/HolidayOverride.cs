using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>
/// A change to one day announced for a year: the Government fixes the exact Tết and National Day days, and swaps days
/// off with weekend working days.
/// </summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[JsonConverter(typeof(HolidayOverrideJsonConverter))]
public sealed class HolidayOverride : IEquatable<HolidayOverride>
{
    /// <summary>Creates an override.</summary>
    /// <param name="date">The day.</param>
    /// <param name="kind">Whether the day becomes a day off or a working day.</param>
    /// <param name="description">What it is and who announced it ("Tết 2026 for civil servants").</param>
    /// <exception cref="ArgumentException">The description is empty or the kind undefined.</exception>
    public HolidayOverride(LocalDate date, HolidayOverrideKind kind, string description)
    {
        Preconditions.CheckIso(date);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.NullOrWhiteSpace(description);
        Date = date;
        Kind = kind;
        Description = description.Trim();
    }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether the day becomes a day off or a working day.</summary>
    public HolidayOverrideKind Kind { get; }

    /// <summary>Gets what it is and who announced it.</summary>
    public string Description { get; }

    /// <summary>Days off for every day of a range.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, not before <paramref name="first"/>.</param>
    /// <param name="description">The description.</param>
    /// <returns>One override per day.</returns>
    /// <exception cref="ArgumentException">The range is reversed or longer than a year, or the description is empty.</exception>
    public static IReadOnlyList<HolidayOverride> DaysOff(LocalDate first, LocalDate last, string description)
    {
        Preconditions.CheckIso(first);
        Preconditions.CheckIso(last);
        Guard.Against.NullOrWhiteSpace(description);
        Preconditions.CheckArgument(last >= first && Period.DaysBetween(first, last) <= 366, nameof(last), "The range must run forward and span at most a year.");

        var days = new List<HolidayOverride>();
        for (LocalDate d = first; d <= last; d = d.PlusDays(1))
        {
            days.Add(new HolidayOverride(d, HolidayOverrideKind.DayOff, description));
        }

        return days.AsReadOnly();
    }

    /// <inheritdoc />
    public bool Equals(HolidayOverride? other) => other is not null && Date == other.Date && Kind == other.Kind && Description == other.Description;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HolidayOverride);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Kind, Description);

    /// <summary>Describes the override: "2026-02-16 dayOff: Tết 2026 for civil servants".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Kind}: {Description}";
}
