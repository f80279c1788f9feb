using NodaTime;
using OrgModel.Tenures;

namespace OrgModel.Tests.Tenures;

/// <summary>Examples from the shared domain facts (facts.md, sourced-notes.md, research-notes.md).</summary>
public class TenureFactsTests
{
    [Theory]
    [InlineData(1, null, "1935-03-27", "1935-03-31", 1935, 1951)]
    [InlineData(2, null, "1951-02-11", "1951-02-19", 1951, 1960)]
    [InlineData(3, null, "1960-09-05", "1960-09-10", 1960, 1976)]
    [InlineData(4, null, "1976-12-14", "1976-12-20", 1976, 1982)]
    [InlineData(6, null, "1986-12-15", "1986-12-18", 1986, 1991)]
    [InlineData(8, null, "1996-06-28", "1996-07-01", 1996, 2001)]
    [InlineData(10, null, "2006-04-18", "2006-04-25", 2006, 2011)]
    [InlineData(11, null, "2011-01-12", "2011-01-19", 2011, 2016)]
    [InlineData(12, "2016-01-20", "2016-01-21", "2016-01-28", 2016, 2021)]
    [InlineData(13, "2021-01-25", "2021-01-26", "2021-02-01", 2021, 2026)]
    [InlineData(14, "2026-01-19", "2026-01-20", "2026-01-23", 2026, 2031)]
    public void National_congresses(int ordinal, string? preparatory, string opening, string closing, int start, int end)
    {
        Assert.True(TenureFacts.TryGetNationalPartyCongress(ordinal, out NationalPartyCongress? c));
        Assert.Equal(preparatory is null ? null : Date(preparatory), c.PreparatorySession);
        Assert.Equal(Date(opening), c.Opening);
        Assert.Equal(Date(closing), c.Closing);
        Assert.Equal((start, end), (c.Term.StartYear, c.Term.EndYear));
        Assert.Equal(Date(opening), c.Term.ActualStart);
        Assert.True(TenureFacts.TryGetNationalPartyCongressOn(Date(closing), out NationalPartyCongress? sitting));
        Assert.Same(c, sitting);
    }

    [Fact]
    public void The_congresses_I_to_XIV_are_listed()
    {
        Assert.Equal(Enumerable.Range(1, 14), TenureFacts.NationalPartyCongresses.Select(c => c.Ordinal));
        Assert.False(TenureFacts.TryGetNationalPartyCongress(0, out _));
        Assert.False(TenureFacts.TryGetNationalPartyCongress(15, out _));
        Assert.False(TenureFacts.TryGetNationalPartyCongressOn(new LocalDate(2026, 1, 24), out _));
        Assert.True(TenureFacts.TryGetNationalPartyCongressOn(new LocalDate(2026, 1, 19), out NationalPartyCongress? xiv));
        Assert.Equal(14, xiv.Ordinal);
        Assert.Equal("Đại hội XIV (2026-01-20 – 2026-01-23)", xiv.ToString());
    }

    [Fact]
    public void The_13th_term_ends_and_the_14th_starts_on_the_14th_Congress_opening_day()
    {
        Tenure xiii = Tenure.NationalParty(13);
        Tenure xiv = Tenure.NationalParty(14);
        var opening = new LocalDate(2026, 1, 20);
        Assert.Equal(new LocalDate(2021, 1, 26), xiii.ActualStart);
        Assert.Equal(opening, xiii.ActualEnd);
        Assert.True(xiii.Contains(new LocalDate(2026, 1, 19)));
        Assert.False(xiii.Contains(opening));
        Assert.True(xiv.Contains(opening));
        Assert.Null(xiv.ActualEnd);
        Assert.Equal(xiii, Tenure.NationalPartyTermOn(new LocalDate(2025, 4, 12)));
        Assert.Equal(xiv, Tenure.NationalPartyTermOn(new LocalDate(2026, 1, 23)));
        Assert.Equal(xiv, xiii.Next());
        Assert.Equal(xiii, xiv.Previous());
    }

