namespace OrgModel.Tenures;

/// <summary>The events of the reference data: the congresses, conferences and elections of <see cref="TenureData"/> as
/// <see cref="PoliticalEvent"/> values, and the events the notes date that no other table holds. Sources: docs/sources.md.</summary>
internal static class EventData
{
    /// <summary>Every shipped event, by start date then identifier; built once.</summary>
    internal static readonly PoliticalEvent[] All = Build();

    // nvsk.vnanet.vn (docs/sources.md): 22 May 2011 was the first time the National Assembly and the People's Councils
    // were elected on the same day, so earlier elections are named for the National Assembly alone.
    private const int FirstJointElection = 13;

    internal static string CongressId(int ordinal) => $"vn.party.congress.{ordinal}";

    internal static string ConferenceId(int termOrdinal, int ordinal) => $"vn.party.central-conference.{termOrdinal}.{ordinal}";

    internal static PoliticalEvent Of(NationalPartyCongress c) => new(
        PoliticalEventKind.NationalPartyCongress,
        CongressId(c.Ordinal),
        $"the {Ordinal(c.Ordinal)} National Party Congress",
        c.PreparatorySession ?? c.Opening,
        c.Closing,
        c.Term);

    internal static PoliticalEvent Of(CentralConference c) => new(
        PoliticalEventKind.CentralConference, ConferenceId(c.TermOrdinal, c.Ordinal), c.ToString(), c.Opening, c.Closing, c.Term);

    private static PoliticalEvent[] Build()
    {
        var all = new List<PoliticalEvent>();
        all.AddRange(TenureData.NationalCongresses.Select(Of));
        all.AddRange(TenureData.CentralConferences.Select(Of));
        all.AddRange(TenureData.NationalAssemblies.Select(na => new PoliticalEvent(
            PoliticalEventKind.Election,
            $"vn.election.{na.Election:uuuu-MM-dd}",
            na.Ordinal >= FirstJointElection
                ? $"the election of the {Ordinal(na.Ordinal)} National Assembly and People's Councils for the {na.StartYear}–{na.EndYear} term"
                : $"the election of the {Ordinal(na.Ordinal)} National Assembly ({na.StartYear}–{na.EndYear})",
            na.Election,
            null,
            na.Term)));

        // sourced-notes.md, Central Conferences (khóa XIII): national dissemination conference of 16 April 2025.
        all.Add(new PoliticalEvent(
            PoliticalEventKind.Conference,
            "vn.party.conference.2025-04-16",
            "the national conference disseminating Resolution 60-NQ/TW of the 11th Central Conference",
            new LocalDate(2025, 4, 16),
            null,
            Tenure.NationalParty(13)));
        // vnanet.vn, 8 Feb 2026: the Politburo and the Secretariat's national conference of 7 February 2026.
        all.Add(new PoliticalEvent(
            PoliticalEventKind.Conference,
            "vn.party.conference.2026-02-07",
            "the national conference disseminating and implementing the Resolution of the 14th National Party Congress",
            new LocalDate(2026, 2, 7),
            null,
            Tenure.NationalParty(14)));
        return [.. all.OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static string Ordinal(int n) => $"{n}{TenureParser.EnglishSuffix(n)}";
}
