using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Serialization.Json;

namespace OrgModel.Tasks;

/// <summary>Reads and writes a <see cref="TaskItem"/>.</summary>
internal sealed class TaskItemJsonConverter() : ObjectJsonConverter<TaskItem, TaskItemJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(string Id, LocalDate AssignedOn, string? Action, AssignmentScope? Leads, Deadline Deadline, DocumentKey? Source, ImmutableArray<OrgId> Coordinators, string? Deliverable, string? Responsible, ImmutableArray<ReportingObligation> Reporting, ImmutableArray<TaskLink> Links);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<TaskItem, State> Shape = new(nameof(TaskItem),
    [
        new("id", static (ref r, ref s) => s.Id = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Id), Required: true),
        new("assignedOn", static (ref r, ref s) => s.AssignedOn = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.AssignedOn), Required: true),
        new("action", static (ref r, ref s) => s.Action = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Action)),
        new("leads", static (ref r, ref s) => s.Leads = AssignmentScopeJsonConverter.Shape.ReadNullable(ref r), static (w, n, v) => AssignmentScopeJsonConverter.Shape.WriteMember(w, n, v.Leads)),
        new("deadline", static (ref r, ref s) => s.Deadline = DeadlineJsonConverter.Read(JsonRead.String(ref r)), static (w, n, v) => w.WriteString(n, v.Deadline.ToString()), Required: true),
        // A key without a date is its number, so a numbered source keeps the wire form it had before keys.
        new("source", static (ref r, ref s) => s.Source = JsonRead.IsNull(ref r) ? null : DocumentKeyJsonConverter.ReadValue(ref r), static (w, n, v) => JsonWrite.String(w, n, v.SourceKey?.ToString())),
        new("coordinators", static (ref r, ref s) => s.Coordinators = OrgIdJsonConverter.ReadIds(ref r), static (w, n, v) => OrgIdJsonConverter.WriteIds(w, n, v.Coordinators, omitEmpty: true)),
        new("deliverable", static (ref r, ref s) => s.Deliverable = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Deliverable)),
        new("responsible", static (ref r, ref s) => s.Responsible = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Responsible)),
        new(
            "reporting",
            static (ref r, ref s) => s.Reporting = JsonRead.Array(ref r, ReportingObligationJsonConverter.Shape.ReadElement),
            static (w, n, v) => JsonWrite.NonEmptyArray(w, n, v.ReportingArray.AsSpan(), ReportingObligationJsonConverter.Shape.WriteElement)),
        new(
            "links",
            static (ref r, ref s) => s.Links = JsonRead.Array(ref r, TaskLinkJsonConverter.Shape.ReadElement),
            static (w, n, v) => JsonWrite.NonEmptyArray(w, n, v.LinksArray.AsSpan(), TaskLinkJsonConverter.Shape.WriteElement)),
    ],
    static (ref s) => Build(s),
    new State { Coordinators = [], Reporting = [], Links = [] });

    private static TaskItem Build(State s)
    {
        var task = new TaskItem(s.Id, s.AssignedOn, s.Action, s.Leads, s.Deadline, s.Source?.Number, s.Coordinators, s.Deliverable, s.Responsible, s.Reporting);
        task = s.Source is { } key && task.SourceKey != key ? task.WithSource(key) : task;
        return s.Links.IsEmpty ? task : task.WithLinks(s.Links);
    }
}
