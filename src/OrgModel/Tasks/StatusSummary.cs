namespace OrgModel.Tasks;

/// <summary>Counts of assignments by status: one row of a roll-up ("23 of 34 done, 3 overdue").</summary>
/// <remarks>Thread safety: immutable and thread-safe. <c>default</c> is the empty summary (all counts 0): a valid value that
/// JSON writes as six zeros and reads back equal (a seventh count, <c>noReport</c>, is written only when not zero).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(StatusSummaryJsonConverter))]
public readonly struct StatusSummary : IEquatable<StatusSummary>
{
    /// <summary>Creates a summary from counts.</summary>
    /// <param name="notDue">Assignments not yet due.</param>
    /// <param name="inProgress">In progress within the deadline.</param>
    /// <param name="overdue">Overdue.</param>
    /// <param name="completedOnTime">Completed on time.</param>
    /// <param name="completedLate">Completed late.</param>
    /// <param name="completedEarly">Completed early.</param>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public StatusSummary(int notDue, int inProgress, int overdue, int completedOnTime, int completedLate, int completedEarly)
        : this(notDue, inProgress, overdue, completedOnTime, completedLate, completedEarly, 0)
    {
    }

    /// <summary>Creates a summary from counts, including those past due with no report (<see cref="AssignmentStatus.NoReport"/>).</summary>
    /// <param name="notDue">Assignments not yet due.</param>
    /// <param name="inProgress">In progress within the deadline.</param>
    /// <param name="overdue">Overdue.</param>
    /// <param name="completedOnTime">Completed on time.</param>
    /// <param name="completedLate">Completed late.</param>
    /// <param name="completedEarly">Completed early.</param>
    /// <param name="noReport">Past due with nothing reported.</param>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public StatusSummary(int notDue, int inProgress, int overdue, int completedOnTime, int completedLate, int completedEarly, int noReport)
    {
        Guard.Against.Negative(notDue);
        Guard.Against.Negative(inProgress);
        Guard.Against.Negative(overdue);
        Guard.Against.Negative(completedOnTime);
        Guard.Against.Negative(completedLate);
        Guard.Against.Negative(completedEarly);
        Guard.Against.Negative(noReport);
        NotDue = notDue;
        InProgress = inProgress;
        Overdue = overdue;
        CompletedOnTime = completedOnTime;
        CompletedLate = completedLate;
        CompletedEarly = completedEarly;
        NoReport = noReport;
    }

    /// <summary>Gets the number not yet due.</summary>
    public int NotDue { get; }

    /// <summary>Gets the number in progress within the deadline.</summary>
    public int InProgress { get; }

    /// <summary>Gets the number overdue.</summary>
    public int Overdue { get; }

    /// <summary>Gets the number completed on time.</summary>
    public int CompletedOnTime { get; }

    /// <summary>Gets the number completed late.</summary>
    public int CompletedLate { get; }

    /// <summary>Gets the number completed early.</summary>
    public int CompletedEarly { get; }

    /// <summary>Gets the number past due with nothing reported (only from a tracker told that <see cref="MissingReports.AreUnknown"/>).</summary>
    public int NoReport { get; }

    /// <summary>Gets the number completed (on time, late or early).</summary>
    public int Completed => CompletedOnTime + CompletedLate + CompletedEarly;

    /// <summary>Gets the total number of assignments.</summary>
    public int Total => NotDue + InProgress + Overdue + Completed + NoReport;

    /// <summary>Gets the count of one status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value (it would otherwise count as 0).</exception>
    public int this[AssignmentStatus status] => status switch
    {
        AssignmentStatus.NotDue => NotDue,
        AssignmentStatus.InProgress => InProgress,
        AssignmentStatus.Overdue => Overdue,
        AssignmentStatus.CompletedOnTime => CompletedOnTime,
        AssignmentStatus.CompletedLate => CompletedLate,
        AssignmentStatus.CompletedEarly => CompletedEarly,
        AssignmentStatus.NoReport => NoReport,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined AssignmentStatus."),
    };

    /// <summary>Adds two summaries.</summary>
    /// <param name="left">The left summary.</param>
    /// <param name="right">The right summary.</param>
    /// <returns>The sum.</returns>
    public static StatusSummary operator +(StatusSummary left, StatusSummary right) => new(
        left.NotDue + right.NotDue, left.InProgress + right.InProgress, left.Overdue + right.Overdue,
        left.CompletedOnTime + right.CompletedOnTime, left.CompletedLate + right.CompletedLate, left.CompletedEarly + right.CompletedEarly,
        left.NoReport + right.NoReport);

    /// <summary>Adds two summaries.</summary>
    /// <param name="left">The left summary.</param>
    /// <param name="right">The right summary.</param>
    /// <returns>The sum.</returns>
    public static StatusSummary Add(StatusSummary left, StatusSummary right) => left + right;

    /// <summary>Compares counts.</summary>
    /// <param name="left">The left summary.</param>
    /// <param name="right">The right summary.</param>
    /// <returns>True when all counts are equal.</returns>
    public static bool operator ==(StatusSummary left, StatusSummary right) => left.Equals(right);

    /// <summary>Compares counts.</summary>
    /// <param name="left">The left summary.</param>
    /// <param name="right">The right summary.</param>
    /// <returns>True when a count differs.</returns>
    public static bool operator !=(StatusSummary left, StatusSummary right) => !left.Equals(right);

    /// <summary>Counts one status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>A summary of one assignment.</returns>
    public static StatusSummary Of(AssignmentStatus status) => status switch
    {
        AssignmentStatus.NotDue => new(1, 0, 0, 0, 0, 0),
        AssignmentStatus.InProgress => new(0, 1, 0, 0, 0, 0),
        AssignmentStatus.Overdue => new(0, 0, 1, 0, 0, 0),
        AssignmentStatus.CompletedOnTime => new(0, 0, 0, 1, 0, 0),
        AssignmentStatus.CompletedLate => new(0, 0, 0, 0, 1, 0),
        AssignmentStatus.CompletedEarly => new(0, 0, 0, 0, 0, 1),
        AssignmentStatus.NoReport => new(0, 0, 0, 0, 0, 0, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <inheritdoc />
    public bool Equals(StatusSummary other) =>
        NotDue == other.NotDue && InProgress == other.InProgress && Overdue == other.Overdue &&
        CompletedOnTime == other.CompletedOnTime && CompletedLate == other.CompletedLate && CompletedEarly == other.CompletedEarly &&
        NoReport == other.NoReport;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StatusSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(NotDue, InProgress, Overdue, CompletedOnTime, CompletedLate, CompletedEarly, NoReport);

    /// <summary>Describes the counts: "23 of 34 done, 3 overdue" (late and early completions are counted as done and named;
    /// assignments with no report are named when there are any: "1 of 34 done, 0 overdue, 33 not reported").</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string text = string.Create(CultureInfo.InvariantCulture, $"{Completed} of {Total} done, {Overdue} overdue");
        if (CompletedLate > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" ({CompletedLate} done late)");
        }

        if (NoReport > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", {NoReport} not reported");
        }

        return text;
    }
}
