using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OrgModel.EntityFrameworkCore;

/// <summary>Converts a value to its canonical column text and back, refusing column text that is not canonical.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TText">Its text form.</typeparam>
/// <remarks>
/// Reading insists on the canonical text (the text that writing the value back would give): a row edited by hand to
/// <c>số 201 - kl/tw</c> would parse, but SQL comparisons with <c>201-KL/TW</c> would silently miss it.
/// </remarks>
internal sealed class ColumnTextConverter<T, TText> : ValueConverter<T, string>, IColumnAwareConverter
    where TText : IColumnText<T>
{
    private readonly string column;

    /// <summary>Initializes a new instance of the <see cref="ColumnTextConverter{T, TText}"/> class for a column not yet known.</summary>
    public ColumnTextConverter()
        : this(ColumnNames.Unknown)
    {
    }

    private ColumnTextConverter(string column)
        : base(static value => Write(value), text => Read(text, column))
    {
        this.column = column;
    }

    /// <inheritdoc />
    public string Column => column;

    /// <inheritdoc />
    public ValueConverter ForColumn(string columnName) => new ColumnTextConverter<T, TText>(columnName);

    private static string Write(T value)
    {
        string text = TText.Format(value);
        // Never write what cannot be read back as the same value.
        if (!TText.TryRead(text, out T? back, out string? reason) || !TText.Same(back, value))
        {
            throw new InvalidOperationException(
                $"The {TText.TypeName} '{ColumnNames.Bounded(value?.ToString())}' cannot be stored: its column text '{ColumnNames.Bounded(text)}' does not read back as the same value ({reason ?? "it reads back as another value"}).");
        }

        return text;
    }

    private static T Read(string text, string column)
    {
        if (!TText.TryRead(text, out T? value, out string? reason))
        {
            throw new InvalidColumnValueException(column, text, TText.TypeName, reason);
        }

        string canonical = TText.Format(value);
        if (!string.Equals(canonical, text, StringComparison.Ordinal))
        {
            throw new InvalidColumnValueException(column, text, TText.TypeName, $"not the canonical text, which is '{ColumnNames.Bounded(canonical)}'");
        }

        return value;
    }
}
