using OrgModel.Documents;
using OrgModel.Serialization.Json;

namespace OrgModel.Organisations;

/// <summary>Reads and writes an <see cref="OrgChangeEvent"/>.</summary>
internal sealed class OrgChangeEventJsonConverter() : ObjectJsonConverter<OrgChangeEvent, OrgChangeEventJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(OrgChangeKind Kind, LocalDate Effective, ImmutableArray<OrgId> Predecessors, ImmutableArray<OrgId> Successors, DocumentNumber? LegalBasis, ImmutableArray<OrgId> Partial, OrgIdTable? Ids);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<OrgChangeEvent, State> Shape = new(nameof(OrgChangeEvent),
    [
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<OrgChangeKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new("effectiveDate", static (ref r, ref s) => s.Effective = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.EffectiveDate), Required: true),
        new("predecessors", static (ref r, ref s) => s.Predecessors = OrgIdTable.ReadIds(s.Ids, ref r), static (w, n, v) => OrgIdJsonConverter.WriteIds(w, n, v.Predecessors), Required: true),
        new("successors", static (ref r, ref s) => s.Successors = OrgIdTable.ReadIds(s.Ids, ref r), static (w, n, v) => OrgIdJsonConverter.WriteIds(w, n, v.Successors), Required: true),
        new("legalBasis", static (ref r, ref s) => s.LegalBasis = DocumentNumberJsonConverter.ReadNullable(ref r), static (w, n, v) => JsonWrite.String(w, n, v.LegalBasis?.ToString())),
        new("partialPredecessors", static (ref r, ref s) => s.Partial = OrgIdTable.ReadIds(s.Ids, ref r), static (w, n, v) => OrgIdJsonConverter.WriteIds(w, n, v.PartialPredecessors, omitEmpty: true)),
    ],
    static (ref s) => new OrgChangeEvent(s.Kind, s.Effective, s.Predecessors, s.Successors, s.LegalBasis, s.Partial),
    new State { Predecessors = [], Successors = [], Partial = [] });

    /// <summary>Reads events whose ids are looked up in <paramref name="ids"/> first.</summary>
    internal static JsonRead.Element<OrgChangeEvent> Reader(OrgIdTable? ids) =>
        ids is null ? Shape.ReadElement : (ref Utf8JsonReader r) => Shape.Read(ref r, new State { Predecessors = [], Successors = [], Partial = [], Ids = ids });
}
