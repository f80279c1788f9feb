using OrgModel.Deadlines;
using OrgModel.Tasks;

namespace OrgModel.Testing;

/// <content>Arbitraries (with shrinkers) for <see cref="OrgModel.Deadlines"/>.</content>
public static partial class OrgArbitraries
{
    private static readonly LocalDate ShrinkTargetDay = new(2025, 7, 1);

    /// <summary>Valid deadlines, shrinking towards simpler kinds, smaller numbers and days nearer 1 July 2025.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Deadline> Deadlines() => Arb.From(OrgGenerators.Deadline, ShrinkDeadline);

    /// <summary>Valid scopes, shrinking towards "every provincial unit".</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AssignmentScope> AssignmentScopes() =>
        Arb.From(OrgGenerators.AssignmentScope, s => s.Kind == ScopeKind.EveryProvince && s.Body == ScopeBody.Unit ? [] : [AssignmentScope.EveryProvince(ScopeBody.Unit)]);

    /// <summary>Valid reporting obligations, shrinking towards no subject and simpler deadlines.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReportingObligation> ReportingObligations() => Arb.From(OrgGenerators.ReportingObligation, ShrinkReporting);

    /// <summary>Valid tasks, shrinking by removing optional parts one at a time and simplifying the deadline.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TaskItem> TaskItems() => Arb.From(OrgGenerators.TaskItem, ShrinkTask);

    /// <summary>Valid completion reports, shrinking towards no evidence.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CompletionReport> CompletionReports() =>
        Arb.From(OrgGenerators.CompletionReport, r => r.Evidence is null ? [] : [new CompletionReport(r.TaskId, r.Assignee, r.CompletedOn)]);

    /// <summary>Valid assignments, shrinking towards no completion, no province and a simpler task.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Assignment> Assignments() => Arb.From(OrgGenerators.Assignment, ShrinkAssignment);

    /// <summary>Valid trackers, shrinking by dropping the last assignment.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TaskTracker> TaskTrackers() =>
        Arb.From(OrgGenerators.TaskTracker, t => t.Count == 0 ? [] : [new TaskTracker(t.Assignments.Take(t.Count - 1)), new TaskTracker(t.Assignments.Take(t.Count / 2))]);

    /// <summary>Valid milestones, shrinking towards no dependencies and a simpler deadline.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Milestone> Milestones() => Arb.From(OrgGenerators.Milestone, ShrinkMilestone);

    /// <summary>Sound roadmaps, shrinking by dropping the last milestone (nothing depends on it, so the rest stays sound).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Roadmap> Roadmaps() => Arb.From(OrgGenerators.Roadmap, ShrinkRoadmap);

