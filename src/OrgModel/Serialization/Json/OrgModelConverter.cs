using OrgModel.Utility;

namespace OrgModel.Serialization.Json;

/// <summary>
/// Base of the library's JSON converters: any failure while reading (a guard clause, a parse error) becomes a
/// <see cref="JsonException"/>, so that a caller who catches <see cref="JsonException"/> never sees an invalid object.
/// </summary>
/// <typeparam name="T">The converted type.</typeparam>
/// <remarks>Thread safety: converters are stateless and thread-safe.</remarks>
internal abstract class OrgModelConverter<T> : JsonConverter<T>
{
    /// <inheritdoc />
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ReadCore(ref reader, options);
        }
        catch (Exception e) when (e is not JsonException && !Preconditions.IsFatal(e))
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {Preconditions.BoundMessage(e.Message)}", e);
        }
    }

    /// <inheritdoc />
    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ReadPropertyNameCore(ref reader, options);
        }
        catch (Exception e) when (e is not JsonException && !Preconditions.IsFatal(e))
        {
            throw new JsonException($"Invalid {typeof(T).Name} as a property name: {Preconditions.BoundMessage(e.Message)}", e);
        }
    }

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(FormatPropertyName(value));
    }

    /// <summary>Reads a value; exceptions of any type are wrapped by the caller.</summary>
    /// <param name="reader">The reader, positioned on the value's first token.</param>
    /// <param name="options">The serializer options in use.</param>
    /// <returns>The value read.</returns>
    protected abstract T ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>Reads a value written as a property name; by default not supported.</summary>
    /// <param name="reader">The reader, positioned on the property name.</param>
    /// <param name="options">The serializer options in use.</param>
    /// <returns>The value read.</returns>
    protected virtual T ReadPropertyNameCore(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        throw new JsonException($"{typeof(T).Name} cannot be used as a JSON property name.");

    /// <summary>Formats a value as a property name; by default not supported.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The property name.</returns>
    protected virtual string FormatPropertyName(T value) =>
        throw new NotSupportedException($"{typeof(T).Name} cannot be used as a JSON property name.");

    /// <summary>Reads the current token as a non-null string, or throws <see cref="JsonException"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The string.</returns>
    protected static string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A JSON string was expected for {typeof(T).Name}, not {reader.TokenType}.");
        }

        return reader.GetString()!;
    }
}
