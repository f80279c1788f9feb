using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>Reads and writes an <see cref="Attestation"/>.</summary>
internal sealed class AttestationJsonConverter() : ObjectJsonConverter<Attestation, AttestationJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(PersonId Person, Post Post, LocalDate Date, string Source);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<Attestation, State> Shape = new(nameof(Attestation),
    [
        new("person", static (ref r, ref s) => s.Person = PersonnelJsonParts.Person(ref r), static (w, n, v) => w.WriteString(n, v.Person.ToString()), Required: true),
        new("post", static (ref r, ref s) => s.Post = PostJsonConverter.Shape.Read(ref r), static (w, n, v) => PostJsonConverter.Shape.WriteMember(w, n, v.Post), Required: true),
        new("date", static (ref r, ref s) => s.Date = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Date), Required: true),
        new("source", static (ref r, ref s) => s.Source = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Source), Required: true),
    ],
    static (ref s) => new Attestation(s.Person, s.Post, s.Date, s.Source));
}
