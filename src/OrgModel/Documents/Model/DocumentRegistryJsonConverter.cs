using System.Text.Json.Serialization.Metadata;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>
/// Reads and writes a <see cref="DocumentRegistry"/> as <c>{"documents":[…]}</c>; each document goes through the
/// options' document converter, so a clearance set on the options applies inside the registry too.
/// </summary>
internal sealed class DocumentRegistryJsonConverter : OrgModelConverter<DocumentRegistry>
{
    private static readonly string[] Members = ["documents"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentRegistry value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<Document>)options.GetTypeInfo(typeof(Document));
        writer.WriteStartObject();
        writer.WriteStartArray("documents");
        foreach (Document d in value.Documents)
        {
            JsonSerializer.Serialize(writer, d, info);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override DocumentRegistry ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<Document>)options.GetTypeInfo(typeof(Document));
        var obj = new JsonObjectReader(ref reader, nameof(DocumentRegistry), Members);
        ImmutableArray<Document> documents = [];
        while (obj.Next(ref reader))
        {
            try
            {
                documents = JsonRead.Array(ref reader, (ref Utf8JsonReader r) => JsonSerializer.Deserialize(ref r, info)!);
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.Require(0);
        try
        {
            return new DocumentRegistry(documents);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }
}
