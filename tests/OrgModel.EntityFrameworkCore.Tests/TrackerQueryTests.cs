using Microsoft.EntityFrameworkCore;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.EntityFrameworkCore.Tests.Databases;
using OrgModel.EntityFrameworkCore.Tracker;
using OrgModel.Organisations;
using OrgModel.Tasks;
using OrgModel.Testing;

namespace OrgModel.EntityFrameworkCore.Tests;

/// <summary>The tracker schema and its SQL queries on each real database: the same answers as <see cref="TaskTracker"/>.</summary>
/// <typeparam name="TDatabase">The database.</typeparam>
public abstract class TrackerQueryTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TrackerDatabase
{
    private static readonly Organisation ProvinceA = Province("demo.province-a", "01");

    [Property(MaxTest = 40)]
    public Property SQL_answers_equal_the_trackers_on_generated_data() => Prop.ForAll(
        (from tracker in OrgGenerators.StorableTaskTracker
         from day in Gen.Frequency((1, OrgGenerators.DeadlineDay), (3, DayNear(tracker)))
         from unknown in Gen.Elements(false, true)
         select (tracker, day, unknown ? MissingReports.AreUnknown : MissingReports.MeanNotDone)).ToArbitrary(),
        c => SameAnswers(c.Item1, c.Item2, c.Item3));

    [Property(MaxTest = 20)]
    public Property A_stored_tracker_loads_back_with_the_same_statuses() => Prop.ForAll(
        (from tracker in OrgGenerators.StorableTaskTracker from day in OrgGenerators.DeadlineDay select (tracker, day)).ToArbitrary(),
        c =>
        {
            Store(c.Item1);
            Dictionary<OrgId, Organisation> organisations = c.Item1.Assignments
                .SelectMany(a => a.Province is null ? [a.Assignee] : new[] { a.Assignee, a.Province })
                .DistinctBy(o => o.Id).ToDictionary(o => o.Id);
            using ResolutionTrackerContext db = database.NewContext();
            TaskTracker back = db.LoadTracker(id => organisations[id]);
            Assert.Equal(Keyed(c.Item1, c.Item1.Statuses(c.Item2)), Keyed(back, back.Statuses(c.Item2)));
            Assert.Equal(
                Tasks(c.Item1),
                Tasks(back));
        });

