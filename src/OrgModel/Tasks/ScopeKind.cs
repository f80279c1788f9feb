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
}
