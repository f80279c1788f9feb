namespace OrgModel.EntityFrameworkCore;

/// <summary>Helpers for naming a column and quoting a value in error messages.</summary>
internal static class ColumnNames
{
    /// <summary>The longest part of a column value quoted in an error message.</summary>
    public const int MaxQuoted = 100;

    /// <summary>The column name used before the model is finalized.</summary>
    public const string Unknown = "(a column not named in the model)";

    /// <summary>Quotes at most <see cref="MaxQuoted"/> characters: a hand-edited row may hold megabytes.</summary>
    public static string Bounded(string? text) =>
        text is null ? "(null)"
        : text.Length <= MaxQuoted ? text
        : string.Concat(text.AsSpan(0, MaxQuoted), $"… ({text.Length} characters)");
}
