using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using OrgModel.Deadlines;
using OrgModel.Tenures;

namespace OrgModel.Tests.Deadlines;

/// <summary>A deadline before a known event is resolved through the event's date (issue 17: "before the election").</summary>
public class EventDeadlineTests
{
    [Fact]
    public void BeforeTheElection_IsDueTheDayBeforeTheVote_WithItsWording()
    {
        Assert.True(TenureFacts.TryGetEvent("vn.election.2026-03-15", out PoliticalEvent? election));
        Deadline d = Deadline.BeforeEvent(election);
        Assert.Equal(Deadline.StrictlyBefore(new LocalDate(2026, 3, 15)), d);
        Assert.Equal(new LocalDate(2026, 3, 14), d.DueDate());
        Assert.Equal("before " + election.Name, d.Wording);
        Assert.Throws<ArgumentNullException>(() => Deadline.BeforeEvent((PoliticalEvent)null!));
    }

    [Fact]
    public void ACongress_GivesWhatItsPhraseGives()
    {
        Assert.True(TenureFacts.TryGetNationalPartyCongress(14, out NationalPartyCongress? congress));
        Assert.Equal(Deadline.ParsePhrase("before the 14th Congress", new LocalDate(2025, 7, 19)), Deadline.BeforeEvent(congress.Event));
    }

    [Theory]
    [InlineData("before the election", "2025-10-31", "2026-03-15")]
    [InlineData("trước cuộc bầu cử", "2026-03-02", "2026-03-15")]
    [InlineData("before the general elections", "2020-06-01", "2021-05-23")]
    public void TheElection_InADatedText_IsTheNextGeneralElection(string phrase, string textDate, string vote)
    {
        Deadline d = Deadline.ParsePhrase(phrase, LocalDatePattern.Iso.Parse(textDate).Value);
        LocalDate voteDay = LocalDatePattern.Iso.Parse(vote).Value;
        Assert.Equal(Deadline.StrictlyBefore(voteDay), d);
        Assert.Equal(voteDay.PlusDays(-1), d.DueDate());
        Assert.Equal(phrase, d.Wording);
    }

    [Fact]
    public void TheElection_AfterTheLastKnownOne_OrWithoutADate_StaysOpen()
    {
        // No election after 15 March 2026 is in the data: which one is meant is not known, so no date is invented.
        Deadline after = Deadline.ParsePhrase("before the election", new LocalDate(2026, 3, 20));
        Assert.Equal(Deadline.BeforeEvent("the election"), after);
        Assert.False(after.HasDueDate);
        Assert.Equal(Deadline.BeforeEvent("the election"), Deadline.Parse("before the election"));
    }

    [Property]
    public bool TheElection_IsDueTheDayBeforeTheFirstElectionAfterTheText(PositiveInt offset)
    {
        LocalDate textDate = new LocalDate(1946, 1, 1).PlusDays(offset.Get % 29_000);
        Deadline d = Deadline.ParsePhrase("before the election", textDate);
        PoliticalEvent? next = TenureFacts.Events.FirstOrDefault(e => e.Kind == PoliticalEventKind.Election && e.Start > textDate);
        return next is null
            ? !d.HasDueDate
            : d.DueDate() == next.Start.PlusDays(-1)
                && !TenureFacts.Events.Any(e => e.Kind == PoliticalEventKind.Election && e.Start > textDate && e.Start < next.Start);
    }

    [Property]
    public bool EventAnchors_MoveDueDatesMonotonically(PositiveInt first, PositiveInt gap)
    {
        var start = new LocalDate(2000, 1, 1).PlusDays(first.Get % 20_000);
        var earlier = new PoliticalEvent(PoliticalEventKind.Conference, "test.event.a", "the first meeting", start);
        var later = new PoliticalEvent(PoliticalEventKind.Conference, "test.event.b", "the second meeting", start.PlusDays(gap.Get % 1_000));
        return Deadline.BeforeEvent(earlier).DueDate() <= Deadline.BeforeEvent(later).DueDate()
            && Deadline.BeforeEvent(earlier).DueDate() < earlier.Start;
    }
}
