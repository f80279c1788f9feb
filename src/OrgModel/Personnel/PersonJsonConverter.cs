using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>Reads and writes a <see cref="Person"/>.</summary>
internal sealed class PersonJsonConverter() : ObjectJsonConverter<Person, PersonJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(PersonId Id, VietnameseName Name, PartialDate? Birth, OrgId? Birthplace, OrgId? Hometown);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<Person, State> Shape = new(nameof(Person),
    [
        new("id", static (ref r, ref s) => s.Id = PersonnelJsonParts.Person(ref r), static (w, n, v) => w.WriteString(n, v.Id.ToString()), Required: true),
        new("name", static (ref r, ref s) => s.Name = PersonnelJsonParts.Name(ref r), static (w, n, v) => w.WriteString(n, v.Name.ToString()), Required: true),
        new(
            "birthDate",
            static (ref r, ref s) => s.Birth = JsonRead.NullableString(ref r) is { } b ? PersonnelJsonParts.PartialDate(b) : null,
            static (w, n, v) => JsonWrite.String(w, n, v.BirthDate is { IsEmpty: false } b ? b.ToString() : null)),
        new("birthplace", static (ref r, ref s) => s.Birthplace = OrgIdJsonConverter.ReadNullable(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Birthplace?.ToString())),
        new("hometown", static (ref r, ref s) => s.Hometown = OrgIdJsonConverter.ReadNullable(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Hometown?.ToString())),
    ],
    static (ref s) => new Person(s.Id, s.Name, s.Birth, s.Birthplace, s.Hometown));
}
