namespace OrgModel.Organisations;

/// <summary>A relation by organisation index, as the chart stores it (no OrgId lookups on queries).</summary>
internal readonly record struct RelationRecord(int Source, int Target, OrgRelationKind Kind, LocalDate? ValidFrom, LocalDate? ValidTo)
{
    public bool IsInForceOn(LocalDate date) => (ValidFrom is not { } f || f <= date) && (ValidTo is not { } t || date <= t);
}
