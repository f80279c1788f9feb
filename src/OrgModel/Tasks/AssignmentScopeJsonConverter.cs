using System.Text.Json;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes an <see cref="AssignmentScope"/>: <c>kind</c> is the discriminator and says which members follow.</summary>
internal sealed class AssignmentScopeJsonConverter() : ObjectJsonConverter<AssignmentScope, AssignmentScopeJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(ScopeKind Kind, OrgId Organisation, bool HasOrganisation, ScopeBody Body, bool HasBody, string? Province, bool HasProvince);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<AssignmentScope, State> Shape = new(nameof(AssignmentScope),
    [
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<ScopeKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new(
            "organisation",
            static (ref r, ref s) => (s.Organisation, s.HasOrganisation) = (OrgIdJsonConverter.ReadValue(ref r), true),
            static (w, n, v) => JsonWrite.String(w, n, v.Kind == ScopeKind.Organisation ? v.OrganisationId.ToString() : null)),
        new("body", static (ref r, ref s) => (s.Body, s.HasBody) = (JsonRead.Enum<ScopeBody>(ref r), true), static (w, n, v) => WriteBody(w, n, v)),
        new("provinceCode", static (ref r, ref s) => (s.Province, s.HasProvince) = (JsonRead.NullableString(ref r), true), static (w, n, v) => JsonWrite.String(w, n, v.ProvinceCode)),
    ],
    Build);

    private static void WriteBody(Utf8JsonWriter writer, JsonEncodedText name, AssignmentScope value)
    {
        if (value.Kind != ScopeKind.Organisation)
        {
            JsonWrite.Enum(writer, name, value.Body);
        }
    }

    private static AssignmentScope Build(ref State s)
    {
        // Which members are required depends on the kind.
        if (s.Kind == ScopeKind.Organisation ? !s.HasOrganisation : !s.HasBody)
        {
            throw JsonObjectReader.Missing(nameof(AssignmentScope), s.Kind == ScopeKind.Organisation ? "organisation" : "body");
        }

        if (s.Kind == ScopeKind.CommunesOfProvince && !s.HasProvince)
        {
            throw JsonObjectReader.Missing(nameof(AssignmentScope), "provinceCode");
        }

        return s.Kind switch
        {
            ScopeKind.Organisation => AssignmentScope.ForOrganisation(s.Organisation),
            ScopeKind.EveryProvince => AssignmentScope.EveryProvince(s.Body),
            ScopeKind.EveryCommune => AssignmentScope.EveryCommune(s.Body),
            _ => AssignmentScope.CommunesOfProvince(s.Province!, s.Body),
        };
    }
}
