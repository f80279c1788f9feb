using NodaTime;
using NodaTime.Testing;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

namespace OrgModel.Tests.Tasks;

/// <summary>Tasks from the real instructions of the shared facts, tracked over the reference chart.</summary>
public class TaskExampleTests
{
    private static readonly LocalDate Conclusion201Date = new(2025, 10, 31);
    private static readonly DocumentNumber Conclusion201 = DocumentNumber.Parse("201-KL/TW");

    /// <summary>Conclusion 201-KL/TW: chairs of provincial People's Committees who are not local, completed before 15 Dec 2025.</summary>
    internal static TaskItem NonLocalChairs() => new(
        "201-KL/TW non-local chairs",
        Conclusion201Date,
        action: "Arrange chairs of provincial People's Committees who are not local residents",
        leads: AssignmentScope.EveryProvince(ScopeBody.PartyCommittee),
        deadline: Deadline.ParsePhrase("trước ngày 15/12/2025", Conclusion201Date),
        source: Conclusion201,
        deliverable: "appointment decisions",
        responsible: "standing committee of the provincial Party committee");

    private static Instant Vietnam(int y, int m, int d, int h = 12, int min = 0, int s = 0) =>
        new LocalDateTime(y, m, d, h, min, s).InZoneStrictly(VietnamTime.Zone).ToInstant();

    [Fact]
    public void EveryProvincialPartyCommittee_Is34After1July2025_And63Before()
    {
        var scope = AssignmentScope.EveryProvince(ScopeBody.PartyCommittee);
        IReadOnlyList<Organisation> after = scope.Expand(VietnamReferenceData.OrgChart, new LocalDate(2025, 7, 1));
        Assert.Equal(34, after.Count);
        Assert.All(after, o => Assert.Equal(OrganisationKind.PartyCommittee, o.Kind));
        Assert.Equal(34, AssignmentScope.EveryProvince(ScopeBody.Unit).Expand(VietnamReferenceData.OrgChart, new LocalDate(2025, 7, 1)).Count);
        Assert.Equal(63, AssignmentScope.EveryProvince(ScopeBody.Unit).Expand(VietnamReferenceData.OrgChart, new LocalDate(2025, 6, 30)).Count);
    }

    [Fact]
    public void TheCommunePeoplesCommitteesOfProvince01_AreAllInHaNoi()
    {
        var scope = AssignmentScope.CommunesOfProvince("01", ScopeBody.PeoplesCommittee);
        var task = new TaskItem("hn", new LocalDate(2025, 7, 1), "x", scope, Deadline.ByEndOfYear(2025));
        IReadOnlyList<Assignment> assignments = task.Expand(VietnamReferenceData.OrgChart);
        int communes = VietnamReferenceData.OrgChart.AsOf(new LocalDate(2025, 7, 1)).Descendants(VietnamReferenceData.UnitId2025("01"))
            .Count(o => o.Kind == OrganisationKind.AdministrativeUnit && o.Level == OrgLevel.Commune);
        Assert.True(communes > 0);
        Assert.Equal(communes, assignments.Count);
        Assert.All(assignments, a =>
        {
            Assert.Equal(OrganisationKind.PeoplesCommittee, a.Assignee.Kind);
            Assert.Equal(OrgLevel.Commune, a.Assignee.Level);
            Assert.Equal("01", a.Province!.Code);
        });
        Assert.Empty(AssignmentScope.CommunesOfProvince("99", ScopeBody.Unit).Expand(VietnamReferenceData.OrgChart, new LocalDate(2025, 7, 1)));
    }

