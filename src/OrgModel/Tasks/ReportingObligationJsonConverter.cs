using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="ReportingObligation"/>.</summary>
internal sealed class ReportingObligationJsonConverter() : ObjectJsonConverter<ReportingObligation, ReportingObligationJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(OrgId Recipient, Deadline When, string? Subject);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<ReportingObligation, State> Shape = new(nameof(ReportingObligation),
    [
        new("recipient", static (ref r, ref s) => s.Recipient = OrgIdJsonConverter.ReadValue(ref r), static (w, n, v) => w.WriteString(n, v.Recipient.ToString()), Required: true),
        new("when", static (ref r, ref s) => s.When = DeadlineJsonConverter.Read(JsonRead.String(ref r)), static (w, n, v) => w.WriteString(n, v.When.ToString()), Required: true),
        new("subject", static (ref r, ref s) => s.Subject = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Subject)),
    ],
    static (ref s) => new ReportingObligation(s.Recipient, s.When, s.Subject));
}
