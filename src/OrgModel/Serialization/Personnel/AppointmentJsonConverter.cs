using System.Text.Json;
using NodaTime;
using OrgModel.Personnel;
using OrgModel.Serialization.Documents;
using OrgModel.Serialization.Json;
using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Serialization.Personnel;

/// <summary>Reads and writes an <see cref="Appointment"/>.</summary>
internal sealed class AppointmentJsonConverter : OrgModelConverter<Appointment>
{
    private static readonly string[] Members = ["person", "post", "start", "howBegan", "term", "end", "howEnded"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Appointment value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, Appointment value)
    {
        writer.WriteStartObject();
        writer.WriteString("person", value.Person.ToString());
        writer.WritePropertyName("post");
        PostJsonConverter.WriteValue(writer, value.Post);
        JsonWrite.Date(writer, "start", value.Start);
        JsonWrite.Enum(writer, "howBegan", value.HowBegan);
        JsonWrite.String(writer, "term", value.Term?.ToString("F", null));
        JsonWrite.Date(writer, "end", value.End);
        if (value.HowEnded is { } how)
        {
            JsonWrite.Enum(writer, "howEnded", how);
        }

        writer.WriteEndObject();
    }

    internal static Appointment ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(Appointment), Members);
        PersonId person = default;
        Post? post = null;
        LocalDate start = default;
        AppointmentStart howBegan = default;
        Tenure? term = null;
        LocalDate? end = null;
        AppointmentEnd? howEnded = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: person = PersonnelJsonParts.Person(ref reader); break;
                    case 1: post = PostJsonConverter.ReadValue(ref reader); break;
                    case 2: start = JsonRead.Date(ref reader); break;
                    case 3: howBegan = JsonRead.Enum<AppointmentStart>(ref reader); break;
                    case 4: term = reader.TokenType == JsonTokenType.Null ? null : DocumentJsonParts.Term(ref reader); break;
                    case 5: end = JsonRead.NullableDate(ref reader); break;
                    default: howEnded = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Enum<AppointmentEnd>(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        for (int required = 0; required < 4; required++)
        {
            obj.Require(required);
        }

        try
        {
            return new Appointment(person, post!, start, howBegan, term, end, howEnded);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override Appointment ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
