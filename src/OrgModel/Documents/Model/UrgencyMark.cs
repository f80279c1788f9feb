namespace OrgModel.Documents.Model;

/// <summary>The urgency mark of a document, in ascending order.</summary>
/// <remarks>Thread safety: an enum; thread-safe. <c>default</c> is <see cref="None"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<UrgencyMark>))]
public enum UrgencyMark
{
    /// <summary>No mark.</summary>
    None = 0,

    /// <summary>Khẩn (urgent).</summary>
    Urgent,

    /// <summary>Thượng khẩn (very urgent).</summary>
    VeryUrgent,

    /// <summary>Hỏa tốc (immediate).</summary>
    Immediate,
}
