namespace OrgModel.Deadlines;

/// <summary>How often a recurring report is due.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<RecurrenceFrequency>))]
public enum RecurrenceFrequency
{
    /// <summary>Every month ("hằng tháng").</summary>
    Monthly = 1,

    /// <summary>Every calendar quarter ("hằng quý").</summary>
    Quarterly = 3,

    /// <summary>Every year ("hằng năm").</summary>
    Yearly = 12,
}
