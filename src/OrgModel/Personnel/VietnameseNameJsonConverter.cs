using OrgModel.Serialization.Json;

namespace OrgModel.Personnel;

/// <summary>Converts a <see cref="VietnameseName"/> to and from its display form as a JSON string ("Tô Lâm").</summary>
/// <remarks>Thread safety: stateless and thread-safe.</remarks>
internal sealed class VietnameseNameJsonConverter() : StringJsonConverter<VietnameseName>(usableAsPropertyName: false)
{
    /// <inheritdoc />
    protected override string ToJson(VietnameseName value) => value.IsEmpty ? throw new JsonException("An empty VietnameseName cannot be written.") : value.ToString();

    /// <inheritdoc />
    protected override VietnameseName FromJson(string text) => VietnameseName.Parse(text);
}
