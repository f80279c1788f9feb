namespace OrgModel.Serialization.Json;

/// <summary>A value written as one JSON string, and by default usable as a property name (a dictionary key).</summary>
/// <typeparam name="T">The converted type.</typeparam>
/// <param name="usableAsPropertyName">Whether the value may be a property name.</param>
internal abstract class StringJsonConverter<T>(bool usableAsPropertyName = true) : OrgModelConverter<T>
{
    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToJson(value));
    }

    /// <summary>The string of a value; throws a <see cref="JsonException"/> for a value no reader could read back.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The string.</returns>
    protected abstract string ToJson(T value);

    /// <summary>The value of a string; any exception is turned into a <see cref="JsonException"/> by the base.</summary>
    /// <param name="text">The string read.</param>
    /// <returns>The value.</returns>
    protected abstract T FromJson(string text);

    /// <inheritdoc />
    protected sealed override T ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => FromJson(ReadString(ref reader));

    /// <inheritdoc />
    protected sealed override T ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        usableAsPropertyName ? FromJson(reader.GetString()!) : base.ReadPropertyNameCore(ref reader, options);

    /// <inheritdoc />
    protected sealed override string FormatPropertyName(T value) => usableAsPropertyName ? ToJson(value) : base.FormatPropertyName(value);
}
