using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OrgModel.Serialization;

/// <summary>Ready-made JSON settings for OrgModel values.</summary>
/// <remarks>Thread safety: <see cref="Options"/> is read-only and thread-safe.</remarks>
public static class OrgModelJson
{
    /// <summary>
    /// Options backed by <see cref="OrgModelJsonContext"/> (source-generated, AOT- and trim-safe), with unknown members
    /// rejected, a maximum depth of 64, and Vietnamese letters written as they are (not as <c>\uXXXX</c> escapes). The instance is read-only.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        // Vietnamese names stay readable (and a third smaller) instead of \uXXXX escapes; HTML-sensitive characters
        // are still escaped, so the output remains safe to embed in a page.
        var options = new JsonSerializerOptions(OrgModelJsonContext.Default.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        options.MakeReadOnly();
        return options;
    }
}
