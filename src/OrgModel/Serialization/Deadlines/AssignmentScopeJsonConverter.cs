using System.Text.Json;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Serialization.Deadlines;

/// <summary>Reads and writes an <see cref="AssignmentScope"/>: <c>kind</c> is the discriminator and says which members follow.</summary>
internal sealed class AssignmentScopeJsonConverter : OrgModelConverter<AssignmentScope>
{
    private static readonly string[] Members = ["kind", "organisation", "body", "provinceCode"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AssignmentScope value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, AssignmentScope value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, "kind", value.Kind);
        if (value.Kind == ScopeKind.Organisation)
        {
            writer.WriteString("organisation", value.OrganisationId.ToString());
        }
        else
        {
            JsonWrite.Enum(writer, "body", value.Body);
        }

        JsonWrite.String(writer, "provinceCode", value.ProvinceCode);
        writer.WriteEndObject();
    }

    internal static AssignmentScope ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(AssignmentScope), Members);
        ScopeKind kind = default;
        OrgId organisation = default;
        ScopeBody body = default;
        string? province = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: kind = JsonRead.Enum<ScopeKind>(ref reader); break;
                    case 1: organisation = JsonRead.OrgId(ref reader); break;
                    case 2: body = JsonRead.Enum<ScopeBody>(ref reader); break;
                    default: province = JsonRead.NullableString(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        obj.Require(kind == ScopeKind.Organisation ? 1 : 2);
        if (kind == ScopeKind.CommunesOfProvince)
        {
            obj.Require(3);
        }

        try
        {
            return kind switch
            {
                ScopeKind.Organisation => AssignmentScope.ForOrganisation(organisation),
                ScopeKind.EveryProvince => AssignmentScope.EveryProvince(body),
                ScopeKind.EveryCommune => AssignmentScope.EveryCommune(body),
                _ => AssignmentScope.CommunesOfProvince(province!, body),
            };
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override AssignmentScope ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
