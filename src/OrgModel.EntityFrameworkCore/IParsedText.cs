using OrgModel.Text;

namespace OrgModel.EntityFrameworkCore;

/// <summary>The column text of a value type that has a canonical parser: its <c>ToString()</c>, read by its <c>ParseToResult</c>.</summary>
/// <typeparam name="TSelf">The text form.</typeparam>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Each type's <c>ParseToResult</c> is a plain static method, not an interface member, so each text form names it once.</remarks>
internal interface IParsedText<TSelf, T> : IColumnText<T>
    where TSelf : IParsedText<TSelf, T>
    where T : struct
{
    /// <summary>Parses the text, keeping the position and reason of a failure.</summary>
    static abstract ParseResult<T> ParseToResult(string text);

    /// <inheritdoc/>
    static string IColumnText<T>.Format(T value) => value.ToString()!;

    /// <inheritdoc/>
    static bool IColumnText<T>.TryRead(string text, out T value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.From(TSelf.ParseToResult(text), out value, out reason);
}
