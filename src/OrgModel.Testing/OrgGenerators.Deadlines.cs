using OrgModel.Documents;
using OrgModel.Tasks;
using DL = OrgModel.Deadlines;
using Orgs = OrgModel.Organisations;

namespace OrgModel.Testing;

/// <content>Generators for <see cref="OrgModel.Deadlines"/>.</content>
public static partial class OrgGenerators
{
    private static readonly LocalDate DeadlineEpoch = new(2020, 1, 1);

    private static readonly string[] RealDocumentNumbers = ["201-KL/TW", "200-KL/TW", "45-CT/TW", "60-NQ/TW", "520-BC/BTCTW", "163-KL/TW", "202/2025/QH15"];

    private static readonly string[] Actions =
    [
        "Complete the grassroots Party congresses",
        "Hoàn thành việc bố trí chủ tịch Ủy ban nhân dân tỉnh không phải người địa phương",
        "Submit a report on the regulation on political and ideological work",
        "Tổng kết toàn diện mô hình chính quyền địa phương hai cấp",
    ];

    private static readonly string[] Events = ["the two-level local government entered operation", "mô hình chính quyền địa phương hai cấp đi vào hoạt động"];

    private static readonly string[] OpenEvents = ["the election", "the 15th Congress", "Đại hội XV", "the 16th plenum"];

    /// <summary>Days from 2020 to 2039 (the range the generated deadlines use).</summary>
    public static Gen<LocalDate> DeadlineDay => Gen.Choose(0, 7300).Select(n => DeadlineEpoch.PlusDays(n));

    /// <summary>Real document numbers from the shared facts (201-KL/TW, 45-CT/TW, 202/2025/QH15, ...).</summary>
    public static Gen<DocumentNumber> RealDocumentNumber => Gen.Elements(RealDocumentNumbers).Select(s => DocumentNumber.Parse(s));

    /// <summary>Deadline kinds.</summary>
    public static Gen<DL.DeadlineKind> DeadlineKind => Gen.Elements(Enum.GetValues<DL.DeadlineKind>());

    /// <summary>Readings of "before".</summary>
    public static Gen<DL.BeforeInterpretation> BeforeInterpretation => Gen.Elements(Enum.GetValues<DL.BeforeInterpretation>());

    /// <summary>Recurrence frequencies.</summary>
    public static Gen<DL.RecurrenceFrequency> RecurrenceFrequency => Gen.Elements(Enum.GetValues<DL.RecurrenceFrequency>());

    /// <summary>Scope bodies.</summary>
    public static Gen<ScopeBody> ScopeBody => Gen.Elements(Enum.GetValues<ScopeBody>());

    /// <summary>Scope kinds.</summary>
    public static Gen<ScopeKind> ScopeKind => Gen.Elements(Enum.GetValues<ScopeKind>());

    /// <summary>The "clears".</summary>
    public static Gen<TaskClarity> TaskClarity => Gen.Elements(Enum.GetValues<TaskClarity>());

    /// <summary>Clarity principles.</summary>
    public static Gen<ClarityPrinciple> ClarityPrinciple => Gen.Elements(Enum.GetValues<ClarityPrinciple>());

    /// <summary>Assignment statuses.</summary>
    public static Gen<AssignmentStatus> AssignmentStatus => Gen.Elements(Enum.GetValues<AssignmentStatus>());

    /// <summary>Roadmap problem kinds.</summary>
    public static Gen<RoadmapProblemKind> RoadmapProblemKind => Gen.Elements(Enum.GetValues<RoadmapProblemKind>());

