namespace OrgModel.Personnel;

/// <summary>Why an appointment breaks a rule.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<RuleViolationReason>))]
public enum RuleViolationReason
{
    /// <summary>The holder was born in the province of the post (after mergers).</summary>
    BornInProvince = 0,

    /// <summary>The holder's hometown is in the province of the post (after mergers).</summary>
    HometownInProvince,
}
