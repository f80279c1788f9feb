using System.Collections.Immutable;
using System.Text.Json;
using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>Converts an <see cref="OrgId"/> to and from its canonical JSON string; usable as a property name.</summary>
/// <remarks>Thread safety: stateless and thread-safe.</remarks>
internal sealed class OrgIdJsonConverter : OrgModelConverter<OrgId>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OrgId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsEmpty)
        {
            throw new JsonException("An empty OrgId cannot be written.");
        }

        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    protected override OrgId ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => OrgId.Parse(ReadString(ref reader), null);

    /// <inheritdoc />
    protected override OrgId ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => OrgId.Parse(reader.GetString()!, null);

    /// <summary>Reads an id inside an object or array.</summary>
    internal static OrgId ReadValue(ref Utf8JsonReader reader)
    {
        string text = JsonRead.String(ref reader);
        return OrgId.TryParse(text, null, out OrgId id)
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

    /// <inheritdoc />
    protected override string FormatPropertyName(OrgId value) =>
        value.IsEmpty ? throw new JsonException("An empty OrgId cannot be written.") : value.ToString();
}
