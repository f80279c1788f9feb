using OrgModel.Serialization.Json;

namespace OrgModel.Deadlines;

/// <summary>Converts a <see cref="Deadline"/> to and from its canonical phrase (<c>"on or before 2025-07-31"</c>).</summary>
/// <remarks>
/// <para>Reading accepts every phrase that states its year (<see cref="Deadline.Parse(string)"/>); phrases that
/// need a reference date are rejected. The original <see cref="Deadline.Wording"/> is not written (equality ignores it).
/// Every read failure is a <see cref="JsonException"/>.</para>
/// <para>Thread safety: stateless and thread-safe.</para>
/// </remarks>
internal sealed class DeadlineJsonConverter : OrgModelConverter<Deadline>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Deadline value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    protected override Deadline ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => Read(ReadString(ref reader));

    /// <inheritdoc />
    protected override Deadline ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => Read(reader.GetString()!);

    /// <inheritdoc />
    protected override string FormatPropertyName(Deadline value) => value.ToString();

    /// <summary>Reads a deadline's canonical text as this converter does, without keeping the wording.</summary>
    internal static Deadline Read(string text) => Deadline.Parse(text).WithWording(null);
}
