using System.Text.Json;
using OrgModel.Deadlines;
using OrgModel.Serialization.Json;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Serialization.Deadlines;

/// <summary>Reads and writes a <see cref="RoadmapProblem"/> (a validation finding).</summary>
internal sealed class RoadmapProblemJsonConverter : OrgModelConverter<RoadmapProblem>
{
    private static readonly string[] Members = ["kind", "milestoneId", "otherId", "message"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RoadmapProblem value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, "kind", value.Kind);
        writer.WriteString("milestoneId", value.MilestoneId);
        JsonWrite.String(writer, "otherId", value.OtherId);
        writer.WriteString("message", value.Message);
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override RoadmapProblem ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(RoadmapProblem), Members);
        RoadmapProblemKind kind = default;
        string id = string.Empty, message = string.Empty;
        string? other = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: kind = JsonRead.Enum<RoadmapProblemKind>(ref reader); break;
                    case 1: id = JsonRead.String(ref reader); break;
                    case 2: other = JsonRead.NullableString(ref reader); break;
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
        obj.Require(3);
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(message))
        {
            throw OrgModelJsonException.Here("a problem names its milestone and has a message.");
        }

        return new RoadmapProblem(kind, id, other, message);
    }
}
