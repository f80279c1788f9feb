using OrgModel.Serialization.Json;
using OrgModel.Tenures;

namespace OrgModel.Reading;

/// <summary>Reads and writes a <see cref="TermMention"/>; each term travels in its <c>F</c> form.</summary>
internal sealed class TermMentionJsonConverter() : ObjectJsonConverter<TermMention, TermMentionJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(int Start, string Text, ImmutableArray<Tenure> Terms, string? EventId, int? MeetingNumber, int? TermNumber, string Reason);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<TermMention, State> Shape = new(nameof(TermMention),
    [
        new("start", static (ref r, ref s) => s.Start = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Start), Required: true),
        new("text", static (ref r, ref s) => s.Text = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Text), Required: true),
        new("terms", static (ref r, ref s) => s.Terms = JsonRead.Array(ref r, static (ref e) => TenureJsonConverter.Read(JsonRead.String(ref e))), static (w, n, v) => JsonWrite.Array(w, n, v.Terms, static (ww, t) => ww.WriteStringValue(TenureJsonConverter.Format(t))), Required: true),
        new("eventId", static (ref r, ref s) => s.EventId = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.EventId)),
        new("meetingNumber", static (ref r, ref s) => s.MeetingNumber = ReadingJson.NullableInt32(ref r), static (w, n, v) => ReadingJson.WriteNumber(w, n, v.MeetingNumber)),
        new("termNumber", static (ref r, ref s) => s.TermNumber = ReadingJson.NullableInt32(ref r), static (w, n, v) => ReadingJson.WriteNumber(w, n, v.TermNumber)),
        new("reason", static (ref r, ref s) => s.Reason = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Reason), Required: true),
    ],
    static (ref s) => new TermMention(s.Start, s.Text, s.Terms, s.EventId, s.MeetingNumber, s.TermNumber, s.Reason));
}
