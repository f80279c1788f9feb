using System.Collections.Immutable;
using System.Text.Json;
using OrgModel.Deadlines;
using OrgModel.Serialization.Json;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Serialization.Deadlines;

/// <summary>Reads and writes a <see cref="Milestone"/>.</summary>
internal sealed class MilestoneJsonConverter : OrgModelConverter<Milestone>
{
    private static readonly string[] Members = ["id", "name", "deadline", "dependsOn", "scope"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Milestone value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, Milestone value)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("name", value.Name);
        DeadlineJsonParts.Write(writer, "deadline", value.Deadline);
        writer.WriteStartArray("dependsOn");
        foreach (string d in value.DependsOn)
        {
            writer.WriteStringValue(d);
        }

        writer.WriteEndArray();
        if (value.Scope is { } scope)
        {
            writer.WritePropertyName("scope");
            AssignmentScopeJsonConverter.WriteValue(writer, scope);
        }

        writer.WriteEndObject();
    }

    internal static Milestone ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(Milestone), Members);
        string id = string.Empty, name = string.Empty;
        Deadline deadline = default;
        ImmutableArray<string> dependsOn = [];
        AssignmentScope? scope = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: id = JsonRead.String(ref reader); break;
                    case 1: name = JsonRead.String(ref reader); break;
                    case 2: deadline = DeadlineJsonParts.Read(ref reader); break;
                    case 3: dependsOn = JsonRead.Array(ref reader, JsonRead.String); break;
                    default: scope = reader.TokenType == JsonTokenType.Null ? null : AssignmentScopeJsonConverter.ReadValue(ref reader); break;
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
            return new Milestone(id, name, deadline, dependsOn, scope);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override Milestone ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
