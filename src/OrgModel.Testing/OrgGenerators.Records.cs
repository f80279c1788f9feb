using OrgModel.Documents.Model;
using OrgModel.Tasks;
using Orgs = OrgModel.Organisations;

namespace OrgModel.Testing;

/// <content>Generators for what issue 17 added to the record: conflicts between sources, scopes of every kind, bounds on
/// completion, delivered reports and links between tasks.</content>
public static partial class OrgGenerators
{
    private static readonly string[] Questions = ["What is Report 520-BC/BTCTW?", "When were the grassroots congresses due?", "Which posts must be held by non-locals?"];

    private static readonly string[] Statements = ["the news say so", "other sources say otherwise", "báo chí đưa tin như vậy"];

    private static readonly string[] Sources = ["https://example.org/news/1", "201-KL/TW", "facts.md: Conclusion 201-KL/TW"];

    /// <summary>Readings of a fact, each with one to three sources (placeholders, not facts).</summary>
    public static Gen<SourcedReading> SourcedReading =>
        from statement in Gen.Elements(Statements)
        from value in OrNull(Gen.Elements("2025-06-30", "2025-07-31", "523-BC/BTCTW"))
        from sources in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(Sources), n))
        select new SourcedReading(statement, value, sources);

    /// <summary>Conflicting facts: the known ones, and generated ones with two to four readings and any default.</summary>
    public static Gen<ConflictingFact> ConflictingFact => Gen.OneOf(
        Gen.Elements(KnownConflicts.All.ToArray()),
        from n in Gen.Choose(1, 999)
        from question in Gen.Elements(Questions)
        from readings in Gen.Choose(2, 4).SelectMany(k => Gen.ArrayOf(SourcedReading, k))
        from d in Gen.Choose(0, readings.Length - 1)
        select new ConflictingFact("conflict-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), question, readings, d));

    /// <summary>Scopes of every kind: those of <see cref="AssignmentScope"/>, the selectors by superior and parent, the named groups,
    /// unions of two or three, and any of them with units standing for missing bodies.</summary>
    public static Gen<AssignmentScope> AnyAssignmentScope
    {
        get
        {
            Gen<AssignmentScope> single = Gen.OneOf(
                AssignmentScope,
                OrgId.Select(OrgModel.Tasks.AssignmentScope.DirectlyUnder),
                from parent in OrgId from kind in Gen.Elements(Enum.GetValues<Orgs.OrganisationKind>()) select OrgModel.Tasks.AssignmentScope.ChildrenOf(parent, kind),
                Gen.Elements(OrgModel.Tasks.AssignmentScope.PartyCommitteesDirectlyUnderCentralCommittee, OrgModel.Tasks.AssignmentScope.EveryMinistryAndProvince));
            Gen<AssignmentScope> union = Gen.Choose(2, 3).SelectMany(n => Gen.ArrayOf(single, n)).Select(parts => OrgModel.Tasks.AssignmentScope.Union(parts));
            return from scope in Gen.Frequency((3, single), (1, union)) from stand in Gen.Elements(false, true)
                   select stand ? scope.WithUnitForMissingBody() : scope;
        }
    }

    /// <summary>Completion reports, exact or giving only a bound ("no later than").</summary>
    public static Gen<CompletionReport> AnyCompletionReport =>
        from r in CompletionReport from bound in Gen.Elements(false, true)
        select bound ? OrgModel.Tasks.CompletionReport.NoLaterThan(r.TaskId, r.Assignee, r.CompletedOn, r.Evidence) : r;

    /// <summary>Delivered reports (not matched to any tracker).</summary>
    public static Gen<ReportDelivery> ReportDelivery =>
        from n in Gen.Choose(1, 9999) from who in OrgId from k in Gen.Choose(0, 3) from day in DeadlineDay
        select new ReportDelivery("T" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), who, k, day);

    /// <summary>Links between tasks.</summary>
    public static Gen<TaskLink> TaskLink =>
        from kind in Gen.Elements(Enum.GetValues<TaskLinkKind>()) from n in Gen.Choose(1, 9999)
        select new TaskLink(kind, "T" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Sets of two to eight tasks with distinct ids, each linking only to tasks before it, so the links are valid
    /// (known tasks, no cycle).</summary>
    public static Gen<IReadOnlyList<TaskItem>> LinkedTasks =>
        from tasks in Gen.Choose(2, 8).SelectMany(n => Gen.ArrayOf(TaskItem, n))
        from choices in Gen.ArrayOf(Gen.Choose(0, 7), 8)
        from kinds in Gen.ArrayOf(Gen.Elements(Enum.GetValues<TaskLinkKind>()), 8)
        select (IReadOnlyList<TaskItem>)Link(tasks, choices, kinds);

    private static System.Collections.ObjectModel.ReadOnlyCollection<TaskItem> Link(TaskItem[] tasks, int[] choices, TaskLinkKind[] kinds)
    {
        var result = new TaskItem[tasks.Length];
        for (int i = 0; i < tasks.Length; i++)
        {
            TaskItem t = new(
                "T" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), tasks[i].AssignedOn, tasks[i].Action, tasks[i].Leads,
                tasks[i].Deadline, tasks[i].Source, tasks[i].Coordinators, tasks[i].Deliverable, tasks[i].Responsible, tasks[i].Reporting);
            result[i] = i == 0 ? t : t.WithLinks([new TaskLink(kinds[i], result[choices[i] % i].Id)]);
        }

        return Array.AsReadOnly(result);
    }
}
