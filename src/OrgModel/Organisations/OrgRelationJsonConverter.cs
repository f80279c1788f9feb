using OrgModel.Serialization.Json;

namespace OrgModel.Organisations;

/// <summary>Reads and writes an <see cref="OrgRelation"/>.</summary>
internal sealed class OrgRelationJsonConverter() : ObjectJsonConverter<OrgRelation, OrgRelationJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(OrgRelationKind Kind, OrgId Source, OrgId Target, LocalDate? ValidFrom, LocalDate? ValidTo, OrgIdTable? Ids, int SourceIndex, int TargetIndex);

    /// <summary>A relation read with the indexes of its ends among the organisations read before it (-1 where not found).</summary>
    internal readonly record struct Linked(OrgRelation Relation, int Source, int Target);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<OrgRelation, State> Shape = new(nameof(OrgRelation),
    [
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<OrgRelationKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, RefuseDefault(v).Kind), Required: true),
        new("source", static (ref r, ref s) =>
            {
                s.Source = OrgIdTable.Read(s.Ids, ref r, out int index);
                s.SourceIndex = index;
            }, static (w, n, v) => w.WriteString(n, v.Source.ToString()), Required: true),
        new("target", static (ref r, ref s) =>
            {
                s.Target = OrgIdTable.Read(s.Ids, ref r, out int index);
                s.TargetIndex = index;
            }, static (w, n, v) => w.WriteString(n, v.Target.ToString()), Required: true),
        new("validFrom", static (ref r, ref s) => s.ValidFrom = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.ValidFrom)),
        new("validTo", static (ref r, ref s) => s.ValidTo = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.ValidTo)),
    ],
    static (ref s) => new OrgRelation(s.Kind, s.Source, s.Target, s.ValidFrom, s.ValidTo));

    /// <summary>Reads relations whose ids are looked up in <paramref name="ids"/> first, keeping the indexes found.</summary>
    internal static JsonRead.Element<Linked> Reader(OrgIdTable? ids) => (ref Utf8JsonReader r) =>
    {
        var state = new State { Ids = ids, SourceIndex = -1, TargetIndex = -1 };
        OrgRelation relation = Shape.Read(ref r, ref state);
        return new Linked(relation, state.SourceIndex, state.TargetIndex);
    };

    // default(OrgRelation) has empty ids, which no reader accepts: refuse it here rather than in the reader.
    private static OrgRelation RefuseDefault(OrgRelation value) => value.Source.IsEmpty || value.Target.IsEmpty
        ? throw new JsonException("default(OrgRelation) has empty ids and cannot be written.")
        : value;
}
