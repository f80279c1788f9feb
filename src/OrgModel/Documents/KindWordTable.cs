using OrgModel.Documents.Model;
using OrgModel.Text;

namespace OrgModel.Documents;

/// <summary>
/// The kinds of documents named before a number in Vietnamese and English prose, with their codes.
/// </summary>
/// <remarks>
/// Codes and Vietnamese names: facts.md "Document identifiers", sourced-notes.md §1–2 (Decree 30/2020/NĐ-CP table),
/// research-notes.md §1.3. English names: facts.md where it gives them, otherwise the usual translations.
/// </remarks>
internal static partial class KindWordTable
{
    private const int Window = 26;

    private const bool P = true;
    private const bool S = true;
    private const bool No = false;

    // Code, Vietnamese, English, used in Party symbols, used in State symbols, spellings in text (folded).
    private static readonly Entry[] Entries =
    [
        new("NQ", "nghị quyết", "resolution", P, S, ["nghi quyet", "resolution"]),
        new("KL", "kết luận", "conclusion", P, No, ["ket luan", "conclusion"]),
        new("CT", "chỉ thị", "directive", P, S, ["chi thi", "directive"]),
        new("QĐ", "quy định", "regulation", P, No, ["quy dinh", "regulation"]),
        new("QĐ", "quyết định", "decision", P, S, ["quyet dinh", "decision"]),
        new("QĐi", "quy định", "regulation", P, No, []),
        new("QĐNS", "quyết định nhân sự", "personnel decision", P, No, ["quyet dinh nhan su", "personnel decision"]),
        new("QyĐ", "quy định", "regulation", P, S, []),
        new("BC", "báo cáo", "report", P, S, ["bao cao", "report"]),
        new("HD", "hướng dẫn", "guideline", P, S, ["huong dan", "guideline", "guidelines", "guidance", "instruction"]),
        new("TB", "thông báo", "notice", P, S, ["thong bao", "notice", "announcement"]),
        new("KH", "kế hoạch", "plan", P, S, ["ke hoach", "plan"]),
        new("CTr", "chương trình", "programme", P, S, ["chuong trinh", "programme", "program"]),
        new("CTHĐ", "chương trình hành động", "action programme", P, No, ["chuong trinh hanh dong", "action programme", "action program"]),
        new("TTr", "tờ trình", "submission", P, S, ["to trinh", "submission"]),
        new("CV", "công văn", "official letter", P, No, ["cong van", "official letter", "official dispatch", "dispatch"]),
        new("QC", "quy chế", "rules", P, S, ["quy che", "rules"]),
        new("TT", "thông tri", "circular note", P, No, ["thong tri", "circular note"]),
        new("BS", "bản sao", "copy", P, No, ["ban sao"]),
        new("NĐ", "nghị định", "decree", No, S, ["nghi dinh", "decree"]),
        new("TT", "thông tư", "circular", No, S, ["thong tu", "circular"]),
        new("TTLT", "thông tư liên tịch", "joint circular", No, S, ["thong tu lien tich", "joint circular"]),
        new("NQLT", "nghị quyết liên tịch", "joint resolution", No, S, ["nghi quyet lien tich", "joint resolution"]),
        new("PL", "pháp lệnh", "ordinance", No, S, ["phap lenh", "ordinance"]),
        new("L", "lệnh", "order", No, S, ["lenh"]),
        new("VBHN", "văn bản hợp nhất", "consolidated text", No, S, ["van ban hop nhat", "consolidated text"]),
        new(null, "luật", "law", No, S, ["luat", "law"]),
    ];

    // The words that name a form or a declaration rather than a document (folded; the entry is unused).
    private static readonly (string Folded, int Entry)[] FormSpellings = [("to khai", 0), ("form", 0), ("mau", 0)];

    // Every spelling with its entry, longest first so that "thong tu lien tich" wins over "thong tu".
    private static readonly (string Folded, int Entry)[] Spellings = CreateSpellings();

    private static readonly CitationKindWord[] KindValues = CreateKinds();

    // Read-only wrappers: the arrays are shared by every caller and must not be cast back and written to.
    private static readonly IReadOnlyList<CitationKindWord> KindList = Array.AsReadOnly(KindValues);

    public static IReadOnlyList<CitationKindWord> Kinds => KindList;

    /// <summary>The kinds a code stands for in a Party symbol.</summary>
    public static IReadOnlyList<CitationKindWord> PartyKinds(string code)
    {
        switch (code)
        {
            case "QĐ":
                return PartyQd;
            case "":
                return NoKinds;
        }

        for (int i = 0; i < Entries.Length; i++)
        {
            if (Entries[i].Party && string.Equals(Entries[i].Code, code, StringComparison.Ordinal))
            {
                return KindOf[i];
            }
        }

        return NoKinds;
    }

