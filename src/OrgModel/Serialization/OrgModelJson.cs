using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OrgModel.Serialization;

/// <summary>Ready-made JSON settings for OrgModel values.</summary>
/// <remarks>Thread safety: <see cref="Options"/> and <see cref="Context"/> are read-only and thread-safe.</remarks>
public static class OrgModelJson
{
    /// <summary>
    /// Gets a source-generated context (AOT- and trim-safe) with the settings of <see cref="OrgModelJsonContext.Default"/>
    /// and Vietnamese letters written as they are (<c>"Thành phố Hà Nội"</c>, not <c>\uXXXX</c> escapes): use its typed
    /// members, e.g. <c>JsonSerializer.Serialize(value, OrgModelJson.Context.Organisation)</c>.
    /// </summary>
    public static OrgModelJsonContext Context { get; } = CreateContext();

    /// <summary>
    /// Gets the options of <see cref="Context"/>: unknown members rejected, a maximum depth of 64, Vietnamese letters
    /// unescaped. The instance is read-only.
    /// </summary>
    public static JsonSerializerOptions Options => Context.Options;

    private static OrgModelJsonContext CreateContext()
    {
        // Readable (and a third smaller) than \uXXXX escapes; HTML-sensitive characters are still escaped, so the output
        // remains safe to embed in a page.
        var options = new JsonSerializerOptions(OrgModelJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = null,
        };
        var context = new OrgModelJsonContext(options);
        options.MakeReadOnly();
        return context;
    }
}
