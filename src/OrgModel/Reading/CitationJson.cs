using OrgModel.Documents;
using OrgModel.Serialization.Json;

namespace OrgModel.Reading;

/// <summary>The JSON form of a <see cref="Citation"/> inside a <see cref="DraftRecord"/>: <c>start</c>, <c>length</c>,
/// <c>number</c>, <c>kind</c> (<c>{code?, name, written}</c>), <c>kindStart</c>, <c>date</c>; absent members are null.</summary>
internal static class CitationJson
{
    private static readonly JsonObjectShape<KindBox, KindState> KindShape = new(nameof(CitationKindWord),
    [
        new("code", static (ref r, ref s) => s.Code = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Value.Code)),
        new("name", static (ref r, ref s) => s.Name = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Value.EnglishName), Required: true),
        new("written", static (ref r, ref s) => s.Written = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Value.Written), Required: true),
    ],
    static (ref s) => new KindBox(Find(s)));

    /// <summary>The object form of a citation.</summary>
    internal static readonly JsonObjectShape<Citation, State> Shape = new(nameof(Citation),
    [
        new("start", static (ref r, ref s) => s.Start = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Start), Required: true),
        new("length", static (ref r, ref s) => s.Length = JsonRead.Int32(ref r), static (w, n, v) => w.WriteNumber(n, v.Length), Required: true),
        new("number", static (ref r, ref s) => s.Number = DocumentNumberJsonConverter.ReadValue(ref r), static (w, n, v) => w.WriteString(n, v.Number.ToString()), Required: true),
        new("kind", static (ref r, ref s) => s.Kind = KindShape.ReadNullable(ref r), static (w, n, v) => WriteKind(w, n, v.Kind)),
        new("kindStart", static (ref r, ref s) => s.KindStart = ReadingJson.NullableInt32(ref r), static (w, n, v) => ReadingJson.WriteNumber(w, n, v.KindStart)),
        new("date", static (ref r, ref s) => s.Date = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.Date)),
    ],
    static (ref s) => new Citation(s.Number, s.Kind?.Value, s.KindStart, s.Date, s.Start, s.Length));

    private static void WriteKind(Utf8JsonWriter writer, JsonEncodedText name, CitationKindWord? kind) =>
        KindShape.WriteMember(writer, name, kind is { } k ? new KindBox(k) : null);

    // The kinds are a closed table: a kind read back is the table's, with the words the text wrote.
    private static CitationKindWord Find(KindState s)
    {
        foreach (CitationKindWord k in CitationKindWord.All)
        {
            if (k.Code == s.Code && k.EnglishName == s.Name)
            {
                return k.WithWritten(s.Written ?? string.Empty);
            }
        }

        throw new ArgumentException($"\"{s.Name}\" ({s.Code}) is not a kind of document the library knows.", nameof(s));
    }

    /// <summary>The members of a citation read so far.</summary>
    internal record struct State(int Start, int Length, DocumentNumber Number, KindBox? Kind, int? KindStart, LocalDate? Date);

    /// <summary>The members of a kind read so far.</summary>
    internal record struct KindState(string? Code, string? Name, string? Written);

    /// <summary>A kind as a class, so that the shape can leave an absent one out.</summary>
    internal sealed record KindBox(CitationKindWord Value);
}
