using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;

namespace OrgModel.Tests.Tasks;

/// <summary>"Completed no later than 17 October": a report that gives only a bound, read as a completion on that day.</summary>
public class CompletionBoundTests
{
    // Directive 45-CT/TW (14 Apr 2025): provincial congresses before 31 Oct 2025; Conclusion 200-KL/TW (17 Oct 2025) says they were held.
    private static readonly LocalDate Directive45 = new(2025, 4, 14);
    private static readonly LocalDate Conclusion200 = new(2025, 10, 17);
    private static readonly DocumentNumber Evidence = DocumentNumber.Parse("200-KL/TW");

    private static TaskItem Congresses() => new(
        "45-CT/TW#provincial-congresses", Directive45, "hold the provincial Party congresses",
        AssignmentScope.EveryProvince(ScopeBody.PartyCommittee), Deadline.Parse("before 31 October 2025"));

    private static Assignment Hanoi()
    {
        OrgChart chart = VietnamReferenceData.OrgChart;
        return Assert.Single(Congresses().Expand(chart, new LocalDate(2025, 7, 1)), a => a.Province!.Code == "01");
    }

    [Fact]
    public void ABoundBeforeTheDueDate_IsOnTime_FromTheBoundOn()
    {
        Assignment a = Hanoi();
        var report = CompletionReport.NoLaterThan(a.Task.Id, a.Assignee.Id, Conclusion200, Evidence);
        Assert.True(report.IsUpperBound);
        Assert.Equal(Conclusion200, report.CompletedOn);
        Assert.Contains("no later than 2025-10-17", report.ToString(), StringComparison.Ordinal);
        Assignment done = a.WithCompletion(report);
        Assert.Equal(AssignmentStatus.CompletedOnTime, done.StatusOn(Conclusion200));
        Assert.Equal(AssignmentStatus.InProgress, done.StatusOn(Conclusion200.PlusDays(-1)));
    }

    [Fact]
    public void ABoundAfterTheDueDate_IsLate_ForTheEvidenceDoesNotProveOtherwise()
    {
        Assignment a = Hanoi();
        Assignment done = a.WithCompletion(CompletionReport.NoLaterThan(a.Task.Id, a.Assignee.Id, new LocalDate(2025, 11, 5)));
        Assert.Equal(AssignmentStatus.CompletedLate, done.StatusOn(new LocalDate(2025, 12, 1)));
    }

    [Fact]
    public void InATracker_TheEarliestDayCounts_WhetherExactOrABound()
    {
        Assignment a = Hanoi();
        var exact = new CompletionReport(a.Task.Id, a.Assignee.Id, new LocalDate(2025, 10, 20));
        var bound = CompletionReport.NoLaterThan(a.Task.Id, a.Assignee.Id, Conclusion200);
        var tracker = new TaskTracker([a], [exact, bound]);
        Assert.Same(bound, tracker.Assignments[0].Completion);
    }

    [Fact]
    public void ABound_RoundTripsThroughJson_AndAnExactReportKeepsItsForm()
    {
        var bound = CompletionReport.NoLaterThan("45-CT/TW#provincial-congresses", OrgId.Parse("vn.au.2025-07.01.party-committee"), Conclusion200, Evidence);
        string json = JsonSerializer.Serialize(bound, OrgModelJson.Context.CompletionReport);
        Assert.Contains("\"noLaterThan\":true", json, StringComparison.Ordinal);
        CompletionReport back = JsonSerializer.Deserialize(json, OrgModelJson.Context.CompletionReport)!;
        Assert.True(back.IsUpperBound);
        Assert.Equal(bound.ToString(), back.ToString());
        var exact = new CompletionReport(bound.TaskId, bound.Assignee, Conclusion200);
        Assert.DoesNotContain("noLaterThan", JsonSerializer.Serialize(exact, OrgModelJson.Context.CompletionReport), StringComparison.Ordinal);
        Assert.Equal("taskId", Assert.ThrowsAny<ArgumentException>(() => CompletionReport.NoLaterThan(" ", bound.Assignee, Conclusion200)).ParamName);
    }
}
