namespace OrgModel.Tenures;

/// <summary>
/// One milestone of the schedule of local Party congresses for a term ("grassroots congresses completed before
/// 31 July 2025"), as dates only: turning it into a deadline is the deadlines capability's job.
/// </summary>
/// <remarks>
/// <para><see cref="Before"/> is the date exactly as the instruction writes it after "before" (trước ngày); whether the
/// day itself is included is for the reader of the instruction to decide.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(LocalCongressMilestoneJsonConverter))]
public sealed class LocalCongressMilestone
{
    internal LocalCongressMilestone(Tenure term, LocalCongressLevel level, LocalCongressTask task, LocalDate before, string basis)
    {
        Guard.Against.NullOrWhiteSpace(basis);
        Term = term;
        Level = level;
        Task = task;
        Before = before;
        Basis = basis;
    }

    /// <summary>The local Party term the congresses open (2025–2030).</summary>
    public Tenure Term { get; }

    /// <summary>The organisations concerned.</summary>
    public LocalCongressLevel Level { get; }

    /// <summary>What must be completed.</summary>
    public LocalCongressTask Task { get; }

    /// <summary>The date the instruction names after "before".</summary>
    public LocalDate Before { get; }

    /// <summary>Where the milestone comes from, as the reference notes give it.</summary>
    public string Basis { get; }

    /// <summary>A one-line description, "Grassroots: HoldCongresses before 2025-07-31".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Level}: {Task} before {Before:uuuu-MM-dd} ({Basis})";
}
