using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>
/// Reads and writes a <see cref="PersonnelRecord"/> as its people, appointments and decisions; reading rebuilds it
/// through the people (as <see cref="PersonnelRecord.WithPerson"/> adds them), <see cref="PersonnelRecord.WithAppointments"/> and
/// <see cref="PersonnelRecord.Apply"/>, so an inconsistent record (an appointment of an unknown person, overlapping
/// holders of a single post) is a <see cref="JsonException"/>.
/// </summary>
internal sealed class PersonnelRecordJsonConverter() : ObjectJsonConverter<PersonnelRecord, PersonnelRecordJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(ImmutableArray<Person> People, ImmutableArray<Appointment> Appointments, ImmutableArray<DisciplinaryDecision> Decisions, ImmutableArray<Attestation> Attestations);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<PersonnelRecord, State> Shape = new(nameof(PersonnelRecord),
    [
        new("people", static (ref r, ref s) => s.People = JsonRead.Array(ref r, PersonJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.People, PersonJsonConverter.Shape.WriteElement), Required: true),
        new("appointments", static (ref r, ref s) => s.Appointments = JsonRead.Array(ref r, AppointmentJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Appointments, AppointmentJsonConverter.Shape.WriteElement)),
        new("decisions", static (ref r, ref s) => s.Decisions = JsonRead.Array(ref r, DisciplinaryDecisionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Decisions, DisciplinaryDecisionJsonConverter.Shape.WriteElement)),

        // Left out when empty, so that a record without attestations keeps the form it had before they existed.
        new("attestations", static (ref r, ref s) => s.Attestations = JsonRead.Array(ref r, AttestationJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.NonEmptyArray(w, n, v.Attestations, AttestationJsonConverter.Shape.WriteElement)),
    ],
    Build,
    new State { People = [], Appointments = [], Decisions = [], Attestations = [] });

    private static PersonnelRecord Build(ref State s)
    {
        if (s.People.Select(p => p.Id).Distinct().Count() != s.People.Length)
        {
            throw OrgModelJsonException.Here("a person is listed twice in \"people\".");
        }

        PersonnelRecord record = PersonnelRecord.Empty.WithPeople(s.People);

        // The written appointments already carry the decisions' effects (ends on the effective days), and may include
        // appointments recorded after a decision: so the decisions are recorded first, on a record without
        // appointments, where they end nothing and only set what they set beyond appointments (an expulsion's end
        // of membership); the appointments are then added exactly as written.
        foreach (DisciplinaryDecision d in s.Decisions)
        {
            record = record.Apply(d);
        }

        return record.WithAppointments(s.Appointments).WithAttestations(s.Attestations);
    }
}
