using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

namespace OrgModel.Tests.Tasks;

/// <summary>
/// Every rule a Tasks constructor or method enforces fails loudly: an <see cref="ArgumentException"/> naming the argument, whose
/// message states the rule (its key words, not the exact sentence) and quotes the offending value where there is one.
/// </summary>
public sealed class TaskInvariantTests
{
    private static readonly LocalDate Assigned = new(2025, 10, 31);
    private static readonly OrgId Politburo = OrgId.Parse("vn.party.politburo");
    private static readonly OrgId Government = OrgId.Parse(CentralBodies.Government);
    private static readonly TaskItem Chairs = TaskExampleTests.NonLocalChairs();
    private static readonly Assignment HaNoi = Chairs.Expand(VietnamReferenceData.OrgChart).Single(a => a.Province!.Code == "01");

    private static TaskItem Reporting(string id) => new(
        id, Assigned, "Arrange non-local chairs", AssignmentScope.EveryProvince(ScopeBody.PartyCommittee), Deadline.OnOrBefore(new LocalDate(2025, 12, 15)),
        reporting: [new ReportingObligation(Politburo, Deadline.OnOrBefore(new LocalDate(2025, 12, 20)))]);

    // Each rule: what breaks it, the parameter the exception names, and words its message must contain.
    private static readonly Dictionary<string, (Action Act, string Param, string[] Words)> Rules = new(StringComparer.Ordinal)
    {
        ["task id over 200 characters"] = (() => _ = new TaskItem(new string('x', 201), Assigned), "id", ["200"]),
        ["task source default"] = (() => _ = new TaskItem("t", Assigned, source: default(DocumentNumber)), "source", ["default"]),
        ["task coordinator empty"] = (() => _ = new TaskItem("t", Assigned, coordinators: [default]), "coordinators", ["non-empty"]),
        ["task coordinator repeated"] = (() => _ = new TaskItem("t", Assigned, coordinators: [Government, Politburo, Government]), "coordinators", ["distinct"]),
        ["task reporting null"] = (() => _ = new TaskItem("t", Assigned, reporting: [null!]), "reporting", ["not null"]),
        ["task WithSource default"] = (() => _ = Chairs.WithSource(default(DocumentKey)), "source", ["default"]),
        ["task link null"] = (() => _ = Chairs.WithLinks([null!]), "links", ["not null"]),
        ["task link to itself"] = (() => _ = Chairs.WithLinks([new TaskLink(TaskLinkKind.DependsOn, Chairs.Id)]), "links", ["itself"]),
        ["task link repeated"] = (() => _ = Chairs.WithLinks([new TaskLink(TaskLinkKind.Restates, "a"), new TaskLink(TaskLinkKind.Restates, "a")]), "links", ["distinct"]),
        ["tasks null"] = (() => TaskItem.ValidateLinks([Chairs, null!]), "tasks", ["not null"]),
        ["task link to an untracked task"] = (() => TaskItem.ValidateLinks([Chairs.WithLinks([new TaskLink(TaskLinkKind.Continues, "gone")])]), "tasks", [Chairs.Id, "\"gone\"", "not among the tasks"]),
        ["task links in a cycle"] = (() => TaskItem.ValidateLinks(
            [new TaskItem("a", Assigned).WithLinks([new TaskLink(TaskLinkKind.DependsOn, "b")]), new TaskItem("b", Assigned).WithLinks([new TaskLink(TaskLinkKind.DependsOn, "a")])]),
            "tasks", ["lead back", "cycle"]),
        ["task expanded on a non-ISO day"] = (() => _ = Chairs.Expand(VietnamReferenceData.OrgChart, Assigned.WithCalendar(CalendarSystem.Julian)), "asOf", []),

        ["obligation recipient empty"] = (() => _ = new ReportingObligation(default, Deadline.ByEndOfYear(2025)), "recipient", ["recipient"]),
        ["obligation without a due date"] = (() => _ = new ReportingObligation(Politburo, Deadline.Ongoing), "when", ["due date"]),
        ["obligation report before it began"] = (() => _ = new ReportingObligation(Politburo, Deadline.ByEndOfYear(2025))
            .StatusAt(Instant.FromUtc(2025, 12, 1, 0, 0), Assigned, [new LocalDate(2025, 10, 30)]), "reportedOn", ["2025-10-30", "2025-10-31", "before"]),
        ["obligation report day not ISO"] = (() => _ = new ReportingObligation(Politburo, Deadline.ByEndOfYear(2025))
            .StatusAt(Instant.FromUtc(2025, 12, 1, 0, 0), Assigned, [new LocalDate(2025, 11, 30).WithCalendar(CalendarSystem.Julian)]), "reportedOn", []),

        ["scope organisation empty"] = (() => AssignmentScope.ForOrganisation(default), "id", ["non-empty"]),
        ["scope province code of a letter"] = (() => AssignmentScope.CommunesOfProvince("1a", ScopeBody.Unit), "provinceCode", ["two digits"]),
        ["scope province code of three digits"] = (() => AssignmentScope.CommunesOfProvince("001", ScopeBody.Unit), "provinceCode", ["two digits"]),
        ["scope communes of an undefined body"] = (() => AssignmentScope.CommunesOfProvince("01", (ScopeBody)99), "body", []),
        ["scope every province of an undefined body"] = (() => AssignmentScope.EveryProvince((ScopeBody)99), "body", []),
        ["scope every commune of an undefined body"] = (() => AssignmentScope.EveryCommune((ScopeBody)99), "body", []),
        ["scope union of one"] = (() => AssignmentScope.Union(AssignmentScope.ForOrganisation(Government)), "parts", ["at least two"]),
        ["scope union with null"] = (() => AssignmentScope.Union(AssignmentScope.ForOrganisation(Government), null!), "parts", ["not null"]),
        ["scope superior empty"] = (() => AssignmentScope.DirectlyUnder(default), "superior", ["superior"]),
        ["scope parent empty"] = (() => AssignmentScope.ChildrenOf(default, OrganisationKind.Ministry), "parent", ["parent"]),
        ["scope children of an undefined kind"] = (() => AssignmentScope.ChildrenOf(Government, (OrganisationKind)999), "kind", []),
        ["scope of a mistyped organisation"] = (() => AssignmentScope.ForOrganisation(OrgId.Parse("vn.state.no-such-body")).Expand(VietnamReferenceData.OrgChart, Assigned),
            "chart", ["vn.state.no-such-body", "not in the chart"]),
        ["scope under a mistyped superior"] = (() => AssignmentScope.DirectlyUnder(OrgId.Parse("vn.party.no-such-committee")).Expand(VietnamReferenceData.OrgChart, Assigned),
            "chart", ["vn.party.no-such-committee", "not in the chart"]),
        ["scope of a province merged away"] = (() => AssignmentScope.ForOrganisation(VietnamReferenceData.UnitIdBefore2025Reform("02")).Expand(VietnamReferenceData.OrgChart, Assigned),
            "chart", [VietnamReferenceData.UnitIdBefore2025Reform("02").ToString(), "does not exist on 2025-10-31"]),
        ["scope expanded on a non-ISO day"] = (() => AssignmentScope.EveryProvince(ScopeBody.Unit).Expand(VietnamReferenceData.OrgChart, Assigned.WithCalendar(CalendarSystem.Julian)), "date", []),

        ["report assignee empty"] = (() => _ = new CompletionReport("t", default, Assigned), "assignee", ["assignee"]),
        ["report evidence default"] = (() => _ = new CompletionReport("t", Politburo, Assigned, default(DocumentNumber)), "evidence", ["default"]),
        ["report WithEvidence default"] = (() => _ = new CompletionReport("t", Politburo, Assigned).WithEvidence(default(DocumentKey)), "evidence", ["default"]),
        ["delivery assignee empty"] = (() => _ = new ReportDelivery("t", default, 0, Assigned), "assignee", ["assignee"]),
        ["delivery obligation negative"] = (() => _ = new ReportDelivery("t", Politburo, -1, Assigned), "obligation", ["negative"]),

        ["assignment province not province-level"] = (() => _ = new Assignment(Chairs, HaNoi.Assignee, VietnamReferenceData.OrgChart.AsOf(Assigned).Find(Government)), "province", ["province-level"]),
        ["assignment report of another task"] = (() => _ = HaNoi.WithCompletion(new CompletionReport("other task", HaNoi.Assignee.Id, Assigned)),
            "completion", [Chairs.Id, HaNoi.Assignee.Id.ToString()]),
        ["assignment report of another assignee"] = (() => _ = HaNoi.WithCompletion(new CompletionReport(Chairs.Id, Politburo, Assigned)),
            "completion", [Chairs.Id, HaNoi.Assignee.Id.ToString()]),

        ["tracker missing reports undefined"] = (() => new TaskTracker([HaNoi]).WithMissingReports((MissingReports)9), "missingReports", ["MissingReports", "9"]),
        ["tracker assignment null"] = (() => _ = new TaskTracker([HaNoi, null!]), "assignments", ["not null", "index 1"]),
        ["tracker task linking outside it"] = (() => _ = new TaskTracker([new Assignment(Chairs.WithLinks([new TaskLink(TaskLinkKind.Restates, "gone")]), HaNoi.Assignee)]),
            "assignments", ["\"gone\"", "not among the tasks"]),
        ["tracker report null"] = (() => _ = new TaskTracker([HaNoi], [null!]), "reports", []),
        ["tracker report of an unknown task"] = (() => _ = new TaskTracker([HaNoi], [new CompletionReport("no such task", HaNoi.Assignee.Id, Assigned)]),
            "reports", ["\"no such task\"", "no assignment"]),
        ["tracker report of an assignee without the task"] = (() => _ = new TaskTracker([HaNoi], [new CompletionReport(Chairs.Id, Politburo, Assigned)]),
            "reports", [Chairs.Id, Politburo.ToString(), "has no assignment of this task"]),
        ["tracker report of a task id in another case"] = (() => _ = new TaskTracker([HaNoi], [new CompletionReport(Chairs.Id.ToUpperInvariant(), HaNoi.Assignee.Id, Assigned)]),
            "reports", [Chairs.Id.ToUpperInvariant(), Chairs.Id, "only in case"]),
        ["tracker report before the task"] = (() => _ = new TaskTracker([HaNoi], [new CompletionReport(Chairs.Id, HaNoi.Assignee.Id, new LocalDate(2025, 10, 30))]),
            "reports", ["2025-10-30", "2025-10-31", "before the task was assigned"]),
        ["tracker status of an index out of range"] = (() => new TaskTracker([HaNoi]).StatusOf(1, Assigned), "index", []),
        ["tracker delivery null"] = (() => new TaskTracker([HaNoi]).ReportingSummary(Assigned, [null!]), "delivered", []),
        ["tracker delivery of an unknown task"] = (() => TrackReporting().ReportingSummary(Assigned, [new ReportDelivery("x", HaNoi.Assignee.Id, 0, Assigned)]),
            "delivered", ["x report 0", "matches no assignment"]),
        ["tracker delivery of an obligation the task lacks"] = (() => TrackReporting().ReportingSummary(Assigned, [new ReportDelivery("r", HaNoi.Assignee.Id, 1, Assigned)]),
            "delivered", ["r report 1", "matches no assignment"]),
        ["tracker delivery before the task"] = (() => TrackReporting().ReportingSummary(Assigned, [new ReportDelivery("r", HaNoi.Assignee.Id, 0, new LocalDate(2025, 10, 30))]),
            "delivered", ["2025-10-30", "2025-10-31", "before its task was assigned"]),

        ["milestone depends on itself"] = (() => _ = new Milestone("a", "A", Deadline.ByEndOfYear(2025), ["a"]), "dependsOn", ["not the milestone itself"]),
        ["milestone depends twice on one"] = (() => _ = new Milestone("a", "A", Deadline.ByEndOfYear(2025), ["b", "b"]), "dependsOn", ["distinct"]),
        ["milestone depends on a blank"] = (() => _ = new Milestone("a", "A", Deadline.ByEndOfYear(2025), [" "]), "dependsOn", ["non-blank"]),
        ["roadmap milestone null"] = (() => _ = new Roadmap("r", [new Milestone("a", "A", Deadline.ByEndOfYear(2025)), null!]), "milestones", ["not null", "index 1"]),
        ["task link target over 200 characters"] = (() => _ = new TaskLink(TaskLinkKind.DependsOn, new string('t', 201)), "target", ["200"]),
        ["task link kind undefined"] = (() => _ = new TaskLink((TaskLinkKind)99, "t"), "kind", []),
        ["summary count of an undefined status"] = (() => _ = new StatusSummary(1, 2, 3, 4, 5, 6)[(AssignmentStatus)99], "status", ["AssignmentStatus"]),
        ["summary of an undefined status"] = (() => StatusSummary.Of((AssignmentStatus)99), "status", []),
        ["summary count negative"] = (() => _ = new StatusSummary(0, 0, 0, 0, 0, 0, -1), "noReport", []),
    };

    public static TheoryData<string> RuleNames => [.. Rules.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void A_broken_rule_throws_naming_the_argument_and_the_rule(string rule)
    {
        (Action act, string param, string[] words) = Rules[rule];
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(act);
        Assert.Equal(param, e.ParamName);

        // The words are looked for in the rule itself, not in the "(Parameter 'x')" the exception appends.
        string message = e.Message.Replace($" (Parameter '{param}')", string.Empty, StringComparison.Ordinal);
        foreach (string word in words)
        {
            Assert.Contains(word, message, StringComparison.Ordinal);
        }
    }

    private static TaskTracker TrackReporting()
    {
        TaskItem r = Reporting("r");
        return new TaskTracker(r.Expand(VietnamReferenceData.OrgChart));
    }
}
