using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Documents;

/// <summary>Reads and writes a <see cref="DocumentRelation"/>: kind, target reference and optional effective date.</summary>
internal sealed class DocumentRelationJsonConverter : OrgModelConverter<DocumentRelation>
{
    private static readonly string[] Members = ["kind", "target", "effectiveFrom"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentRelation value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, DocumentRelation value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, "kind", value.Kind);
        writer.WritePropertyName("target");
        DocumentJsonParts.WriteReference(writer, value.Target);
        JsonWrite.Date(writer, "effectiveFrom", value.EffectiveFrom);
        writer.WriteEndObject();
    }

    internal static DocumentRelation ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(DocumentRelation), Members);
        DocumentRelationKind kind = default;
        DocumentReference target = default;
        LocalDate? from = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: kind = JsonRead.Enum<DocumentRelationKind>(ref reader); break;
                    case 1: target = DocumentJsonParts.ReadReference(ref reader); break;
                    default: from = JsonRead.NullableDate(ref reader); break;
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        obj.Require(1);
        try
        {
            return new DocumentRelation(kind, target, from);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override DocumentRelation ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
