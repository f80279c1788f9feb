using OrgModel.Utility;

namespace OrgModel.Tenures;

/// <summary>
/// The embedded reference data on terms: National Party congresses, Central Conferences, National Assembly terms and
/// the schedule of local Party congresses, queryable by ordinal and by date.
/// </summary>
/// <remarks>
/// <para>Only sourced facts are here: congresses I–XIV (I–X from public sources, XI–XIV from the domain notes), the numbered
/// Central Conferences of the 13th and 14th terms that the notes report, the 15th and 16th National Assemblies.
/// Sources are listed in docs/sources.md.</para>
/// <para>Thread safety: the tables are immutable; all members are thread-safe.</para>
/// </remarks>
public static class TenureFacts
{
    /// <summary>National Party congresses in the data, by ascending ordinal (I to XIV).</summary>
    public static IReadOnlyList<NationalPartyCongress> NationalPartyCongresses { get; } = Array.AsReadOnly(TenureData.NationalCongresses);

    /// <summary>Numbered Central Conferences in the data, by date.</summary>
    public static IReadOnlyList<CentralConference> CentralConferences { get; } = Array.AsReadOnly(TenureData.CentralConferences);

    /// <summary>National Assembly terms in the data, by ascending ordinal (XV, XVI).</summary>
    public static IReadOnlyList<NationalAssemblyTerm> NationalAssemblyTerms { get; } = Array.AsReadOnly(TenureData.NationalAssemblies);

    /// <summary>The schedule of local Party congresses of the 2025–2030 term, by date (dates only; see <see cref="LocalCongressMilestone"/>).</summary>
    /// <remarks>Two grassroots dates are listed because the notes disagree: 31 July 2025 in the news the project started
    /// from, 30 June 2025 in Conclusion 163-KL/TW. Each milestone names its basis.</remarks>
    public static IReadOnlyList<LocalCongressMilestone> LocalCongressSchedule2025To2030 { get; } = Array.AsReadOnly(TenureData.LocalCongressSchedule2025);

    /// <summary>The events of the data, by start date: the National Party Congresses, the Central Conferences, the elections
    /// of the National Assembly and People's Councils, and the national conference of 16 April 2025 that disseminated
    /// Resolution 60-NQ/TW.</summary>
    public static IReadOnlyList<PoliticalEvent> Events { get; } = Array.AsReadOnly(EventData.All);

