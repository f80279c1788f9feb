using System.Collections.Immutable;
using System.Text.Json;
using OrgModel.Deadlines;
using OrgModel.Serialization.Json;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Serialization.Deadlines;

/// <summary>Reads and writes a <see cref="Roadmap"/>; reading re-runs its soundness checks (no cycle, no unknown dependency).</summary>
internal sealed class RoadmapJsonConverter : OrgModelConverter<Roadmap>
{
    private static readonly string[] Members = ["name", "milestones"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Roadmap value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteStartArray("milestones");
        foreach (Milestone m in value.Milestones)
        {
            MilestoneJsonConverter.WriteValue(writer, m);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override Roadmap ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(Roadmap), Members);
        string name = string.Empty;
        ImmutableArray<Milestone> milestones = [];
        while (obj.Next(ref reader))
        {
            try
            {
                if (obj.Index == 0)
                {
                    name = JsonRead.String(ref reader);
                }
                else
                {
                    milestones = JsonRead.Array(ref reader, MilestoneJsonConverter.ReadValue);
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
            return new Roadmap(name, milestones);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }
}
