using OrgModel.Tasks;
using Orgs = OrgModel.Organisations;

namespace OrgModel.Testing;

/// <content>Trackers shaped like a tracker database: each task id names one task.</content>
public static partial class OrgGenerators
{
    /// <summary>Trackers of up to 40 assignments of up to 6 distinct tasks (each id naming one task, as a table of tasks
    /// keyed by id holds them) to up to 8 organisations, some in generated provinces, with 0 to 2 completion reports for
    /// some task and assignee pairs, often a day either side of the due date.</summary>
    public static Gen<TaskTracker> StorableTaskTracker =>
        from tasks in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(TaskItem, n)).Select(ts => ts.DistinctBy(t => t.Id).ToArray())
        from organisations in Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Organisation, n)).Select(os => os.DistinctBy(o => o.Id).ToArray())
        from provinces in Gen.ArrayOf(OrNull(DeadlineProvince), 8)
        from picks in UpTo(Gen.Choose(0, 1 << 20), 40)
        from reportDays in Gen.ArrayOf(Gen.Frequency((1, Gen.Choose(-30, 30)), (2, Gen.Choose(-1, 1))), 80)
        select StorableTracker(tasks, organisations, provinces, picks, reportDays);

    private static TaskTracker StorableTracker(TaskItem[] tasks, Orgs.Organisation[] organisations, Orgs.Organisation?[] provinces, int[] picks, int[] reportDays)
    {
        // One province per organisation, as a real chart gives it.
        var assignments = picks.Select(p => new Assignment(
            tasks[p % tasks.Length], organisations[(p >> 4) % organisations.Length], provinces[(p >> 4) % organisations.Length])).ToArray();
        var reports = new List<CompletionReport>();
        for (int i = 0; i < assignments.Length; i++)
        {
            Assignment a = assignments[i];
            int count = (picks[i] >> 10) % 3;
            for (int k = 0; k < count; k++)
            {
                LocalDate day = (a.DueDate ?? a.Task.AssignedOn).PlusDays(reportDays[((2 * i) + k) % reportDays.Length]);
                reports.Add(new CompletionReport(a.Task.Id, a.Assignee.Id, NotBeforeAssigned(a.Task, day)));
            }
        }

        return new TaskTracker(assignments, reports);
    }
}
