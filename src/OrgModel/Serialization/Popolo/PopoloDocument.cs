using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Serialization.Popolo;

/// <summary>Reads a Popolo JSON text for the importers: the size limit, the depth limit, and one exception type.</summary>
internal static class PopoloDocument
{
    /// <summary>Parses <paramref name="json"/> and hands its root to <paramref name="import"/>.</summary>
    /// <remarks>A member that appears twice in one object is refused: taking the last one would silently drop the first.</remarks>
    /// <exception cref="JsonException">The text is too long or not JSON, or the import refused it; every other failure
    /// of the import (guard clauses, invalid states, missing keys, bad formats) is wrapped in one, so callers catch one
    /// type.</exception>
    public static T Import<T>(string json, Func<JsonElement, T> import)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > OrgModelJson.MaxDocumentLength)
        {
            throw OrgModelJsonException.Here($"The document is longer than {OrgModelJson.MaxDocumentLength} characters (OrgModelJson.MaxDocumentLength).");
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false });
            return import(doc.RootElement);
        }
        catch (OrgModelJsonException)
        {
            throw;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw OrgModelJsonException.Here($"Invalid Popolo document: {OrgModelJsonException.Describe(e)}", e);
        }
    }
}
