using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>One organisation's share of a task (a task addressed to "every provincial Party committee" gives 34), with its
/// due date, the instant the deadline passes, and its completion if reported.</summary>
/// <remarks>
/// <para>A single assignment takes its completion day as given (a task may even be due before it is assigned); it is
/// <see cref="TaskTracker"/>, where reports arrive in bulk, that refuses a report dated before its task was assigned.</para>
/// <para>Status (<see cref="StatusAt(Instant)"/>) changes at exactly <see cref="PassesAt"/>, the end of the due day in
/// <c>Asia/Ho_Chi_Minh</c>, whatever the machine's time zone: "now" comes only from the instant or <see cref="IClock"/> given.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(AssignmentJsonConverter))]
public sealed class Assignment
{
    /// <summary>Creates an assignment directly (<see cref="TaskItem.Expand"/> creates them from a chart).</summary>
    /// <param name="task">The task.</param>
    /// <param name="assignee">The organisation it is addressed to.</param>
    /// <param name="province">The province-level administrative unit the assignee belongs to, or null (central bodies).</param>
    /// <param name="completion">The completion report, or null; it must name this task and assignee.</param>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> or <paramref name="assignee"/> is null.</exception>
    /// <exception cref="ArgumentException">The province is not a province-level organisation, or the report is for another task or assignee.</exception>
    public Assignment(TaskItem task, Organisation assignee, Organisation? province = null, CompletionReport? completion = null)
    {
        Guard.Against.Null(task);
        Guard.Against.Null(assignee);
        if (province is not null)
        {
            Preconditions.CheckArgument(province.Level == OrgLevel.Province, nameof(province), "The province must be a province-level organisation.");
        }

        if (completion is not null)
        {
            CheckCompletion(task, assignee, completion);
        }

        Task = task;
        Assignee = assignee;
        Province = province;
        Completion = completion;
        Deadline d = task.Deadline;
        LocalDate anchor = task.Anchor;
        DueDate = d.HasDueDate ? d.DueDate(anchor) : null;
        EarlyBefore = d.HasDueDate ? d.WindowStart(anchor) : null;
        NotBefore = StatusRules.NotBefore(d, task.AssignedOn, anchor);
    }

    /// <summary>Gets the task.</summary>
    public TaskItem Task { get; }

    /// <summary>Gets the organisation the assignment is addressed to.</summary>
    public Organisation Assignee { get; }

    /// <summary>Gets the province (the province-level administrative unit) the assignee belongs to, or null for central bodies.</summary>
    public Organisation? Province { get; }

    /// <summary>Gets the completion report, or null while none is recorded.</summary>
    public CompletionReport? Completion { get; }

    /// <summary>Gets the last day on time, or null for an ongoing task.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets the instant the deadline passes (the end of <see cref="DueDate"/> in <c>Asia/Ho_Chi_Minh</c>), or null for an ongoing task.</summary>
    public Instant? PassesAt => DueDate is { } d ? VietnamTime.EndOf(d) : null;

    /// <summary>Gets the first day the assignment is due to be worked on: the assignment day, or later when the deadline names a window
    /// ("in November 2025": 1 November) or a period after an anchor. Before it the status is <see cref="AssignmentStatus.NotDue"/>.</summary>
    public LocalDate NotBefore { get; }

    /// <summary>Gets the day before which completion counts as early, or null (see <see cref="Deadline.WindowStart(LocalDate)"/>).</summary>
    public LocalDate? EarlyBefore { get; }

    /// <summary>Returns this assignment with a completion report.</summary>
    /// <param name="report">The report; it must name this task and this assignee.</param>
    /// <returns>The completed assignment.</returns>
    /// <exception cref="ArgumentException">The report is for another task or assignee.</exception>
    public Assignment WithCompletion(CompletionReport report)
    {
        Guard.Against.Null(report);
        return new Assignment(Task, Assignee, Province, report);
    }

    /// <summary>Returns the status at an instant.</summary>
    /// <param name="at">The instant (typically <c>clock.GetCurrentInstant()</c>).</param>
    /// <returns>The status; a completion counts from its completion day on.</returns>
    public AssignmentStatus StatusAt(Instant at) => StatusOn(VietnamTime.DateAt(at));

    /// <summary>Returns the status now, by a clock.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public AssignmentStatus StatusAt(IClock clock)
    {
        Guard.Against.Null(clock);
        return StatusAt(clock.GetCurrentInstant());
    }

    /// <inheritdoc />
    public override string ToString() => $"{Task.Id} → {Assignee.Name}" + (DueDate is { } d ? $", due {d:uuuu-MM-dd}" : ", ongoing");

    private static void CheckCompletion(TaskItem task, Organisation assignee, CompletionReport completion)
    {
        if (completion.TaskId != task.Id || completion.Assignee != assignee.Id)
        {
            throw new ArgumentException(
                $"The report must be for task \"{Preconditions.Quote(task.Id)}\" and assignee {Preconditions.Quote(assignee.Id.ToString())}.", nameof(completion));
        }
    }

    /// <summary>The status on a Vietnamese calendar day (the whole day shares one status).</summary>
    internal AssignmentStatus StatusOn(LocalDate today) => StatusRules.Classify(
        StatusRules.DayNumber(today),
        StatusRules.DayNumber(NotBefore),
        EarlyBefore is { } e ? StatusRules.DayNumber(e) : StatusRules.Open,
        DueDate is { } d ? StatusRules.DayNumber(d) : StatusRules.Never,
        Completion is { } c ? StatusRules.DayNumber(c.CompletedOn) : StatusRules.Never);
}
