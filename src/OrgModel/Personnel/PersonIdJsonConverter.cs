using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>Converts a <see cref="PersonId"/> to and from a JSON string; usable as a property name.</summary>
/// <remarks>Thread safety: stateless and thread-safe.</remarks>
internal sealed class PersonIdJsonConverter : OrgModelConverter<PersonId>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PersonId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.IsEmpty ? throw new JsonException("An empty PersonId cannot be written.") : value.ToString());
    }

    /// <inheritdoc />
    protected override PersonId ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => PersonId.Parse(ReadString(ref reader));

    /// <inheritdoc />
    protected override PersonId ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => PersonId.Parse(reader.GetString()!);

    /// <inheritdoc />
    protected override string FormatPropertyName(PersonId value) =>
        value.IsEmpty ? throw new JsonException("An empty PersonId cannot be written.") : value.ToString();
}
