using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Serialization.Tenures;

/// <summary>
/// Base of the converters of reference-data entries (congresses, conferences, legislatures, milestones), which callers
/// cannot create: an entry is written as its data and read back as the shipped entry with exactly that data; anything
/// else (an unknown entry, a changed date, an extra member) is a <see cref="JsonException"/>.
/// </summary>
/// <typeparam name="T">The entry type.</typeparam>
internal abstract class ReferenceEntryJsonConverter<T> : OrgModelConverter<T>
    where T : class
{
    /// <summary>Gets the shipped entries.</summary>
    protected abstract IReadOnlyList<T> Entries { get; }

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => WriteEntry(writer, value);

    /// <summary>Writes an entry's data as an object.</summary>
    protected abstract void WriteEntry(Utf8JsonWriter writer, T value);

    /// <inheritdoc />
    protected sealed override T ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw OrgModelJsonException.Here($"A JSON object was expected, not {reader.TokenType}.");
        }

        using JsonDocument input = JsonDocument.ParseValue(ref reader);
        foreach (T entry in Entries)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteEntry(writer, entry);
            }

            using JsonDocument shipped = JsonDocument.Parse(buffer.ToArray());
            if (JsonElement.DeepEquals(input.RootElement, shipped.RootElement))
            {
                return entry;
            }
        }

        throw OrgModelJsonException.Here($"not a {typeof(T).Name} of the reference data (TenureFacts): compare every member with the shipped entries.");
    }
}
