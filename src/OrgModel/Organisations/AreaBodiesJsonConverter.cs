using OrgModel.Serialization.Json;

namespace OrgModel.Organisations;

/// <summary>Reads and writes <see cref="AreaBodies"/>: a unit and its Party committee, People's Council and People's Committee.</summary>
internal sealed class AreaBodiesJsonConverter() : ObjectJsonConverter<AreaBodies, AreaBodiesJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(Organisation Unit, Organisation? PartyCommittee, Organisation? PeoplesCouncil, Organisation? PeoplesCommittee);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<AreaBodies, State> Shape = new(nameof(AreaBodies),
    [
        new("unit", static (ref r, ref s) => s.Unit = OrganisationJsonConverter.Shape.Read(ref r), static (w, n, v) => OrganisationJsonConverter.Shape.WriteMember(w, n, v.Unit), Required: true),
        new("partyCommittee", static (ref r, ref s) => s.PartyCommittee = OrganisationJsonConverter.Shape.ReadNullable(ref r), static (w, n, v) => OrganisationJsonConverter.Shape.WriteMember(w, n, v.PartyCommittee)),
        new("peoplesCouncil", static (ref r, ref s) => s.PeoplesCouncil = OrganisationJsonConverter.Shape.ReadNullable(ref r), static (w, n, v) => OrganisationJsonConverter.Shape.WriteMember(w, n, v.PeoplesCouncil)),
        new("peoplesCommittee", static (ref r, ref s) => s.PeoplesCommittee = OrganisationJsonConverter.Shape.ReadNullable(ref r), static (w, n, v) => OrganisationJsonConverter.Shape.WriteMember(w, n, v.PeoplesCommittee)),
    ],
    static (ref s) => new AreaBodies(s.Unit, s.PartyCommittee, s.PeoplesCouncil, s.PeoplesCommittee));
}