    /// <summary>Positive date-only periods (years, months, weeks, days; at least one part non-zero).</summary>
    public static Gen<Period> DeadlinePeriod =>
        from y in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from m in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 24)))
        from w in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 8)))
        from d in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 60)))
        select y + m + w + d == 0 ? Period.FromMonths(6) : new PeriodBuilder { Years = y, Months = m, Weeks = w, Days = d }.Build();

    /// <summary>Valid deadlines of every kind, anchored or not, some with an anchor event.</summary>
    public static Gen<DL.Deadline> Deadline => Gen.OneOf(
        Gen.Constant(DL.Deadline.Ongoing),
        DeadlineDay.Select(DL.Deadline.OnOrBefore),
        DeadlineDay.Select(DL.Deadline.StrictlyBefore),
        from d in DeadlineDay from b in BeforeInterpretation select DL.Deadline.Before(d, b),
        DeadlineDay.Select(d => DL.Deadline.WithinMonth(d.ToYearMonth())),
        from y in Gen.Choose(2020, 2039) from q in Gen.Choose(1, 4) select DL.Deadline.WithinQuarter(y, q),
        Gen.Choose(2020, 2039).Select(DL.Deadline.ByEndOfYear),
        from p in DeadlinePeriod from a in OrNone(DeadlineDay) from e in Gen.Elements(Events) from withEvent in Gen.Elements(false, true)
        select DL.Deadline.After(p, a, a is not null && withEvent ? e : null),
        from n in Gen.Choose(1, 60) from a in OrNone(DeadlineDay) select DL.Deadline.WithinWorkingDays(n, a),
        from p in DeadlinePeriod from a in OrNone(DeadlineDay) from e in Gen.Elements(Events) from withEvent in Gen.Elements(false, true)
        select DL.Deadline.Within(p, a, a is not null && withEvent ? e : null),
        Gen.Constant(DL.Deadline.Urgent),
        Gen.Elements(OpenEvents).Select(DL.Deadline.BeforeEvent),
        from f in RecurrenceFrequency from day in Gen.Choose(1, 31) from m in Gen.Choose(1, (int)DL.RecurrenceFrequency.Yearly)
        select DL.Deadline.Recurring(f, day, ((m - 1) % (int)f) + 1));

    /// <summary>Valid scopes of every kind (single organisations, every province, every commune, the communes of a province).</summary>
    public static Gen<AssignmentScope> AssignmentScope => Gen.OneOf(
        OrgId.Select(OrgModel.Tasks.AssignmentScope.ForOrganisation),
        ScopeBody.Select(OrgModel.Tasks.AssignmentScope.EveryProvince),
        ScopeBody.Select(OrgModel.Tasks.AssignmentScope.EveryCommune),
        from code in Gen.Choose(1, 96) from b in ScopeBody select OrgModel.Tasks.AssignmentScope.CommunesOfProvince(code.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), b));

    /// <summary>Valid reporting obligations.</summary>
    public static Gen<ReportingObligation> ReportingObligation =>
        from to in OrgId from when in Deadline.Where(d => d.HasDueDate) from subject in OrNull(Gen.Elements(Actions))
        select new ReportingObligation(to, when, subject);

    /// <summary>Valid tasks, complete or lacking any of the clears.</summary>
    public static Gen<TaskItem> TaskItem =>
        from n in Gen.Choose(1, 9999)
        from assigned in DeadlineDay
        from action in OrNull(Gen.Elements(Actions))
        from leads in OrNull(AssignmentScope)
        from deadline in Deadline
        from source in OrNone(RealDocumentNumber)
        from coordinators in UpTo(OrgId!, 2)
        from deliverable in OrNull(Gen.Elements("report", "báo cáo tổng kết", "decision on appointment"))
        from responsible in OrNull(Gen.Elements("chair of the provincial People's Committee", "bí thư tỉnh ủy"))
        from reporting in UpTo(ReportingObligation, 1)
        select new TaskItem(
            "T" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), assigned, action, leads, deadline,
            source, coordinators.Distinct(), deliverable, responsible, reporting);

    /// <summary>Valid completion reports.</summary>
    public static Gen<CompletionReport> CompletionReport =>
        from n in Gen.Choose(1, 9999) from who in OrgId from day in DeadlineDay from evidence in OrNone(RealDocumentNumber)
        select new CompletionReport("T" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), who, day, evidence);

    /// <summary>Province-level administrative units (test data, not the reference chart).</summary>
    public static Gen<Orgs.Organisation> DeadlineProvince => Gen.Choose(1, 40).Select(n => new Orgs.Organisation(
        Orgs.OrgId.Parse("test.province." + n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Orgs.OrganisationKind.AdministrativeUnit, Orgs.OrgLevel.Province, "Tỉnh " + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), unitType: Orgs.AdministrativeUnitType.Province));

    /// <summary>Valid assignments, with or without a province and a completion (completed from 60 days before to 60 days after the due date).</summary>
    public static Gen<Assignment> Assignment =>
        from task in TaskItem
        from assignee in Organisation
        from province in OrNull(DeadlineProvince)
        from offset in OrNone(Gen.Choose(-60, 60))
        select MakeAssignment(task, assignee, province, offset);

    /// <summary>Valid trackers of up to 30 assignments, with completion reports for some of them.</summary>
    public static Gen<TaskTracker> TaskTracker =>
        from assignments in UpTo(Assignment, 30)
        from offsets in Gen.ArrayOf(Gen.Choose(-30, 30), 30)
        select new TaskTracker(assignments, assignments.Take(10).Select((a, i) =>
            new CompletionReport(a.Task.Id, a.Assignee.Id, NotBeforeAssigned(a.Task, (a.DueDate ?? a.Task.AssignedOn).PlusDays(offsets[i])))));

    /// <summary>Valid milestones (dependencies are not checked against a roadmap).</summary>
    public static Gen<Milestone> Milestone =>
        from n in Gen.Choose(1, 99) from deadline in Deadline from deps in UpTo(Gen.Choose(100, 120), 2)
        select new Milestone("m" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), Actions[n % Actions.Length], deadline,
            deps.Distinct().Select(d => "m" + d.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Structurally sound roadmaps of up to 8 milestones, each depending on some earlier ones (timing may be inconsistent).</summary>
    public static Gen<Roadmap> Roadmap =>
        from count in Gen.Choose(0, 8)
        from deadlines in Gen.ArrayOf(Deadline, count)
        from masks in Gen.ArrayOf(Gen.Choose(0, 255), count)
        select new Roadmap("generated", Enumerable.Range(0, count).Select(i => new Milestone(
            "m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Actions[i % Actions.Length], deadlines[i],
            Enumerable.Range(0, i).Where(j => (masks[i] & (1 << j)) != 0).Select(j => "m" + j.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

    /// <summary>Status summaries with counts up to 1,000.</summary>
    public static Gen<StatusSummary> StatusSummary =>
        from c in Gen.ArrayOf(Gen.Choose(0, 1000), 7) from unknown in Gen.Elements(false, true)
        select new StatusSummary(c[0], c[1], c[2], c[3], c[4], c[5], unknown ? c[6] : 0);

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<T?> OrNone<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<T[]> UpTo<T>(Gen<T> gen, int max) => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(gen, n));

    // A task cannot be completed before it was assigned (the tracker refuses such reports).
    private static LocalDate NotBeforeAssigned(TaskItem task, LocalDate day) => LocalDate.Max(day, task.AssignedOn);

    private static Assignment MakeAssignment(TaskItem task, Orgs.Organisation assignee, Orgs.Organisation? province, int? offset)
    {
        var plain = new Assignment(task, assignee, province);
        if (offset is not { } days)
        {
            return plain;
        }

        LocalDate day = (plain.DueDate ?? task.AssignedOn).PlusDays(days);
        return plain.WithCompletion(new CompletionReport(task.Id, assignee.Id, day));
    }
}
