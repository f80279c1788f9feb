using System.Collections.Immutable;
using System.Text.Json;
using OrgModel.Personnel;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Personnel;

/// <summary>
/// Reads and writes a <see cref="PersonnelRecord"/> as its people, appointments and decisions; reading rebuilds it
/// through the people (as <see cref="PersonnelRecord.WithPerson"/> adds them), <see cref="PersonnelRecord.WithAppointments"/> and
/// <see cref="PersonnelRecord.Apply"/>, so an inconsistent record (an appointment of an unknown person, overlapping
/// holders of a single post) is a <see cref="JsonException"/>.
/// </summary>
internal sealed class PersonnelRecordJsonConverter : OrgModelConverter<PersonnelRecord>
{
    private static readonly string[] Members = ["people", "appointments", "decisions"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PersonnelRecord value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("people");
        foreach (Person p in value.People)
        {
            PersonJsonConverter.WriteValue(writer, p);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("appointments");
        foreach (Appointment a in value.Appointments)
        {
            AppointmentJsonConverter.WriteValue(writer, a);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("decisions");
        foreach (DisciplinaryDecision d in value.Decisions)
        {
            DisciplinaryDecisionJsonConverter.WriteValue(writer, d);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override PersonnelRecord ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(PersonnelRecord), Members);
        ImmutableArray<Person> people = [];
        ImmutableArray<Appointment> appointments = [];
        ImmutableArray<DisciplinaryDecision> decisions = [];
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: people = JsonRead.Array(ref reader, PersonJsonConverter.ReadValue); break;
                    case 1: appointments = JsonRead.Array(ref reader, AppointmentJsonConverter.ReadValue); break;
                    default: decisions = JsonRead.Array(ref reader, DisciplinaryDecisionJsonConverter.ReadValue); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        try
        {
            if (people.Select(p => p.Id).Distinct().Count() != people.Length)
            {
                throw OrgModelJsonException.Here("a person is listed twice in \"people\".");
            }

            PersonnelRecord record = PersonnelRecord.Empty.WithPeople(people);

            // The written appointments already carry the decisions' effects (ends on the effective days), and may include
            // appointments recorded after a decision: so the decisions are recorded first, on a record without
            // appointments, where they end nothing and only set what they set beyond appointments (an expulsion's end
            // of membership); the appointments are then added exactly as written.
            foreach (DisciplinaryDecision d in decisions)
            {
                record = record.Apply(d);
            }

            record = record.WithAppointments(appointments);

            return record;
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }
}
