using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Organisations;

/// <summary>Reads and writes an <see cref="OrgRelation"/> as a JSON object; reading re-runs the constructor's checks.</summary>
internal sealed class OrgRelationJsonConverter : OrgModelConverter<OrgRelation>
{
    private static readonly string[] Members = ["kind", "source", "target", "validFrom", "validTo"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OrgRelation value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes without the serializer (for the chart converter).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, OrgRelation value)
    {
        // default(OrgRelation) has empty ids, which no reader accepts: refuse it here rather than in the reader.
        if (value.Source.IsEmpty || value.Target.IsEmpty)
        {
            throw new JsonException("default(OrgRelation) has empty ids and cannot be written.");
        }

        writer.WriteStartObject();
        JsonWrite.Enum(writer, "kind", value.Kind);
        writer.WriteString("source", value.Source.ToString());
        writer.WriteString("target", value.Target.ToString());
        JsonWrite.Date(writer, "validFrom", value.ValidFrom);
        JsonWrite.Date(writer, "validTo", value.ValidTo);
        writer.WriteEndObject();
    }

    /// <summary>Reads without the serializer (for the chart converter).</summary>
    internal static OrgRelation ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(OrgRelation), Members);
        OrgRelationKind kind = default;
        OrgId source = default, target = default;
        LocalDate? validFrom = null, validTo = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: kind = JsonRead.Enum<OrgRelationKind>(ref reader); break;
                    case 1: source = JsonRead.OrgId(ref reader); break;
                    case 2: target = JsonRead.OrgId(ref reader); break;
                    case 3: validFrom = JsonRead.NullableDate(ref reader); break;
                    default: validTo = JsonRead.NullableDate(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        for (int required = 0; required < 3; required++)
        {
            obj.Require(required);
        }

        try
        {
            return new OrgRelation(kind, source, target, validFrom, validTo);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override OrgRelation ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
