namespace OrgModel.Text;

/// <summary>
/// Folding of Vietnamese text for forgiving comparison: diacritics, case, NFC/NFD and the
/// <c>Đ</c>/<c>D</c>/<c>Ð</c> look-alikes are ignored, runs of white space count as one space.
/// </summary>
/// <remarks>Shared by every parser and search in the library so that they all accept the same spellings.</remarks>
internal static class VietnameseText
{
    // FoldChar's answers for the blocks Vietnamese text lives in (Latin-1 to Latin Extended-B and the combining marks of
    // NFD text; Latin Extended Additional and General Punctuation, with the dashes and spaces), computed once by the
    // general fold itself, so the tables cannot disagree with it.
    private const char TableLowEnd = '\u0370';
    private const char TableHighStart = '\u1E00';
    private const char TableHighEnd = '\u2070';
    private static readonly char[] LowFolds = BuildFolds('\u0080', TableLowEnd);
    private static readonly char[] HighFolds = BuildFolds(TableHighStart, TableHighEnd);

    /// <summary>The position of the first line break or control character (other than tab) between the first and the
    /// last non-white character of a text, or -1.</summary>
    /// <remarks>Inside a phrase or an identifier only horizontal spaces separate words; white space of any kind may
    /// surround the whole text. Without this rule <c>"khóa\nXIII"</c> and NUL-separated words parsed.</remarks>
    internal static int InnerLineBreakOrControl(ReadOnlySpan<char> text)
    {
        // Almost no text holds one: one cheap test per character lets the common case skip the exact walk.
        return ContainsLineBreakOrControl(text) ? InnerLineBreakOrControlExact(text) : -1;
    }

    // The rule itself, without the pre-check: the first line break or control between the first and the last non-white
    // character. Internal so the tests hold the pre-checked path to it.
    internal static int InnerLineBreakOrControlExact(ReadOnlySpan<char> text)
    {
        int first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        int last = text.Length - 1;
        while (last > first && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        for (int i = first; i <= last; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' || (char.IsControl(c) && c != '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    // Every character the exact walk can report: the C0 controls but tab, DEL and the C1 controls (NEL among them), and
    // the Unicode line and paragraph separators.
    private static bool ContainsLineBreakOrControl(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c < ' ' ? c != '\t' : unchecked((uint)(c - '\u007F')) <= '\u009F' - '\u007F' || (c | 1) == '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reason given when <see cref="InnerLineBreakOrControl"/> finds a character.</summary>
    internal const string LineBreakReason = "a line break or control character cannot stand inside it (only spaces separate its words)";

    /// <summary>Folds one character to its lower-case ASCII base letter, or returns it lower-cased when it has none.</summary>
    /// <remarks>Combining marks (NFD input) fold to <c>'\0'</c>: callers skip them.</remarks>
    /// <remarks>Small enough to inline: ASCII is answered here, the blocks of Vietnamese letters from a table.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return unchecked((uint)(c - 'A')) <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        return FoldNonAscii(c);
    }

    private static char FoldNonAscii(char c)
    {
        if (c < TableLowEnd)
        {
            return LowFolds[c - 0x80];
        }

        if (c >= TableHighStart && c < TableHighEnd)
        {
            return HighFolds[c - TableHighStart];
        }

        return FoldGeneral(c);
    }

    private static char[] BuildFolds(char start, char end)
    {
        var folds = new char[end - start];
        for (int c = start; c < end; c++)
        {
            folds[c - start] = FoldGeneral((char)c);
        }

        return folds;
    }

    /// <summary>The fold without tables; the tables are built from it, and the tests compare the two.</summary>
    internal static char FoldGeneral(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        switch (c)
        {
            case 'Đ' or 'đ' or 'Ð' or 'ð' or 'Ɖ' or 'ɖ':
                return 'd';
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                return '-';
            case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000':
                return ' ';
        }

        // The letter tables first: they cover every precomposed Vietnamese letter, and hold no combining mark, so the
        // order does not change the result and the common case skips the Unicode category look-up.
        char b = VietnameseLetters.BaseOf(c);
        if (b != '\0')
        {
            return b is >= 'A' and <= 'Z' ? (char)(b + 32) : b;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return '\0';
        }

        return char.ToLowerInvariant(c);
    }

    /// <summary>Returns the text with Vietnamese letters in their precomposed (NFC) form, without relying on ICU.</summary>
    public static string ToNfc(string text) => VietnameseLetters.ToNfc(text);

    /// <summary>True when the character is a combining mark that folding drops.</summary>
    public static bool IsMark(char c) => FoldChar(c) == '\0';

    /// <summary>
    /// The slug of a text: folded as <see cref="Fold"/> folds it, its runs of <c>a–z</c> and <c>0–9</c> joined by single
    /// hyphens, no hyphen at either end, whole (callers apply their own length rule).
    /// </summary>
    public static string Slug(ReadOnlySpan<char> text) => Joined(text, slug: true);

    /// <summary>Folds a whole string: lower case, no diacritics, <c>đ</c> as <c>d</c>, white space collapsed and trimmed.</summary>
    public static string Fold(ReadOnlySpan<char> text) => Joined(text, slug: false);

    // Fold and Slug are one walk: the folded characters kept, and each run of the others (white space; for a slug,
    // anything but a-z and 0-9) written as one separator between two kept ones, never at either end.
    private static string Joined(ReadOnlySpan<char> text, bool slug)
    {
        var sb = new StringBuilder(text.Length);
        char separator = slug ? '-' : ' ';
        bool pendingSeparator = false;
        foreach (char raw in text)
        {
            char c = FoldChar(raw);
            if (c == '\0')
            {
                continue;
            }

            if (slug ? c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')) : char.IsWhiteSpace(c))
            {
                pendingSeparator = sb.Length > 0;
                continue;
            }

            if (pendingSeparator)
            {
                sb.Append(separator);
                pendingSeparator = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Compares two texts after folding; allocation-free.</summary>
    public static bool FoldedEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var x = new FoldedReader(a);
        var y = new FoldedReader(b);
        while (true)
        {
            bool hasX = x.TryRead(out char cx);
            bool hasY = y.TryRead(out char cy);
            if (!hasX || !hasY)
            {
                return hasX == hasY;
            }

            if (cx != cy)
            {
                return false;
            }
        }
    }

    /// <summary>Reads folded characters one by one, collapsing white space and skipping marks.</summary>
    internal ref struct FoldedReader
    {
        private readonly ReadOnlySpan<char> text;
        private int index;
        private bool started;

        public FoldedReader(ReadOnlySpan<char> text)
        {
            this.text = text;
        }

        public bool TryRead(out char c)
        {
            bool sawSpace = false;
            while (index < text.Length)
            {
                char f = FoldChar(text[index]);
                if (f == '\0')
                {
                    index++;
                    continue;
                }

                if (char.IsWhiteSpace(f))
                {
                    sawSpace = true;
                    index++;
                    continue;
                }

                if (sawSpace && started)
                {
                    // Yield the collapsed space; the letter is read on the next call.
                    c = ' ';
                    return true;
                }

                index++;
                started = true;
                c = f;
                return true;
            }

            c = '\0';
            return false;
        }
    }
}
