using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Tasks;
using OrgModel.Testing;
using OrgModel.Tests.Deadlines;

namespace OrgModel.Tests.Tasks;

/// <summary>
/// Every roll-up of a <see cref="TaskTracker"/> (its compact arrays, grouped in one pass) equals the simple reference: the
/// assignments grouped by the key, each counted by its own <see cref="Assignment.StatusAt(Instant)"/>; keys without a value
/// (a central body's province, a task without a source) are left out.
/// </summary>
[Properties(Arbitrary = [typeof(OrgArbitraries), typeof(DeadlineTestArbitraries)], MaxTest = 100)]
public sealed class TrackerRollUpRuleTests
{
    [Property]
    public void Each_roll_up_is_the_assignments_grouped_by_its_key(TaskTracker tracker, LocalDate on, bool unknown)
    {
        TaskTracker t = unknown ? tracker.WithMissingReports(MissingReports.AreUnknown) : tracker;
        Assert.Equal(Reference(t, on, a => a.Province?.Id), Sorted(t.ByProvince(on)));
        Assert.Equal(Reference(t, on, a => a.Assignee.Id), Sorted(t.ByAssignee(on)));
        Assert.Equal(Reference(t, on, a => a.Task.Source), Sorted(t.ByDocument(on)));
        Assert.Equal(Reference(t, on, a => a.Task.SourceKey), Sorted(t.ByDocumentKey(on)));
        Assert.Equal(Reference(t, on, a => a.Task.Id), Sorted(t.ByTask(on)));
        Assert.Equal(Reference(t, on, _ => "all").Select(kv => kv.Value).SingleOrDefault(), t.Summary(on));
    }

    [Property]
    public void The_provinces_summary_counts_each_province_once_by_its_worst_state(TaskTracker tracker, LocalDate on, bool unknown)
    {
        TaskTracker t = unknown ? tracker.WithMissingReports(MissingReports.AreUnknown) : tracker;
        StatusSummary[] provinces = [.. t.ByProvince(on).Values];
        StatusSummary expected = new(
            notDue: 0,
            inProgress: provinces.Count(s => s.Completed != s.Total && s.Overdue == 0 && s.NoReport == 0),
            overdue: provinces.Count(s => s.Completed != s.Total && s.Overdue > 0),
            completedOnTime: provinces.Count(s => s.Completed == s.Total),
            completedLate: 0,
            completedEarly: 0,
            noReport: provinces.Count(s => s.Completed != s.Total && s.Overdue == 0 && s.NoReport > 0));
        Assert.Equal(expected, t.ProvincesSummary(on));
        Assert.Equal(t.ProvincesSummary(on), t.ProvincesSummary(VietnamTime.EndOf(on).PlusTicks(-1)));
    }

    [Property]
    public void A_day_and_any_instant_of_it_give_the_same_roll_ups(TaskTracker tracker, LocalDate on)
    {
        Instant at = VietnamTime.EndOf(on).PlusTicks(-1);
        Assert.Equal(tracker.Summary(on), tracker.Summary(at));
        Assert.Equal(Sorted(tracker.ByProvince(on)), Sorted(tracker.ByProvince(at)));
        Assert.Equal(Sorted(tracker.ByAssignee(on)), Sorted(tracker.ByAssignee(at)));
        Assert.Equal(Sorted(tracker.ByDocument(on)), Sorted(tracker.ByDocument(at)));
        Assert.Equal(Sorted(tracker.ByDocumentKey(on)), Sorted(tracker.ByDocumentKey(at)));
        Assert.Equal(Sorted(tracker.ByTask(on)), Sorted(tracker.ByTask(at)));
        Assert.Equal(tracker.Statuses(on), tracker.Statuses(at));
    }

    [Property]
    public void Changing_what_a_missing_report_means_keeps_the_assignments_and_comes_back(TaskTracker tracker)
    {
        Assert.Same(tracker, tracker.WithMissingReports(MissingReports.MeanNotDone));
        TaskTracker unknown = tracker.WithMissingReports(MissingReports.AreUnknown);
        Assert.Equal(MissingReports.AreUnknown, unknown.MissingReports);
        Assert.Same(unknown, unknown.WithMissingReports(MissingReports.AreUnknown));
        Assert.Equal(tracker.Assignments.Select(a => a.Completion?.CompletedOn), unknown.Assignments.Select(a => a.Completion?.CompletedOn));
        Assert.Equal(MissingReports.MeanNotDone, unknown.WithMissingReports(MissingReports.MeanNotDone).MissingReports);
    }

    // Keys are compared by their canonical text, which is unique for ids, document numbers and keys.
    private static KeyValuePair<string, StatusSummary>[] Reference(TaskTracker t, LocalDate on, Func<Assignment, object?> key) =>
        [.. t.Assignments.Select(a => (Key: key(a)?.ToString(), Status: Own(t, a, on)))
            .Where(x => x.Key is not null)
            .GroupBy(x => x.Key!, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Aggregate(default(StatusSummary), (s, x) => s + StatusSummary.Of(x.Status))))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)];

    // The status an assignment has on its own, read as the tracker reads a missing report.
    private static AssignmentStatus Own(TaskTracker t, Assignment a, LocalDate on)
    {
        AssignmentStatus s = a.StatusAt(VietnamTime.EndOf(on).PlusTicks(-1));
        return s == AssignmentStatus.Overdue && t.MissingReports == MissingReports.AreUnknown ? AssignmentStatus.NoReport : s;
    }

    private static KeyValuePair<string, StatusSummary>[] Sorted<TKey>(IReadOnlyDictionary<TKey, StatusSummary> rollUp) =>
        [.. rollUp.Select(kv => KeyValuePair.Create(kv.Key!.ToString()!, kv.Value)).OrderBy(kv => kv.Key, StringComparer.Ordinal)];
}
