using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes an <see cref="AssignmentScope"/>: <c>kind</c> is the discriminator and says which members follow.</summary>
internal sealed class AssignmentScopeJsonConverter() : ObjectJsonConverter<AssignmentScope, AssignmentScopeJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(
        ScopeKind Kind, OrgId Organisation, bool HasOrganisation, ScopeBody Body, bool HasBody, string? Province, bool HasProvince,
        OrganisationKind? MemberKind, ImmutableArray<AssignmentScope> Parts, bool UnitForMissingBody);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<AssignmentScope, State> Shape = new(nameof(AssignmentScope),
    [
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<ScopeKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new(
            "organisation",
            static (ref r, ref s) => (s.Organisation, s.HasOrganisation) = (OrgIdJsonConverter.ReadValue(ref r), true),
            static (w, n, v) => JsonWrite.String(w, n, NamesOrganisation(v.Kind) ? v.OrganisationId.ToString() : null)),
        new("body", static (ref r, ref s) => (s.Body, s.HasBody) = (JsonRead.Enum<ScopeBody>(ref r), true), static (w, n, v) => WriteBody(w, n, v)),
        new("provinceCode", static (ref r, ref s) => (s.Province, s.HasProvince) = (JsonRead.NullableString(ref r), true), static (w, n, v) => JsonWrite.String(w, n, v.ProvinceCode)),
        new("memberKind", static (ref r, ref s) => s.MemberKind = JsonRead.NullableEnum<OrganisationKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.MemberKind)),
        new(
            "parts",
            static (ref r, ref s) => s.Parts = JsonRead.Array(ref r, ReadPart),
            static (w, n, v) => JsonWrite.NonEmptyArray(w, n, v.PartsArray.AsSpan(), WritePart)),
        new("unitForMissingBody", static (ref r, ref s) => s.UnitForMissingBody = JsonRead.Boolean(ref r), static (w, n, v) => TaskJson.Flag(w, n, v.UnitStandsForMissingBody)),
    ],
    Build,
    new State { Parts = [] });

    // Parts are scopes: the shape is read through methods because a field initializer cannot name its own field.
    private static AssignmentScope ReadPart(ref Utf8JsonReader reader) => Shape.Read(ref reader);

    private static void WritePart(Utf8JsonWriter writer, AssignmentScope part) => Shape.Write(writer, part);

    private static bool NamesOrganisation(ScopeKind kind) => kind is ScopeKind.Organisation or ScopeKind.DirectlyUnder or ScopeKind.ChildrenOf;

    private static void WriteBody(Utf8JsonWriter writer, JsonEncodedText name, AssignmentScope value)
    {
        if (value.Kind is ScopeKind.EveryProvince or ScopeKind.EveryCommune or ScopeKind.CommunesOfProvince)
        {
            JsonWrite.Enum(writer, name, value.Body);
        }
    }

    private static AssignmentScope Build(ref State s)
    {
        // Which members are required depends on the kind.
        string? missing = s.Kind switch
        {
            _ when NamesOrganisation(s.Kind) && !s.HasOrganisation => "organisation",
            ScopeKind.ChildrenOf when s.MemberKind is null => "memberKind",
            ScopeKind.Union when s.Parts.IsEmpty => "parts",
            ScopeKind.EveryProvince or ScopeKind.EveryCommune or ScopeKind.CommunesOfProvince when !s.HasBody => "body",
            ScopeKind.CommunesOfProvince when !s.HasProvince => "provinceCode",
            _ => null,
        };
        if (missing is not null)
        {
            throw JsonObjectReader.Missing(nameof(AssignmentScope), missing);
        }

        AssignmentScope scope = s.Kind switch
        {
            ScopeKind.Organisation => AssignmentScope.ForOrganisation(s.Organisation),
            ScopeKind.EveryProvince => AssignmentScope.EveryProvince(s.Body),
            ScopeKind.EveryCommune => AssignmentScope.EveryCommune(s.Body),
            ScopeKind.Union => AssignmentScope.Union(s.Parts),
            ScopeKind.DirectlyUnder => AssignmentScope.DirectlyUnder(s.Organisation),
            ScopeKind.ChildrenOf => AssignmentScope.ChildrenOf(s.Organisation, s.MemberKind!.Value),
            _ => AssignmentScope.CommunesOfProvince(s.Province!, s.Body),
        };
        return s.UnitForMissingBody ? scope.WithUnitForMissingBody() : scope;
    }
}
