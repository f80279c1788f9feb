namespace OrgModel.EntityFrameworkCore;

/// <summary>
/// A database column holds text that is not the canonical text of an OrgModel value: a row edited by hand, or written
/// by other code. Reading it never gives a plausible but wrong value.
/// </summary>
/// <remarks>
/// Entity Framework Core throws it as it is when it materialises an entity, and may wrap it (as the inner exception of an
/// <see cref="InvalidOperationException"/> naming the property) when it reads a projection.
/// </remarks>
public sealed class InvalidColumnValueException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidColumnValueException"/> class.</summary>
    public InvalidColumnValueException()
        : this("(unknown)", null, "value", null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidColumnValueException"/> class.</summary>
    /// <param name="message">The message.</param>
    public InvalidColumnValueException(string message)
        : base(message)
    {
        Column = "(unknown)";
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidColumnValueException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidColumnValueException(string message, Exception innerException)
        : base(message, innerException)
    {
        Column = "(unknown)";
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidColumnValueException"/> class.</summary>
    /// <param name="column">The column, as <c>table.column</c>.</param>
    /// <param name="value">The column text; only its first characters are kept.</param>
    /// <param name="typeName">The OrgModel type the column holds.</param>
    /// <param name="reason">Why the text is refused.</param>
    public InvalidColumnValueException(string column, string? value, string typeName, string? reason)
        : base($"Column {column} holds '{ColumnNames.Bounded(value)}', which is not a {typeName}: {reason ?? "unreadable"}.")
    {
        Column = column;
        Value = ColumnNames.Bounded(value);
    }

    /// <summary>Gets the column, as <c>table.column</c>.</summary>
    public string Column { get; }

    /// <summary>Gets the column text (at most 100 characters, then its length).</summary>
    public string? Value { get; }
}
