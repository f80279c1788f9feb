using Ardalis.GuardClauses;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>A report that an assignee completed a task: the day of completion and the evidence document.</summary>
/// <remarks>
/// <para>A report counts from its completion day on: as of an earlier instant it is not yet known.</para>
/// <para>A report may give only a bound ("completed no later than 17 October", <see cref="NoLaterThan"/>). It is read as a
/// completion on that day, the latest the evidence allows: it counts from that day on, it is on time when that day is not after the
/// due date (the work was certainly done on time) and early when it is before the window opens, and it is late when that day is past
/// the due date, although the work may have been done in time: a status never claims a punctuality the evidence does not prove.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CompletionReportJsonConverter))]
public sealed class CompletionReport
{
    /// <summary>Creates a completion report.</summary>
    /// <param name="taskId">The <see cref="TaskItem.Id"/> of the task.</param>
    /// <param name="assignee">The organisation that completed it.</param>
    /// <param name="completedOn">The day of completion (in Vietnam).</param>
    /// <param name="evidence">The document that shows it (a report, a resolution, a decision), or null.</param>
    /// <exception cref="ArgumentException">The task id is blank, the assignee empty, the date outside the supported years, or the evidence <c>default</c>.</exception>
    public CompletionReport(string taskId, OrgId assignee, LocalDate completedOn, DocumentNumber? evidence = null)
    {
        Guard.Against.NullOrWhiteSpace(taskId);
        Preconditions.CheckArgument(!assignee.IsEmpty, nameof(assignee), "A completion report names its assignee.");
        Deadline.CheckSupportedDay(completedOn);
        if (evidence is { } e)
        {
            Preconditions.CheckArgument(e.IsParty || e.IsState, nameof(evidence), "Evidence must not be default(DocumentNumber).");
        }

        TaskId = taskId.Trim();
        Assignee = assignee;
        CompletedOn = completedOn;
        Evidence = evidence;
    }

    /// <summary>Creates a report that gives only a bound: the task was completed on or before a day, the exact day unknown
    /// ("completed no later than 17 October").</summary>
    /// <param name="taskId">The <see cref="TaskItem.Id"/> of the task.</param>
    /// <param name="assignee">The organisation that completed it.</param>
    /// <param name="completedOn">The day by which it was completed (in Vietnam); statuses read it as the completion day.</param>
    /// <param name="evidence">The document that shows it, or null.</param>
    /// <returns>The report, with <see cref="IsUpperBound"/> set.</returns>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public static CompletionReport NoLaterThan(string taskId, OrgId assignee, LocalDate completedOn, DocumentNumber? evidence = null) =>
        new(taskId, assignee, completedOn, evidence) { IsUpperBound = true };

    /// <summary>Gets a value indicating whether <see cref="CompletedOn"/> is only a bound: the work was done on or before it
    /// (see <see cref="NoLaterThan"/>).</summary>
    public bool IsUpperBound { get; private init; }

    /// <summary>Gets the task's identifier.</summary>
    public string TaskId { get; }

    /// <summary>Gets the organisation that completed the task.</summary>
    public OrgId Assignee { get; }

    /// <summary>Gets the day of completion.</summary>
    public LocalDate CompletedOn { get; }

    /// <summary>Gets the evidence document, or null.</summary>
    public DocumentNumber? Evidence { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId} completed by {Assignee} {(IsUpperBound ? "no later than" : "on")} {CompletedOn:uuuu-MM-dd}" + (Evidence is { } e ? $" ({e})" : string.Empty);
}
