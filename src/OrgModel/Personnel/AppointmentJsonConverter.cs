using OrgModel.Serialization.Json;
using OrgModel.Tenures;

namespace OrgModel.Personnel;

/// <summary>Reads and writes an <see cref="Appointment"/>.</summary>
internal sealed class AppointmentJsonConverter() : ObjectJsonConverter<Appointment, AppointmentJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(PersonId Person, Post Post, LocalDate Start, AppointmentStart HowBegan, Tenure? Term, LocalDate? End, AppointmentEnd? HowEnded);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<Appointment, State> Shape = new(nameof(Appointment),
    [
        new("person", static (ref r, ref s) => s.Person = PersonnelJsonParts.Person(ref r), static (w, n, v) => w.WriteString(n, v.Person.ToString()), Required: true),
        new("post", static (ref r, ref s) => s.Post = PostJsonConverter.Shape.Read(ref r), static (w, n, v) => PostJsonConverter.Shape.WriteMember(w, n, v.Post), Required: true),
        new("start", static (ref r, ref s) => s.Start = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Start), Required: true),
        new("howBegan", static (ref r, ref s) => s.HowBegan = JsonRead.Enum<AppointmentStart>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.HowBegan), Required: true),
        new("term", static (ref r, ref s) => s.Term = TenureJsonConverter.ReadNullable(ref r), static (w, n, v) => TenureJsonConverter.WriteMember(w, n, v.Term)),
        new("end", static (ref r, ref s) => s.End = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.End)),
        new("howEnded", static (ref r, ref s) => s.HowEnded = JsonRead.NullableEnum<AppointmentEnd>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.HowEnded)),
    ],
    static (ref s) => new Appointment(s.Person, s.Post, s.Start, s.HowBegan, s.Term, s.End, s.HowEnded));
}