    /// <summary>Finds an event of the data by its identifier (<c>vn.party.congress.14</c>).</summary>
    /// <param name="id">The identifier, compared ignoring case; null gives false.</param>
    /// <param name="politicalEvent">The event when found.</param>
    /// <returns>True when the data has it.</returns>
    public static bool TryGetEvent(string? id, [NotNullWhen(true)] out PoliticalEvent? politicalEvent)
    {
        politicalEvent = id is null ? null : EventData.All.FirstOrDefault(e => string.Equals(e.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
        return politicalEvent is not null;
    }

    /// <summary>Finds a National Party Congress by ordinal.</summary>
    /// <param name="ordinal">The ordinal, e.g. 14.</param>
    /// <param name="congress">The congress when found.</param>
    /// <returns>True when the data has it.</returns>
    public static bool TryGetNationalPartyCongress(int ordinal, [NotNullWhen(true)] out NationalPartyCongress? congress)
    {
        congress = TenureData.FindNationalCongress(ordinal);
        return congress is not null;
    }

    /// <summary>Finds the National Party Congress in session on a date, from the preparatory session to the closing day.</summary>
    /// <param name="date">The date.</param>
    /// <param name="congress">The congress when found.</param>
    /// <returns>True when a congress in the data was sitting that day.</returns>
    public static bool TryGetNationalPartyCongressOn(LocalDate date, [NotNullWhen(true)] out NationalPartyCongress? congress)
    {
        Preconditions.CheckIso(date);
        foreach (NationalPartyCongress c in TenureData.NationalCongresses)
        {
            if (date >= (c.PreparatorySession ?? c.Opening) && date <= c.Closing)
            {
                congress = c;
                return true;
            }
        }

        congress = null;
        return false;
    }

    /// <summary>Finds a Central Conference by its term and its ordinal.</summary>
    /// <param name="termOrdinal">The national term's ordinal, e.g. 13.</param>
    /// <param name="ordinal">The conference's ordinal within the term, e.g. 11.</param>
    /// <param name="conference">The conference when found.</param>
    /// <returns>True when the data has it.</returns>
    public static bool TryGetCentralConference(int termOrdinal, int ordinal, [NotNullWhen(true)] out CentralConference? conference)
    {
        foreach (CentralConference c in TenureData.CentralConferences)
        {
            if (c.TermOrdinal == termOrdinal && c.Ordinal == ordinal)
            {
                conference = c;
                return true;
            }
        }

        conference = null;
        return false;
    }

    /// <summary>The Central Conferences of one national Party term that the data has, by date.</summary>
    /// <param name="termOrdinal">The term's ordinal, e.g. 13.</param>
    /// <returns>The conferences; empty when the data has none.</returns>
    public static IReadOnlyList<CentralConference> CentralConferencesOf(int termOrdinal) =>
        Array.AsReadOnly(Array.FindAll(TenureData.CentralConferences, c => c.TermOrdinal == termOrdinal));

    /// <summary>Finds the Central Conference sitting on a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="conference">The conference when found.</param>
    /// <returns>True when a conference in the data sat that day.</returns>
    public static bool TryGetCentralConferenceOn(LocalDate date, [NotNullWhen(true)] out CentralConference? conference)
    {
        Preconditions.CheckIso(date);
        foreach (CentralConference c in TenureData.CentralConferences)
        {
            if (c.IsSittingOn(date))
            {
                conference = c;
                return true;
            }
        }

        conference = null;
        return false;
    }

    /// <summary>Finds the Central Conference that issued a document, by the document's symbol as written in the data.</summary>
    /// <param name="documentSymbol">The symbol, e.g. <c>60-NQ/TW</c> (compared ignoring case).</param>
    /// <param name="conference">The conference when found.</param>
    /// <returns>True when the data records a conference issuing that document.</returns>
    public static bool TryGetCentralConferenceIssuing(string? documentSymbol, [NotNullWhen(true)] out CentralConference? conference)
    {
        if (documentSymbol is not null)
        {
            foreach (CentralConference c in TenureData.CentralConferences)
            {
                foreach (string d in c.Documents)
                {
                    if (string.Equals(d, documentSymbol.Trim(), StringComparison.OrdinalIgnoreCase))
                    {
                        conference = c;
                        return true;
                    }
                }
            }
        }

        conference = null;
        return false;
    }

    /// <summary>
    /// Finds a Central Conference from the way the news cite it: "the 11th Central Conference of the 13th term",
    /// "Hội nghị Trung ương 11 khóa XIII", "Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII", "11th plenum, 13th term".
    /// </summary>
    /// <param name="text">The citation; case and diacritics are ignored. Null gives false.</param>
    /// <param name="conference">The conference when found.</param>
    /// <returns>True when the text names a conference (word "conference", "plenum" or "hội nghị", the conference's
    /// ordinal and the term's) that the data has.</returns>
    public static bool TryFindCentralConference(string? text, [NotNullWhen(true)] out CentralConference? conference) =>
        FindCentralConference(text, null, out conference);

    /// <summary>
    /// Finds a Central Conference the way a dated text cites it: as <see cref="TryFindCentralConference(string?, out CentralConference?)"/>
    /// does, and also without its term ("the 12th Central Conference", "the 15th meeting of the Party Central Committee"),
    /// which then means the conference of the national Party term in force on the text's date.
    /// </summary>
    /// <param name="text">The citation; case and diacritics are ignored. Null gives false.</param>
    /// <param name="textDate">The date of the text that cites it; in the ISO calendar.</param>
    /// <param name="conference">The conference when found.</param>
    /// <returns>True when the text names a conference the data has, with its term or in the term in force on <paramref name="textDate"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="textDate"/> is not in the ISO calendar.</exception>
    public static bool TryFindCentralConference(string? text, LocalDate textDate, [NotNullWhen(true)] out CentralConference? conference) =>
        FindCentralConference(text, Preconditions.CheckIso(textDate), out conference);

    private static bool FindCentralConference(string? text, LocalDate? textDate, [NotNullWhen(true)] out CentralConference? conference)
    {
        conference = null;
        if (text is null || text.Length > 200)
        {
            return false;
        }

        string[] words = Text.VietnameseText.Fold(text).Split([' ', ',', '.', '(', ')', ':', ';', '-'], StringSplitOptions.RemoveEmptyEntries);
        bool named = false;
        int conferenceOrdinal = 0;
        int termOrdinal = 0;
        var numbers = new List<int>(2);
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            // "the 15th meeting of the Party Central Committee"; not "the 5th meeting of the Steering Committee" nor "the 12th plenum
            // of the Provincial Party Committee", "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh" (held-out set 137): another body's
            // sitting, whose number is not the Central Committee's.
            if (NamesAnotherBody(w) || (w == "dang" && i + 1 < words.Length && words[i + 1] == "bo"))
            {
                return false;
            }

            named |= w is "conference" or "plenum" || (w == "hoi" && i + 1 < words.Length && words[i + 1] == "nghi")
                || (w == "meeting" && words.Contains("central") && words.Contains("committee"));
            if (TryArabicOrdinal(w, out int n))
            {
                if (i > 0 && words[i - 1] == "khoa")
                {
                    termOrdinal = n;
                }
                else
                {
                    numbers.Add(n);
                }
            }
            else if (w.Length <= 15 && w.All(c => "ivxlcdm".Contains(c, StringComparison.Ordinal)) && RomanNumeral.TryParse(w, out int roman))
            {
                termOrdinal = roman;
            }
        }

        // Without a Roman or "khóa N" term, the English order is "Nth conference of the Mth term".
        if (termOrdinal == 0 && numbers.Count == 2)
        {
            termOrdinal = numbers[1];
            numbers.RemoveAt(1);
        }

        if (numbers.Count == 1)
        {
            conferenceOrdinal = numbers[0];
        }

        // "The 12th Central Conference" in a 2025 text: the term in force when the text was written.
        if (termOrdinal == 0 && textDate is { } date && Tenure.TryGetTermOn(TenureKind.NationalParty, date, out Tenure inForce))
        {
            termOrdinal = inForce.Ordinal!.Value;
        }

        return named && conferenceOrdinal > 0 && termOrdinal > 0 && TryGetCentralConference(termOrdinal, conferenceOrdinal, out conference);
    }

    /// <summary>Whether a folded word names a body other than the Central Committee whose sittings are numbered too: a steering,
    /// standing or inspection committee, a presidium, or a local body by its level.</summary>
    internal static bool NamesAnotherBody(ReadOnlySpan<char> folded) =>
        folded is "steering" or "standing" or "presidium" or "inspection" or "provincial" or "province" or "municipal" or "city" or "district"
            or "commune" or "ward" or "people" or "people's" or "people\u2019s" or "peoples";

    private static bool TryArabicOrdinal(string word, out int value)
    {
        value = 0;
        int digits = 0;
        while (digits < word.Length && digits < 4 && char.IsAsciiDigit(word[digits]))
        {
            value = (value * 10) + (word[digits] - '0');
            digits++;
        }

        return digits > 0 && (digits == word.Length || word[digits..] is "st" or "nd" or "rd" or "th");
    }

    /// <summary>Finds a National Assembly term by ordinal.</summary>
    /// <param name="ordinal">The ordinal, e.g. 15.</param>
    /// <param name="term">The term when found.</param>
    /// <returns>True when the data has it.</returns>
    public static bool TryGetNationalAssemblyTerm(int ordinal, [NotNullWhen(true)] out NationalAssemblyTerm? term)
    {
        term = TenureData.FindNationalAssembly(ordinal);
        return term is not null;
    }

    /// <summary>Finds the National Assembly term in force on a date, where the data decides it (from its first session
    /// to the next one's; the next one's opening is not in the data for the 16th, so days from its election are undecided).</summary>
    /// <param name="date">The date.</param>
    /// <param name="term">The term when found.</param>
    /// <returns>True when the data determines the term.</returns>
    public static bool TryGetNationalAssemblyTermOn(LocalDate date, [NotNullWhen(true)] out NationalAssemblyTerm? term)
    {
        Preconditions.CheckIso(date);
        term = Tenure.TryGetTermOn(TenureKind.NationalAssembly, date, out Tenure t) ? TenureData.FindNationalAssembly(t.Ordinal!.Value) : null;
        return term is not null;
    }
}
