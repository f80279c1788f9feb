using OrgModel.Text;

namespace OrgModel.Documents;

/// <summary>The kind words as texts usually write them, matched on the raw text before any folding.</summary>
internal static partial class KindWordTable
{
    // Most kind words stand before their number in one of the names' common spellings ("Nghị quyết", "Conclusion",
    // "CHỈ THỊ"): compared as written, they need no folding of the window before the number (which was most of the cost
    // of ReadBefore). A spelling is taken here only when the folded reading could not answer otherwise: its fold is a
    // kind spelling of the table, no longer kind spelling and no form spelling ends with it or is ended by it (so
    // "Resolution" and "lệnh", which end "Joint Resolution" and "Pháp lệnh", are left to the folded reading), and the
    // character before it is one whose fold is itself and is neither a letter nor a digit.
    // In a class of its own: it is built from the table's other fields, whose initialisers (in another file of this
    // partial class) must have run first.
    private static class Raw
    {
        public static readonly FrozenDictionary<char, (string Raw, int Entry)[]> ByLast = CreateRaw();

        // The same, indexed by an ASCII last character (most of them: "Báo cáo", "Quyết định", "Conclusion").
        public static readonly (string Raw, int Entry)[]?[] ByAsciiLast = [.. Enumerable.Range(0, 128).Select(c => ByLast.GetValueOrDefault((char)c))];
    }

    private static bool TryMatchRaw(ReadOnlySpan<char> text, int wordEnd, out int entry, [NotNullWhen(true)] out string? spelling)
    {
        entry = -1;
        spelling = null;
        if (wordEnd == 0)
        {
            return false;
        }

        char last = text[wordEnd - 1];
        (string Raw, int Entry)[]? candidates = last < '\u0080' ? Raw.ByAsciiLast[last] : Raw.ByLast.GetValueOrDefault(last);
        if (candidates is null)
        {
            return false;
        }

        ReadOnlySpan<char> before = text[..wordEnd];
        foreach ((string raw, int candidate) in candidates)
        {
            if (!before.EndsWith(raw, StringComparison.Ordinal))
            {
                continue;
            }

            int start = wordEnd - raw.Length;
            if (start > 0 && !IsPlainSeparator(text[start - 1]))
            {
                // A letter, a mark, a format character or a non-ASCII space before it: the folded reading decides.
                return false;
            }

            entry = candidate;
            spelling = raw;
            return true;
        }

        return false;
    }

    // An ASCII character that folds to itself and cannot continue a word: white space or punctuation ('\0' folds to nothing).
    private static bool IsPlainSeparator(char c) => c is > '\0' and < '\u0080' && !char.IsAsciiLetterOrDigit(c);

    private static FrozenDictionary<char, (string Raw, int Entry)[]> CreateRaw()
    {
        var raw = new List<(string Raw, int Entry, int Length)>();
        foreach (string written in EntrySpellings.SelectMany(s => s).Distinct(StringComparer.Ordinal))
        {
            string folded = FoldEach(written);
            // The entry the folded reading gives this spelling: the first of the sorted table with the same fold.
            int at = Array.FindIndex(Spellings, p => p.Folded == folded);
            if (at < 0 || folded.Length + 1 > NeededByLast[folded[^1]])
            {
                continue;
            }

            bool longerKind = Spellings.Any(p => p.Folded.Length > folded.Length && p.Folded.EndsWith(folded, StringComparison.Ordinal));
            bool form = FormSpellings.Any(p => p.Folded.EndsWith(folded, StringComparison.Ordinal) || folded.EndsWith(p.Folded, StringComparison.Ordinal));
            if (!longerKind && !form)
            {
                raw.Add((written, Spellings[at].Entry, folded.Length));
            }
        }

        return raw
            .GroupBy(r => r.Raw[^1])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(r => r.Length).Select(r => (r.Raw, r.Entry)).ToArray());
    }

    // The fold of each character in turn; a spelling with a character that folds to nothing or to white space other than
    // ' ' gets a fold no table spelling has, and is left out.
    private static string FoldEach(string written) =>
        string.Concat(written.Select(c => VietnameseText.FoldChar(c) is var f && f != '\0' && (f == ' ' || !char.IsWhiteSpace(f)) ? f : '\uFFFF'));
}
