using OrgModel.Organisations;
using OrgModel.Serialization.Json;
using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>
/// Reads and writes a <see cref="Document"/>. The title of a marked document is written only when the converter's
/// clearance is at or above the mark; otherwise <c>"title": {"withheld": "secret"}</c> stands in its place, and reading
/// that back is a <see cref="JsonException"/> (a withheld document cannot become a <see cref="Document"/>).
/// </summary>
/// <remarks>The writer always writes <c>confidentiality</c>, and the reader requires it: a cleared document whose mark was
/// removed on the way must not read back as an unmarked one, whose title every path would then write (fail closed).</remarks>
internal sealed class DocumentJsonConverter : ObjectJsonConverter<Document, DocumentJsonConverter.State>
{
    private static readonly JsonEncodedText Withheld = JsonEncodedText.Encode("withheld");

    // One form per clearance, made once: only the title's writer differs.
    private static readonly JsonObjectShape<Document, State>[] Shapes =
    [
        CreateShape(static (w, n, v) => WriteTitle(w, n, v, ConfidentialityMark.None)),
        CreateShape(static (w, n, v) => WriteTitle(w, n, v, ConfidentialityMark.Confidential)),
        CreateShape(static (w, n, v) => WriteTitle(w, n, v, ConfidentialityMark.Secret)),
        CreateShape(static (w, n, v) => WriteTitle(w, n, v, ConfidentialityMark.TopSecret)),
    ];

    /// <summary>Creates the converter with no clearance: every marked title is withheld.</summary>
    public DocumentJsonConverter()
        : this(ConfidentialityMark.None)
    {
    }

    /// <summary>Creates the converter with a clearance.</summary>
    public DocumentJsonConverter(ConfidentialityMark clearance)
        : base(Shapes[(int)Preconditions.CheckDefined(clearance)])
    {
    }

    /// <summary>The members read so far.</summary>
    internal record struct State(
        DocumentNumber? Number,
        DocumentSystem? System,
        string? IssuedAt,
        DocumentKind Kind,
        ImmutableArray<OrgId> Bodies,
        LocalDate IssueDate,
        string Title,
        Tenure? Term,
        CentralConferenceNumber? Conference,
        ImmutableArray<DocumentSigner> Signers,
        ConfidentialityMark? Confidentiality,
        UrgencyMark Urgency,
        ImmutableArray<DocumentRelation> Relations);

    private static JsonObjectShape<Document, State> CreateShape(JsonMemberWrite<Document> writeTitle) => new(nameof(Document),
    [
        new("number", static (ref r, ref s) => s.Number = DocumentNumberJsonConverter.ReadValue(ref r), static (w, n, v) => JsonWrite.String(w, n, v.IsNumbered ? v.Number.ToString() : null)),
        new("system", static (ref r, ref s) => s.System = JsonRead.Enum<DocumentSystem>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.IsNumbered ? null : (DocumentSystem?)v.System)),
        new("issuedAt", static (ref r, ref s) => s.IssuedAt = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.IssuedAt)),
        new("kind", static (ref r, ref s) => s.Kind = DocumentKindJsonConverter.FromKey(JsonRead.String(ref r)), static (w, n, v) => w.WriteString(n, v.Kind.Key), Required: true),
        new("issuingBodies", static (ref r, ref s) => s.Bodies = OrgIdJsonConverter.ReadIds(ref r), static (w, n, v) => OrgIdJsonConverter.WriteIds(w, n, v.IssuingBodies), Required: true),
        new("issueDate", static (ref r, ref s) => s.IssueDate = JsonRead.Date(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.IssueDate), Required: true),
        new("title", static (ref r, ref s) => s.Title = Title(ref r), writeTitle, Required: true),
        new("term", static (ref r, ref s) => s.Term = TenureJsonConverter.ReadNullable(ref r), static (w, n, v) => TenureJsonConverter.WriteMember(w, n, v.Term)),
        new("conference", static (ref r, ref s) => s.Conference = ReadConference(ref r), static (w, n, v) => WriteConference(w, n, v.Conference)),
        new("signers", static (ref r, ref s) => s.Signers = JsonRead.Array(ref r, DocumentSignerJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Signers, DocumentSignerJsonConverter.Shape.WriteElement)),
        new("confidentiality", static (ref r, ref s) => s.Confidentiality = JsonRead.Enum<ConfidentialityMark>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Confidentiality)),
        new("urgency", static (ref r, ref s) => s.Urgency = JsonRead.Enum<UrgencyMark>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Urgency)),
        new("relations", static (ref r, ref s) => s.Relations = JsonRead.Array(ref r, DocumentRelationJsonConverter.Shape.ReadElement), static (w, n, v) => JsonWrite.Array(w, n, v.Relations, DocumentRelationJsonConverter.Shape.WriteElement)),
    ],
    Build,
    new State { Bodies = [], Signers = [], Relations = [] });

    private static Document Build(ref State s)
    {
        // A text without a number says which system it belongs to; a number says it by its form.
        Document document = s.Number is { } number
            ? (s.System is null ? new Document(number, s.Kind, s.Bodies, s.IssueDate, s.Title, s.Term, s.Conference, s.Signers, s.Confidentiality ?? default, s.Urgency, s.Relations)
                : throw OrgModelJsonException.Here("a numbered document takes its system from its number; \"system\" is only for an unnumbered text."))
            : Document.Unnumbered(s.Kind, s.Bodies, s.IssueDate, s.Title, s.IssuedAt, s.System ?? throw JsonObjectReader.Missing(nameof(Document), "number"), s.Term, s.Conference, s.Signers, s.Confidentiality ?? default, s.Urgency, s.Relations);

        // Checked after the document's own rules so that an invalid document is reported as such first.
        return s.Confidentiality is null ? throw JsonObjectReader.Missing(nameof(Document), "confidentiality") : document;
    }

    private static void WriteTitle(Utf8JsonWriter writer, JsonEncodedText name, Document value, ConfidentialityMark clearance)
    {
        if (value.IsReadableWith(clearance))
        {
            writer.WriteString(name, value.Title);
        }
        else
        {
            writer.WriteStartObject(name);
            JsonWrite.Enum(writer, Withheld, value.Confidentiality);
            writer.WriteEndObject();
        }
    }

    private static CentralConferenceNumber? ReadConference(ref Utf8JsonReader reader) =>
        JsonRead.IsNull(ref reader) ? null : CentralConferenceNumberJsonConverter.Shape.Read(ref reader);

    private static void WriteConference(Utf8JsonWriter writer, JsonEncodedText name, CentralConferenceNumber? value)
    {
        if (value is { } conference)
        {
            CentralConferenceNumberJsonConverter.Shape.WriteMember(writer, name, conference);
        }
    }

    private static string Title(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            // Skip the marker without echoing anything from it.
            reader.Skip();
            throw OrgModelJsonException.Here("the title is withheld: a document whose content was withheld cannot be read back; serialize it with a clearance at or above its mark (OrgModelJson.WithClearance).");
        }

        return JsonRead.String(ref reader);
    }
}
