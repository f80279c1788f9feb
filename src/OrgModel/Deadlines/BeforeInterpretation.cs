namespace OrgModel.Deadlines;

/// <summary>How to read "before a day" ("trước ngày 31/7/2025"), which ordinary use leaves ambiguous.</summary>
/// <remarks>
/// <para>The default, <see cref="Inclusive"/>, treats the named day as the deadline, as a tracker records it;
/// callers who read the text strictly pass <see cref="Exclusive"/>. The original wording is kept on the
/// <see cref="Deadline"/> either way (<see cref="Deadline.Wording"/>).</para>
/// <para>Thread safety: an enum, immutable.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<BeforeInterpretation>))]
public enum BeforeInterpretation
{
    /// <summary>The named day is still on time (the default): "before 31 July" gives a due date of 31 July.</summary>
    Inclusive = 0,

    /// <summary>Only days strictly before the named day are on time: "before 31 July" gives a due date of 30 July.</summary>
    Exclusive = 1,
}
