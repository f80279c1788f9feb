using System.Text.Json;
using OrgModel.Documents;
using OrgModel.Documents.Model;

namespace OrgModel.Serialization.Documents;

/// <summary>Reads and writes a <see cref="DocumentReference"/>: <c>{"number":"18-NQ/TW","issueDate":"2017-10-25"}</c> or with a <c>term</c>.</summary>
internal sealed class DocumentReferenceJsonConverter : OrgModelConverter<DocumentReference>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentReference value, JsonSerializerOptions options) => DocumentJsonParts.WriteReference(writer, value);

    /// <inheritdoc />
    protected override DocumentReference ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => DocumentJsonParts.ReadReference(ref reader);
}
