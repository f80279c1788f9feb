using OrgModel.Serialization.Json;

namespace OrgModel.Reading;

/// <summary>Reads and writes a <see cref="DecisionMention"/>.</summary>
internal sealed class DecisionMentionJsonConverter() : ObjectJsonConverter<DecisionMention, DecisionMentionJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(int Start, string Text, DecisionKind Kind, ImmutableArray<PersonMention> People, string Reason);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<DecisionMention, State> Shape = new(nameof(DecisionMention),
    [
        new("start", static (ref r, ref s) => s.Start = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Start), Required: true),
        new("text", static (ref r, ref s) => s.Text = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Text), Required: true),
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<DecisionKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true),
        new("people", static (ref r, ref s) => s.People = JsonRead.Array(ref r, PersonMentionJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.People, PersonMentionJsonConverter.Shape.WriteElement), Required: true),
        new("reason", static (ref r, ref s) => s.Reason = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Reason), Required: true),
    ],
    static (ref s) => new DecisionMention(s.Start, s.Text, s.Kind, s.People, s.Reason));
}
