using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Serialization.Json;

namespace OrgModel.Reading;

/// <summary>Reads and writes a <see cref="DocumentMention"/>; the status is not written, as the candidates give it.</summary>
internal sealed class DocumentMentionJsonConverter() : ObjectJsonConverter<DocumentMention, DocumentMentionJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(int Start, string Text, DocumentNumber? Number, ImmutableArray<DocumentKey> Candidates, string Reason);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<DocumentMention, State> Shape = new(nameof(DocumentMention),
    [
        new("start", static (ref r, ref s) => s.Start = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Start), Required: true),
        new("text", static (ref r, ref s) => s.Text = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Text), Required: true),
        new("number", static (ref r, ref s) => s.Number = DocumentNumberJsonConverter.ReadNullable(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Number?.ToString())),
        new("candidates", static (ref r, ref s) => s.Candidates = JsonRead.Array(ref r, DocumentKeyJsonConverter.ReadValue), static (w, n, v) => JsonWrite.Array(w, n, v.Candidates, static (ww, c) => ww.WriteStringValue(c.ToString())), Required: true),
        new("reason", static (ref r, ref s) => s.Reason = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Reason), Required: true),
    ],
    static (ref s) => new DocumentMention(s.Start, s.Text, s.Number, s.Candidates, s.Reason));
}