    /// <summary>The kind a word names, specialised to a symbol's kind code when one entry has both (State <c>QyĐ</c>).</summary>
    public static CitationKindWord Refine(CitationKindWord word, string? code, bool party)
    {
        if (code is null || string.Equals(word.Code, code, StringComparison.Ordinal))
        {
            return word;
        }

        for (int i = 0; i < Entries.Length; i++)
        {
            Entry e = Entries[i];
            if (string.Equals(e.Code, code, StringComparison.Ordinal) && (party ? e.Party : e.State)
                && string.Equals(e.English, word.EnglishName, StringComparison.Ordinal))
            {
                return KindValues[i].WithWritten(word.Written);
            }
        }

        return word;
    }

    public static bool TryFindBefore(ReadOnlySpan<char> text, int end, bool allowNumberWord, out CitationKindWord kind, out int start)
    {
        kind = default;
        if (!TryMatchBefore(text, end, allowNumberWord, Spellings, out int entry, out start, out int wordEnd))
        {
            return false;
        }

        kind = KindValues[entry].WithWritten(WrittenSpelling(text[start..wordEnd]));
        return true;
    }

    // A text writes the kinds' names in a few spellings ("Nghị quyết", "nghị quyết", "NGHỊ QUYẾT", "Resolution"): those are
    // made once from the names, so that such a citation costs one allocation (the citation itself). An immutable table,
    // not a cache of what texts wrote: any other spelling is made per citation.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonSpellings = KindValues
        .SelectMany(k => new[] { k.VietnameseName, k.EnglishName })
        .Where(name => name.Length > 0)
        .SelectMany(name => new[] { name, char.ToUpperInvariant(name[0]) + name[1..], name.ToUpperInvariant() })
        .ToFrozenSet(StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static string WrittenSpelling(ReadOnlySpan<char> written) =>
        CommonSpellings.TryGetValue(written, out string? common) ? common : written.ToString();

    // The matched entry's own common spellings first (a few ordinal comparisons instead of hashing the span), then the
    // whole table: the same strings as WrittenSpelling alone.
    private static string WrittenSpelling(int entry, ReadOnlySpan<char> written)
    {
        foreach (string spelling in EntrySpellings[entry])
        {
            if (written.SequenceEqual(spelling))
            {
                return spelling;
            }
        }

        return WrittenSpelling(written);
    }

    private static readonly string[][] EntrySpellings = [.. KindValues.Select(k => new[] { k.VietnameseName, k.EnglishName }
        .Where(name => name.Length > 0)
        .SelectMany(name => new[] { char.ToUpperInvariant(name[0]) + name[1..], name, name.ToUpperInvariant() })
        .Distinct(StringComparer.Ordinal)
        .ToArray())];

    /// <summary>True when the word before a number (after "số"/"No.") names a form or a declaration ("Mẫu số 03/PLI",
    /// "Tờ khai 01/TSMH", "Form No. 01/LPTB"): such numbers are written like symbols but name no document.</summary>
    public static bool IsFormWordBefore(ReadOnlySpan<char> text, int symbolStart) =>
        TryMatchBefore(text, symbolStart, allowNumberWord: true, FormSpellings, out _, out _, out _);

    /// <summary>True when "số", "Số:", "No.", "No.:", "Number:" stands just before the number (the header of an
    /// official text writes its own number so).</summary>
    public static bool HasNumberWordBefore(ReadOnlySpan<char> text, int symbolStart)
    {
        int i = SkipSpaceBack(text, Math.Min(symbolStart, text.Length));
        return SkipNumberWordBack(text, i) != i;
    }

    /// <summary>Reads once what stands before a number in running text: "số"/"No.", a form word, a kind word. The
    /// same as <see cref="HasNumberWordBefore"/>, <see cref="IsFormWordBefore"/> and <see cref="TryFindBefore"/> (with the
    /// number word allowed), which each fold the words before the number; the extractor needs all three per symbol.</summary>
    public static Before ReadBefore(ReadOnlySpan<char> text, int symbolStart)
    {
        int i = SkipSpaceBack(text, Math.Min(symbolStart, text.Length));
        int wordEnd = SkipNumberWordBack(text, i);
        if (TryMatchRaw(text, wordEnd, out int rawEntry, out string? rawSpelling))
        {
            return new Before(wordEnd != i, form: false, KindValues[rawEntry].WithWritten(rawSpelling), wordEnd - rawSpelling.Length);
        }

        // Most words before a number end in a letter no spelling ends in ("ngày 12/4", "từ 63"); otherwise fold only as
        // far as the longest spelling with that last letter, and try only those spellings.
        char last = LastFolded(text, wordEnd);
        int needed = last < NeededByLast.Length ? NeededByLast[last] : 0;
        if (needed == 0)
        {
            return new Before(wordEnd != i, form: false, default, symbolStart);
        }

        Span<char> folded = stackalloc char[Window];
        Span<int> origin = stackalloc int[Window];
        int n = FoldBack(text, wordEnd, folded, origin, needed, out bool reachedStart);
        ReadOnlySpan<char> window = folded[(Window - n)..];
        ReadOnlySpan<int> origins = origin[(Window - n)..];
        if (Match(text, window, origins, reachedStart, FormByLast[last], out _, out _))
        {
            return new Before(wordEnd != i, form: true, default, symbolStart);
        }

        if (!Match(text, window, origins, reachedStart, KindByLast[last], out int entry, out int start))
        {
            return new Before(wordEnd != i, form: false, default, symbolStart);
        }

        return new Before(wordEnd != i, form: false, KindValues[entry].WithWritten(WrittenSpelling(entry, text[start..wordEnd])), start);
    }

    // Finds the longest spelling that ends at end (after skipping back over white space and a "số"/"No."), as a whole
    // word; entry is the spelling's entry, start and wordEnd where it stands in the text.
    private static bool TryMatchBefore(
        ReadOnlySpan<char> text, int end, bool allowNumberWord, (string Folded, int Entry)[] spellings, out int entry, out int start, out int wordEnd)
    {
        int i = SkipSpaceBack(text, Math.Min(end, text.Length));
        if (allowNumberWord)
        {
            i = SkipNumberWordBack(text, i);
        }

        wordEnd = i;
        Span<char> folded = stackalloc char[Window];
        Span<int> origin = stackalloc int[Window];
        int n = FoldBack(text, i, folded, origin, Window, out bool reachedStart);
        if (!Match(text, folded[(Window - n)..], origin[(Window - n)..], reachedStart, spellings, out entry, out start))
        {
            start = end;
            return false;
        }

        return true;
    }

    // Folds the text before i backwards into the end of folded, as far as the longest spelling needs (NFD marks and extra
    // spaces cost nothing); origin holds where each folded character stood. Returns how many were folded.
    private static int FoldBack(ReadOnlySpan<char> text, int i, Span<char> folded, Span<int> origin, int limit, out bool reachedStart)
    {
        int n = 0;
        int k = i - 1;
        for (; k >= 0 && n < limit; k--)
        {
            char f = VietnameseText.FoldChar(text[k]);
            if (f == '\0')
            {
                continue;
            }

            if (char.IsWhiteSpace(f))
            {
                if (n > 0 && folded[Window - n] == ' ')
                {
                    origin[Window - n] = k;
                    continue;
                }

                f = ' ';
            }

            n++;
            folded[Window - n] = f;
            origin[Window - n] = k;
        }

        reachedStart = k < 0;
        return n;
    }

    // The first character that folding the text before i backwards gives (a space for white space), or '\0' for none.
    private static char LastFolded(ReadOnlySpan<char> text, int i)
    {
        for (int k = i - 1; k >= 0; k--)
        {
            char f = VietnameseText.FoldChar(text[k]);
            if (f != '\0')
            {
                return char.IsWhiteSpace(f) ? ' ' : f;
            }
        }

        return '\0';
    }

    // The spellings by their last (folded, ASCII) character, longest first, and how far to fold for them: the longest
    // one's length and one character more for the word boundary.
    private static readonly (string Folded, int Entry)[][] KindByLast = ByLast(Spellings);

    private static readonly (string Folded, int Entry)[][] FormByLast = ByLast(FormSpellings);

    private static readonly int[] NeededByLast = CreateNeeded();

    private static (string Folded, int Entry)[][] ByLast((string Folded, int Entry)[] spellings)
    {
        var byLast = new (string Folded, int Entry)[128][];
        for (int c = 0; c < byLast.Length; c++)
        {
            byLast[c] = [.. spellings.Where(p => p.Folded[^1] == c)];
        }

        return byLast;
    }

    private static int[] CreateNeeded()
    {
        var needed = new int[128];
        foreach ((string folded, _) in Spellings.Concat(FormSpellings))
        {
            needed[folded[^1]] = Math.Min(Window, Math.Max(needed[folded[^1]], folded.Length + 1));
        }

        return needed;
    }

    // The longest spelling (they are sorted so) that ends the folded window as a whole word.
    private static bool Match(
        ReadOnlySpan<char> text, ReadOnlySpan<char> window, ReadOnlySpan<int> origins, bool reachedStart, (string Folded, int Entry)[] spellings, out int entry, out int start)
    {
        entry = -1;
        start = 0;
        int n = window.Length;
        if (n == 0)
        {
            return false;
        }

        foreach ((string spelling, int candidate) in spellings)
        {
            if (spelling[^1] != window[^1] || !window.EndsWith(spelling, StringComparison.Ordinal))
            {
                continue;
            }

            int at = n - spelling.Length;
            bool boundary = at > 0
                ? !char.IsLetterOrDigit(window[at - 1])
                : reachedStart || !(char.IsLetterOrDigit(text[origins[0] - 1]) || VietnameseText.IsMark(text[origins[0] - 1]));
            if (!boundary)
            {
                continue;
            }

            start = origins[at];
            entry = candidate;
            return true;
        }

        return false;
    }

    /// <summary>What stands before a number: whether "số"/"No." does, whether a form word does, and the kind word
    /// (with where it starts) when one does.</summary>
    internal readonly struct Before(bool numberWord, bool form, CitationKindWord kind, int kindStart)
    {
        /// <summary>Gets a value indicating whether "số", "Số:", "No." or the like stands just before the number.</summary>
        public bool NumberWord { get; } = numberWord;

        /// <summary>Gets a value indicating whether a form or declaration word stands before the number.</summary>
        public bool Form { get; } = form;

        /// <summary>Gets a value indicating whether a kind word stands before the number.</summary>
        public bool HasKind => Kind.EnglishName.Length > 0;

        /// <summary>Gets the kind word, or <c>default</c>.</summary>
        public CitationKindWord Kind { get; } = kind;

        /// <summary>Gets where the kind word starts.</summary>
        public int KindStart { get; } = kindStart;
    }

    // Boxed once: the empty list is the answer for most codes, asked for at each citation.
    private static readonly IReadOnlyList<CitationKindWord> NoKinds = ImmutableArray<CitationKindWord>.Empty;

    private static readonly IReadOnlyList<CitationKindWord> PartyQd = Array.AsReadOnly([CreateKind(3), CreateKind(4)]);

    /// <summary>The kind a code stands for in a State symbol, or null for codes outside the table.</summary>
    public static CitationKindWord? StateKind(string code)
    {
        for (int i = 0; i < Entries.Length; i++)
        {
            if (Entries[i].State && string.Equals(Entries[i].Code, code, StringComparison.Ordinal))
            {
                return KindValues[i];
            }
        }

        return null;
    }

    private static readonly IReadOnlyList<CitationKindWord>[] KindOf = [.. Enumerable.Range(0, Entries.Length).Select(i => Array.AsReadOnly(new[] { CreateKind(i) }))];

    private static CitationKindWord CreateKind(int i) => CitationKindWord.Create(Entries[i].Code, Entries[i].Vietnamese, Entries[i].English);

    private static CitationKindWord[] CreateKinds() => [.. Enumerable.Range(0, Entries.Length).Select(CreateKind)];

    private static (string, int)[] CreateSpellings() =>
        [.. Entries.SelectMany((e, i) => e.Spellings.Select(s => (s, i))).OrderByDescending(p => p.s.Length)];

    private static int SkipSpaceBack(ReadOnlySpan<char> text, int i)
    {
        while (i > 0 && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '\u200B'))
        {
            i--;
        }

        return i;
    }

