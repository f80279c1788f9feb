using OrgModel.Serialization.Json;

namespace OrgModel.Calendar;

/// <summary>Reads and writes a <see cref="VietnameseLunarDate"/> as its text ("15/6n/2025").</summary>
internal sealed class VietnameseLunarDateJsonConverter : StringJsonConverter<VietnameseLunarDate>
{
    /// <inheritdoc />
    protected override string ToJson(VietnameseLunarDate value) => value.ToString();

    /// <inheritdoc />
    protected override VietnameseLunarDate FromJson(string text) => VietnameseLunarDate.Parse(text);
}