    [Fact]
    public void Before_the_data_no_national_term_is_known()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Tenure.NationalPartyTermOn(new LocalDate(1935, 3, 26)));
        Assert.Equal("date", e.ParamName);
        Assert.False(Tenure.TryGetTermOn(TenureKind.NationalParty, new LocalDate(1934, 6, 1), out _));
        Assert.Equal(Tenure.NationalParty(1), Tenure.NationalPartyTermOn(new LocalDate(1935, 3, 27)));
        Assert.Equal(Tenure.NationalParty(10), Tenure.NationalPartyTermOn(new LocalDate(2011, 1, 11)));
        Assert.Equal(Tenure.NationalParty(11), Tenure.NationalPartyTermOn(new LocalDate(2011, 1, 12)));
        Assert.Throws<InvalidOperationException>(() => Tenure.NationalParty(1).Previous());
        Assert.Throws<ArgumentOutOfRangeException>(() => Tenure.NationalParty(0));
    }

    [Fact]
    public void Central_Conferences_of_the_13th_and_14th_terms()
    {
        Assert.True(TenureFacts.TryGetCentralConference(13, 11, out CentralConference? eleventh));
        Assert.Equal(new LocalDate(2025, 4, 10), eleventh.Opening);
        Assert.Equal(new LocalDate(2025, 4, 12), eleventh.Closing);
        Assert.Equal(["60-NQ/TW"], eleventh.Documents);
        Assert.Equal("the 11th Central Conference of the 13th term", eleventh.ToString());
        Assert.Equal("Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII", eleventh.VietnameseName);
        Assert.Equal(Tenure.Parse("khóa XIII"), eleventh.Term);
        Assert.True(TenureFacts.TryGetCentralConferenceIssuing("60-nq/tw", out CentralConference? issuer));
        Assert.Same(eleventh, issuer);

        Assert.True(TenureFacts.TryGetCentralConferenceOn(new LocalDate(2025, 7, 19), out CentralConference? twelfth));
        Assert.Equal(12, twelfth.Ordinal);
        Assert.True(TenureFacts.TryGetCentralConferenceOn(new LocalDate(2025, 10, 6), out CentralConference? thirteenth));
        Assert.Equal(13, thirteenth.Ordinal);
        Assert.True(TenureFacts.TryGetCentralConference(13, 15, out CentralConference? fifteenth));
        Assert.Equal(new LocalDate(2025, 12, 22), fifteenth.Opening);
        Assert.False(TenureFacts.TryGetCentralConferenceOn(new LocalDate(2025, 7, 20), out _));

        Assert.True(TenureFacts.TryGetCentralConferenceOn(new LocalDate(2026, 1, 23), out CentralConference? first14));
        Assert.Equal((14, 1), (first14.TermOrdinal, first14.Ordinal));
        Assert.Null(first14.Closing);

        Assert.Equal(Enumerable.Range(1, 15), TenureFacts.CentralConferencesOf(13).Select(c => c.Ordinal));
        Assert.Empty(TenureFacts.CentralConferencesOf(12));
    }

    [Theory]
    [InlineData("the 11th Central Conference of the 13th term", 13, 11)]
    [InlineData("Hội nghị Trung ương 11 khóa XIII", 13, 11)]
    [InlineData("Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII", 13, 11)]
    [InlineData("HỘI NGHỊ TRUNG ƯƠNG 12, KHÓA 13", 13, 12)]
    [InlineData("12th plenum, 13th term", 13, 12)]
    [InlineData("the 1st plenum of the 14th Central Committee", 14, 1)]
    public void Central_Conferences_are_found_from_their_citations(string text, int term, int ordinal)
    {
        Assert.True(TenureFacts.TryFindCentralConference(text, out CentralConference? c));
        Assert.Equal((term, ordinal), (c.TermOrdinal, c.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("the 11th term")]
    [InlineData("Hội nghị Trung ương 16 khóa XIII")]
    [InlineData("the 11th Central Conference")]
    [InlineData("Hội nghị Trung ương 11 khóa XII")]
    public void Unknown_or_incomplete_citations_are_not_found(string? text) =>
        Assert.False(TenureFacts.TryFindCentralConference(text, out _));

    [Property(Arbitrary = [typeof(OrgModel.Testing.OrgArbitraries)])]
    public bool Every_conference_is_found_from_its_English_and_Vietnamese_names(CentralConference c) =>
        TenureFacts.TryFindCentralConference(c.ToString(), out CentralConference? english) && ReferenceEquals(c, english)
        && TenureFacts.TryFindCentralConference(c.VietnameseName, out CentralConference? vietnamese) && ReferenceEquals(c, vietnamese);

    [Fact]
    public void Every_Central_Conference_lies_in_its_term()
    {
        foreach (CentralConference c in TenureFacts.CentralConferences)
        {
            Assert.True(c.Term.Contains(c.Opening), c.ToString());
            Assert.Equal(c.Term, Tenure.NationalPartyTermOn(c.Opening));
        }
    }

    [Fact]
    public void National_Assembly_terms()
    {
        Assert.True(TenureFacts.TryGetNationalAssemblyTerm(15, out NationalAssemblyTerm? xv));
        Assert.Equal(new LocalDate(2021, 5, 23), xv.Election);
        Assert.Equal(new LocalDate(2021, 7, 20), xv.FirstSessionOpening);
        Assert.Equal(Tenure.Parse("QH15"), xv.Term);
        Assert.Equal("Quốc hội khóa XV (2021–2026)", xv.ToString());
        Assert.True(TenureFacts.TryGetNationalAssemblyTerm(16, out NationalAssemblyTerm? xvi));
        Assert.Equal(new LocalDate(2026, 3, 15), xvi.Election);
        Assert.Null(xvi.FirstSessionOpening);
        Assert.Equal((2026, 2031), (xvi.Term.StartYear, xvi.Term.EndYear));

        // In force from the first session; after the 16th's election the data cannot tell until its first session is known.
        Assert.True(TenureFacts.TryGetNationalAssemblyTermOn(new LocalDate(2025, 6, 12), out NationalAssemblyTerm? on));
        Assert.Same(xv, on);
        Assert.Equal(14, TenureFacts.TryGetNationalAssemblyTermOn(new LocalDate(2021, 7, 19), out NationalAssemblyTerm? xiv) ? xiv.Ordinal : 0);
        Assert.False(TenureFacts.TryGetNationalAssemblyTermOn(new LocalDate(1946, 3, 1), out _));
        Assert.False(TenureFacts.TryGetNationalAssemblyTermOn(new LocalDate(2026, 4, 1), out _));
        Assert.True(xv.Term.Contains(new LocalDate(2026, 3, 14)));
        Assert.Null(xv.Term.IsInForceOn(new LocalDate(2026, 3, 15)));
        Assert.Throws<InvalidOperationException>(() => xv.Term.Contains(new LocalDate(2026, 3, 15)));
        Assert.Null(xvi.Term.ActualStart);
    }

    [Fact]
    public void Local_congress_schedule_2025_2030()
    {
        IReadOnlyList<LocalCongressMilestone> s = TenureFacts.LocalCongressSchedule2025To2030;
        Assert.All(s, m => Assert.Equal(Tenure.Parse("nhiệm kỳ 2025–2030"), m.Term));
        Assert.Contains(s, m => m is { Level: LocalCongressLevel.Grassroots, Task: LocalCongressTask.HoldCongresses } && m.Before == new LocalDate(2025, 7, 31));
        Assert.Contains(s, m => m is { Level: LocalCongressLevel.Grassroots, Task: LocalCongressTask.HoldCongresses } && m.Before == new LocalDate(2025, 6, 30) && m.Basis.Contains("163-KL/TW", StringComparison.Ordinal));
        Assert.Contains(s, m => m is { Level: LocalCongressLevel.CommuneLevel, Task: LocalCongressTask.HoldCongresses } && m.Before == new LocalDate(2025, 10, 31));
        Assert.Contains(s, m => m is { Level: LocalCongressLevel.Provincial, Task: LocalCongressTask.HoldCongresses } && m.Before == new LocalDate(2025, 10, 31));
        Assert.Contains(s, m => m is { Level: LocalCongressLevel.Provincial, Task: LocalCongressTask.CompleteDraftDocuments } && m.Before == new LocalDate(2025, 6, 30));
        Assert.Equal(s.OrderBy(m => m.Before), s);
        Assert.Equal(5, s.Count);
    }

    [Fact]
    public void Term_labels_from_the_facts()
    {
        Assert.Equal("2025–2030", Tenure.LocalParty(2025).ToString());
        Assert.Equal(Tenure.NationalAssembly(16).ToString(), Tenure.PeoplesCouncil(2026).ToString());
        Assert.Equal("2026–2031", Tenure.Parse("HĐND nhiệm kỳ 2026–2031").ToString());
        Assert.Equal("2021–2026", Tenure.Parse("khóa XIII").ToString());
        Assert.Equal("2026–2031", Tenure.Parse("XIV").ToString());
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
