using OrgModel.Deadlines;
using OrgModel.Serialization.Json;

namespace OrgModel.Reading;

/// <summary>Reads and writes a <see cref="TaskCandidate"/>.</summary>
internal sealed class TaskCandidateJsonConverter() : ObjectJsonConverter<TaskCandidate, TaskCandidateJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(
        int Start, string Text, int CueStart, string Cue, int? AssigneeStart, string? Assignee, ImmutableArray<OrganisationMention> Organisations,
        ImmutableArray<PersonMention> People, int ActionStart, string Action, ImmutableArray<DeadlineMention> Deadlines, string Reason);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<TaskCandidate, State> Shape = new(nameof(TaskCandidate),
    [
        new("start", static (ref r, ref s) => s.Start = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Start), Required: true),
        new("text", static (ref r, ref s) => s.Text = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Text), Required: true),
        new("cueStart", static (ref r, ref s) => s.CueStart = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.CueStart), Required: true),
        new("cue", static (ref r, ref s) => s.Cue = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Cue), Required: true),
        new("assigneeStart", static (ref r, ref s) => s.AssigneeStart = ReadingJson.NullableInt32(ref r), static (w, n, v) => ReadingJson.WriteNumber(w, n, v.AssigneeStart)),
        new("assignee", static (ref r, ref s) => s.Assignee = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Assignee.Length == 0 ? null : v.Assignee)),
        new("organisations", static (ref r, ref s) => s.Organisations = JsonRead.Array(ref r, OrganisationMentionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Organisations, OrganisationMentionJsonConverter.Shape.WriteElement), Required: true),
        new("people", static (ref r, ref s) => s.People = JsonRead.Array(ref r, PersonMentionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.People, PersonMentionJsonConverter.Shape.WriteElement), Required: true),
        new("actionStart", static (ref r, ref s) => s.ActionStart = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.ActionStart), Required: true),
        new("action", static (ref r, ref s) => s.Action = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Action), Required: true),
        new("deadlines", static (ref r, ref s) => s.Deadlines = JsonRead.Array(ref r, DeadlineMentionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Deadlines, DeadlineMentionJsonConverter.Shape.WriteElement), Required: true),
        new("reason", static (ref r, ref s) => s.Reason = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Reason), Required: true),
    ],
    static (ref s) => new TaskCandidate(s.Start, s.Text, s.CueStart, s.Cue, s.AssigneeStart, s.Assignee ?? string.Empty, s.Organisations, s.People, s.ActionStart, s.Action, s.Deadlines, s.Reason));
}
