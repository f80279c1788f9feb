using BenchmarkDotNet.Attributes;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

namespace OrgModel.Benchmarks.Deadlines;

/// <summary>1,000,000 assignments: the People's Committees of the 3,321 communes (reference chart of 1 July 2025), 302 tasks of
/// mixed deadline kinds, about 60% with a completion report on varied days; status of all as of one instant.</summary>
internal static class AssignmentData
{
    public const int Count = 1_000_000;

    private static readonly Lazy<(Assignment[] Assignments, TaskTracker Tracker)> Data = new(Build);

    public static Instant At { get; } = new LocalDateTime(2025, 12, 15, 23, 59, 59).InZoneStrictly(VietnamTime.Zone).ToInstant();

    public static Assignment[] Assignments => Data.Value.Assignments;

    public static TaskTracker Tracker => Data.Value.Tracker;

    private static (Assignment[], TaskTracker) Build()
    {
        var assigned = new LocalDate(2025, 7, 1);
        Deadline[] deadlines =
        [
            Deadline.OnOrBefore(new LocalDate(2025, 12, 15)), Deadline.StrictlyBefore(new LocalDate(2025, 10, 31)),
            Deadline.WithinMonth(new YearMonth(2025, 11)), Deadline.WithinQuarter(2025, 4), Deadline.ByEndOfYear(2025),
            Deadline.After(Period.FromMonths(6)), Deadline.Recurring(RecurrenceFrequency.Monthly, 20), Deadline.Ongoing,
        ];
        var source = DocumentNumber.Parse("201-KL/TW");
        var result = new Assignment[Count];
        var random = new Random(20251031);
        int n = 0;
        for (int t = 0; n < Count; t++)
        {
            var task = new TaskItem($"T{t}", assigned, "benchmark task", AssignmentScope.EveryCommune(ScopeBody.PeoplesCommittee),
                deadlines[t % deadlines.Length], t % 3 == 0 ? source : null);
            foreach (Assignment a in task.Expand(VietnamReferenceData.OrgChart))
            {
                if (n == Count)
                {
                    break;
                }

                result[n++] = random.Next(10) < 6
                    ? a.WithCompletion(new CompletionReport(task.Id, a.Assignee.Id, new LocalDate(2025, 9, 1).PlusDays(random.Next(150))))
                    : a;
            }
        }

        return (result, new TaskTracker(result));
    }
}

/// <summary>Status of 1,000,000 assignments as of an instant: the tracker's day-number pass against a naive per-assignment
/// computation (resolve the deadline, convert instants in the zone, compare).</summary>
[MemoryDiagnoser]
public class AssignmentStatusBenchmarks
{
    private Assignment[] assignments = null!;
    private TaskTracker tracker = null!;

    /// <summary>Builds the data once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        assignments = AssignmentData.Assignments;
        tracker = AssignmentData.Tracker;
    }

    /// <summary>The tracker.</summary>
    /// <returns>The statuses.</returns>
    [Benchmark]
    public IReadOnlyList<AssignmentStatus> Tracker() => tracker.Statuses(AssignmentData.At);

    /// <summary>Naive: each status computed from the task's deadline and instants.</summary>
    /// <returns>The statuses.</returns>
    [Benchmark(Baseline = true)]
    public List<AssignmentStatus> Naive() => assignments.Select(a => NaiveStatus.Of(a, AssignmentData.At)).ToList();
}

/// <summary>Roll-up of 1,000,000 assignments by province as of an instant: the tracker against LINQ grouping.</summary>
[MemoryDiagnoser]
public class AssignmentRollupBenchmarks
{
    private Assignment[] assignments = null!;
    private TaskTracker tracker = null!;

    /// <summary>Builds the data once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        assignments = AssignmentData.Assignments;
        tracker = AssignmentData.Tracker;
    }

    /// <summary>The tracker.</summary>
    /// <returns>One summary per province.</returns>
    [Benchmark]
    public IReadOnlyDictionary<OrgId, StatusSummary> Tracker() => tracker.ByProvince(AssignmentData.At);

    /// <summary>Naive: GroupBy province, then count each status per group.</summary>
    /// <returns>One summary per province.</returns>
    [Benchmark(Baseline = true)]
    public Dictionary<OrgId, StatusSummary> Naive() => assignments
        .Where(a => a.Province is not null)
        .GroupBy(a => a.Province!.Id)
        .ToDictionary(g => g.Key, g => g.Select(a => StatusSummary.Of(NaiveStatus.Of(a, AssignmentData.At))).Aggregate(default(StatusSummary), StatusSummary.Add));
}

/// <summary>The straightforward rule, written directly on the public types.</summary>
internal static class NaiveStatus
{
    public static AssignmentStatus Of(Assignment a, Instant at)
    {
        TaskItem task = a.Task;
        Deadline d = task.Deadline;
        LocalDate anchor = d.Anchor ?? task.AssignedOn;
        Instant? passes = d.HasDueDate ? d.PassesAt(anchor) : null;
        LocalDate? window = d.HasDueDate ? d.WindowStart(anchor) : null;
        if (a.Completion is { } c && c.CompletedOn.AtStartOfDayInZone(VietnamTime.Zone).ToInstant() <= at)
        {
            Instant done = c.CompletedOn.AtStartOfDayInZone(VietnamTime.Zone).ToInstant();
            return passes is { } p && done >= p ? AssignmentStatus.CompletedLate
                : window is { } w && done < w.AtStartOfDayInZone(VietnamTime.Zone).ToInstant() ? AssignmentStatus.CompletedEarly
                : AssignmentStatus.CompletedOnTime;
        }

        if (passes is { } deadline && at >= deadline)
        {
            return AssignmentStatus.Overdue;
        }

        LocalDate opens = d.Kind == DeadlineKind.AfterPeriod ? anchor : window ?? task.AssignedOn;
        LocalDate notBefore = opens > task.AssignedOn ? opens : task.AssignedOn;
        return at < notBefore.AtStartOfDayInZone(VietnamTime.Zone).ToInstant() ? AssignmentStatus.NotDue : AssignmentStatus.InProgress;
    }
}
