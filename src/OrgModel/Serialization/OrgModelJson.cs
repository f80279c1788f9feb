using System.Text.Json;

namespace OrgModel.Serialization;

/// <summary>Ready-made JSON settings for OrgModel values.</summary>
/// <remarks>Thread safety: <see cref="Options"/> is read-only and thread-safe.</remarks>
public static class OrgModelJson
{
    /// <summary>
    /// Options backed by <see cref="OrgModelJsonContext"/> (source-generated, AOT- and trim-safe), with unknown members
    /// rejected and a maximum depth of 64. The instance is read-only.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(OrgModelJsonContext.Default.Options);
        options.MakeReadOnly();
        return options;
    }
}
