using System.Collections.ObjectModel;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>
/// Tracks many assignments with their completion reports: status of each at an instant, and roll-ups by document,
/// by assignee and by province ("23 of 34 provinces done, 3 overdue").
/// </summary>
/// <remarks>
/// <para>Built once (O(n)); every query is then one pass over compact arrays of day numbers, with no per-assignment
/// allocation and one time-zone conversion per query. Results equal <see cref="Assignment.StatusAt(Instant)"/> for each assignment.</para>
/// <para>A report applies to every assignment of its task and assignee; with several reports the earliest completion counts.</para>
/// <para>Thread safety: immutable after construction and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(TaskTrackerJsonConverter))]
public sealed class TaskTracker
{
    private const int StatusCount = 7;

    private readonly Assignment[] assignments;
    private readonly int[] notBefore;
    private readonly int[] earlyBefore;
    private readonly int[] due;
    private readonly int[] completed;
    private readonly int[] province;
    private readonly int[] assignee;
    private readonly int[] document;
    private readonly int[] documentKey;
    private readonly int[] task;
    private readonly OrgId[] provinceIds;
    private readonly OrgId[] assigneeIds;
    private readonly DocumentNumber[] documentIds;
    private readonly DocumentKey[] documentKeyIds;
    private readonly string[] taskIds;
    private readonly bool unreportedIsUnknown;

    /// <summary>Creates a tracker.</summary>
    /// <param name="assignments">The assignments (typically from <see cref="TaskItem.Expand"/>).</param>
    /// <param name="reports">Completion reports to apply, or null. Each must match an assignment exactly: the same task id
    /// (compared ordinally, so case matters) and assignee, and be dated on or after the day the task was assigned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assignments"/> is null.</exception>
    /// <exception cref="ArgumentException">An assignment or report is null; a task links to a task not tracked here, or the links form
    /// a cycle (see <see cref="TaskItem.ValidateLinks"/>); or a report matches no assignment (a task id that
    /// differs only in case, an organisation without that assignment, for example one that no longer exists) or is dated before
    /// its task was assigned. A report that would be ignored is refused, naming the report, because a tracker that silently
    /// dropped it would under-count completions.</exception>
    public TaskTracker(IEnumerable<Assignment> assignments, IEnumerable<CompletionReport>? reports = null)
        : this(assignments, reports, MissingReports.MeanNotDone)
    {
    }

    // Internal so the public constructor keeps its shipped optional parameter (RS0027); callers use WithMissingReports.
    internal TaskTracker(IEnumerable<Assignment> assignments, IEnumerable<CompletionReport>? reports, MissingReports missingReports)
    {
        if (missingReports is not (MissingReports.MeanNotDone or MissingReports.AreUnknown))
        {
            throw new ArgumentException($"Not a defined MissingReports value: {(int)missingReports}.", nameof(missingReports));
        }

        MissingReports = missingReports;
        unreportedIsUnknown = missingReports == MissingReports.AreUnknown;
        Guard.Against.Null(assignments);
        Assignment[] items = [.. assignments];
        if (Array.IndexOf(items, null) is var nullAt and >= 0)
        {
            throw new ArgumentException($"Assignments are not null (index {nullAt} is).", nameof(assignments));
        }

        // Links are checked across the tracked tasks: a link to a task not tracked here, or a cycle, is refused.
        if (TaskLinkCycles.Problem(items.Select(static a => a.Task)) is { } linkProblem)
        {
            throw new ArgumentException(linkProblem, nameof(assignments));
        }
        if (reports is not null)
        {
            ApplyReports(items, reports);
        }

        this.assignments = items;
        int n = items.Length;
        notBefore = new int[n];
        earlyBefore = new int[n];
        due = new int[n];
        completed = new int[n];
        province = new int[n];
        assignee = new int[n];
        document = new int[n];
        documentKey = new int[n];
        task = new int[n];
        var provinces = new Dictionary<OrgId, int>();
        var assignees = new Dictionary<OrgId, int>();
        var documents = new Dictionary<DocumentNumber, int>();
        var keys = new Dictionary<DocumentKey, int>();
        var tasks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            Assignment a = items[i];
            notBefore[i] = StatusRules.DayNumber(a.NotBefore);
            earlyBefore[i] = a.EarlyBefore is { } e ? StatusRules.DayNumber(e) : StatusRules.Open;
            due[i] = a.DueDate is { } d ? StatusRules.DayNumber(d) : StatusRules.Never;
            completed[i] = a.Completion is { } c ? StatusRules.DayNumber(c.CompletedOn) : StatusRules.Never;
            province[i] = a.Province is { } p ? IndexOf(provinces, p.Id) : -1;
            assignee[i] = IndexOf(assignees, a.Assignee.Id);
            document[i] = a.Task.Source is { } s ? IndexOf(documents, s) : -1;
            documentKey[i] = a.Task.SourceKey is { } k ? IndexOf(keys, k) : -1;
            task[i] = IndexOf(tasks, a.Task.Id);
        }

