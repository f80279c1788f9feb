using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>Converts an <see cref="OrgId"/> to and from its canonical JSON string; usable as a property name.</summary>
/// <remarks>Thread safety: stateless and thread-safe.</remarks>
internal sealed class OrgIdJsonConverter : StringJsonConverter<OrgId>
{
    /// <inheritdoc />
    protected override string ToJson(OrgId value) => value.IsEmpty ? throw new JsonException("An empty OrgId cannot be written.") : value.ToString();

    /// <inheritdoc />
    protected override OrgId FromJson(string text) => OrgId.Parse(text);

    /// <summary>Reads an id inside an object or array.</summary>
    internal static OrgId ReadValue(ref Utf8JsonReader reader)
    {
        string text = JsonRead.String(ref reader);
        return OrgId.TryParse(text, out OrgId id)
            ? id
            : throw OrgModelJsonException.Here($"\"{Preconditions.Quote(text)}\" is not an organisation id.");
    }

    /// <summary>Reads an id, or null.</summary>
    internal static OrgId? ReadNullable(ref Utf8JsonReader reader) => JsonRead.IsNull(ref reader) ? null : ReadValue(ref reader);

    /// <summary>Reads an array of ids.</summary>
    internal static ImmutableArray<OrgId> ReadIds(ref Utf8JsonReader reader) => JsonRead.Array(ref reader, ReadValue);

    /// <summary>Writes an array of ids, left out when empty and <paramref name="omitEmpty"/>.</summary>
    internal static void WriteIds(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<OrgId> ids, bool omitEmpty = false)
    {
        if (omitEmpty && ids.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (int i = 0; i < ids.Count; i++)
        {
            writer.WriteStringValue(ids[i].ToString());
        }

        writer.WriteEndArray();
    }
}
