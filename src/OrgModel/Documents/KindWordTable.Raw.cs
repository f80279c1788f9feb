using OrgModel.Text;

namespace OrgModel.Documents;

/// <summary>The kind words as texts usually write them, matched on the raw text before any folding.</summary>
internal static partial class KindWordTable
{
    // Most kind words stand before their number in one of the names' common spellings ("Nghị quyết", "Conclusion",
    // "CHỈ THỊ"): compared as written, they need no folding of the window before the number (which was most of the cost
    // of ReadBefore). A spelling is taken here only when the folded reading could not answer otherwise: its fold is a
    // kind spelling of the table, no form spelling ends with it or is ended by it, the character before it is one whose
    // fold is itself and is neither a letter nor a digit, and no longer kind spelling that ends with it ("Joint
    // Resolution", "Pháp lệnh") can match: those end with a space and the spelling, so the character that folding puts
    // before that space must not be the last letter of the longer spelling's first words ('t' of "joint").

    // In a class of its own: it is built from the table's other fields, whose initialisers (in another file of this
    // partial class) must have run first.
    private static class Raw
    {
        public static readonly FrozenDictionary<char, RawSpelling[]> ByLast = CreateRaw();

        // The same, indexed by an ASCII last character (most of them: "Báo cáo", "Quyết định", "Conclusion").
        public static readonly RawSpelling[]?[] ByAsciiLast = [.. Enumerable.Range(0, 128).Select(c => ByLast.GetValueOrDefault((char)c))];
    }

    // How far back over white space and marks the check for a longer spelling looks before leaving it to the folded reading.
    private const int MostSpaceBefore = 8;

    private static bool TryMatchRaw(ReadOnlySpan<char> text, int wordEnd, out int entry, [NotNullWhen(true)] out string? spelling)
    {
        entry = -1;
        spelling = null;
        if (wordEnd == 0)
        {
            return false;
        }

        char last = text[wordEnd - 1];
        RawSpelling[]? candidates = last < '\u0080' ? Raw.ByAsciiLast[last] : Raw.ByLast.GetValueOrDefault(last);
        if (candidates is null)
        {
            return false;
        }

        ReadOnlySpan<char> before = text[..wordEnd];
        foreach (RawSpelling candidate in candidates)
        {
            if (!before.EndsWith(candidate.Written, StringComparison.Ordinal))
            {
                continue;
            }

            int start = wordEnd - candidate.Written.Length;
            if (start > 0 && (!IsPlainSeparator(text[start - 1]) || LongerMayMatch(text, start, candidate.LongerLastLetters)))
            {
                // A letter, a mark, a format character or a non-ASCII space before it, or the start of a longer spelling
                // perhaps: the folded reading decides.
                return false;
            }

            entry = candidate.Entry;
            spelling = candidate.Written;
            return true;
        }

        return false;
    }

    // Whether a longer spelling may end at the spelling starting at start: after the white space before it (collapsed by
    // folding, marks skipped), the folded character is one the longer spellings have there.
    private static bool LongerMayMatch(ReadOnlySpan<char> text, int start, string longerLastLetters)
    {
        if (longerLastLetters.Length == 0 || !char.IsWhiteSpace(text[start - 1]))
        {
            return false;
        }

        for (int k = start - 1; k >= 0 && start - k <= MostSpaceBefore; k--)
        {
            char f = VietnameseText.FoldChar(text[k]);
            if (f != '\0' && !char.IsWhiteSpace(f))
            {
                return longerLastLetters.Contains(f);
            }
        }

        // The start of the text (no longer spelling fits) or a long run of white space: left to the folded reading.
        return start > MostSpaceBefore;
    }

    // An ASCII character that folds to itself and cannot continue a word: white space or punctuation ('\0' folds to nothing).
    private static bool IsPlainSeparator(char c) => c is > '\0' and < '\u0080' && !char.IsAsciiLetterOrDigit(c);

    private static FrozenDictionary<char, RawSpelling[]> CreateRaw()
    {
        var raw = new List<(RawSpelling Spelling, int Length)>();
        foreach (string written in EntrySpellings.SelectMany(s => s).Distinct(StringComparer.Ordinal))
        {
            string folded = FoldEach(written);
            // The entry the folded reading gives this spelling: the first of the sorted table with the same fold.
            int at = Array.FindIndex(Spellings, p => p.Folded == folded);
            if (at < 0 || folded.Length + 1 > NeededByLast[folded[^1]])
            {
                continue;
            }

            string[] longer = [.. Spellings.Select(p => p.Folded).Where(l => l.Length > folded.Length && l.EndsWith(folded, StringComparison.Ordinal))];
            bool form = FormSpellings.Any(p => p.Folded.EndsWith(folded, StringComparison.Ordinal) || folded.EndsWith(p.Folded, StringComparison.Ordinal));
            // A longer spelling is told apart by the letter before its space; one without a space there ("xplan") cannot
            // match after a separator, but is left to the folded reading all the same.
            bool spaced = longer.All(l => l.Length >= folded.Length + 2 && l[^(folded.Length + 1)] == ' ' && l[^(folded.Length + 2)] != ' ');
            if (!form && spaced)
            {
                string letters = string.Concat(longer.Select(l => l[^(folded.Length + 2)]).Distinct());
                raw.Add((new RawSpelling(written, Spellings[at].Entry, letters), folded.Length));
            }
        }

        return raw
            .GroupBy(r => r.Spelling.Written[^1])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(r => r.Length).Select(r => r.Spelling).ToArray());
    }

    // A spelling as written, the entry the folded reading gives it, and the letters that end the first words of the
    // longer spellings that end with it.
    private sealed record RawSpelling(string Written, int Entry, string LongerLastLetters);

    // The fold of each character in turn; a spelling with a character that folds to nothing or to white space other than
    // ' ' gets a fold no table spelling has, and is left out.
    private static string FoldEach(string written) =>
        string.Concat(written.Select(c => VietnameseText.FoldChar(c) is var f && f != '\0' && (f == ' ' || !char.IsWhiteSpace(f)) ? f : '\uFFFF'));
}
