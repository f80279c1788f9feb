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
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<OrgRelationKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, RefuseDefault(v).Kind), Required: true, static (o, n, v) => o.Enum(n, RefuseDefault(v).Kind)),
        new("source", static (ref r, ref s) =>
            {
                s.Source = OrgIdTable.Read(s.Ids, ref r, out int index);
                s.SourceIndex = index;
            }, static (w, n, v) => w.WriteString(n, v.Source.ToString()), Required: true, static (o, n, v) => o.String(n, v.Source.ToString())),
        new("target", static (ref r, ref s) =>
            {
                s.Target = OrgIdTable.Read(s.Ids, ref r, out int index);
                s.TargetIndex = index;
            }, static (w, n, v) => w.WriteString(n, v.Target.ToString()), Required: true, static (o, n, v) => o.String(n, v.Target.ToString())),
        new("validFrom", static (ref r, ref s) => s.ValidFrom = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.ValidFrom), WriteUtf8: static (o, n, v) => o.Date(n, v.ValidFrom)),
        new("validTo", static (ref r, ref s) => s.ValidTo = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.ValidTo), WriteUtf8: static (o, n, v) => o.Date(n, v.ValidTo)),
    ],
    static (ref s) => new OrgRelation(s.Kind, s.Source, s.Target, s.ValidFrom, s.ValidTo));

    /// <summary>Reads relations whose ids are looked up in <paramref name="ids"/> first, keeping the indexes found.</summary>
    internal static JsonRead.Element<Linked> Reader(OrgIdTable? ids) => (ref Utf8JsonReader r) =>
    {
        // The relations of a chart are nearly all in the library's own form: read on the spot, without a delegate per
        // member. Anything else starts again from the object's first token, the general way, which also gives every
        // error its usual message and path.
        Utf8JsonReader start = r;
        if (ids is not null && TryReadPlain(ref r, ids, out Linked plain))
        {
            return plain;
        }

        r = start;
        var state = new State { Ids = ids, SourceIndex = -1, TargetIndex = -1 };
        OrgRelation relation = Shape.Read(ref r, ref state);
        return new Linked(relation, state.SourceIndex, state.TargetIndex);
    };

    // A relation with plain (unescaped) names and values, each member once, both ends in the table and valid as it stands;
    // false as soon as anything else is met.
    private static bool TryReadPlain(ref Utf8JsonReader r, OrgIdTable ids, out Linked linked)
    {
        linked = default;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        OrgRelationKind kind = default;
        int source = -1, target = -1, seen = 0, previous = -1;
        LocalDate? from = null, to = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName && !r.ValueIsEscaped && !r.HasValueSequence)
        {
            int member = Shape.IndexOf(r.ValueSpan, previous);
            if (member < 0 || (seen & (1 << member)) != 0 || !r.Read())
            {
                return false;
            }

            seen |= 1 << member;
            previous = member;
            bool read = member switch
            {
                0 => JsonRead.TryPlainString(ref r, out ReadOnlySpan<byte> name) && JsonEnum<OrgRelationKind>.TryParseUtf8(name, out kind),
                1 => (source = ids.Find(ref r)) >= 0,
                2 => (target = ids.Find(ref r)) >= 0,
                3 => TryPlainDate(ref r, out from),
                _ => TryPlainDate(ref r, out to),
            };
            if (!read)
            {
                return false;
            }
        }

        if (r.TokenType != JsonTokenType.EndObject || (seen & 7) != 7 || source == target || (from is { } f && to is { } t && t < f))
        {
            return false;
        }

        linked = new Linked(new OrgRelation(kind, ids.IdAt(source), ids.IdAt(target), from, to), source, target);
        return true;
    }

    private static bool TryPlainDate(ref Utf8JsonReader r, out LocalDate? date)
    {
        date = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!JsonRead.TryPlainString(ref r, out ReadOnlySpan<byte> utf8) || !IsoDateUtf8.TryRead(utf8, out LocalDate day))
        {
            return false;
        }

        date = day;
        return true;
    }

    // default(OrgRelation) has empty ids, which no reader accepts: refuse it here rather than in the reader.
    private static OrgRelation RefuseDefault(OrgRelation value) => value.Source.IsEmpty || value.Target.IsEmpty
        ? throw new JsonException("default(OrgRelation) has empty ids and cannot be written.")
        : value;
}
