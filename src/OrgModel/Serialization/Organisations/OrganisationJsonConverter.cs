using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Organisations;

/// <summary>Reads and writes an <see cref="Organisation"/> as a JSON object; reading re-runs the constructor's checks.</summary>
internal sealed class OrganisationJsonConverter : OrgModelConverter<Organisation>
{
    private static readonly string[] Members = ["id", "kind", "level", "name", "code", "validFrom", "validTo", "englishName", "shortName", "unitType"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Organisation value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes without the serializer (for the chart converter).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, Organisation value)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id.ToString());
        JsonWrite.Enum(writer, "kind", value.Kind);
        JsonWrite.Enum(writer, "level", value.Level);
        writer.WriteString("name", value.Name);
        JsonWrite.String(writer, "code", value.Code);
        JsonWrite.Date(writer, "validFrom", value.ValidFrom);
        JsonWrite.Date(writer, "validTo", value.ValidTo);
        JsonWrite.String(writer, "englishName", value.EnglishName);
        JsonWrite.String(writer, "shortName", value.ShortName);
        if (value.UnitType is { } unitType)
        {
            JsonWrite.Enum(writer, "unitType", unitType);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads without the serializer (for the chart converter).</summary>
    internal static Organisation ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(Organisation), Members);
        OrgId id = default;
        OrganisationKind kind = default;
        OrgLevel level = default;
        string? name = null, code = null, englishName = null, shortName = null;
        LocalDate? validFrom = null, validTo = null;
        AdministrativeUnitType? unitType = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: id = JsonRead.OrgId(ref reader); break;
                    case 1: kind = JsonRead.Enum<OrganisationKind>(ref reader); break;
                    case 2: level = JsonRead.Enum<OrgLevel>(ref reader); break;
                    case 3: name = JsonRead.String(ref reader); break;
                    case 4: code = JsonRead.NullableString(ref reader); break;
                    case 5: validFrom = JsonRead.NullableDate(ref reader); break;
                    case 6: validTo = JsonRead.NullableDate(ref reader); break;
                    case 7: englishName = JsonRead.NullableString(ref reader); break;
                    case 8: shortName = JsonRead.NullableString(ref reader); break;
                    default: unitType = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Enum<AdministrativeUnitType>(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        for (int required = 0; required < 4; required++)
        {
            obj.Require(required);
        }

        try
        {
            return new Organisation(id, kind, level, name!, code, validFrom, validTo, englishName, shortName, unitType);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override Organisation ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
