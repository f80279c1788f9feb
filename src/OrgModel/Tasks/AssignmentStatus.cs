namespace OrgModel.Tasks;

/// <summary>Where an assignment stands at an instant: the outcomes the Government's task tracking reports, plus "not due" and "early".</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<AssignmentStatus>))]
public enum AssignmentStatus
{
    /// <summary>Not yet due: before the task was assigned, or before the window the deadline names opens ("in November" seen in October).</summary>
    NotDue = 0,

    /// <summary>In progress within the deadline.</summary>
    InProgress,

    /// <summary>Not completed and the deadline has passed.</summary>
    Overdue,

    /// <summary>Completed on or before the due date, inside the deadline's window.</summary>
    CompletedOnTime,

    /// <summary>Completed after the due date.</summary>
    CompletedLate,

    /// <summary>Completed before the deadline's window opened (for example a month's task finished in the month before).</summary>
    CompletedEarly,

    /// <summary>Past the due date and nothing reported: whether the work was done is unknown. Only a <see cref="TaskTracker"/>
    /// built with <see cref="MissingReports.AreUnknown"/> gives it; by default a missing report means not done (<see cref="Overdue"/>).</summary>
    NoReport,
}
