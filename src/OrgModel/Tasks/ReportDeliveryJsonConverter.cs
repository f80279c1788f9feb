using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="ReportDelivery"/>.</summary>
internal sealed class ReportDeliveryJsonConverter() : ObjectJsonConverter<ReportDelivery, ReportDeliveryJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(string Task, OrgId Assignee, int Obligation, LocalDate On);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<ReportDelivery, State> Shape = new(nameof(ReportDelivery),
    [
        new("taskId", static (ref r, ref s) => s.Task = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.TaskId), Required: true),
        new("assignee", static (ref r, ref s) => s.Assignee = OrgIdJsonConverter.ReadValue(ref r), static (w, n, v) => w.WriteString(n, v.Assignee.ToString()), Required: true),
        new("obligation", static (ref r, ref s) => s.Obligation = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Obligation), Required: true),
        new("deliveredOn", static (ref r, ref s) => s.On = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.DeliveredOn), Required: true),
    ],
    static (ref s) => new ReportDelivery(s.Task, s.Assignee, s.Obligation, s.On));
}
