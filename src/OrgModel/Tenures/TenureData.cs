using NodaTime;

namespace OrgModel.Tenures;

/// <summary>The embedded facts about terms, congresses and conferences (sources: docs/sources.md).</summary>
/// <remarks>Static readonly tables, built once; nothing here is mutable.</remarks>
internal static class TenureData
{
    /// <summary>National Party congresses, by ordinal; the facts give XI to XIV only.</summary>
    internal static readonly NationalPartyCongress[] NationalCongresses =
    [
        new(11, null, new LocalDate(2011, 1, 12), new LocalDate(2011, 1, 19)),
        new(12, new LocalDate(2016, 1, 20), new LocalDate(2016, 1, 21), new LocalDate(2016, 1, 28)),
        new(13, new LocalDate(2021, 1, 25), new LocalDate(2021, 1, 26), new LocalDate(2021, 2, 1)),
        new(14, new LocalDate(2026, 1, 19), new LocalDate(2026, 1, 20), new LocalDate(2026, 1, 23)),
    ];

    internal static int FirstNationalCongress => NationalCongresses[0].Ordinal;

    internal static int LastNationalCongress => NationalCongresses[^1].Ordinal;

    internal static NationalPartyCongress? FindNationalCongress(int ordinal)
    {
        int index = ordinal - FirstNationalCongress;
        return index >= 0 && index < NationalCongresses.Length ? NationalCongresses[index] : null;
    }

    /// <summary>National Assembly terms: ordinal, nominal years, election day, first session's opening (null when not in the facts).</summary>
    internal static readonly (int Ordinal, int StartYear, int EndYear, LocalDate Election, LocalDate? FirstSession)[] NationalAssemblies =
    [
        (15, 2021, 2026, new LocalDate(2021, 5, 23), new LocalDate(2021, 7, 20)),
        (16, 2026, 2031, new LocalDate(2026, 3, 15), null),
    ];

    internal static int FirstNationalAssembly => NationalAssemblies[0].Ordinal;

    internal static int LastNationalAssembly => NationalAssemblies[^1].Ordinal;
}
