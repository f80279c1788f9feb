using System.Text.Encodings.Web;
using System.Text.Unicode;
using OrgModel.Documents.Model;

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
    public static OrgModelJsonContext Context { get; } = CreateContext(OrgModel.Documents.Model.ConfidentialityMark.None);

    /// <summary>
    /// The largest text, in characters, that the library's own readers (<see cref="Popolo.PopoloJson.Import(string)"/>,
    /// <see cref="Popolo.PopoloPeopleJson.Import(string)"/>) accept: 64 MiB, six times the whole reference chart. Larger input is a
    /// <see cref="JsonException"/> before any parsing. Limit the size of what reaches <c>JsonSerializer</c> in the service
    /// itself (for example Kestrel's <c>MaxRequestBodySize</c>): System.Text.Json has no size setting.
    /// </summary>
    public const int MaxDocumentLength = 64 * 1024 * 1024;

    /// <summary>
    /// Gets the options of <see cref="Context"/>: unknown members rejected, a maximum depth of 64, Vietnamese letters
    /// unescaped. The instance is read-only.
    /// </summary>
    public static JsonSerializerOptions Options => Context.Options;

    private static readonly OrgModelJsonContext[] Cleared = [Context, CreateContext(OrgModel.Documents.Model.ConfidentialityMark.Confidential), CreateContext(OrgModel.Documents.Model.ConfidentialityMark.Secret), CreateContext(OrgModel.Documents.Model.ConfidentialityMark.TopSecret)];

    /// <summary>
    /// Gets a context like <see cref="Context"/> that writes the content of documents marked up to
    /// <paramref name="clearance"/>. <see cref="Context"/> and <see cref="Options"/> have no clearance: the title of every
    /// marked document is written as <c>{"withheld": "secret"}</c> (the mark), never as text.
    /// </summary>
    /// <param name="clearance">The reader's clearance.</param>
    /// <returns>The context (one shared instance per clearance).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clearance"/> is not a defined mark.</exception>
    public static OrgModelJsonContext WithClearance(OrgModel.Documents.Model.ConfidentialityMark clearance) =>
        (int)clearance is >= 0 and < 4 ? Cleared[(int)clearance] : throw new ArgumentOutOfRangeException(nameof(clearance), clearance, "Not a defined confidentiality mark.");

    private static OrgModelJsonContext CreateContext(OrgModel.Documents.Model.ConfidentialityMark clearance)
    {
        // Readable (and a third smaller) than \uXXXX escapes; HTML-sensitive characters are still escaped, so the output
        // remains safe to embed in a page.
        var options = new JsonSerializerOptions(OrgModelJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = null,
        };

        // Converters in the options take precedence over the [JsonConverter] on Document, which has no clearance.
        if (clearance != OrgModel.Documents.Model.ConfidentialityMark.None)
        {
            options.Converters.Add(new OrgModel.Documents.Model.DocumentJsonConverter(clearance));
        }

        var context = new OrgModelJsonContext(options);
        options.MakeReadOnly();
        return context;
    }
}
