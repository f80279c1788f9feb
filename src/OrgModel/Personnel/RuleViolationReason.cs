namespace OrgModel.Personnel;

/// <summary>Why an appointment breaks a rule.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<RuleViolationReason>))]
public enum RuleViolationReason
{
    /// <summary>The holder was born in the province of the post (after mergers).</summary>
    BornInProvince = 0,

    /// <summary>The holder's hometown is in the province of the post (after mergers).</summary>
    HometownInProvince,

    /// <summary>The rule covers the post, but the post's body could not be placed in a province on the day (it is not in the
    /// chart, or no province-level unit is above it): the appointment was not checked, and <see cref="RuleViolation.Province"/>
    /// is null.</summary>
    ProvinceUnknown,
}
