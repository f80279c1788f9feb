using System.Text.Json;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Tasks;
using OrgModel.Utility;

namespace OrgModel.Serialization.Deadlines;

/// <summary>Reads and writes a <see cref="ReportingObligation"/>.</summary>
internal sealed class ReportingObligationJsonConverter : OrgModelConverter<ReportingObligation>
{
    private static readonly string[] Members = ["recipient", "when", "subject"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportingObligation value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, ReportingObligation value)
    {
        writer.WriteStartObject();
        writer.WriteString("recipient", value.Recipient.ToString());
        DeadlineJsonParts.Write(writer, "when", value.When);
        JsonWrite.String(writer, "subject", value.Subject);
        writer.WriteEndObject();
    }

    internal static ReportingObligation ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(ReportingObligation), Members);
        OrgId recipient = default;
        Deadline when = default;
        string? subject = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: recipient = JsonRead.OrgId(ref reader); break;
                    case 1: when = DeadlineJsonParts.Read(ref reader); break;
                    default: subject = JsonRead.NullableString(ref reader); break;
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
            return new ReportingObligation(recipient, when, subject);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override ReportingObligation ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
