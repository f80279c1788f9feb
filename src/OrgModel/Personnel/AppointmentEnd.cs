namespace OrgModel.Personnel;

/// <summary>How an appointment ended.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<AppointmentEnd>))]
public enum AppointmentEnd
{
    /// <summary>The term ended.</summary>
    TermEnded = 0,

    /// <summary>Transferred to other work (điều động).</summary>
    Transferred,

    /// <summary>Resigned or allowed to leave the post (thôi giữ chức).</summary>
    Resigned,

    /// <summary>Ceased to be a member of the body (thôi tham gia Ban Chấp hành), which is not a discipline.</summary>
    CeasedToBeMember,

    /// <summary>Ended by a disciplinary decision (removal from post, expulsion, dissolution of the organisation).</summary>
    Disciplined,

    /// <summary>The holder died in office (từ trần).</summary>
    Died,
}
