namespace OrgModel.Tenures;

/// <summary>The embedded facts about terms, congresses and conferences; each row's source is in docs/sources.md.</summary>
/// <remarks>Static readonly tables, built once; nothing here is mutable. Only what the shared domain notes give is here.</remarks>
internal static class TenureData
{
    /// <summary>National Party congresses I to XIV, by ascending ordinal (I–X from the public sources in docs/sources.md).</summary>
    internal static readonly NationalPartyCongress[] NationalCongresses =
    [
        new(1, null, new LocalDate(1935, 3, 27), new LocalDate(1935, 3, 31)),
        new(2, null, new LocalDate(1951, 2, 11), new LocalDate(1951, 2, 19)),
        new(3, null, new LocalDate(1960, 9, 5), new LocalDate(1960, 9, 10)),
        new(4, null, new LocalDate(1976, 12, 14), new LocalDate(1976, 12, 20)),
        new(5, null, new LocalDate(1982, 3, 27), new LocalDate(1982, 3, 31)),
        new(6, null, new LocalDate(1986, 12, 15), new LocalDate(1986, 12, 18)),
        new(7, null, new LocalDate(1991, 6, 24), new LocalDate(1991, 6, 27)),
        new(8, null, new LocalDate(1996, 6, 28), new LocalDate(1996, 7, 1)),
        new(9, null, new LocalDate(2001, 4, 19), new LocalDate(2001, 4, 22)),
        new(10, null, new LocalDate(2006, 4, 18), new LocalDate(2006, 4, 25)),
        new(11, null, new LocalDate(2011, 1, 12), new LocalDate(2011, 1, 19)),
        new(12, new LocalDate(2016, 1, 20), new LocalDate(2016, 1, 21), new LocalDate(2016, 1, 28)),
        new(13, new LocalDate(2021, 1, 25), new LocalDate(2021, 1, 26), new LocalDate(2021, 2, 1)),
        new(14, new LocalDate(2026, 1, 19), new LocalDate(2026, 1, 20), new LocalDate(2026, 1, 23)),
    ];

    /// <summary>National Assembly terms I to XVI, by ascending ordinal (I–XIV from the public sources in docs/sources.md;
    /// where sources disagree on a day the reading shipped is the National Assembly portal's, see KnownConflicts).</summary>
    internal static readonly NationalAssemblyTerm[] NationalAssemblies =
    [
        new(1, 1946, 1960, new LocalDate(1946, 1, 6), new LocalDate(1946, 3, 2)),
        new(2, 1960, 1964, new LocalDate(1960, 5, 8), new LocalDate(1960, 7, 6)),
        new(3, 1964, 1971, new LocalDate(1964, 4, 26), new LocalDate(1964, 6, 27)),
        new(4, 1971, 1975, new LocalDate(1971, 4, 11), new LocalDate(1971, 6, 6)),
        new(5, 1975, 1976, new LocalDate(1975, 4, 6), new LocalDate(1975, 6, 3)),
        new(6, 1976, 1981, new LocalDate(1976, 4, 25), new LocalDate(1976, 6, 24)),
        new(7, 1981, 1987, new LocalDate(1981, 4, 26), new LocalDate(1981, 6, 24)),
        new(8, 1987, 1992, new LocalDate(1987, 4, 19), new LocalDate(1987, 6, 17)),
        new(9, 1992, 1997, new LocalDate(1992, 7, 19), new LocalDate(1992, 9, 19)),
        new(10, 1997, 2002, new LocalDate(1997, 7, 20), new LocalDate(1997, 9, 18)),
        new(11, 2002, 2007, new LocalDate(2002, 5, 19), new LocalDate(2002, 7, 19)),
        new(12, 2007, 2011, new LocalDate(2007, 5, 20), new LocalDate(2007, 7, 19)),
        new(13, 2011, 2016, new LocalDate(2011, 5, 22), new LocalDate(2011, 7, 21)),
        new(14, 2016, 2021, new LocalDate(2016, 5, 22), new LocalDate(2016, 7, 20)),
        new(15, 2021, 2026, new LocalDate(2021, 5, 23), new LocalDate(2021, 7, 20)),
        new(16, 2026, 2031, new LocalDate(2026, 3, 15), null),
    ];

    /// <summary>Numbered Central Conferences of the 13th and 14th terms that the sources give, by date; a closing day only
    /// where a source reports the closing (not the planned one).</summary>
    internal static readonly CentralConference[] CentralConferences =
    [
        new(13, 1, new LocalDate(2021, 1, 31), null),
        new(13, 2, new LocalDate(2021, 3, 8), new LocalDate(2021, 3, 9)),
        new(13, 3, new LocalDate(2021, 7, 5), new LocalDate(2021, 7, 8)),
        new(13, 4, new LocalDate(2021, 10, 4), new LocalDate(2021, 10, 7), "21-KL/TW", "37-QĐ/TW"),
        new(13, 5, new LocalDate(2022, 5, 4), new LocalDate(2022, 5, 10), "18-NQ/TW", "19-NQ/TW"),
        new(13, 6, new LocalDate(2022, 10, 3), null, "27-NQ/TW", "29-NQ/TW"),
        new(13, 7, new LocalDate(2023, 5, 15), new LocalDate(2023, 5, 17)),
        new(13, 8, new LocalDate(2023, 10, 2), new LocalDate(2023, 10, 8), "42-NQ/TW", "43-NQ/TW", "44-NQ/TW", "45-NQ/TW"),
        new(13, 9, new LocalDate(2024, 5, 16), null),
        new(13, 10, new LocalDate(2024, 9, 18), new LocalDate(2024, 9, 20)),
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
