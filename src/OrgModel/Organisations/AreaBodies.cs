namespace OrgModel.Organisations;

/// <summary>The bodies of an administrative unit: its Party committee, People's Council and People's Committee.</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(AreaBodiesJsonConverter))]
public sealed class AreaBodies
{
    internal AreaBodies(Organisation unit, Organisation? partyCommittee, Organisation? peoplesCouncil, Organisation? peoplesCommittee)
    {
        Unit = unit;
        PartyCommittee = partyCommittee;
        PeoplesCouncil = peoplesCouncil;
        PeoplesCommittee = peoplesCommittee;
    }

    /// <summary>Gets the administrative unit.</summary>
    public Organisation Unit { get; }

    /// <summary>Gets its Party committee (tỉnh ủy, thành ủy, đảng ủy), or null when the chart has none.</summary>
    public Organisation? PartyCommittee { get; }

    /// <summary>Gets its People's Council, or null when the chart has none.</summary>
    public Organisation? PeoplesCouncil { get; }

    /// <summary>Gets its People's Committee, or null when the chart has none.</summary>
    public Organisation? PeoplesCommittee { get; }
}
