using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>A report that an assignee completed a task: the day of completion and the evidence document, numbered or not.</summary>
/// <remarks>
/// <para>A report counts from its completion day on: as of an earlier instant it is not yet known.</para>
/// <para>A report may give only a bound ("completed no later than 17 October", <see cref="NoLaterThan"/>). It is read as a
/// completion on that day, the latest the evidence allows: it counts from that day on, it is on time when that day is not after the
/// due date (the work was certainly done on time) and early when it is before the window opens, and it is late when that day is past
/// the due date, although the work may have been done in time: a status never claims a punctuality the evidence does not prove.</para>
/// <para>The evidence is any document key (<see cref="EvidenceKey"/>): a number, a number and its date where the number recurs, or a
/// text without a number (the conclusions of a Central Conference, a congress resolution). <see cref="Evidence"/> is its number.</para>
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
        EvidenceKey = evidence is { } number ? DocumentKey.Numbered(number) : null;
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

    /// <summary>Returns the same report with another evidence document: any key, numbered (with or without its date) or the key of
    /// a text without a number ("the conclusions of the 12th Central Conference"):
    /// <c>CompletionReport.NoLaterThan(task, assignee, day).WithEvidence(document.Key)</c>.</summary>
    /// <param name="evidence">The evidence's key, or null for none.</param>
    /// <returns>The report with <see cref="EvidenceKey"/> set to <paramref name="evidence"/> and <see cref="Evidence"/> to its number
    /// (null for a text without a number); this report is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> is <c>default</c>.</exception>
    public CompletionReport WithEvidence(DocumentKey? evidence)
    {
        Preconditions.CheckArgument(evidence is not { IsDefault: true }, nameof(evidence), "Evidence must not be default(DocumentKey).");
        return new CompletionReport(TaskId, Assignee, CompletedOn, evidence?.Number) { IsUpperBound = IsUpperBound, EvidenceKey = evidence };
    }

    /// <summary>Gets a value indicating whether <see cref="CompletedOn"/> is only a bound: the work was done on or before it
    /// (see <see cref="NoLaterThan"/>).</summary>
    public bool IsUpperBound { get; private init; }

    /// <summary>Gets the task's identifier.</summary>
    public string TaskId { get; }

    /// <summary>Gets the organisation that completed the task.</summary>
    public OrgId Assignee { get; }

    /// <summary>Gets the day of completion.</summary>
    public LocalDate CompletedOn { get; }

    /// <summary>Gets the number of the evidence document, or null (also for evidence without a number: see <see cref="EvidenceKey"/>).</summary>
    public DocumentNumber? Evidence { get; }

    /// <summary>Gets the key of the evidence document, numbered or not, or null when the report cites none.</summary>
    public DocumentKey? EvidenceKey { get; private init; }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId} completed by {Assignee} {(IsUpperBound ? "no later than" : "on")} {CompletedOn:uuuu-MM-dd}" + (EvidenceKey is { } e ? $" ({e})" : string.Empty);
}
