using System.Text.Json;
using FsCheck.Xunit;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

[Properties(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 100)]
public class DeadlinesJsonTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;

    [Property]
    public bool DeadlinesRoundTrip(Deadline d) => JsonAssert.RoundTrip(d, Ctx.Deadline) == d;

    [Property]
    public bool ScopesRoundTrip(AssignmentScope s) => JsonAssert.RoundTrip(s, Ctx.AssignmentScope).Equals(s);

    [Property]
    public bool ReportingRoundTrips(ReportingObligation r)
    {
        ReportingObligation back = JsonAssert.RoundTrip(r, Ctx.ReportingObligation);
        return back.Recipient == r.Recipient && back.When == r.When && back.Subject == r.Subject;
    }

    [Property]
    public bool TasksRoundTrip(TaskItem t)
    {
        TaskItem back = JsonAssert.RoundTrip(t, Ctx.TaskItem);
        return back.Id == t.Id && back.Deadline == t.Deadline && back.Source == t.Source && back.Coordinators.SequenceEqual(t.Coordinators);
    }

    [Property]
    public bool ReportsRoundTrip(CompletionReport r)
    {
        CompletionReport back = JsonAssert.RoundTrip(r, Ctx.CompletionReport);
        return back.TaskId == r.TaskId && back.Assignee == r.Assignee && back.CompletedOn == r.CompletedOn && back.Evidence == r.Evidence;
    }

    [Property]
    public bool AssignmentsRoundTrip(Assignment a) => JsonAssert.RoundTrip(a, Ctx.Assignment).Task.Id == a.Task.Id;

    [Property(MaxTest = 30)]
    public bool TrackersRoundTrip(TaskTracker t) => JsonAssert.RoundTrip(t, Ctx.TaskTracker).Assignments.Count == t.Assignments.Count;

    [Property]
    public bool MilestonesRoundTrip(Milestone m) => JsonAssert.RoundTrip(m, Ctx.Milestone).Id == m.Id;

    [Property]
    public bool RoadmapsRoundTrip(Roadmap r) => JsonAssert.RoundTrip(r, Ctx.Roadmap).Milestones.Count == r.Milestones.Count;

    [Property]
    public bool SummariesRoundTrip(StatusSummary s) => JsonAssert.RoundTrip(s, Ctx.StatusSummary).Equals(s);

    [Property]
    public bool EnumsRoundTrip(DeadlineKind k, AssignmentStatus s, ScopeBody b, TaskClarity c) =>
        JsonAssert.RoundTrip(k, Ctx.DeadlineKind) == k && JsonAssert.RoundTrip(s, Ctx.AssignmentStatus) == s
        && JsonAssert.RoundTrip(b, Ctx.ScopeBody) == b && JsonAssert.RoundTrip(c, Ctx.TaskClarity) == c;

    [Fact]
    public void A_tracker_of_a_real_conclusion_keeps_its_statuses()
    {
        var date = new LocalDate(2025, 10, 31);
        var task = new TaskItem("201-KL/TW chairs", date, "Arrange non-local chairs", AssignmentScope.EveryProvince(ScopeBody.PartyCommittee),
            Deadline.ParsePhrase("trước ngày 15/12/2025", date), DocumentNumber.Parse("201-KL/TW"));
        IReadOnlyList<Assignment> assignments = task.Expand(VietnamReferenceData.OrgChart);
        var tracker = new TaskTracker(assignments, assignments.Take(20).Select(a => new CompletionReport(task.Id, a.Assignee.Id, new LocalDate(2025, 12, 20))));
        TaskTracker back = JsonAssert.RoundTrip(tracker, Ctx.TaskTracker);
        Instant at = new LocalDateTime(2025, 12, 31, 12, 0).InZoneStrictly(VietnamTime.Zone).ToInstant();
        Assert.Equal(tracker.Summary(at), back.Summary(at));
        Assert.Equal(tracker.ProvincesSummary(at), back.ProvincesSummary(at));
    }

    [Theory]
    [InlineData("""{"kind":"communesOfProvince","body":"peoplesCommittee"}""", "provinceCode")]
    [InlineData("""{"kind":"communesOfProvince","body":"peoplesCommittee","provinceCode":"1a"}""", "two digits")]
    [InlineData("""{"kind":"organisation"}""", "organisation")]
    [InlineData("""{"kind":"everywhere","body":"peoplesCommittee"}""", "$.kind")]
    public void InvalidScopes_AreJsonExceptions(string json, params string[] fragments) => JsonAssert.Fails(json, Ctx.AssignmentScope, fragments);

    [Theory]
    [InlineData("""{"name":"r","milestones":[{"id":"a","name":"A","deadline":"on or before 2025-07-31","dependsOn":["b"]}]}""", "not sound")]
    [InlineData("""{"name":"r","milestones":[{"id":"a","name":"A","deadline":"whenever"}]}""", "$.milestones[0].deadline")]
    public void InvalidRoadmaps_AreJsonExceptions(string json, params string[] fragments) => JsonAssert.Fails(json, Ctx.Roadmap, fragments);

    [Fact]
    public void A_task_needs_id_date_and_deadline() =>
        JsonAssert.Fails("""{"id":"t","assignedOn":"2025-10-31"}""", Ctx.TaskItem, "deadline");
}
