using System.Text.Json;
using NodaTime;
using OrgModel.Serialization.Json;
using OrgModel.Tenures;

namespace OrgModel.Documents.Model;

/// <summary>Reads and writes a <see cref="DocumentReference"/>: <c>{"number":"18-NQ/TW","issueDate":"2017-10-25"}</c> or with a <c>term</c>.</summary>
internal sealed class DocumentReferenceJsonConverter() : ObjectJsonConverter<DocumentReference, DocumentReferenceJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(DocumentNumber Number, LocalDate? Date, Tenure? Term);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<DocumentReference, State> Shape = new(nameof(DocumentReference),
    [
        new("number", static (ref r, ref s) => s.Number = DocumentNumberJsonConverter.ReadValue(ref r), static (w, n, v) => w.WriteString(n, RefuseDefault(v).Number.ToString()), Required: true),
        new("issueDate", static (ref r, ref s) => s.Date = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.IssueDate)),
        new("term", static (ref r, ref s) => s.Term = TenureJsonConverter.ReadNullable(ref r), static (w, n, v) => TenureJsonConverter.WriteMember(w, n, v.Term)),
    ],
    static (ref s) => (s.Date, s.Term) switch
    {
        ({ } d, null) => new DocumentReference(s.Number, d),
        (null, { } t) => new DocumentReference(s.Number, t),
        (null, null) => new DocumentReference(s.Number),
        _ => throw OrgModelJsonException.Here("a reference gives an issue date or a term, not both."),
    });

    private static DocumentReference RefuseDefault(DocumentReference value)
    {
        DefaultValueJson.Refuse(!value.Number.IsParty && !value.Number.IsState, nameof(DocumentReference));
        return value;
    }
}