    /// <summary>Status summaries, shrinking by halving the counts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StatusSummary> StatusSummaries() => Arb.From(OrgGenerators.StatusSummary, s => s.Total == 0 ? [] :
        [new StatusSummary(s.NotDue / 2, s.InProgress / 2, s.Overdue / 2, s.CompletedOnTime / 2, s.CompletedLate / 2, s.CompletedEarly / 2, s.NoReport / 2)]);

    /// <summary>Deadline kinds, shrinking towards <see cref="DeadlineKind.None"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DeadlineKind> DeadlineKinds() => Arb.From(OrgGenerators.DeadlineKind, ShrinkDeadlineEnum);

    /// <summary>Readings of "before", shrinking towards <see cref="BeforeInterpretation.Inclusive"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BeforeInterpretation> BeforeInterpretations() => Arb.From(OrgGenerators.BeforeInterpretation, ShrinkDeadlineEnum);

    /// <summary>Frequencies, shrinking towards <see cref="RecurrenceFrequency.Monthly"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RecurrenceFrequency> RecurrenceFrequencies() => Arb.From(OrgGenerators.RecurrenceFrequency, ShrinkDeadlineEnum);

    /// <summary>Scope bodies, shrinking towards <see cref="ScopeBody.Unit"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScopeBody> ScopeBodies() => Arb.From(OrgGenerators.ScopeBody, ShrinkDeadlineEnum);

    /// <summary>Scope kinds, shrinking towards <see cref="ScopeKind.Organisation"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScopeKind> ScopeKinds() => Arb.From(OrgGenerators.ScopeKind, ShrinkDeadlineEnum);

    /// <summary>Clears, shrinking towards <see cref="TaskClarity.People"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TaskClarity> TaskClarities() => Arb.From(OrgGenerators.TaskClarity, ShrinkDeadlineEnum);

    /// <summary>Principles, shrinking towards <see cref="ClarityPrinciple.FiveClears"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ClarityPrinciple> ClarityPrinciples() => Arb.From(OrgGenerators.ClarityPrinciple, ShrinkDeadlineEnum);

    /// <summary>Statuses, shrinking towards <see cref="AssignmentStatus.NotDue"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AssignmentStatus> AssignmentStatuses() => Arb.From(OrgGenerators.AssignmentStatus, ShrinkDeadlineEnum);

    /// <summary>Roadmap problem kinds, shrinking towards <see cref="RoadmapProblemKind.DuplicateId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RoadmapProblemKind> RoadmapProblemKinds() => Arb.From(OrgGenerators.RoadmapProblemKind, ShrinkDeadlineEnum);

    private static IEnumerable<T> ShrinkDeadlineEnum<T>(T value)
        where T : struct, Enum
    {
        T first = Enum.GetValues<T>()[0];
        if (!EqualityComparer<T>.Default.Equals(value, first))
        {
            yield return first;
        }
    }

    private static LocalDate? CloserDay(LocalDate day)
    {
        int distance = Period.DaysBetween(ShrinkTargetDay, day);
        return distance == 0 ? null : ShrinkTargetDay.PlusDays(distance / 2);
    }

    private static IEnumerable<Deadline> ShrinkDeadline(Deadline d)
    {
        switch (d.Kind)
        {
            case DeadlineKind.None:
                yield break;
            case DeadlineKind.OnOrBefore:
                if (CloserDay(d.Day!.Value) is { } closer)
                {
                    yield return Deadline.OnOrBefore(closer);
                }

                yield break;
            case DeadlineKind.StrictlyBefore:
                yield return Deadline.OnOrBefore(d.Day!.Value);
                yield break;
            case DeadlineKind.AfterPeriod:
                if (d.Anchor is not null)
                {
                    yield return Deadline.After(d.Period!);
                }

                if (!d.Period!.Equals(Period.FromDays(1)))
                {
                    yield return Deadline.After(Period.FromDays(1), d.Anchor);
                }

                yield break;
            case DeadlineKind.WithinPeriod:
                yield return Deadline.After(d.Period!, d.Anchor);
                yield break;
            case DeadlineKind.Urgent or DeadlineKind.BeforeEvent:
                yield return Deadline.Ongoing;
                yield break;
            case DeadlineKind.WithinWorkingDays:
                if (d.Anchor is not null)
                {
                    yield return Deadline.WithinWorkingDays(d.WorkingDays!.Value);
                }

                if (d.WorkingDays > 1)
                {
                    yield return Deadline.WithinWorkingDays(d.WorkingDays!.Value / 2, d.Anchor);
                }

                yield break;
            case DeadlineKind.Recurring:
                if (d.Frequency != RecurrenceFrequency.Monthly || d.DayOfMonth != 1)
                {
                    yield return Deadline.Recurring(RecurrenceFrequency.Monthly, 1);
                }

                yield break;
            default:
                yield return Deadline.OnOrBefore(d.DueDate(ShrinkTargetDay));
                yield break;
        }
    }

    private static IEnumerable<ReportingObligation> ShrinkReporting(ReportingObligation r)
    {
        if (r.Subject is not null)
        {
            yield return new ReportingObligation(r.Recipient, r.When);
        }

        foreach (Deadline d in ShrinkDeadline(r.When))
        {
            if (d.HasDueDate)
            {
                yield return new ReportingObligation(r.Recipient, d, r.Subject);
            }
        }
    }

    private static IEnumerable<TaskItem> ShrinkTask(TaskItem t)
    {
        TaskItem With(string? action = null, AssignmentScope? leads = null, Deadline? deadline = null, bool dropSource = false,
            bool dropCoordinators = false, bool dropDeliverable = false, bool dropResponsible = false, bool dropReporting = false) =>
            new(t.Id, t.AssignedOn, action ?? t.Action, leads ?? t.Leads, deadline ?? t.Deadline, dropSource ? null : t.Source,
                dropCoordinators ? null : t.Coordinators, dropDeliverable ? null : t.Deliverable, dropResponsible ? null : t.Responsible,
                dropReporting ? null : t.Reporting);

        if (t.Reporting.Count > 0)
        {
            yield return With(dropReporting: true);
        }

        if (t.Coordinators.Count > 0)
        {
            yield return With(dropCoordinators: true);
        }

        if (t.Source is not null)
        {
            yield return With(dropSource: true);
        }

        if (t.Deliverable is not null)
        {
            yield return With(dropDeliverable: true);
        }

        if (t.Responsible is not null)
        {
            yield return With(dropResponsible: true);
        }

        foreach (Deadline d in ShrinkDeadline(t.Deadline))
        {
            yield return With(deadline: d);
        }
    }

    private static IEnumerable<Assignment> ShrinkAssignment(Assignment a)
    {
        if (a.Completion is not null)
        {
            yield return new Assignment(a.Task, a.Assignee, a.Province);
        }

        if (a.Province is not null)
        {
            yield return new Assignment(a.Task, a.Assignee, null, a.Completion);
        }

        foreach (TaskItem t in ShrinkTask(a.Task))
        {
            yield return new Assignment(t, a.Assignee, a.Province, a.Completion);
        }
    }

    private static IEnumerable<Milestone> ShrinkMilestone(Milestone m)
    {
        if (m.DependsOn.Count > 0)
        {
            yield return new Milestone(m.Id, m.Name, m.Deadline, null, m.Scope);
        }

        foreach (Deadline d in ShrinkDeadline(m.Deadline))
        {
            yield return new Milestone(m.Id, m.Name, d, m.DependsOn, m.Scope);
        }
    }

    private static IEnumerable<Roadmap> ShrinkRoadmap(Roadmap r)
    {
        if (r.Milestones.Count == 0)
        {
            yield break;
        }

        // The dependency order puts a milestone nothing depends on last.
        yield return new Roadmap(r.Name, r.Milestones.Take(r.Milestones.Count - 1));
    }
}
