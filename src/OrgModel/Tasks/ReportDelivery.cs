using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>A report delivered on a <see cref="ReportingObligation"/>: which task, which assignee, which of the task's obligations
/// and the day it was delivered. <see cref="TaskTracker.ReportingSummary(LocalDate, IEnumerable{ReportDelivery})"/> counts them.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ReportDeliveryJsonConverter))]
public sealed class ReportDelivery : IEquatable<ReportDelivery>
{
    /// <summary>Creates a delivered report.</summary>
    /// <param name="taskId">The <see cref="TaskItem.Id"/> of the task.</param>
    /// <param name="assignee">The organisation that delivered it.</param>
    /// <param name="obligation">The index of the obligation in the task's <see cref="TaskItem.Reporting"/>.</param>
    /// <param name="deliveredOn">The day it was delivered (in Vietnam).</param>
    /// <exception cref="ArgumentException">The task id is blank, the assignee empty, the index negative, or the day outside the
    /// supported years.</exception>
    public ReportDelivery(string taskId, OrgId assignee, int obligation, LocalDate deliveredOn)
    {
        Guard.Against.NullOrWhiteSpace(taskId);
        Preconditions.CheckArgument(!assignee.IsEmpty, nameof(assignee), "A delivered report names its assignee.");
        Preconditions.CheckArgument(obligation >= 0, nameof(obligation), "An obligation index is not negative.");
        Deadline.CheckSupportedDay(deliveredOn);
        TaskId = taskId.Trim();
        Assignee = assignee;
        Obligation = obligation;
        DeliveredOn = deliveredOn;
    }

    /// <summary>Gets the task's identifier.</summary>
    public string TaskId { get; }

    /// <summary>Gets the organisation that delivered the report.</summary>
    public OrgId Assignee { get; }

    /// <summary>Gets the index of the obligation in the task's <see cref="TaskItem.Reporting"/>.</summary>
    public int Obligation { get; }

    /// <summary>Gets the day the report was delivered.</summary>
    public LocalDate DeliveredOn { get; }

    /// <inheritdoc />
    public bool Equals(ReportDelivery? other) =>
        other is not null && TaskId == other.TaskId && Assignee == other.Assignee && Obligation == other.Obligation && DeliveredOn == other.DeliveredOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportDelivery);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TaskId, Assignee, Obligation, DeliveredOn);

    /// <inheritdoc />
    public override string ToString() => $"{TaskId} report {Obligation} delivered by {Assignee} on {DeliveredOn:uuuu-MM-dd}";
}
