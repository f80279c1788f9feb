namespace OrgModel.Documents;

/// <summary>Finds the invisible format characters (Unicode category Cf) that text copied from documents and web pages
/// carries: soft hyphens, zero-width spaces and joiners, word joiners, byte order marks, direction marks, tags.</summary>
internal static class FormatCharacters
{
    /// <summary>The index of the first format character, or -1.</summary>
    public static int IndexOfFirst(ReadOnlySpan<char> text)
    {
        // A vectorised search for the few characters that can start one (Vietnamese letters are all outside the set), then
        // the exact test there.
        int i = 0;
        while (i < text.Length)
        {
            int next = text[i..].IndexOfAny(Starts);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (WidthAt(text, i) > 0)
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    // Every character that can start a format character: those of category Cf, and the high surrogates (a pair may be one).
    private static readonly SearchValues<char> Starts = BuildStarts();

    private static SearchValues<char> BuildStarts()
    {
        var starts = new List<char>();
        for (int c = 0x80; c <= char.MaxValue; c++)
        {
            if (char.IsHighSurrogate((char)c) || char.GetUnicodeCategory((char)c) == UnicodeCategory.Format)
            {
                starts.Add((char)c);
            }
        }

        return SearchValues.Create(starts.ToArray());
    }

    /// <summary>The number of UTF-16 units of the format character at <paramref name="i"/>: 1, 2 for one outside the
    /// Basic Multilingual Plane (a surrogate pair), or 0 when the character there is not one.</summary>
    public static int WidthAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < '\u0080')
        {
            return 0;
        }

        if (!char.IsHighSurrogate(c))
        {
            return char.GetUnicodeCategory(c) == UnicodeCategory.Format ? 1 : 0;
        }

        return Rune.DecodeFromUtf16(text[i..], out Rune rune, out int used) == OperationStatus.Done
            && Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format ? used : 0;
    }
}
