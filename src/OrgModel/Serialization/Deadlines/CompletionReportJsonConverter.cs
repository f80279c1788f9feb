using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Serialization.Documents;
using OrgModel.Serialization.Json;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Serialization.Deadlines;

/// <summary>Reads and writes a <see cref="CompletionReport"/>.</summary>
internal sealed class CompletionReportJsonConverter : OrgModelConverter<CompletionReport>
{
    private static readonly string[] Members = ["taskId", "assignee", "completedOn", "evidence"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CompletionReport value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, CompletionReport value)
    {
        writer.WriteStartObject();
        writer.WriteString("taskId", value.TaskId);
        writer.WriteString("assignee", value.Assignee.ToString());
        JsonWrite.Date(writer, "completedOn", value.CompletedOn);
        JsonWrite.String(writer, "evidence", value.Evidence?.ToString());
        writer.WriteEndObject();
    }

    internal static CompletionReport ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(CompletionReport), Members);
        string task = string.Empty;
        OrgId assignee = default;
        LocalDate on = default;
        DocumentNumber? evidence = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: task = JsonRead.String(ref reader); break;
                    case 1: assignee = JsonRead.OrgId(ref reader); break;
                    case 2: on = JsonRead.Date(ref reader); break;
                    default: evidence = reader.TokenType == JsonTokenType.Null ? null : DocumentJsonParts.Number(ref reader); break;
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
            return new CompletionReport(task, assignee, on, evidence);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override CompletionReport ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
