using System.Collections.Immutable;
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

/// <summary>Reads and writes a <see cref="TaskItem"/>.</summary>
internal sealed class TaskItemJsonConverter : OrgModelConverter<TaskItem>
{
    private static readonly string[] Members = ["id", "assignedOn", "action", "leads", "deadline", "source", "coordinators", "deliverable", "responsible", "reporting"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TaskItem value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, TaskItem value)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        JsonWrite.Date(writer, "assignedOn", value.AssignedOn);
        JsonWrite.String(writer, "action", value.Action);
        if (value.Leads is { } leads)
        {
            writer.WritePropertyName("leads");
            AssignmentScopeJsonConverter.WriteValue(writer, leads);
        }

        DeadlineJsonParts.Write(writer, "deadline", value.Deadline);
        JsonWrite.String(writer, "source", value.Source?.ToString());
        JsonWrite.Ids(writer, "coordinators", value.Coordinators, omitEmpty: true);
        JsonWrite.String(writer, "deliverable", value.Deliverable);
        JsonWrite.String(writer, "responsible", value.Responsible);
        if (!value.Reporting.IsEmpty)
        {
            writer.WriteStartArray("reporting");
            foreach (ReportingObligation r in value.Reporting)
            {
                ReportingObligationJsonConverter.WriteValue(writer, r);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    internal static TaskItem ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(TaskItem), Members);
        string id = string.Empty;
        LocalDate assignedOn = default;
        string? action = null, deliverable = null, responsible = null;
        AssignmentScope? leads = null;
        Deadline deadline = default;
        DocumentNumber? source = null;
        ImmutableArray<OrgId> coordinators = [];
        ImmutableArray<ReportingObligation> reporting = [];
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: id = JsonRead.String(ref reader); break;
                    case 1: assignedOn = JsonRead.Date(ref reader); break;
                    case 2: action = JsonRead.NullableString(ref reader); break;
                    case 3: leads = reader.TokenType == JsonTokenType.Null ? null : AssignmentScopeJsonConverter.ReadValue(ref reader); break;
                    case 4: deadline = DeadlineJsonParts.Read(ref reader); break;
                    case 5: source = reader.TokenType == JsonTokenType.Null ? null : DocumentJsonParts.Number(ref reader); break;
                    case 6: coordinators = JsonRead.Array(ref reader, JsonRead.OrgId); break;
                    case 7: deliverable = JsonRead.NullableString(ref reader); break;
                    case 8: responsible = JsonRead.NullableString(ref reader); break;
                    default: reporting = JsonRead.Array(ref reader, ReportingObligationJsonConverter.ReadValue); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        obj.Require(1);
        obj.Require(4);
        try
        {
            return new TaskItem(id, assignedOn, action, leads, deadline, source, coordinators, deliverable, responsible, reporting);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override TaskItem ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
