using OrgModel.Serialization.Json;

namespace OrgModel.Tenures;

/// <summary>
/// Base of the converters of reference-data entries (congresses, conferences, legislatures, milestones), which callers
/// cannot create: an entry is written as its data and read back as the shipped entry with exactly that data; anything
/// else (an unknown entry, a changed date, an extra member) is a <see cref="JsonException"/>.
/// </summary>
/// <typeparam name="T">The entry type.</typeparam>
/// <param name="members">The written members, in order: each name and how it is written.</param>
internal abstract class ReferenceEntryJsonConverter<T>(params (string Name, JsonMemberWrite<T> Write)[] members) : OrgModelConverter<T>
    where T : class
{
    private readonly JsonEncodedText[] names = Array.ConvertAll(members, m => JsonEncodedText.Encode(m.Name));
    private JsonElement[]? shippedForms;

    /// <summary>Gets the shipped entries.</summary>
    protected abstract IReadOnlyList<T> Entries { get; }

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => WriteEntry(writer, value);

    /// <summary>Writes an entry's data as an object.</summary>
    private void WriteEntry(Utf8JsonWriter writer, T value)
    {
        writer.WriteStartObject();
        for (int i = 0; i < members.Length; i++)
        {
            members[i].Write(writer, names[i], value);
        }

        writer.WriteEndObject();
    }

    // The written form of each shipped entry, in order; made once per converter (clones outlive their documents).
    private JsonElement[] ShippedForms()
    {
        var forms = new JsonElement[Entries.Count];
        for (int i = 0; i < forms.Length; i++)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteEntry(writer, Entries[i]);
            }

            using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
            forms[i] = document.RootElement.Clone();
        }

        return forms;
    }

    /// <inheritdoc />
    protected sealed override T ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw OrgModelJsonException.Here($"A JSON object was expected, not {reader.TokenType}.");
        }

        using JsonDocument input = JsonDocument.ParseValue(ref reader);
        JsonElement[] shipped = LazyInitializer.EnsureInitialized(ref shippedForms, ShippedForms);
        for (int i = 0; i < shipped.Length; i++)
        {
            if (JsonElement.DeepEquals(input.RootElement, shipped[i]))
            {
                return Entries[i];
            }
        }

        throw OrgModelJsonException.Here($"not a {typeof(T).Name} of the reference data (TenureFacts): compare every member with the shipped entries.");
    }
}
