using OrgModel.Serialization.Json;

namespace OrgModel.Organisations;

/// <summary>Reads and writes an <see cref="Organisation"/> as a JSON object; reading re-runs the constructor's checks.</summary>
internal sealed class OrganisationJsonConverter() : ObjectJsonConverter<Organisation, OrganisationJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(OrgId Id, OrganisationKind Kind, OrgLevel Level, string Name, string? Code, LocalDate? ValidFrom, LocalDate? ValidTo, string? EnglishName, string? ShortName, AdministrativeUnitType? UnitType, ImmutableArray<string> Aliases);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<Organisation, State> Shape = new(nameof(Organisation),
    [
        new("id", static (ref r, ref s) => s.Id = OrgIdJsonConverter.ReadValue(ref r), static (w, n, v) => w.WriteString(n, v.Id.ToString()), Required: true),
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<OrganisationKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new("level", static (ref r, ref s) => s.Level = JsonRead.Enum<OrgLevel>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Level), Required: true),
        new("name", static (ref r, ref s) => s.Name = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Name), Required: true),
        new("code", static (ref r, ref s) => s.Code = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Code)),
        new("validFrom", static (ref r, ref s) => s.ValidFrom = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.ValidFrom)),
        new("validTo", static (ref r, ref s) => s.ValidTo = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.ValidTo)),
        new("englishName", static (ref r, ref s) => s.EnglishName = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.EnglishName)),
        new("shortName", static (ref r, ref s) => s.ShortName = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.ShortName)),
        new("unitType", static (ref r, ref s) => s.UnitType = JsonRead.NullableEnum<AdministrativeUnitType>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.UnitType)),

        // Left out when empty, so that the form of an organisation without aliases is unchanged.
        new("aliases", static (ref r, ref s) => s.Aliases = JsonRead.Array(ref r, JsonRead.String), static (w, n, v) => JsonWrite.NonEmptyArray(w, n, v.Aliases, static (w, a) => w.WriteStringValue(a))),
    ],
    static (ref s) => Create(s));

    private static Organisation Create(in State s)
    {
        var organisation = new Organisation(s.Id, s.Kind, s.Level, s.Name, s.Code, s.ValidFrom, s.ValidTo, s.EnglishName, s.ShortName, s.UnitType);
        return s.Aliases.IsDefaultOrEmpty ? organisation : organisation.WithAliases(s.Aliases);
    }
}
