using System.Text.Json;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Organisations;

/// <summary>Reads and writes an <see cref="OrgChartProblem"/> (a validation finding a service may pass on).</summary>
internal sealed class OrgChartProblemJsonConverter : OrgModelConverter<OrgChartProblem>
{
    private static readonly string[] Members = ["kind", "subject", "message"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OrgChartProblem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonWrite.Enum(writer, "kind", value.Kind);
        writer.WriteString("subject", value.Subject.ToString());
        writer.WriteString("message", value.Message);
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override OrgChartProblem ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(OrgChartProblem), Members);
        OrgChartProblemKind kind = default;
        OrgId subject = default;
        string? message = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: kind = JsonRead.Enum<OrgChartProblemKind>(ref reader); break;
                    case 1: subject = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(string.Empty) ? default : JsonRead.OrgId(ref reader); break;
                    default: message = JsonRead.String(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        obj.Require(1);
        obj.Require(2);
        if (string.IsNullOrWhiteSpace(message))
        {
            throw OrgModelJsonException.Here("Invalid OrgChartProblem: the message is empty.");
        }

        return new OrgChartProblem(kind, subject, message);
    }
}
