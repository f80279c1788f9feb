using System.Text.Json.Serialization.Metadata;

namespace OrgModel.EntityFrameworkCore;

/// <summary>The column text of a value type whose JSON form is a string: that string (see <see cref="JsonStringText"/>).</summary>
/// <typeparam name="TSelf">The text form.</typeparam>
/// <typeparam name="T">The value type.</typeparam>
internal interface IJsonStringText<TSelf, T> : IColumnText<T>
    where TSelf : IJsonStringText<TSelf, T>
{
    /// <summary>Gets the type's entry in the library's JSON context.</summary>
    static abstract JsonTypeInfo<T> Json { get; }

    /// <inheritdoc/>
    static string IColumnText<T>.Format(T value) => JsonStringText.Format(value, TSelf.Json);

    /// <inheritdoc/>
    static bool IColumnText<T>.TryRead(string text, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? reason) =>
        JsonStringText.TryRead(text, TSelf.Json, out value, out reason);
}
