namespace OrgModel.Tasks;

/// <summary>How an <see cref="AssignmentScope"/> selects organisations.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<ScopeKind>))]
public enum ScopeKind
{
    /// <summary>One named organisation.</summary>
    Organisation = 0,

    /// <summary>A body of every province ("every provincial Party committee").</summary>
    EveryProvince,

    /// <summary>A body of every commune, ward and special zone of the country.</summary>
    EveryCommune,

    /// <summary>A body of every commune of one province ("the People's Committees of every commune of province 01").</summary>
    CommunesOfProvince,

    /// <summary>The union of several scopes (<see cref="AssignmentScope.Parts"/>).</summary>
    Union,

    /// <summary>Every Party organisation whose direct superior is one organisation ("the Party committees directly under the Central Committee").</summary>
    DirectlyUnder,

    /// <summary>Every organisation of one kind directly under a parent ("every ministry" under the Government).</summary>
    ChildrenOf,
}