    [Fact]
    public void Conclusion201_NonLocalChairs_AcrossAll34Provinces()
    {
        TaskItem task = NonLocalChairs();
        Assert.True(task.IsComplete);
        IReadOnlyList<Assignment> assignments = task.Expand(VietnamReferenceData.OrgChart);
        Assert.Equal(34, assignments.Count);
        Assert.All(assignments, a => Assert.Equal(new LocalDate(2025, 12, 15), a.DueDate));
        Assert.Equal(34, assignments.Select(a => a.Province!.Id).Distinct().Count());

        // 23 provinces report on time, 2 late (evidence: an invented report number is not used; no evidence given), 9 not yet.
        var reports = assignments.Take(23).Select(a => new CompletionReport(task.Id, a.Assignee.Id, new LocalDate(2025, 12, 10), Conclusion201))
            .Concat(assignments.Skip(23).Take(2).Select(a => new CompletionReport(task.Id, a.Assignee.Id, new LocalDate(2025, 12, 20))));
        var tracker = new TaskTracker(assignments, reports);

        StatusSummary beforeDeadline = tracker.Summary(Vietnam(2025, 12, 15, 23, 59, 59));
        Assert.Equal(new StatusSummary(0, 11, 0, 23, 0, 0), beforeDeadline);
        Assert.Equal("23 of 34 done, 0 overdue", beforeDeadline.ToString());

        var clock = new FakeClock(Vietnam(2025, 12, 31));
        StatusSummary after = tracker.Summary(clock);
        Assert.Equal(new StatusSummary(0, 0, 9, 23, 2, 0), after);
        Assert.Equal("25 of 34 done, 9 overdue (2 done late)", after.ToString());

        IReadOnlyDictionary<OrgId, StatusSummary> byProvince = tracker.ByProvince(clock);
        Assert.Equal(34, byProvince.Count);
        Assert.Equal(23, byProvince.Values.Count(s => s.CompletedOnTime == 1));
        Assert.Equal(new StatusSummary(0, 0, 9, 25, 0, 0), tracker.ProvincesSummary(clock.GetCurrentInstant()));
        Assert.Equal(after, tracker.ByDocument(clock)[Conclusion201]);
        Assert.Equal(34, tracker.ByAssignee(clock).Count);
    }

    [Fact]
    public void StatusChangesAtTheEndOfTheDueDayInVietnam()
    {
        Assignment a = NonLocalChairs().Expand(VietnamReferenceData.OrgChart)[0];
        Assert.Equal(Instant.FromUtc(2025, 12, 15, 17, 0), a.PassesAt);
        Assert.Equal(AssignmentStatus.InProgress, a.StatusAt(a.PassesAt!.Value - Duration.Epsilon));
        Assert.Equal(AssignmentStatus.Overdue, a.StatusAt(a.PassesAt!.Value));
        Assert.Equal(AssignmentStatus.NotDue, a.StatusAt(Vietnam(2025, 10, 30)));

        Assignment done = a.WithCompletion(new CompletionReport(a.Task.Id, a.Assignee.Id, new LocalDate(2025, 12, 15)));
        Assert.Equal(AssignmentStatus.InProgress, done.StatusAt(Vietnam(2025, 12, 14, 23, 59, 59)));
        Assert.Equal(AssignmentStatus.CompletedOnTime, done.StatusAt(Vietnam(2025, 12, 15, 0, 0, 0)));
        Assert.Equal(AssignmentStatus.CompletedOnTime, done.StatusAt(Vietnam(2026, 6, 1)));
        Assignment late = a.WithCompletion(new CompletionReport(a.Task.Id, a.Assignee.Id, new LocalDate(2025, 12, 16)));
        Assert.Equal(AssignmentStatus.CompletedLate, late.StatusAt(Vietnam(2026, 6, 1)));
    }

