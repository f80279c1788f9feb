using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

namespace OrgModel.Tests.Tasks;

/// <summary>
/// The English text of each Tasks value names all its parts, dates as ISO days: it is what error messages quote (a delivery
/// "matches no assignment") and what a report prints ("23 of 34 done, 3 overdue").
/// </summary>
public sealed class TaskTextFormTests
{
    private static readonly OrgId Politburo = OrgId.Parse("vn.party.politburo");

    [Theory]
    [InlineData(0, 0, 0, 0, 0, 0, 0, "0 of 0 done, 0 overdue")]
    [InlineData(5, 3, 3, 20, 0, 3, 0, "23 of 34 done, 3 overdue")]
    [InlineData(0, 1, 2, 3, 4, 5, 0, "12 of 15 done, 2 overdue (4 done late)")]
    [InlineData(0, 1, 0, 1, 0, 0, 33, "1 of 35 done, 0 overdue, 33 not reported")]
    [InlineData(1, 0, 2, 0, 1, 0, 3, "1 of 7 done, 2 overdue (1 done late), 3 not reported")]
    public void A_summary_reads_as_done_of_total_then_what_is_wrong(int notDue, int inProgress, int overdue, int onTime, int late, int early, int noReport, string text) =>
        Assert.Equal(text, new StatusSummary(notDue, inProgress, overdue, onTime, late, early, noReport).ToString());

    [Fact]
    public void A_report_delivery_and_obligation_name_who_what_and_when()
    {
        Assert.Equal("t completed by vn.party.politburo on 2025-12-10", new CompletionReport("t", Politburo, new LocalDate(2025, 12, 10)).ToString());
        Assert.Equal(
            "t completed by vn.party.politburo no later than 2025-12-10 (201-KL/TW)",
            CompletionReport.NoLaterThan("t", Politburo, new LocalDate(2025, 12, 10), DocumentNumber.Parse("201-KL/TW")).ToString());
        Assert.Equal("t report 2 delivered by vn.party.politburo on 2025-12-18", new ReportDelivery("t", Politburo, 2, new LocalDate(2025, 12, 18)).ToString());
        Assert.Equal("report to vn.party.politburo by the end of 2025", new ReportingObligation(Politburo, Deadline.ByEndOfYear(2025)).ToString());
        Assert.Equal("report to vn.party.politburo by the end of 2025: progress", new ReportingObligation(Politburo, Deadline.ByEndOfYear(2025), "progress").ToString());
        Assert.Equal("Restates 200-KL/TW chairs", new TaskLink(TaskLinkKind.Restates, "200-KL/TW chairs").ToString());
    }

    [Fact]
    public void An_assignment_names_its_task_assignee_and_due_day()
    {
        TaskItem chairs = TaskExampleTests.NonLocalChairs();
        Assignment a = chairs.Expand(VietnamReferenceData.OrgChart)[0];
        Assert.Equal($"{chairs.Id} → {a.Assignee.Name}, due {a.DueDate:uuuu-MM-dd}", a.ToString());
        Assert.Equal($"t → {a.Assignee.Name}, ongoing", new Assignment(new TaskItem("t", chairs.AssignedOn), a.Assignee).ToString());
    }

    [Fact]
    public void A_roadmap_lists_its_milestones_in_order_and_a_problem_its_kind()
    {
        var law = new Milestone("law", "Amend the Law", Deadline.OnOrBefore(new LocalDate(2025, 6, 30)));
        var start = new Milestone("start", "Communes start", Deadline.OnOrBefore(new LocalDate(2025, 6, 1)), ["law"]);
        Assert.Equal("law: Amend the Law (on or before 2025-06-30)", law.ToString());
        var roadmap = new Roadmap("Two levels", [start, law]);
        Assert.Equal("Two levels: law → start", roadmap.ToString());
        RoadmapProblem problem = Assert.Single(roadmap.Validate(new LocalDate(2025, 1, 1)));
        Assert.Equal(RoadmapProblemKind.DependencyDueLater, problem.Kind);
        Assert.Equal($"DependencyDueLater: {problem.Message}", problem.ToString());
        Assert.Contains("2025-06-01", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2025-06-30", problem.Message, StringComparison.Ordinal);
    }
}
