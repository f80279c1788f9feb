using System.Text.Json.Serialization;

namespace OrgModel.Serialization;

/// <summary>
/// The source-generated JSON context for every public OrgModel type: trim- and AOT-safe, and the only route that
/// works in .NET file-based apps (which disable reflection-based JSON).
/// Use it as <c>JsonSerializer.Serialize(value, OrgModelJsonContext.Default.T)</c>.
/// </summary>
/// <remarks>Thread safety: the context is immutable once created and thread-safe.</remarks>
[JsonSourceGenerationOptions(
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    MaxDepth = 64,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
public sealed partial class OrgModelJsonContext : JsonSerializerContext;
