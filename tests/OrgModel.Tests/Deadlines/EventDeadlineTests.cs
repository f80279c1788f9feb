using FsCheck;
using FsCheck.Xunit;
using NodaTime;
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
