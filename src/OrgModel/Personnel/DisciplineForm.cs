namespace OrgModel.Personnel;

/// <summary>The forms of Party discipline (Party Charter; Regulation 69-QĐ/TW).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<DisciplineForm>))]
public enum DisciplineForm
{
    /// <summary>Reprimand (khiển trách), for members and organisations; no effect on posts.</summary>
    Reprimand = 0,

    /// <summary>Warning (cảnh cáo), for members and organisations; no effect on posts.</summary>
    Warning,

    /// <summary>Removal from post (cách chức), for members only: the named posts, or all Party posts.</summary>
    RemovalFromPost,

    /// <summary>Expulsion (khai trừ), for members only: ends Party membership and every Party post.</summary>
    Expulsion,

    /// <summary>Dissolution (giải tán), for organisations only: ends every post in the organisation.</summary>
    Dissolution,
}
