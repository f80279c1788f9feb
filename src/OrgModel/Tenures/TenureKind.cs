namespace OrgModel.Tenures;

/// <summary>The kinds of term that organisations, posts and documents live in.</summary>
/// <remarks>Thread safety: an enum; immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<TenureKind>))]
public enum TenureKind
{
    /// <summary>
    /// A local Party congress term ("nhiệm kỳ 2025–2030"), shared by provincial, commune and grassroots Party
    /// organisations; it has no national ordinal. This is the kind a bare year range parses as.
    /// </summary>
    LocalParty = 0,

    /// <summary>A national Party term ("khóa XIII"), opened by a National Party Congress; it has an ordinal.</summary>
    NationalParty = 1,

    /// <summary>A National Assembly term ("Quốc hội khóa XV"); it has an ordinal.</summary>
    NationalAssembly = 2,

    /// <summary>A People's Council term ("HĐND nhiệm kỳ 2026–2031"); it has no national ordinal.</summary>
    PeoplesCouncil = 3,
}