        provinceIds = Keys(provinces);
        assigneeIds = Keys(assignees);
        documentIds = Keys(documents);
        documentKeyIds = Keys(keys);
        taskIds = Keys(tasks);
    }

    /// <summary>Gets what an assignment past due with no report counts as (by default <see cref="MissingReports.MeanNotDone"/>).</summary>
    public MissingReports MissingReports { get; }

    /// <summary>Returns a tracker of the same assignments and reports that reads a missing report as given.</summary>
    /// <param name="missingReports">What an assignment past due with no report is: <see cref="AssignmentStatus.Overdue"/>
    /// (<see cref="MissingReports.MeanNotDone"/>) or <see cref="AssignmentStatus.NoReport"/> (<see cref="MissingReports.AreUnknown"/>,
    /// for a tracker fed from the news, which report few completions).</param>
    /// <returns>This tracker when the rule is unchanged, else a new one.</returns>
    /// <exception cref="ArgumentException"><paramref name="missingReports"/> is not a defined value.</exception>
    public TaskTracker WithMissingReports(MissingReports missingReports) =>
        missingReports == MissingReports ? this : new TaskTracker(assignments, null, missingReports);

    /// <summary>Gets the assignments, with the reports applied, in the order given.</summary>
    public IReadOnlyList<Assignment> Assignments => ImmutableCollectionsMarshal.AsImmutableArray(assignments);

    /// <summary>Gets the number of assignments.</summary>
    public int Count => assignments.Length;

    /// <summary>Returns the status of one assignment at an instant.</summary>
    /// <param name="index">The index in <see cref="Assignments"/>.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public AssignmentStatus StatusOf(int index, Instant at) => StatusOf(index, VietnamTime.DateAt(at));

    /// <summary>Returns the status of one assignment on a day in Vietnam.</summary>
    /// <param name="index">The index in <see cref="Assignments"/>.</param>
    /// <param name="on">The day (a calendar day in <c>Asia/Ho_Chi_Minh</c>): reports dated that day count.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public AssignmentStatus StatusOf(int index, LocalDate on)
    {
        Guard.Against.OutOfRange(index, nameof(index), 0, assignments.Length - 1);
        return Classify(StatusRules.DayNumber(on), index);
    }

    /// <summary>Returns the status of every assignment at an instant, in the order of <see cref="Assignments"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The statuses.</returns>
    public IReadOnlyList<AssignmentStatus> Statuses(Instant at) => Statuses(VietnamTime.DateAt(at));

    /// <summary>Returns the status of every assignment on a day in Vietnam, in the order of <see cref="Assignments"/>.</summary>
    /// <param name="on">The day.</param>
    /// <returns>The statuses.</returns>
    public IReadOnlyList<AssignmentStatus> Statuses(LocalDate on)
    {
        int today = StatusRules.DayNumber(on);
        var result = new AssignmentStatus[assignments.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Classify(today, i);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>Counts all assignments by status at an instant.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The summary.</returns>
    public StatusSummary Summary(Instant at) => Summary(VietnamTime.DateAt(at));

    /// <summary>Counts all assignments by status on a day in Vietnam ("as of 15 December 2025").</summary>
    /// <param name="on">The day.</param>
    /// <returns>The summary.</returns>
    public StatusSummary Summary(LocalDate on) => Row(Tally(on, null, 1), 0);

    /// <summary>Counts all assignments by status now.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The summary.</returns>
    public StatusSummary Summary(IClock clock) => Summary(Now(clock));

    /// <summary>Rolls up by province (the province-level administrative unit of each assignee); central bodies are left out.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>One summary per province with assignments.</returns>
    public IReadOnlyDictionary<OrgId, StatusSummary> ByProvince(Instant at) => ByProvince(VietnamTime.DateAt(at));

    /// <summary>The roll-up of <see cref="ByProvince(Instant)"/> on a day in Vietnam.</summary>
    /// <param name="on">The day.</param>
    /// <returns>One summary per province with assignments.</returns>
    public IReadOnlyDictionary<OrgId, StatusSummary> ByProvince(LocalDate on) => Group(on, province, provinceIds);

    /// <summary>Rolls up by province as the provinces stand on a day: assignments made to a province that has since been merged count
    /// for the province it became ("April 2025 tasks to 63 provinces tracked as 34 after 1 July 2025").</summary>
    /// <param name="on">The day; both the statuses and the provinces are taken as of it.</param>
    /// <param name="chart">The chart whose change events lead from old provinces to new (<see cref="OrgChart.Successors"/>).</param>
    /// <returns>One summary per province with assignments, keyed by the province in force on <paramref name="on"/>. A province that had
    /// become exactly one province counts for it; one that had ended without a successor, or had become several (a split, which no
    /// count can be shared across), keeps its own key, so every assignment is counted exactly once. The path from an old province to
    /// its successor is <see cref="OrgChart.Predecessors"/> or <see cref="OrgChart.EventsOf"/> of the key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public IReadOnlyDictionary<OrgId, StatusSummary> ByProvince(LocalDate on, OrgChart chart)
    {
        Guard.Against.Null(chart);
        var result = new Dictionary<OrgId, StatusSummary>();
        foreach ((OrgId id, StatusSummary summary) in ByProvince(on))
        {
            IReadOnlyList<Organisation> now = chart.Successors(id, on);
            OrgId key = now.Count == 1 ? now[0].Id : id;
            result[key] = result.TryGetValue(key, out StatusSummary seen) ? seen + summary : summary;
        }

        return result.AsReadOnly();
    }

    /// <summary>Rolls up by province now.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>One summary per province with assignments.</returns>
    public IReadOnlyDictionary<OrgId, StatusSummary> ByProvince(IClock clock) => ByProvince(Now(clock));

    /// <summary>Rolls up by assignee.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>One summary per assignee.</returns>
    public IReadOnlyDictionary<OrgId, StatusSummary> ByAssignee(Instant at) => ByAssignee(VietnamTime.DateAt(at));

    /// <summary>The roll-up of <see cref="ByAssignee(Instant)"/> on a day in Vietnam.</summary>
    /// <param name="on">The day.</param>
    /// <returns>One summary per assignee.</returns>
    public IReadOnlyDictionary<OrgId, StatusSummary> ByAssignee(LocalDate on) => Group(on, assignee, assigneeIds);

    /// <summary>Rolls up by assignee now.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>One summary per assignee.</returns>
    public IReadOnlyDictionary<OrgId, StatusSummary> ByAssignee(IClock clock) => ByAssignee(Now(clock));

    /// <summary>Rolls up by source document key: numbered documents and texts without a number alike (the Resolution of the
    /// 14th National Congress); tasks without a source are left out.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>One summary per key (a task's <see cref="TaskItem.SourceKey"/>).</returns>
    public IReadOnlyDictionary<DocumentKey, StatusSummary> ByDocumentKey(Instant at) => ByDocumentKey(VietnamTime.DateAt(at));

    /// <summary>The roll-up of <see cref="ByDocumentKey(Instant)"/> on a day in Vietnam.</summary>
    /// <param name="on">The day.</param>
    /// <returns>One summary per key.</returns>
    public IReadOnlyDictionary<DocumentKey, StatusSummary> ByDocumentKey(LocalDate on) => Group(on, documentKey, documentKeyIds);

    /// <summary>Rolls up by source document key now.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>One summary per key.</returns>
    public IReadOnlyDictionary<DocumentKey, StatusSummary> ByDocumentKey(IClock clock) => ByDocumentKey(Now(clock));

    /// <summary>Rolls up by source document number; tasks without a numbered source are left out (see <see cref="ByDocumentKey(Instant)"/>).</summary>
    /// <param name="at">The instant.</param>
    /// <returns>One summary per document.</returns>
    public IReadOnlyDictionary<DocumentNumber, StatusSummary> ByDocument(Instant at) => ByDocument(VietnamTime.DateAt(at));

    /// <summary>The roll-up of <see cref="ByDocument(Instant)"/> on a day in Vietnam.</summary>
    /// <param name="on">The day.</param>
    /// <returns>One summary per document.</returns>
    public IReadOnlyDictionary<DocumentNumber, StatusSummary> ByDocument(LocalDate on) => Group(on, document, documentIds);

    /// <summary>Rolls up by source document now.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>One summary per document.</returns>
    public IReadOnlyDictionary<DocumentNumber, StatusSummary> ByDocument(IClock clock) => ByDocument(Now(clock));

    /// <summary>Rolls up by task: one row per task id ("the non-local chairs of 201-KL/TW: 23 of 34 done").</summary>
    /// <param name="at">The instant.</param>
    /// <returns>One summary per <see cref="TaskItem.Id"/> (compared ordinally).</returns>
    public IReadOnlyDictionary<string, StatusSummary> ByTask(Instant at) => ByTask(VietnamTime.DateAt(at));

    /// <summary>Rolls up by task on a day in Vietnam.</summary>
    /// <param name="on">The day.</param>
    /// <returns>One summary per <see cref="TaskItem.Id"/> (compared ordinally).</returns>
    public IReadOnlyDictionary<string, StatusSummary> ByTask(LocalDate on) => Group(on, task, taskIds);

    /// <summary>Rolls up by task now.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>One summary per task.</returns>
    public IReadOnlyDictionary<string, StatusSummary> ByTask(IClock clock) => ByTask(Now(clock));

    /// <summary>Counts the reporting obligations of every assignment by status on a day: one row per assignment and obligation of its
    /// task ("34 provinces owe a report in November: 20 delivered, 14 overdue").</summary>
    /// <param name="on">The day in Vietnam; deliveries dated that day count.</param>
    /// <param name="delivered">The reports delivered, or null for none. Each counts for its task, assignee and obligation.</param>
    /// <returns>The summary. Each obligation counts from its task's assignment day, as <see cref="ReportingObligation.StatusAt"/> says: a
    /// one-off report is completed (on time, late or early) or overdue like a task; a recurring one is in progress, or overdue when a
    /// due date before the day went unmet. Under <see cref="MissingReports.AreUnknown"/> an overdue obligation is
    /// <see cref="AssignmentStatus.NoReport"/>, as an assignment is.</returns>
    /// <exception cref="ArgumentException">A delivery is null, matches no assignment, names an obligation its task does not have, or is
    /// dated before its task was assigned.</exception>
    public StatusSummary ReportingSummary(LocalDate on, IEnumerable<ReportDelivery>? delivered = null)
    {
        StatusSummary total = default;
        foreach (StatusSummary row in ReportingByTask(on, delivered).Values)
        {
            total += row;
        }

        return total;
    }

    /// <summary>Counts reporting obligations by status on a day, one row per task that has any (see <see cref="ReportingSummary"/>).</summary>
    /// <param name="on">The day in Vietnam.</param>
    /// <param name="delivered">The reports delivered, or null for none.</param>
    /// <returns>One summary per <see cref="TaskItem.Id"/> whose task owes reports.</returns>
    /// <exception cref="ArgumentException">As for <see cref="ReportingSummary"/>.</exception>
    public IReadOnlyDictionary<string, StatusSummary> ReportingByTask(LocalDate on, IEnumerable<ReportDelivery>? delivered = null)
    {
        Preconditions.CheckIso(on);
        Dictionary<(string, OrgId, int), List<LocalDate>> days = Deliveries(delivered);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (Assignment a in assignments)
        {
            IReadOnlyList<ReportingObligation> owed = a.Task.Reporting;
            for (int k = 0; k < owed.Count; k++)
            {
                List<LocalDate>? reports = days.GetValueOrDefault((a.Task.Id, a.Assignee.Id, k));
                AssignmentStatus status = owed[k].StatusOn(on, a.Task.AssignedOn, reports);
                if (status == AssignmentStatus.Overdue && unreportedIsUnknown)
                {
                    status = AssignmentStatus.NoReport;
                }

                if (!counts.TryGetValue(a.Task.Id, out int[]? row))
                {
                    counts.Add(a.Task.Id, row = new int[StatusCount]);
                }

                row[(int)status]++;
            }
        }

        var result = new Dictionary<string, StatusSummary>(counts.Count, StringComparer.Ordinal);
        foreach ((string id, int[] row) in counts)
        {
            result.Add(id, Row(row, 0));
        }

        return result.AsReadOnly();
    }

    /// <summary>Rolls up by province and counts the provinces whose assignments are all completed and those with any overdue.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>A summary whose unit is the province: "done" = every assignment completed, "overdue" = at least one overdue,
    /// "no report" = none overdue but at least one past due with no report (only with <see cref="MissingReports.AreUnknown"/>).</returns>
    public StatusSummary ProvincesSummary(Instant at) => ProvincesSummary(VietnamTime.DateAt(at));

    /// <summary>Counts provinces as <see cref="ProvincesSummary(Instant)"/> does, on a day in Vietnam.</summary>
    /// <param name="on">The day.</param>
    /// <returns>A summary whose unit is the province.</returns>
    public StatusSummary ProvincesSummary(LocalDate on)
    {
        int done = 0, overdue = 0, unknown = 0, rest = 0;
        foreach (StatusSummary s in ByProvince(on).Values)
        {
            if (s.Completed == s.Total)
            {
                done++;
            }
            else if (s.Overdue > 0)
            {
                overdue++;
            }
            else if (s.NoReport > 0)
            {
                unknown++;
            }
            else
            {
                rest++;
            }
        }

        return new StatusSummary(0, rest, overdue, done, 0, 0, unknown);
    }

    private static void ApplyReports(Assignment[] items, IEnumerable<CompletionReport> reports)
    {
        // Where each (task, assignee) is (its first assignment, the others chained through next), and the exact task id for
        // each id folded to lower case, to name a near miss.
        var first = new Dictionary<(string Task, OrgId Assignee), int>(items.Length);
        var next = new int[items.Length];
        var tasks = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = items.Length - 1; i >= 0; i--)
        {
            Assignment a = items[i];
            next[i] = first.TryGetValue((a.Task.Id, a.Assignee.Id), out int after) ? after : -1;
            first[(a.Task.Id, a.Assignee.Id)] = i;
            tasks.TryAdd(a.Task.Id, a.Task.Id);
        }

        var earliest = new Dictionary<(string, OrgId), CompletionReport>();
        foreach (CompletionReport r in reports)
        {
            Guard.Against.Null(r, nameof(reports));
            if (!first.ContainsKey((r.TaskId, r.Assignee)))
            {
                throw new ArgumentException(Unmatched(r, tasks), nameof(reports));
            }

            if (!earliest.TryGetValue((r.TaskId, r.Assignee), out CompletionReport? seen) || r.CompletedOn < seen.CompletedOn)
            {
                earliest[(r.TaskId, r.Assignee)] = r;
            }
        }

        foreach (((string, OrgId) key, CompletionReport r) in earliest)
        {
            for (int i = first[key]; i >= 0; i = next[i])
            {
                Assignment a = items[i];
                if (r.CompletedOn < a.Task.AssignedOn)
                {
                    throw new ArgumentException(
                        $"The report {Describe(r)} is dated {r.CompletedOn:uuuu-MM-dd}, before the task was assigned ({a.Task.AssignedOn:uuuu-MM-dd}).", nameof(reports));
                }

                if (a.Completion is null || r.CompletedOn < a.Completion.CompletedOn)
                {
                    items[i] = a.WithCompletion(r);
                }
            }
        }
    }

    private Dictionary<(string, OrgId, int), List<LocalDate>> Deliveries(IEnumerable<ReportDelivery>? delivered)
    {
        var owed = new Dictionary<(string, OrgId), TaskItem>();
        foreach (Assignment a in assignments)
        {
            owed.TryAdd((a.Task.Id, a.Assignee.Id), a.Task);
        }

        var days = new Dictionary<(string, OrgId, int), List<LocalDate>>();
        foreach (ReportDelivery d in delivered ?? [])
        {
            Guard.Against.Null(d, nameof(delivered));
            if (!owed.TryGetValue((d.TaskId, d.Assignee), out TaskItem? t) || d.Obligation >= t.Reporting.Count)
            {
                throw new ArgumentException($"The delivery \"{Preconditions.Quote(d.ToString())}\" matches no assignment and reporting obligation of the tracker.", nameof(delivered));
            }

            if (d.DeliveredOn < t.AssignedOn)
            {
                throw new ArgumentException($"The delivery \"{Preconditions.Quote(d.ToString())}\" is dated before its task was assigned ({t.AssignedOn:uuuu-MM-dd}).", nameof(delivered));
            }

            if (!days.TryGetValue((d.TaskId, d.Assignee, d.Obligation), out List<LocalDate>? list))
            {
                days.Add((d.TaskId, d.Assignee, d.Obligation), list = []);
            }

            list.Add(d.DeliveredOn);
        }

        return days;
    }

    private static string Unmatched(CompletionReport r, Dictionary<string, string> tasks)
    {
        if (!tasks.TryGetValue(r.TaskId, out string? known))
        {
            return $"The report {Describe(r)} names a task no assignment has.";
        }

        return string.Equals(known, r.TaskId, StringComparison.Ordinal)
            ? $"The report {Describe(r)}: {Preconditions.Quote(r.Assignee.ToString())} has no assignment of this task (not in its scope, or no longer existing when it was assigned)."
            : $"The report {Describe(r)} names task \"{Preconditions.Quote(r.TaskId)}\", which differs from the tracked task \"{Preconditions.Quote(known)}\" only in case; task ids are compared exactly.";
    }

    private static string Describe(CompletionReport r) =>
        $"for task \"{Preconditions.Quote(r.TaskId)}\" by {Preconditions.Quote(r.Assignee.ToString())} on {r.CompletedOn:uuuu-MM-dd}";

    private AssignmentStatus Classify(int today, int i) =>
        StatusRules.Classify(today, notBefore[i], earlyBefore[i], due[i], completed[i], unreportedIsUnknown);

    private static Instant Now(IClock clock)
    {
        Guard.Against.Null(clock);
        return clock.GetCurrentInstant();
    }

    private static int IndexOf<TKey>(Dictionary<TKey, int> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out int i))
        {
            i = map.Count;
            map.Add(key, i);
        }

        return i;
    }

    private static TKey[] Keys<TKey>(Dictionary<TKey, int> map)
        where TKey : notnull
    {
        var keys = new TKey[map.Count];
        foreach ((TKey k, int i) in map)
        {
            keys[i] = k;
        }

        return keys;
    }

    private static StatusSummary Row(int[] counts, int group)
    {
        int b = group * StatusCount;
        return new StatusSummary(counts[b], counts[b + 1], counts[b + 2], counts[b + 3], counts[b + 4], counts[b + 5], counts[b + 6]);
    }

    private ReadOnlyDictionary<TKey, StatusSummary> Group<TKey>(LocalDate on, int[] keys, TKey[] ids)
        where TKey : notnull
    {
        int[] counts = Tally(on, keys, ids.Length);
        var result = new Dictionary<TKey, StatusSummary>(ids.Length);
        for (int g = 0; g < ids.Length; g++)
        {
            result.Add(ids[g], Row(counts, g));
        }

        return result.AsReadOnly();
    }

    private int[] Tally(LocalDate on, int[]? keys, int groups)
    {
        int today = StatusRules.DayNumber(on);
        bool unknown = unreportedIsUnknown;
        int[] counts = new int[groups * StatusCount];
        int[] nb = notBefore, eb = earlyBefore, du = due, co = completed;
        for (int i = 0; i < nb.Length; i++)
        {
            int g = keys is null ? 0 : keys[i];
            if (g < 0)
            {
                continue;
            }

            counts[(g * StatusCount) + (int)StatusRules.Classify(today, nb[i], eb[i], du[i], co[i], unknown)]++;
        }

        return counts;
    }
}
