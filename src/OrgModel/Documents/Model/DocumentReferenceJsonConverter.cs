using OrgModel.Serialization.Json;
using OrgModel.Tenures;

namespace OrgModel.Documents.Model;

/// <summary>Reads and writes a <see cref="DocumentReference"/>: <c>{"number":"18-NQ/TW","issueDate":"2017-10-25"}</c> or with a
/// <c>term</c>; a reference to an unnumbered text is <c>{"key":"resolution:vn.party.congress.14:2026-01-23:…"}</c>.</summary>
internal sealed class DocumentReferenceJsonConverter() : ObjectJsonConverter<DocumentReference, DocumentReferenceJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(DocumentNumber? Number, LocalDate? Date, Tenure? Term, DocumentKey? Key);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<DocumentReference, State> Shape = new(nameof(DocumentReference),
    [
        new("number", static (ref r, ref s) => s.Number = DocumentNumberJsonConverter.ReadValue(ref r), static (w, n, v) => WriteNumber(w, n, v)),
        new("issueDate", static (ref r, ref s) => s.Date = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Key.IsNumbered ? v.IssueDate : null)),
        new("term", static (ref r, ref s) => s.Term = TenureJsonConverter.ReadNullable(ref r), static (w, n, v) => TenureJsonConverter.WriteMember(w, n, v.Term)),
        new("key", static (ref r, ref s) => s.Key = DocumentKeyJsonConverter.ReadValue(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Key.IsNumbered ? null : v.Key.ToString())),
    ],
    static (ref s) => Build(s));

    private static DocumentReference Build(State s)
    {
        if (s.Key is { } key)
        {
            return s.Number is null && s.Date is null && s.Term is null
                ? new DocumentReference(key)
                : throw OrgModelJsonException.Here("a reference gives a key or a number (with its date or term), not both.");
        }

        DocumentNumber number = s.Number ?? throw JsonObjectReader.Missing(nameof(DocumentReference), "number");
        return (s.Date, s.Term) switch
        {
            ({ } d, null) => new DocumentReference(number, d),
            (null, { } t) => new DocumentReference(number, t),
            (null, null) => new DocumentReference(number),
            _ => throw OrgModelJsonException.Here("a reference gives an issue date or a term, not both."),
        };
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, DocumentReference value)
    {
        DefaultValueJson.Refuse(value.IsEmpty, nameof(DocumentReference));
        if (value.Key.IsNumbered)
        {
            writer.WriteString(name, value.Number.ToString());
        }
    }
}
