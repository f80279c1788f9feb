using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>Converts a <see cref="VietnameseName"/> to and from its display form as a JSON string ("Tô Lâm").</summary>
/// <remarks>Thread safety: stateless and thread-safe.</remarks>
internal sealed class VietnameseNameJsonConverter : OrgModelConverter<VietnameseName>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, VietnameseName value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsEmpty)
        {
            throw new JsonException("An empty VietnameseName cannot be written.");
        }

        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    protected override VietnameseName ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        VietnameseName.Parse(ReadString(ref reader));
}
