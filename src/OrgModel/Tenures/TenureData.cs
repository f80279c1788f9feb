using NodaTime;

namespace OrgModel.Tenures;

/// <summary>The embedded facts about terms, congresses and conferences; each row's source is in docs/sources.md.</summary>
/// <remarks>Static readonly tables, built once; nothing here is mutable. Only what the shared domain notes give is here.</remarks>
internal static class TenureData
{
    /// <summary>National Party congresses, by ascending ordinal; the facts give XI to XIV only.</summary>
    internal static readonly NationalPartyCongress[] NationalCongresses =
    [
        new(11, null, new LocalDate(2011, 1, 12), new LocalDate(2011, 1, 19)),
        new(12, new LocalDate(2016, 1, 20), new LocalDate(2016, 1, 21), new LocalDate(2016, 1, 28)),
        new(13, new LocalDate(2021, 1, 25), new LocalDate(2021, 1, 26), new LocalDate(2021, 2, 1)),
        new(14, new LocalDate(2026, 1, 19), new LocalDate(2026, 1, 20), new LocalDate(2026, 1, 23)),
    ];

    /// <summary>National Assembly terms, by ascending ordinal; the facts give XV and XVI only.</summary>
    internal static readonly NationalAssemblyTerm[] NationalAssemblies =
    [
        new(15, 2021, 2026, new LocalDate(2021, 5, 23), new LocalDate(2021, 7, 20)),
        new(16, 2026, 2031, new LocalDate(2026, 3, 15), null),
    ];

    /// <summary>Numbered Central Conferences of the 13th and 14th terms that the facts give, by date.</summary>
    internal static readonly CentralConference[] CentralConferences =
    [
        new(13, 1, new LocalDate(2021, 1, 31), null),
        new(13, 11, new LocalDate(2025, 4, 10), new LocalDate(2025, 4, 12), "60-NQ/TW"),
        new(13, 12, new LocalDate(2025, 7, 18), new LocalDate(2025, 7, 19)),
        new(13, 13, new LocalDate(2025, 10, 6), new LocalDate(2025, 10, 8)),
        new(13, 14, new LocalDate(2025, 11, 5), new LocalDate(2025, 11, 6)),
        new(13, 15, new LocalDate(2025, 12, 22), new LocalDate(2025, 12, 23)),
        new(14, 1, new LocalDate(2026, 1, 23), null),
    ];

    /// <summary>The schedule of local Party congresses for the 2025–2030 term, by date.</summary>
    internal static readonly LocalCongressMilestone[] LocalCongressSchedule2025 =
    [
        new(Tenure.LocalParty(2025), LocalCongressLevel.Provincial, LocalCongressTask.CompleteDraftDocuments, new LocalDate(2025, 6, 30), "news reports of the congress timetable (facts.md)"),
        new(Tenure.LocalParty(2025), LocalCongressLevel.Grassroots, LocalCongressTask.HoldCongresses, new LocalDate(2025, 6, 30), "Conclusion 163-KL/TW of 6 Jun 2025 (research-notes §4.4), which the notes say may have tightened the earlier date"),
        new(Tenure.LocalParty(2025), LocalCongressLevel.Grassroots, LocalCongressTask.HoldCongresses, new LocalDate(2025, 7, 31), "news reports of the congress timetable (facts.md)"),
        new(Tenure.LocalParty(2025), LocalCongressLevel.CommuneLevel, LocalCongressTask.HoldCongresses, new LocalDate(2025, 10, 31), "news reports of the congress timetable (facts.md)"),
        new(Tenure.LocalParty(2025), LocalCongressLevel.Provincial, LocalCongressTask.HoldCongresses, new LocalDate(2025, 10, 31), "news reports of the congress timetable (facts.md)"),
    ];

    internal static int FirstNationalCongress => NationalCongresses[0].Ordinal;

    internal static int LastNationalCongress => NationalCongresses[^1].Ordinal;

    internal static int FirstNationalAssembly => NationalAssemblies[0].Ordinal;

    internal static int LastNationalAssembly => NationalAssemblies[^1].Ordinal;

    internal static NationalPartyCongress? FindNationalCongress(int ordinal)
    {
        int index = ordinal - FirstNationalCongress;
        return index >= 0 && index < NationalCongresses.Length ? NationalCongresses[index] : null;
    }

    internal static NationalAssemblyTerm? FindNationalAssembly(int ordinal)
    {
        int index = ordinal - FirstNationalAssembly;
        return index >= 0 && index < NationalAssemblies.Length ? NationalAssemblies[index] : null;
    }
}
