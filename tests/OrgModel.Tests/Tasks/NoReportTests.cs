using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
using OrgModel.Testing;
using OrgModel.Tests.Deadlines;

namespace OrgModel.Tests.Tasks;

/// <summary>A missing report is not a fact: trackers fed from the news can say "not reported" instead of "overdue",
/// and every roll-up can be asked for a calendar day.</summary>
[Properties(Arbitrary = [typeof(OrgArbitraries), typeof(DeadlineTestArbitraries)])]
public class NoReportTests
{
    private static readonly LocalDate YearEnd = new(2025, 12, 31);

    // One province reports (no evidence number is invented); the other 33 say nothing.
    private static TaskTracker OneReport()
    {
        TaskItem task = TaskExampleTests.NonLocalChairs();
        IReadOnlyList<Assignment> assignments = task.Expand(VietnamReferenceData.OrgChart);
        return new TaskTracker(assignments, [new CompletionReport(task.Id, assignments[0].Assignee.Id, new LocalDate(2025, 12, 10))]);
    }

    [Fact]
    public void ByDefault_AMissingReportMeansOverdue()
    {
        TaskTracker tracker = OneReport();
        Assert.Equal(MissingReports.MeanNotDone, tracker.MissingReports);
        Assert.Equal(new StatusSummary(0, 0, 33, 1, 0, 0), tracker.Summary(YearEnd));
    }

    [Fact]
    public void WhenReportsArePartial_33SilentProvincesAreNotReported_NotOverdue()
    {
        TaskTracker tracker = OneReport().WithMissingReports(MissingReports.AreUnknown);
        StatusSummary summary = tracker.Summary(YearEnd);
        Assert.Equal(new StatusSummary(0, 0, 0, 1, 0, 0, 33), summary);
        Assert.Equal(34, summary.Total);
        Assert.Equal("1 of 34 done, 0 overdue, 33 not reported", summary.ToString());
        Assert.Equal(new StatusSummary(0, 0, 0, 1, 0, 0, 33), tracker.ProvincesSummary(YearEnd));
        Assert.Equal(AssignmentStatus.NoReport, tracker.StatusOf(1, YearEnd));
        Assert.Equal(AssignmentStatus.CompletedOnTime, tracker.StatusOf(0, YearEnd));

        // Before the deadline nothing is late either way.
        Assert.Equal(new StatusSummary(0, 33, 0, 1, 0, 0), tracker.Summary(new LocalDate(2025, 12, 15)));
        Assert.Same(tracker, tracker.WithMissingReports(MissingReports.AreUnknown));
        Assert.Throws<ArgumentException>(() => tracker.WithMissingReports((MissingReports)7));
    }

    [Fact]
    public void ADayInVietnam_IsTheSameAsAnyInstantOfIt()
    {
        TaskTracker tracker = OneReport();
        Instant lastInstantOfTheDueDay = VietnamTime.EndOf(new LocalDate(2025, 12, 15)) - Duration.Epsilon;
        var dueDay = new LocalDate(2025, 12, 15);
        Assert.Equal(tracker.Summary(lastInstantOfTheDueDay), tracker.Summary(dueDay));
        Assert.Equal(tracker.Statuses(lastInstantOfTheDueDay), tracker.Statuses(dueDay));
        Assert.Equal(tracker.ByProvince(lastInstantOfTheDueDay), tracker.ByProvince(dueDay));
        Assert.Equal(new StatusSummary(0, 0, 33, 1, 0, 0), tracker.Summary(dueDay.PlusDays(1)));
    }

    [Fact]
    public void ByTask_GivesOneRowPerTask()
    {
        TaskItem chairs = TaskExampleTests.NonLocalChairs();
        var hanoi = new TaskItem("hn", new LocalDate(2025, 7, 1), "x", AssignmentScope.CommunesOfProvince("01", ScopeBody.PeoplesCommittee), Deadline.ByEndOfYear(2025));
        var tracker = new TaskTracker(chairs.Expand(VietnamReferenceData.OrgChart).Concat(hanoi.Expand(VietnamReferenceData.OrgChart)));
        IReadOnlyDictionary<string, StatusSummary> byTask = tracker.ByTask(new LocalDate(2025, 12, 20));
        Assert.Equal(2, byTask.Count);
        Assert.Equal(new StatusSummary(0, 0, 34, 0, 0, 0), byTask[chairs.Id]);
        Assert.Equal(tracker.Count - 34, byTask["hn"].InProgress);
    }

    [Property]
    public void AreUnknown_MovesExactlyTheOverdueToNoReport(TaskTracker tracker, LocalDate on)
    {
        StatusSummary strict = tracker.Summary(on);
        StatusSummary partial = tracker.WithMissingReports(MissingReports.AreUnknown).Summary(on);
        Assert.Equal(0, strict.NoReport);
        Assert.Equal(0, partial.Overdue);
        Assert.Equal(strict.Overdue, partial.NoReport);
        Assert.Equal(strict.Total, partial.Total);
        Assert.Equal(strict.Completed, partial.Completed);
    }

    [Property]
    public void RollUpsByTask_ConserveTheAssignments(TaskTracker tracker, LocalDate on)
    {
        TaskTracker partial = tracker.WithMissingReports(MissingReports.AreUnknown);
        Assert.Equal(partial.Summary(on), partial.ByTask(on).Values.Aggregate(default(StatusSummary), StatusSummary.Add));
        Assert.Equal(tracker.Count, tracker.ByTask(on).Values.Sum(s => s.Total));
    }

    [Fact]
    public void Json_KeepsTheOldFormByDefault_AndRoundTripsTheRule()
    {
        OrgModelJsonContext ctx = OrgModelJson.Context;
        TaskTracker strict = OneReport();
        Assert.DoesNotContain("missingReports", JsonSerializer.Serialize(strict, ctx.TaskTracker), StringComparison.Ordinal);
        Assert.DoesNotContain("noReport", JsonSerializer.Serialize(strict.Summary(YearEnd), ctx.StatusSummary), StringComparison.Ordinal);

        TaskTracker partial = strict.WithMissingReports(MissingReports.AreUnknown);
        string json = JsonSerializer.Serialize(partial, ctx.TaskTracker);
        Assert.Contains("\"missingReports\":\"areUnknown\"", json, StringComparison.Ordinal);
        TaskTracker back = JsonSerializer.Deserialize(json, ctx.TaskTracker)!;
        Assert.Equal(MissingReports.AreUnknown, back.MissingReports);
        Assert.Equal(partial.Summary(YearEnd), back.Summary(YearEnd));

        StatusSummary summary = partial.Summary(YearEnd);
        Assert.Equal(summary, JsonSerializer.Deserialize(JsonSerializer.Serialize(summary, ctx.StatusSummary), ctx.StatusSummary));
        Assert.Equal(MissingReports.AreUnknown, JsonSerializer.Deserialize("\"areUnknown\"", ctx.MissingReports));
    }
}
