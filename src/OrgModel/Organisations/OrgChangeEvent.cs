using OrgModel.Documents;
using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>A dated change: predecessors became successors on an effective date, on a legal basis.</summary>
/// <remarks>
/// <para>The legal basis is the number of the document that made the change (for example <c>202/2025/QH15</c>), or null when the data does not give it.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgChangeEventJsonConverter))]
public sealed class OrgChangeEvent
{
    /// <summary>Creates a change event.</summary>
    /// <param name="kind">The type of change.</param>
    /// <param name="effectiveDate">The first day on which the successors are in force.</param>
    /// <param name="predecessors">The organisations before the change (empty only for <see cref="OrgChangeKind.Established"/>).</param>
    /// <param name="successors">The organisations after the change (may be empty only for <see cref="OrgChangeKind.Abolished"/>).</param>
    /// <param name="legalBasis">The number of the document that made the change, or null.</param>
    /// <param name="partialPredecessors">The predecessors of which only part went to the successors; a subset of <paramref name="predecessors"/>.</param>
    /// <exception cref="ArgumentException">A list holds an empty or repeated id, the lists do not fit the kind, or a partial predecessor is not a predecessor.</exception>
    public OrgChangeEvent(
        OrgChangeKind kind,
        LocalDate effectiveDate,
        IEnumerable<OrgId> predecessors,
        IEnumerable<OrgId> successors,
        DocumentNumber? legalBasis = null,
        IEnumerable<OrgId>? partialPredecessors = null)
    {
        Preconditions.CheckDefined(kind);
        Preconditions.CheckIso(effectiveDate);
        Guard.Against.Null(predecessors);
        Guard.Against.Null(successors);
        ImmutableArray<OrgId> preds = Distinct(predecessors, nameof(predecessors));
        ImmutableArray<OrgId> succs = Distinct(successors, nameof(successors));
        ImmutableArray<OrgId> partial = partialPredecessors is null ? [] : Distinct(partialPredecessors, nameof(partialPredecessors));
        HashSet<OrgId>? predSet = preds.Length > SmallList ? new(preds) : null;
        foreach (OrgId p in partial)
        {
            if (!(predSet?.Contains(p) ?? preds.Contains(p)))
            {
                throw new ArgumentException($"The partial predecessor {p} is not among the predecessors.", nameof(partialPredecessors));
            }
        }

        bool ok = kind switch
        {
            OrgChangeKind.Established => preds.IsEmpty && !succs.IsEmpty,
            OrgChangeKind.Abolished => !preds.IsEmpty,
            OrgChangeKind.Merged => !preds.IsEmpty && succs.Length == 1,
            OrgChangeKind.Split => preds.Length == 1 && succs.Length >= 1,
            _ => preds.Length == 1 && succs.Length == 1,
        };
        if (!ok)
        {
            throw new ArgumentException($"A {kind} event cannot have {preds.Length} predecessor(s) and {succs.Length} successor(s).", nameof(kind));
        }

        Kind = kind;
        EffectiveDate = effectiveDate;
        PredecessorIds = preds;
        SuccessorIds = succs;
        PartialPredecessors = partial;
        Preconditions.CheckArgument(legalBasis is not { IsParty: false, IsState: false }, nameof(legalBasis), "A default DocumentNumber is not a legal basis; pass null when there is none.");

        LegalBasis = legalBasis;
    }

    /// <summary>Trusted fast path for the embedded reference data.</summary>
    internal OrgChangeEvent(OrgChangeKind kind, LocalDate effectiveDate, ImmutableArray<OrgId> predecessors, ImmutableArray<OrgId> successors, ImmutableArray<OrgId> partial, DocumentNumber? legalBasis)
    {
        Kind = kind;
        EffectiveDate = effectiveDate;
        PredecessorIds = predecessors;
        SuccessorIds = successors;
        PartialPredecessors = partial;
        LegalBasis = legalBasis;
    }

    /// <summary>Gets the type of change.</summary>
    public OrgChangeKind Kind { get; }

    /// <summary>Gets the first day on which the successors are in force.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets the organisations before the change.</summary>
    public IReadOnlyList<OrgId> Predecessors => PredecessorIds;

    /// <summary>Gets the organisations after the change.</summary>
    public IReadOnlyList<OrgId> Successors => SuccessorIds;

    /// <summary>Gets the predecessors without interface dispatch (for the chart's index).</summary>
    internal ImmutableArray<OrgId> PredecessorIds { get; }

    /// <summary>Gets the successors without interface dispatch (for the chart's index).</summary>
    internal ImmutableArray<OrgId> SuccessorIds { get; }

    /// <summary>Gets the predecessors of which only part (of area or population) went to the successors.</summary>
    public IReadOnlyList<OrgId> PartialPredecessors { get; }

    /// <summary>Gets the number of the document that made the change (for example <c>202/2025/QH15</c>), or null when not given.</summary>
    public DocumentNumber? LegalBasis { get; }

    /// <summary>Describes the event.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        $"{EffectiveDate:uuuu-MM-dd} {Kind}: {string.Join(", ", Predecessors)} -> {string.Join(", ", Successors)}{(LegalBasis is { } basis ? $" ({basis})" : string.Empty)}";

    // Up to this many ids, a pairwise check is cheaper than a hash set.
    private const int SmallList = 16;

    private static ImmutableArray<OrgId> Distinct(IEnumerable<OrgId> ids, string argument)
    {
        // Events name a few ids each (a reader hands them as an immutable array, kept as it is): a pairwise check is
        // cheaper than a hash set there.
        ImmutableArray<OrgId> list = ids is ImmutableArray<OrgId> { IsDefault: false } given ? given : [.. ids];
        HashSet<OrgId>? seen = list.Length > SmallList ? new(list.Length) : null;
        for (int k = 0; k < list.Length; k++)
        {
            Preconditions.CheckArgument(!list[k].IsEmpty, argument, "An id in the list is empty.");

            if (seen is null ? list.AsSpan(0, k).Contains(list[k]) : !seen.Add(list[k]))
            {
                throw new ArgumentException($"The id {list[k]} is listed twice.", argument);
            }
        }

        return list;
    }
}