    [Fact]
    public async Task Overdue_at_an_instant_counts_the_day_in_Vietnam()
    {
        var task = new TaskItem("201-KL/TW#1", new LocalDate(2025, 7, 1), "report", deadline: Deadline.ParsePhrase("trước ngày 31/7/2025", new LocalDate(2025, 7, 1)),
            source: DocumentNumber.Parse("201-KL/TW"));
        Store(new TaskTracker([new Assignment(task, ProvinceA, ProvinceA)]));
        using ResolutionTrackerContext db = database.NewContext();
        LocalDate due = Assert.Single(db.Assignments).DueDate!.Value;

        // 17:30 UTC on the due day is 00:30 the next day in Hà Nội (UTC+7).
        Instant after = Instant.FromUtc(due.Year, due.Month, due.Day, 17, 30);
        Instant before = Instant.FromUtc(due.Year, due.Month, due.Day, 16, 30);
        Assert.Equal(1, await db.Overdue(after).CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Overdue(before).CountAsync(TestContext.Current.CancellationToken));
        TrackerAssignmentStatus row = Assert.Single(await db.AssignmentsOfDocumentAsync(
            DocumentKey.Numbered(DocumentNumber.Parse("số 201 - kl/tw")), due.PlusDays(1), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal((ProvinceA.Id, AssignmentStatus.Overdue), (row.Assignee, row.Status));
    }

    [Fact]
    public void A_no_later_than_report_and_evidence_without_a_number_load_back_as_stored()
    {
        var task = new TaskItem("200-KL/TW#1", new LocalDate(2025, 7, 1), "congresses", deadline: Deadline.OnOrBefore(new LocalDate(2025, 10, 31)),
            source: DocumentNumber.Parse("200-KL/TW"));
        Organisation b = Province("demo.province-b", "02");
        DocumentKey unnumbered = DocumentKey.Unnumbered(DocumentKind.Conclusion, "TW", new LocalDate(2025, 10, 20), "Conclusions of the Politburo on the congresses");
        CompletionReport bound = CompletionReport.NoLaterThan(task.Id, ProvinceA.Id, new LocalDate(2025, 10, 17)).WithEvidence(unnumbered);
        var onDay = new CompletionReport(task.Id, b.Id, new LocalDate(2025, 10, 10), DocumentNumber.Parse("201-KL/TW"));
        Store(new TaskTracker([new Assignment(task, ProvinceA, ProvinceA), new Assignment(task, b, b)], [bound, onDay]));

        using ResolutionTrackerContext db = database.NewContext();
        TaskTracker back = db.LoadTracker(id => id == ProvinceA.Id ? ProvinceA : b);
        Assert.Equal(
            [$"{ProvinceA.Id} True {unnumbered}", $"{b.Id} False 201-KL/TW"],
            back.Assignments.Select(a => $"{a.Assignee.Id} {a.Completion!.IsUpperBound} {a.Completion.EvidenceKey}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_different_tasks_with_one_id_are_refused()
    {
        var one = new TaskItem("T1", new LocalDate(2025, 7, 1), "report", deadline: Deadline.OnOrBefore(new LocalDate(2025, 8, 1)));
        var other = new TaskItem("T1", new LocalDate(2025, 7, 1), "report", deadline: Deadline.OnOrBefore(new LocalDate(2025, 9, 1)));
        Organisation b = Province("demo.province-b", "02");
        using ResolutionTrackerContext db = database.NewContext();
        var e = Assert.Throws<ArgumentException>(() => db.AddTracker(new TaskTracker([new Assignment(one, ProvinceA), new Assignment(other, b)])));
        Assert.Contains("\"T1\"", e.Message, StringComparison.Ordinal);
    }

    // The days the rule turns on: a due date, a window start, the first day due, a report, or the day either side.
    private static Gen<LocalDate> DayNear(TaskTracker tracker)
    {
        LocalDate[] days = [.. tracker.Assignments.SelectMany(a => new[] { a.DueDate, a.EarlyBefore, a.NotBefore, a.Completion?.CompletedOn }).OfType<LocalDate>()];
        return days.Length == 0 ? OrgGenerators.DeadlineDay : from d in Gen.Elements(days) from shift in Gen.Choose(-1, 1) select d.PlusDays(shift);
    }

    private static Organisation Province(string id, string code) => new(
        OrgId.Parse(id), OrganisationKind.AdministrativeUnit, OrgLevel.Province, "Tỉnh " + code, code, unitType: AdministrativeUnitType.Province);

    private static List<string> Keyed(TaskTracker tracker, IReadOnlyList<AssignmentStatus> statuses) =>
        [.. tracker.Assignments.Select((a, i) => $"{a.Task.Id} {a.Assignee.Id} {a.Province?.Id} {statuses[i]}").Order(StringComparer.Ordinal)];

    private static List<string> Tasks(TaskTracker tracker) =>
        [.. tracker.Assignments.Select(a => a.Task).DistinctBy(t => t.Id).Select(t =>
            $"{t.Id}|{t.SourceKey}|{t.Deadline}|{t.Deadline.Wording}|{t.Leads}|{t.Action}|{string.Join(",", t.Coordinators)}|{string.Join(",", t.Reporting)}")
            .Order(StringComparer.Ordinal)];

    private void Store(TaskTracker tracker)
    {
        database.Clear();
        using ResolutionTrackerContext db = database.NewContext();
        db.AddTracker(tracker);
        db.SaveChanges();
    }

    private void SameAnswers(TaskTracker tracker, LocalDate day, MissingReports missing)
    {
        Store(tracker);
        TaskTracker expected = tracker.WithMissingReports(missing);
        using ResolutionTrackerContext db = database.NewContext();
        string where = $"{database.Provider}, {day:uuuu-MM-dd}, {missing}";

        Assert.True(expected.Summary(day) == db.SummaryAsync(day, missing).GetAwaiter().GetResult(), where);
        Assert.Equal(
            expected.ByProvince(day).OrderBy(p => p.Key.ToString(), StringComparer.Ordinal),
            db.ByProvinceAsync(day, missing).GetAwaiter().GetResult().OrderBy(p => p.Key.ToString(), StringComparer.Ordinal));
        Assert.Equal(tracker.Summary(day).Overdue, db.Overdue(day).Count());

        IReadOnlyList<AssignmentStatus> statuses = expected.Statuses(day);
        foreach (DocumentKey key in tracker.Assignments.Select(a => a.Task.SourceKey).OfType<DocumentKey>().Distinct())
        {
            List<string> want = [.. tracker.Assignments.Select((a, i) => (a, i)).Where(x => x.a.Task.SourceKey == key)
                .Select(x => $"{x.a.Task.Id} {x.a.Assignee.Id} {statuses[x.i]}").Order(StringComparer.Ordinal)];
            List<string> got = [.. db.AssignmentsOfDocumentAsync(key, day, missing).GetAwaiter().GetResult()
                .Select(r => $"{r.TaskId} {r.Assignee} {r.Status}").Order(StringComparer.Ordinal)];
            Assert.Equal(want, got);
        }
    }
}
