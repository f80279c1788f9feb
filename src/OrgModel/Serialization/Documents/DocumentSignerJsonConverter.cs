using System.Text.Json;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Documents;

/// <summary>Reads and writes a <see cref="DocumentSigner"/>.</summary>
internal sealed class DocumentSignerJsonConverter : OrgModelConverter<DocumentSigner>
{
    private static readonly string[] Members = ["name", "capacity", "title", "onBehalfOf"];

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentSigner value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, DocumentSigner value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonWrite.Enum(writer, "capacity", value.Capacity);
        JsonWrite.String(writer, "title", value.Title);
        JsonWrite.String(writer, "onBehalfOf", value.OnBehalfOf);
        writer.WriteEndObject();
    }

    internal static DocumentSigner ReadValue(ref Utf8JsonReader reader)
    {
        var obj = new JsonObjectReader(ref reader, nameof(DocumentSigner), Members);
        string name = string.Empty;
        SigningCapacity capacity = default;
        string? title = null, onBehalfOf = null;
        while (obj.Next(ref reader))
        {
            try
            {
                switch (obj.Index)
                {
                    case 0: name = JsonRead.String(ref reader); break;
                    case 1: capacity = JsonRead.Enum<SigningCapacity>(ref reader); break;
                    case 2: title = JsonRead.NullableString(ref reader); break;
                    default: onBehalfOf = JsonRead.NullableString(ref reader); break;
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
            return new DocumentSigner(name, capacity, title, onBehalfOf);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }

    /// <inheritdoc />
    protected override DocumentSigner ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader);
}
