using System.Text.Json;
using OrgModel.Serialization;

namespace OrgModel.Organisations;

/// <summary>Converts an <see cref="OrgId"/> to and from its canonical JSON string; usable as a property name.</summary>
/// <remarks>Thread safety: stateless and thread-safe.</remarks>
public sealed class OrgIdJsonConverter : OrgModelConverter<OrgId>
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
    protected override OrgId ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => OrgId.Parse(ReadString(ref reader));

    /// <inheritdoc />
    protected override OrgId ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => OrgId.Parse(reader.GetString()!);

    /// <inheritdoc />
    protected override string FormatPropertyName(OrgId value) =>
        value.IsEmpty ? throw new JsonException("An empty OrgId cannot be written.") : value.ToString();
}
