namespace OrgModel.Utility;

/// <summary>The first step of every hand-written parse core: white space around the text is allowed, an empty text is not.</summary>
internal static class ParseInput
{
    /// <summary>Trims white space from both ends of a text to parse.</summary>
    /// <param name="text">The text.</param>
    /// <param name="what">What the text should be, for the reason ("a document key").</param>
    /// <param name="trimmed">The text without the white space.</param>
    /// <param name="start">Where <paramref name="trimmed"/> starts in <paramref name="text"/>: the position of an error in it is relative to that.</param>
    /// <param name="reason">Null, or why nothing can be read.</param>
    /// <returns>False when nothing but white space is left.</returns>
    public static bool TryTrim(ReadOnlySpan<char> text, string what, out ReadOnlySpan<char> trimmed, out int start, [NotNullWhen(false)] out string? reason)
    {
        trimmed = text.TrimStart();
        start = text.Length - trimmed.Length;
        trimmed = trimmed.TrimEnd();
        reason = trimmed.IsEmpty ? $"{what} was expected but the text is empty" : null;
        return reason is null;
    }
}
