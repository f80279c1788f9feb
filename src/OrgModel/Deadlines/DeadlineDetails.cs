namespace OrgModel.Deadlines;

/// <summary>The rarely used parts of a <see cref="Deadline"/>: the period, the fixed anchor, the event it stands for and the
/// original wording.</summary>
/// <remarks>Kept apart so that the struct stays small to copy; absolute deadlines without wording have no details at all
/// (<see cref="Create"/> returns null), so most deadlines allocate nothing. Immutable and shared between copies.</remarks>
internal sealed class DeadlineDetails
{
    private DeadlineDetails(Period? period, LocalDate? anchor, string? anchorEvent, string? wording)
    {
        Period = period;
        Anchor = anchor;
        AnchorEvent = anchorEvent;
        Wording = wording;
    }

    public Period? Period { get; }

    public LocalDate? Anchor { get; }

    public string? AnchorEvent { get; }

    public string? Wording { get; }

    public static DeadlineDetails? Create(Period? period, LocalDate? anchor, string? anchorEvent, string? wording) =>
        period is null && anchor is null && anchorEvent is null && wording is null ? null : new(period, anchor, anchorEvent, wording);
}
