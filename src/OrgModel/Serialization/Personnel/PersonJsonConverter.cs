using System.Text.Json;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Personnel;

/// <summary>Reads and writes a <see cref="Person"/>.</summary>
internal sealed class PersonJsonConverter : OrgModelConverter<Person>
{
    private static readonly string[] Members = ["id", "name", "birthDate", "birthplace", "hometown"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Person value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, Person value)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id.ToString());
        writer.WriteString("name", value.Name.ToString());
        JsonWrite.String(writer, "birthDate", value.BirthDate is { IsEmpty: false } b ? b.ToString() : null);
        JsonWrite.String(writer, "birthplace", value.Birthplace?.ToString());
        JsonWrite.String(writer, "hometown", value.Hometown?.ToString());
        writer.WriteEndObject();
    }

    internal static Person ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(Person), Members);
        PersonId id = default;
        VietnameseName name = default;
        PartialDate? birth = null;
        OrgId? birthplace = null, hometown = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: id = PersonnelJsonParts.Person(ref reader); break;
                    case 1: name = PersonnelJsonParts.Name(ref reader); break;
                    case 2: birth = JsonRead.NullableString(ref reader) is { } b ? PersonnelJsonParts.PartialDate(b) : null; break;
                    case 3: birthplace = reader.TokenType == JsonTokenType.Null ? null : JsonRead.OrgId(ref reader); break;
                    default: hometown = reader.TokenType == JsonTokenType.Null ? null : JsonRead.OrgId(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        obj.Require(1);
        try
        {
            return new Person(id, name, birth, birthplace, hometown);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override Person ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
