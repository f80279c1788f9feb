namespace OrgModel.Reading;

/// <summary>What a decision stated in a text does to the people it names (<see cref="DecisionMention"/>): the forms of
/// Party discipline (<see cref="Personnel.DisciplineForm"/>), told apart where a text tells them apart, and the decision to
/// let a person cease holding a post, which is not a discipline.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<DecisionKind>))]
public enum DecisionKind
{
    /// <summary>Reprimand (khiển trách).</summary>
    Reprimand = 0,

    /// <summary>Warning (cảnh cáo).</summary>
    Warning,

    /// <summary>Removal from a named post (cách chức).</summary>
    RemovalFromPost,

    /// <summary>Removal from all posts in the Party (cách tất cả các chức vụ trong Đảng; "removing … from all positions in the Party").</summary>
    RemovalFromAllPartyPosts,

    /// <summary>Expulsion from the Party (khai trừ ra khỏi Đảng).</summary>
    Expulsion,

    /// <summary>Dissolution of an organisation (giải tán).</summary>
    Dissolution,

    /// <summary>Letting a person cease holding a post (cho thôi giữ chức; "cease holding the position"): not a discipline.</summary>
    CeaseHoldingPost,
}
