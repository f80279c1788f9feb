using OrgModel.Personnel;
using OrgModel.Serialization.Json;

namespace OrgModel.Reading;

/// <summary>Reads and writes a <see cref="PersonMention"/>; the name travels in its canonical form.</summary>
internal sealed class PersonMentionJsonConverter() : ObjectJsonConverter<PersonMention, PersonMentionJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(int Start, string Text, VietnameseName Name, string Title, PersonId? Person, string Reason);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<PersonMention, State> Shape = new(nameof(PersonMention),
    [
        new("start", static (ref r, ref s) => s.Start = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Start), Required: true),
        new("text", static (ref r, ref s) => s.Text = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Text), Required: true),
        new("name", static (ref r, ref s) => s.Name = VietnameseName.Parse(JsonRead.String(ref r)), static (w, n, v) => w.WriteString(n, v.Name.ToString()), Required: true),
        new("title", static (ref r, ref s) => s.Title = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Title), Required: true),
        new("person", static (ref r, ref s) => s.Person = JsonRead.IsNull(ref r) ? null : PersonId.Parse(JsonRead.String(ref r)), static (w, n, v) => JsonWrite.String(w, n, v.Person?.ToString())),
        new("reason", static (ref r, ref s) => s.Reason = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Reason), Required: true),
    ],
    static (ref s) => new PersonMention(s.Start, s.Text, s.Name, s.Title, s.Person, s.Reason));
}
