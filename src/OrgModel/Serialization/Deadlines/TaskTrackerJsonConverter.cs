using System.Collections.Immutable;
using System.Text.Json;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Serialization.Organisations;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Serialization.Deadlines;

/// <summary>Reads and writes a <see cref="TaskTracker"/> as its assignments (each with its completion, if any).</summary>
internal sealed class TaskTrackerJsonConverter : OrgModelConverter<TaskTracker>
{
    private static readonly string[] Members = ["assignments"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TaskTracker value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("assignments");
        foreach (Assignment a in value.Assignments)
        {
            AssignmentJsonConverter.WriteValue(writer, a);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override TaskTracker ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(TaskTracker), Members);
        ImmutableArray<Assignment> assignments = [];
        while (obj.Next(ref reader))
        {
            try
            {
                assignments = JsonRead.Array(ref reader, AssignmentJsonConverter.ReadValue);
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        try
        {
            return new TaskTracker(assignments);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }
}
