using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>Reads and writes a <see cref="PostHolder"/> as its person and either its appointment or its attestation.</summary>
internal sealed class PostHolderJsonConverter() : ObjectJsonConverter<PostHolder, PostHolderJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(Person? Person, Appointment? Appointment, Attestation? Attestation);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<PostHolder, State> Shape = new(nameof(PostHolder),
    [
        new("person", static (ref r, ref s) => s.Person = PersonJsonConverter.Shape.Read(ref r), static (w, n, v) => PersonJsonConverter.Shape.WriteMember(w, n, v.Person), Required: true),
        new("appointment", static (ref r, ref s) => s.Appointment = AppointmentJsonConverter.Shape.ReadNullable(ref r), static (w, n, v) => AppointmentJsonConverter.Shape.WriteMember(w, n, v.Appointment)),
        new("attestation", static (ref r, ref s) => s.Attestation = AttestationJsonConverter.Shape.ReadNullable(ref r), static (w, n, v) => AttestationJsonConverter.Shape.WriteMember(w, n, v.Attestation)),
    ],
    Build);

    private static PostHolder Build(ref State s) => (s.Appointment, s.Attestation) switch
    {
        ({ } a, null) => PostHolder.FromAppointment(s.Person!, a),
        (null, { } t) => PostHolder.FromAttestation(s.Person!, t),
        _ => throw OrgModelJsonException.Here("a post holder needs exactly one of \"appointment\" and \"attestation\"."),
    };
}