    // Steps back over "số", "Số:", "No.", "No.:", "No", "number", "nº" just before the symbol; returns i unchanged when absent.
    private static int SkipNumberWordBack(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        for (int marks = 0; marks < 2 && j > 0 && text[j - 1] is ':' or '.'; marks++)
        {
            j--;
        }

        int wordEnd = j;
        while (j > 0 && (char.IsLetter(text[j - 1]) || VietnameseText.IsMark(text[j - 1]) || text[j - 1] is 'º' or '°'))
        {
            j--;
        }

        return IsNumberWord(text[j..wordEnd]) ? SkipSpaceBack(text, j) : i;
    }

    /// <summary>Whether a word is "số", "No", "number", "nº" in any case, NFC or NFD: the usual spellings as written
    /// first, then <see cref="IsNumberWordFolded"/> (the tests compare the two).</summary>
    internal static bool IsNumberWord(ReadOnlySpan<char> word) => word is "số" or "Số" or "No" || IsNumberWordFolded(word);

    /// <summary>The number word compared folded.</summary>
    internal static bool IsNumberWordFolded(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || FirstFolded(word) is not ('s' or 'n'))
        {
            // Every number word starts with 's' or 'n' once folded: the other words before a number ("định", "thị",
            // "Decree") are rejected without folding them against each spelling.
            return false;
        }

        return VietnameseText.FoldedEquals(word, "so") || VietnameseText.FoldedEquals(word, "no")
            || VietnameseText.FoldedEquals(word, "number") || VietnameseText.FoldedEquals(word, "numbers")
            || VietnameseText.FoldedEquals(word, "nº") || VietnameseText.FoldedEquals(word, "n°");
    }

    private static char FirstFolded(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            char f = VietnameseText.FoldChar(c);
            if (f != '\0')
            {
                return f;
            }
        }

        return '\0';
    }

    private sealed record Entry(string? Code, string Vietnamese, string English, bool Party, bool State, string[] Spellings);
}
