namespace OrgModel.Organisations;

/// <summary>The legal type of an administrative unit, as in the national statistics office's lists.</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<AdministrativeUnitType>))]
public enum AdministrativeUnitType
{
    /// <summary>Centrally-run city (thành phố trực thuộc trung ương).</summary>
    Municipality = 1,

    /// <summary>Province (tỉnh).</summary>
    Province,

    /// <summary>Urban district (quận), until 30 June 2025.</summary>
    UrbanDistrict,

    /// <summary>Rural district (huyện), until 30 June 2025.</summary>
    District,

    /// <summary>District-level town (thị xã), until 30 June 2025.</summary>
    Town,

    /// <summary>City under a province or centrally-run city (thành phố thuộc tỉnh/thành phố), until 30 June 2025.</summary>
    City,

    /// <summary>Commune (xã).</summary>
    Commune,

    /// <summary>Ward (phường).</summary>
    Ward,

    /// <summary>Township (thị trấn), until 30 June 2025.</summary>
    Township,

    /// <summary>Special zone (đặc khu), from 1 July 2025.</summary>
    SpecialZone,
}
