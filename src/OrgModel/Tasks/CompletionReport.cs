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

    /// <summary>Gets the task's identifier.</summary>
    public string TaskId { get; }

    /// <summary>Gets the organisation that completed the task.</summary>
    public OrgId Assignee { get; }

    /// <summary>Gets the day of completion.</summary>
    public LocalDate CompletedOn { get; }

    /// <summary>Gets the evidence document, or null.</summary>
    public DocumentNumber? Evidence { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId} completed by {Assignee} on {CompletedOn:uuuu-MM-dd}" + (Evidence is { } e ? $" ({e})" : string.Empty);
}
