using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="CompletionReport"/>.</summary>
internal sealed class CompletionReportJsonConverter() : ObjectJsonConverter<CompletionReport, CompletionReportJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(string Task, OrgId Assignee, LocalDate On, DocumentNumber? Evidence, bool NoLaterThan);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<CompletionReport, State> Shape = new(nameof(CompletionReport),
    [
        new("taskId", static (ref r, ref s) => s.Task = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.TaskId), Required: true),
        new("assignee", static (ref r, ref s) => s.Assignee = OrgIdJsonConverter.ReadValue(ref r), static (w, n, v) => w.WriteString(n, v.Assignee.ToString()), Required: true),
        new("completedOn", static (ref r, ref s) => s.On = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.CompletedOn), Required: true),
        new("evidence", static (ref r, ref s) => s.Evidence = DocumentNumberJsonConverter.ReadNullable(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Evidence?.ToString())),
        new("noLaterThan", static (ref r, ref s) => s.NoLaterThan = JsonRead.Boolean(ref r), static (w, n, v) => TaskJson.Flag(w, n, v.IsUpperBound)),
    ],
    static (ref s) => s.NoLaterThan ? CompletionReport.NoLaterThan(s.Task, s.Assignee, s.On, s.Evidence) : new CompletionReport(s.Task, s.Assignee, s.On, s.Evidence));
}
