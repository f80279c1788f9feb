namespace OrgModel.Personnel;

/// <summary>How an appointment began.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<AppointmentStart>))]
public enum AppointmentStart
{
    /// <summary>Elected (bầu), for example by a congress or a plenum.</summary>
    Elected = 0,

    /// <summary>Appointed (bổ nhiệm) by a competent authority.</summary>
    Appointed,

    /// <summary>Assigned (phân công, chỉ định) by a higher body.</summary>
    Assigned,
}
