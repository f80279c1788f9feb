using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Serialization.Json;
using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Serialization.Documents;

/// <summary>Reads and writes the small values inside a document: numbers, terms, references.</summary>
internal static class DocumentJsonParts
{
    public static DocumentNumber Number(ref Utf8JsonReader reader) => DocumentNumber.Parse(JsonRead.String(ref reader));

    public static Tenure Term(ref Utf8JsonReader reader) => TenureJsonConverter.Read(JsonRead.String(ref reader));

    public static void WriteReference(Utf8JsonWriter writer, DocumentReference value)
    {
        DefaultValueJson.Refuse(!value.Number.IsParty && !value.Number.IsState, nameof(DocumentReference));
        writer.WriteStartObject();
        writer.WriteString("number", value.Number.ToString());
        JsonWrite.Date(writer, "issueDate", value.IssueDate);
        if (value.Term is { } term)
        {
            writer.WriteString("term", term.ToString("F", null));
        }

        writer.WriteEndObject();
    }

    private static readonly string[] ReferenceMembers = ["number", "issueDate", "term"];

    public static DocumentReference ReadReference(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(DocumentReference), ReferenceMembers);
        DocumentNumber number = default;
        LocalDate? date = null;
        Tenure? term = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: number = Number(ref reader); break;
                    case 1: date = JsonRead.NullableDate(ref reader); break;
                    default: term = reader.TokenType == JsonTokenType.Null ? null : Term(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        try
        {
            return (date, term) switch
            {
                ({ } d, null) => new DocumentReference(number, d),
                (null, { } t) => new DocumentReference(number, t),
                (null, null) => new DocumentReference(number),
                _ => throw OrgModelJsonException.Here("a reference gives an issue date or a term, not both."),
            };
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }
}
