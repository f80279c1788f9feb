namespace OrgModel.Personnel;

/// <summary>What a holder of a post on a day rests on: an appointment with a known start, or only a dated text.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<HoldingEvidence>))]
public enum HoldingEvidence
{
    /// <summary>An <see cref="Personnel.Appointment"/> held on the day: its start (and end, when ended) are known.</summary>
    Appointment = 0,

    /// <summary>Only an <see cref="Personnel.Attestation"/> of that day: the text says so; start and end are unknown.</summary>
    Attestation,
}
