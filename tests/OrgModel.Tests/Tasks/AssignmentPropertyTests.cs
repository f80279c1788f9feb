using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Tasks;
using OrgModel.Testing;
using OrgModel.Tests.Deadlines;

namespace OrgModel.Tests.Tasks;

[Properties(Arbitrary = [typeof(OrgArbitraries), typeof(DeadlineTestArbitraries)])]
public class AssignmentPropertyTests
{
    private static readonly Organisation Assignee = new(OrgId.Parse("test.assignee"), OrganisationKind.PartyCommittee, OrgLevel.Province, "Tỉnh ủy T");

    [Property]
    public void ACompletionOnTheDueDay_IsOnTime_AndTheNextDayLate(TaskItem task)
    {
        var a = new Assignment(task, Assignee);
        if (a.DueDate is not { } due)
        {
            Assert.Null(a.PassesAt);
            return;
        }

        Instant later = VietnamTime.EndOf(due.PlusDays(2));
        Assert.Equal(AssignmentStatus.CompletedOnTime, a.WithCompletion(new CompletionReport(task.Id, Assignee.Id, due)).StatusAt(later));
        Assert.Equal(AssignmentStatus.CompletedLate, a.WithCompletion(new CompletionReport(task.Id, Assignee.Id, due.PlusDays(1))).StatusAt(later));
    }

    [Property]
    public void StatusChangesAtExactlyTheDeadlineInstant(TaskItem task)
    {
        var a = new Assignment(task, Assignee);
        if (a.PassesAt is not { } passes)
        {
            return;
        }

        Assert.Equal(passes, VietnamTime.EndOf(a.DueDate!.Value));
        Assert.Equal(passes, a.DueDate!.Value.PlusDays(1).AtMidnight().InUtc().ToInstant() - Duration.FromHours(7));
        Assert.NotEqual(AssignmentStatus.Overdue, a.StatusAt(passes - Duration.Epsilon));
        Assert.Equal(AssignmentStatus.Overdue, a.StatusAt(passes));
    }

    [Property]
    public void CompletionsCountOnlyFromTheirDay(Assignment a, Instant at)
    {
        AssignmentStatus status = a.StatusAt(at);
        bool completedStatus = status is AssignmentStatus.CompletedOnTime or AssignmentStatus.CompletedLate or AssignmentStatus.CompletedEarly;
        bool known = a.Completion is { } c && c.CompletedOn <= VietnamTime.DateAt(at);
        Assert.Equal(known, completedStatus);
    }

    [Property]
    public void TheTrackerAgreesWithEachAssignment(TaskTracker tracker, Instant at)
    {
        IReadOnlyList<AssignmentStatus> statuses = tracker.Statuses(at);
        for (int i = 0; i < tracker.Count; i++)
        {
            Assert.Equal(tracker.Assignments[i].StatusAt(at), statuses[i]);
            Assert.Equal(statuses[i], tracker.StatusOf(i, at));
        }

        StatusSummary all = tracker.Summary(at);
        Assert.Equal(tracker.Count, all.Total);
        Assert.All(Enum.GetValues<AssignmentStatus>(), s => Assert.Equal(statuses.Count(x => x == s), all[s]));
        StatusSummary inProvinces = tracker.ByProvince(at).Values.Aggregate(default(StatusSummary), (x, y) => x + y);
        Assert.Equal(tracker.Assignments.Count(a => a.Province is not null), inProvinces.Total);
        Assert.Equal(all, tracker.ByAssignee(at).Values.Aggregate(default(StatusSummary), StatusSummary.Add));
    }

    [Property]
    public void StatusSummaries_AddUp(StatusSummary a, StatusSummary b)
    {
        StatusSummary sum = a + b;
        Assert.Equal(a.Total + b.Total, sum.Total);
        Assert.Equal(a.Completed + b.Completed, sum.Completed);
        Assert.Equal(sum, b + a);
        Assert.Equal(a, a + default(StatusSummary));
    }

    [Property]
    public void MissingClears_AreExactlyTheAbsentParts(TaskItem t)
    {
        IReadOnlyList<TaskClarity> five = t.Missing();
        Assert.Equal(t.Leads is null, five.Contains(TaskClarity.People));
        Assert.Equal(t.Action is null, five.Contains(TaskClarity.Work));
        Assert.Equal(!t.Deadline.HasDueDate, five.Contains(TaskClarity.Time));
        Assert.Equal(t.Responsible is null, five.Contains(TaskClarity.Responsibility));
        Assert.Equal(t.Deliverable is null, five.Contains(TaskClarity.Product));
        Assert.DoesNotContain(TaskClarity.Authority, five);
        Assert.Equal(t.Source is null, t.Missing(ClarityPrinciple.SixClears).Contains(TaskClarity.Authority));
        Assert.Equal(five.Count == 0, t.IsComplete);
    }
}