    [Fact]
    public void AReportInNovember_IsNotDueInOctober_AndEarlyIfDoneThen()
    {
        // "A report on a regulation on political and ideological work to the Politburo in November" (2025).
        var politburo = OrgId.Parse("vn.party.politburo");
        var task = new TaskItem("report-ideology", Conclusion201Date, "Report on a regulation on political and ideological work",
            AssignmentScope.ForOrganisation(OrgId.Parse("vn.party.central-committee")), Deadline.ParsePhrase("in November 2025", Conclusion201Date),
            reporting: [new ReportingObligation(politburo, Deadline.ParsePhrase("in November 2025", Conclusion201Date))]);
        Assert.Equal([TaskClarity.Responsibility, TaskClarity.Product], task.Missing());
        Assert.Equal([TaskClarity.Responsibility, TaskClarity.Product, TaskClarity.Authority], task.Missing(ClarityPrinciple.SixClears));

        var assignee = new Organisation(OrgId.Parse("vn.party.central-committee"), OrganisationKind.PartyCommittee, OrgLevel.Central, "Ban Chấp hành Trung ương");
        var a = new Assignment(task, assignee);
        Assert.Equal(new LocalDate(2025, 11, 30), a.DueDate);
        Assert.Equal(AssignmentStatus.NotDue, a.StatusAt(Vietnam(2025, 10, 31, 23, 59, 59)));
        Assert.Equal(AssignmentStatus.InProgress, a.StatusAt(Vietnam(2025, 11, 1, 0, 0, 0)));
        Assignment early = a.WithCompletion(new CompletionReport(task.Id, assignee.Id, new LocalDate(2025, 10, 31)));
        Assert.Equal(AssignmentStatus.CompletedEarly, early.StatusAt(Vietnam(2025, 11, 1)));
    }

    [Fact]
    public void SummaryAfterSixMonthsOfTheTwoLevelModel_IsDueOn1January2026()
    {
        Deadline d = Deadline.ParsePhrase("sau 6 tháng", new LocalDate(2025, 7, 1)).AnchoredAt(VietnamReferenceData.TwoTierReformDate, "mô hình chính quyền địa phương hai cấp đi vào hoạt động");
        Assert.Equal(new LocalDate(2026, 1, 1), d.DueDate());
        Assert.Equal("after P6M from 2025-07-01 (mô hình chính quyền địa phương hai cấp đi vào hoạt động)", d.ToString());
        Assert.Equal("sau 6 tháng", d.Wording);
        var task = new TaskItem("summary", new LocalDate(2025, 10, 31), "Comprehensive summary of the two-level local government model", deadline: d);
        Assert.Equal(new LocalDate(2025, 7, 1), task.Anchor);
        Assert.Equal(new LocalDate(2026, 1, 1), task.DueDate);
        Assert.Equal([TaskClarity.People, TaskClarity.Responsibility, TaskClarity.Product], task.Missing());
    }

    [Fact]
    public void ATaskWithNothingButAnId_LacksEveryClear()
    {
        var task = new TaskItem("vague", new LocalDate(2025, 1, 1));
        Assert.Equal([TaskClarity.People, TaskClarity.Work, TaskClarity.Time, TaskClarity.Responsibility, TaskClarity.Product], task.Missing());
        Assert.False(task.IsComplete);
        Assert.Empty(task.Expand(VietnamReferenceData.OrgChart));
        Assert.Null(task.DueDate);
    }

    [Fact]
    public void Guards_NameTheArgument()
    {
        Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => new TaskItem(" ", new LocalDate(2025, 1, 1))).ParamName);
        Assert.Equal("source", Assert.ThrowsAny<ArgumentException>(() => new TaskItem("x", new LocalDate(2025, 1, 1), source: default(DocumentNumber))).ParamName);
        OrgId id = OrgId.Parse("a.b");
        Assert.Equal("coordinators", Assert.ThrowsAny<ArgumentException>(() => new TaskItem("x", new LocalDate(2025, 1, 1), coordinators: [id, id])).ParamName);
        Assert.Equal("provinceCode", Assert.ThrowsAny<ArgumentException>(() => AssignmentScope.CommunesOfProvince("1", ScopeBody.Unit)).ParamName);
        Assert.Equal("when", Assert.ThrowsAny<ArgumentException>(() => new ReportingObligation(id, Deadline.Ongoing)).ParamName);
        var task = new TaskItem("x", new LocalDate(2025, 1, 1));
        var org = new Organisation(id, OrganisationKind.PartyCommittee, OrgLevel.Central, "X");
        Assert.Equal("completion", Assert.ThrowsAny<ArgumentException>(() => new Assignment(task, org, null, new CompletionReport("y", id, new LocalDate(2025, 1, 2)))).ParamName);
        Assert.Equal("province", Assert.ThrowsAny<ArgumentException>(() => new Assignment(task, org, org)).ParamName);
    }
}
