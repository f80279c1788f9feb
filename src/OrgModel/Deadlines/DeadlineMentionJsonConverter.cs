using OrgModel.Serialization.Json;

namespace OrgModel.Deadlines;

/// <summary>Reads and writes a <see cref="DeadlineMention"/>; the deadline travels in its canonical form, without its wording.</summary>
internal sealed class DeadlineMentionJsonConverter() : ObjectJsonConverter<DeadlineMention, DeadlineMentionJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(int Start, string Text, Deadline Deadline, DeadlineCue Cue, int ClauseStart, string Clause);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<DeadlineMention, State> Shape = new(nameof(DeadlineMention),
    [
        new("start", static (ref r, ref s) => s.Start = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Start), Required: true),
        new("text", static (ref r, ref s) => s.Text = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Text), Required: true),
        new("deadline", static (ref r, ref s) => s.Deadline = DeadlineJsonConverter.Read(JsonRead.String(ref r)), static (w, n, v) => w.WriteString(n, v.Deadline.ToString()), Required: true),
        new("cue", static (ref r, ref s) => s.Cue = JsonRead.Enum<DeadlineCue>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Cue), Required: true),
        new("clauseStart", static (ref r, ref s) => s.ClauseStart = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.ClauseStart), Required: true),
        new("clause", static (ref r, ref s) => s.Clause = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Clause), Required: true),
    ],
    static (ref s) => new DeadlineMention(s.Start, s.Text, s.Deadline, s.Cue, s.ClauseStart, s.Clause));
}
