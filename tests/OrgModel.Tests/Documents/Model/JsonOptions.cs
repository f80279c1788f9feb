using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OrgModel.Documents;
using OrgModel.Documents.Model;

namespace OrgModel.Tests.Documents.Model;

/// <summary>Options that serialise through the [JsonConverter] attributes, without the library's (later) context.</summary>
internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new DocumentKindJsonConverter(), new DocumentIssuerJsonConverter() },
    };
}
