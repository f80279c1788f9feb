using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="CompletionReport"/>.</summary>
internal sealed class CompletionReportJsonConverter() : ObjectJsonConverter<CompletionReport, CompletionReportJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(string Task, OrgId Assignee, LocalDate On, DocumentKey? Evidence, bool NoLaterThan);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<CompletionReport, State> Shape = new(nameof(CompletionReport),
    [
        new("taskId", static (ref r, ref s) => s.Task = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.TaskId), Required: true),
        new("assignee", static (ref r, ref s) => s.Assignee = OrgIdJsonConverter.ReadValue(ref r), static (w, n, v) => w.WriteString(n, v.Assignee.ToString()), Required: true),
        new("completedOn", static (ref r, ref s) => s.On = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.CompletedOn), Required: true),
        // A key without a date is its number, so numbered evidence keeps the wire form it had before keys.
        new("evidence", static (ref r, ref s) => s.Evidence = JsonRead.IsNull(ref r) ? null : DocumentKeyJsonConverter.ReadValue(ref r), static (w, n, v) => JsonWrite.String(w, n, v.EvidenceKey?.ToString())),
        new("noLaterThan", static (ref r, ref s) => s.NoLaterThan = JsonRead.Boolean(ref r), static (w, n, v) => TaskJson.Flag(w, n, v.IsUpperBound)),
    ],
    static (ref s) => Build(s));

    private static CompletionReport Build(State s)
    {
        CompletionReport report = s.NoLaterThan ? CompletionReport.NoLaterThan(s.Task, s.Assignee, s.On) : new CompletionReport(s.Task, s.Assignee, s.On);
        return s.Evidence is null ? report : report.WithEvidence(s.Evidence);
    }
}
