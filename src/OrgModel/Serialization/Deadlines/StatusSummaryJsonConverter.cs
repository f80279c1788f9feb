using System.Text.Json;
using OrgModel.Deadlines;
using OrgModel.Serialization.Json;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Serialization.Deadlines;

/// <summary>Reads and writes a <see cref="StatusSummary"/> as its six counts.</summary>
internal sealed class StatusSummaryJsonConverter : OrgModelConverter<StatusSummary>
{
    private static readonly string[] Members = ["notDue", "inProgress", "overdue", "completedOnTime", "completedLate", "completedEarly"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, StatusSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("notDue", value.NotDue);
        writer.WriteNumber("inProgress", value.InProgress);
        writer.WriteNumber("overdue", value.Overdue);
        writer.WriteNumber("completedOnTime", value.CompletedOnTime);
        writer.WriteNumber("completedLate", value.CompletedLate);
        writer.WriteNumber("completedEarly", value.CompletedEarly);
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override StatusSummary ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(StatusSummary), Members);
        int[] n = new int[6];
        while (obj.Next(ref reader))
        {
            try
            {
                n[obj.Index] = JsonRead.Int32(ref reader);
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        for (int required = 0; required < 6; required++)
        {
            obj.Require(required);
        }

        try
        {
            return new StatusSummary(n[0], n[1], n[2], n[3], n[4], n[5]);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }
}
