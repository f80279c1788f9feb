namespace OrgModel.Serialization.Json;

/// <summary>A converter that is its type's <see cref="JsonObjectShape{T, TState}"/>.</summary>
/// <typeparam name="T">The type converted.</typeparam>
/// <typeparam name="TState">The state of the shape.</typeparam>
/// <param name="shape">The object form.</param>
internal abstract class ObjectJsonConverter<T, TState>(JsonObjectShape<T, TState> shape) : OrgModelConverter<T>
    where TState : struct
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => shape.Write(writer, value);

    /// <inheritdoc />
    protected override T ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options) => shape.Read(ref reader);
}
