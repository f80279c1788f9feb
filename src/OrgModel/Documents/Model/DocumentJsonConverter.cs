using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
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
internal sealed class DocumentJsonConverter : OrgModelConverter<Document>
{
    private static readonly string[] Members = ["number", "kind", "issuingBodies", "issueDate", "title", "term", "conference", "signers", "confidentiality", "urgency", "relations"];
    private const int ConfidentialityMember = 8;
    private static readonly JsonEncodedText IssuingBodies = JsonEncodedText.Encode("issuingBodies");
    private readonly ConfidentialityMark clearance;

    /// <summary>Creates the converter with no clearance: every marked title is withheld.</summary>
    public DocumentJsonConverter()
        : this(ConfidentialityMark.None)
    {
    }

    /// <summary>Creates the converter with a clearance.</summary>
    public DocumentJsonConverter(ConfidentialityMark clearance) => this.clearance = Preconditions.CheckDefined(clearance);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Document value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("number", value.Number.ToString());
        writer.WriteString("kind", value.Kind.Key);
        OrgIdJsonConverter.WriteIds(writer, IssuingBodies, value.IssuingBodies);
        JsonWrite.Date(writer, "issueDate", value.IssueDate);
        if (value.IsReadableWith(clearance))
        {
            writer.WriteString("title", value.Title);
        }
        else
        {
            writer.WriteStartObject("title");
            JsonWrite.Enum(writer, "withheld", value.Confidentiality);
            writer.WriteEndObject();
        }

        if (value.Term is { } term)
        {
            writer.WriteString("term", term.ToString("F", null));
        }

        if (value.Conference is { } conference)
        {
            writer.WritePropertyName("conference");
            CentralConferenceNumberJsonConverter.Shape.Write(writer, conference);
        }

        writer.WriteStartArray("signers");
        foreach (DocumentSigner s in value.Signers)
        {
            DocumentSignerJsonConverter.Shape.Write(writer, s);
        }

        writer.WriteEndArray();
        JsonWrite.Enum(writer, "confidentiality", value.Confidentiality);
        JsonWrite.Enum(writer, "urgency", value.Urgency);
        writer.WriteStartArray("relations");
        foreach (DocumentRelation r in value.Relations)
        {
            DocumentRelationJsonConverter.Shape.Write(writer, r);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override Document ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = new JsonObjectReader(ref reader, nameof(Document), Members);
        DocumentNumber number = default;
        DocumentKind? kind = null;
        ImmutableArray<OrgId> bodies = [];
        LocalDate issueDate = default;
        string title = string.Empty;
        Tenure? term = null;
        CentralConferenceNumber? conference = null;
        ImmutableArray<DocumentSigner> signers = [];
        ConfidentialityMark confidentiality = default;
        UrgencyMark urgency = default;
        ImmutableArray<DocumentRelation> relations = [];
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: number = DocumentNumberJsonConverter.ReadValue(ref reader); break;
                    case 1: kind = DocumentKindJsonConverter.FromKey(JsonRead.String(ref reader)); break;
                    case 2: bodies = OrgIdJsonConverter.ReadIds(ref reader); break;
                    case 3: issueDate = JsonRead.Date(ref reader); break;
                    case 4: title = Title(ref reader); break;
                    case 5: term = TenureJsonConverter.ReadNullable(ref reader); break;
                    case 6: conference = JsonRead.IsNull(ref reader) ? null : CentralConferenceNumberJsonConverter.Shape.Read(ref reader); break;
                    case 7: signers = JsonRead.Array(ref reader, DocumentSignerJsonConverter.Shape.ReadElement); break;
                    case 8: confidentiality = JsonRead.Enum<ConfidentialityMark>(ref reader); break;
                    case 9: urgency = JsonRead.Enum<UrgencyMark>(ref reader); break;
                    default: relations = JsonRead.Array(ref reader, DocumentRelationJsonConverter.Shape.ReadElement); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        for (int required = 0; required < 5; required++)
        {
            obj.Require(required);
        }

        Document document;
        try
        {
            document = new Document(number, kind!, bodies, issueDate, title, term, conference, signers, confidentiality, urgency, relations);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }

        // Checked after the document's own rules so that an invalid document is reported as such first.
        obj.Require(ConfidentialityMember);
        return document;
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
