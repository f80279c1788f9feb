using NodaTime.Text;

namespace OrgModel.EntityFrameworkCore;

/// <summary>The column text of a NodaTime value: written and read through one pattern.</summary>
/// <typeparam name="TSelf">The text form.</typeparam>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal interface IPatternText<TSelf, T> : IColumnText<T>
    where TSelf : IPatternText<TSelf, T>
{
    /// <summary>Gets the pattern.</summary>
    static abstract IPattern<T> Pattern { get; }

    /// <inheritdoc/>
    static string IColumnText<T>.Format(T value) => TSelf.Pattern.Format(value);

    /// <inheritdoc/>
    static bool IColumnText<T>.TryRead(string text, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? reason) =>
        PatternText.TryRead(TSelf.Pattern, text, out value, out reason);
}
