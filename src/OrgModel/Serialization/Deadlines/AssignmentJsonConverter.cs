using System.Collections.Immutable;
using System.Text.Json;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Serialization.Organisations;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Serialization.Deadlines;

/// <summary>Reads and writes an <see cref="Assignment"/>: its task, assignee and province (as organisations) and completion.</summary>
internal sealed class AssignmentJsonConverter : OrgModelConverter<Assignment>
{
    private static readonly string[] Members = ["task", "assignee", "province", "completion"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Assignment value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, Assignment value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("task");
        TaskItemJsonConverter.WriteValue(writer, value.Task);
        writer.WritePropertyName("assignee");
        OrganisationJsonConverter.WriteValue(writer, value.Assignee);
        if (value.Province is { } province)
        {
            writer.WritePropertyName("province");
            OrganisationJsonConverter.WriteValue(writer, province);
        }

        if (value.Completion is { } completion)
        {
            writer.WritePropertyName("completion");
            CompletionReportJsonConverter.WriteValue(writer, completion);
        }

        writer.WriteEndObject();
    }

    internal static Assignment ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(Assignment), Members);
        TaskItem? task = null;
        Organisation? assignee = null, province = null;
        CompletionReport? completion = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: task = TaskItemJsonConverter.ReadValue(ref reader); break;
                    case 1: assignee = OrganisationJsonConverter.ReadValue(ref reader); break;
                    case 2: province = reader.TokenType == JsonTokenType.Null ? null : OrganisationJsonConverter.ReadValue(ref reader); break;
                    default: completion = reader.TokenType == JsonTokenType.Null ? null : CompletionReportJsonConverter.ReadValue(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        obj.Require(1);
        try
        {
            return new Assignment(task!, assignee!, province, completion);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override Assignment ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
