using System.Text.Json;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Organisations;

/// <summary>Reads and writes <see cref="AreaBodies"/>: a unit and its Party committee, People's Council and People's Committee.</summary>
internal sealed class AreaBodiesJsonConverter : OrgModelConverter<AreaBodies>
{
    private static readonly string[] Members = ["unit", "partyCommittee", "peoplesCouncil", "peoplesCommittee"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AreaBodies value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("unit");
        OrganisationJsonConverter.WriteValue(writer, value.Unit);
        WriteOptional(writer, "partyCommittee", value.PartyCommittee);
        WriteOptional(writer, "peoplesCouncil", value.PeoplesCouncil);
        WriteOptional(writer, "peoplesCommittee", value.PeoplesCommittee);
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override AreaBodies ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(AreaBodies), Members);
        var bodies = new Organisation?[4];
        while (obj.Next(ref reader))
        {
            try
            {
                bodies[obj.Index] = reader.TokenType == JsonTokenType.Null && obj.Index > 0 ? null : OrganisationJsonConverter.ReadValue(ref reader);
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        return new AreaBodies(bodies[0]!, bodies[1], bodies[2], bodies[3]);
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, Organisation? body)
    {
        if (body is not null)
        {
            writer.WritePropertyName(name);
            OrganisationJsonConverter.WriteValue(writer, body);
        }
    }
}
