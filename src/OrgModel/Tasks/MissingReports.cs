namespace OrgModel.Tasks;

/// <summary>What a <see cref="TaskTracker"/> concludes from an assignment past its due date with no completion report.</summary>
/// <remarks>
/// <para>Trackers built from the news rarely know what was done: Conclusion 201-KL/TW gives a deadline for all 34 provinces, but
/// the news report completions for few of them. Counting every silent province as <see cref="AssignmentStatus.Overdue"/>
/// states a fact nobody reported; <see cref="AreUnknown"/> counts them as <see cref="AssignmentStatus.NoReport"/> instead.</para>
/// <para>Thread safety: an enum, immutable.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<MissingReports>))]
public enum MissingReports
{
    /// <summary>Reports are complete: an assignment with none is not done, so past its due date it is <see cref="AssignmentStatus.Overdue"/> (the default).</summary>
    MeanNotDone = 0,

    /// <summary>Reports are partial: past its due date an assignment with none is <see cref="AssignmentStatus.NoReport"/> (unknown).</summary>
    AreUnknown,
}
