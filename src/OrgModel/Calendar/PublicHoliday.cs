using OrgModel.Utility;

namespace OrgModel.Calendar;

/// <summary>One day off: its date, its name and why it is off.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[JsonConverter(typeof(PublicHolidayJsonConverter))]
public sealed class PublicHoliday : IEquatable<PublicHoliday>
{
    /// <summary>Creates a day off.</summary>
    /// <param name="date">The day.</param>
    /// <param name="vietnameseName">The Vietnamese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="origin">Why it is off.</param>
    /// <exception cref="ArgumentException">A name is empty or the origin undefined.</exception>
    public PublicHoliday(LocalDate date, string vietnameseName, string englishName, HolidayOrigin origin)
    {
        Preconditions.CheckIso(date);
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        Guard.Against.EnumOutOfRange(origin);
        Date = date;
        VietnameseName = vietnameseName.Trim();
        EnglishName = englishName.Trim();
        Origin = origin;
    }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the Vietnamese name.</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets why the day is off.</summary>
    public HolidayOrigin Origin { get; }

    /// <inheritdoc />
    public bool Equals(PublicHoliday? other) =>
        other is not null && Date == other.Date && VietnameseName == other.VietnameseName && EnglishName == other.EnglishName && Origin == other.Origin;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublicHoliday);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, VietnameseName, EnglishName, Origin);

    /// <summary>Describes the day: "2025-09-02 Quốc khánh (National Day)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Date:uuuu-MM-dd} {VietnameseName} ({EnglishName}){(Origin == HolidayOrigin.Statutory ? string.Empty : $" [{Origin}]")}";
}
