using OrgModel.Serialization.Json;

namespace OrgModel.Tenures;

/// <summary>Reads and writes a <see cref="PoliticalEvent"/>.</summary>
internal sealed class PoliticalEventJsonConverter() : ObjectJsonConverter<PoliticalEvent, PoliticalEventJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(PoliticalEventKind Kind, string Id, string Name, LocalDate Start, LocalDate? End, Tenure? Term);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<PoliticalEvent, State> Shape = new(nameof(PoliticalEvent),
    [
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<PoliticalEventKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new("id", static (ref r, ref s) => s.Id = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Id), Required: true),
        new("name", static (ref r, ref s) => s.Name = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Name), Required: true),
        new("start", static (ref r, ref s) => s.Start = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Start), Required: true),
        new("end", static (ref r, ref s) => s.End = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.End)),
        new("term", static (ref r, ref s) => s.Term = TenureJsonConverter.ReadNullable(ref r), static (w, n, v) => TenureJsonConverter.WriteMember(w, n, v.Term)),
    ],
    static (ref s) => new PoliticalEvent(s.Kind, s.Id, s.Name, s.Start, s.End, s.Term));
}
