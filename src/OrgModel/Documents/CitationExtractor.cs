using OrgModel.Text;

namespace OrgModel.Documents;

/// <summary>
/// Finds the Party and State document numbers cited in English or Vietnamese running text, with the kind named before
/// each and the date given after it.
/// </summary>
/// <remarks>
/// <para>A number is taken only where it stands as a word of its own (not inside a word, a longer number or a date such
/// as <c>12/4/2025</c>) and only when its letters are written as in symbols (upper case, or the mixed case of codes
/// such as <c>QĐi</c>, <c>TTg</c>), so that prose like "5-star/hotel" is not read as a symbol.</para>
/// <para>The kind comes from the words just before the number ("Nghị quyết số", "Conclusion No.", "Quyết định"), and
/// resolves the Party <c>QĐ</c> ambiguity; the date from the words just after it ("ngày 12/4/2025",
/// "ngày 12 tháng 4 năm 2025", "dated April 12, 2025", "issued on April 14, 2025").</para>
/// <para>Hand-written scanning, no regular expressions; never throws on any text. Thread safety: pure and thread-safe.</para>
/// </remarks>
public static class CitationExtractor
{
    /// <summary>Returns every document citation in the text, in order of appearance.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The citations; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<Citation> Extract(string text)
    {
        Guard.Against.Null(text);
        return Extract(text.AsSpan());
    }

    /// <summary>Returns every document citation in the text, in order of appearance; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The citations; empty when there are none.</returns>
    /// <remarks>Invisible format characters (Unicode category Cf: soft hyphen, zero-width space and joiners, word joiner,
    /// byte order mark, direction marks…) are read through as if absent, so a symbol written with one inside is found
    /// whole (<see cref="Citation.Start"/> and <see cref="Citation.Length"/> then cover it as written), never cut short.
    /// A zero-width space just before a number still separates it from the word before.</remarks>
    public static IReadOnlyList<Citation> Extract(ReadOnlySpan<char> text)
    {
        // The check is vectorised (sixteen characters at a time) and costs under 1% of a scan over prose.
        if (FormatCharacters.IndexOfFirst(text) < 0)
        {
            return Extract(text, text, map: null);
        }

        int[] map = VisibleMap(text, out char[] visible, out int n);
        return Extract(visible.AsSpan(0, n), text, map);
    }

    /// <summary>The scan before the skip to slashes: every number that starts a word is tried. Kept as the reference the
    /// tests compare <see cref="Extract(ReadOnlySpan{char})"/> with; never used otherwise.</summary>
    internal static IReadOnlyList<Citation> ExtractByDigits(ReadOnlySpan<char> text)
    {
        if (FormatCharacters.IndexOfFirst(text) >= 0)
        {
            int[] map = VisibleMap(text, out char[] visible, out int n);
            return ExtractByDigits(visible.AsSpan(0, n), text, map);
        }

        return ExtractByDigits(text, text, map: null);
    }

    private static IReadOnlyList<Citation> ExtractByDigits(ReadOnlySpan<char> text, ReadOnlySpan<char> original, int[]? map)
    {
        var found = default(CitationBuffer);
        int i = 0;
        while (i < text.Length)
        {
            int next = text[i..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                break;
            }

            i = TryAt(text, original, map, i + next, ref found);
        }

        return found.ToList();
    }

    // Linear: one copy without the format characters, and a map back to where each kept character stood.
    private static int[] VisibleMap(ReadOnlySpan<char> text, out char[] visible, out int n)
    {
        visible = new char[text.Length];
        int[] map = new int[text.Length + 1];
        n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int width = FormatCharacters.WidthAt(text, i);
            if (width > 0)
            {
                i += width - 1;
                continue;
            }

            visible[n] = text[i];
            map[n++] = i;
        }

        map[n] = text.Length;
        return map;
    }

    private static IReadOnlyList<Citation> Extract(ReadOnlySpan<char> text, ReadOnlySpan<char> original, int[]? map)
    {
        var found = new CitationBuffer(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            // Every symbol has a slash (after the number in the State form, after the kind in the Party form), and the
            // characters between its first digit and its first slash are few and of few kinds. So: jump to the next slash
            // with a vectorised search (most of the text is prose with no slash, and costs no per-character work), step
            // back over what can stand between a number and that slash, and try only the numbers there. A number farther
            // back, or with a character between it and the slash that no symbol has there, cannot reach the slash; and
            // a symbol cannot hold a number whose first slash is a later one (it would have a slash before it).
            int slash = text[i..].IndexOfAny(Slashes);
            if (slash < 0)
            {
                break;
            }

            slash += i;
            int j = Math.Max(i, ReachesSlashFrom(text, slash));
            while (j < slash)
            {
                // The stretch is a few characters (what ReachesSlashFrom stepped back over): a plain loop, not a call.
                int next = j;
                while (next < slash && !char.IsAsciiDigit(text[next]))
                {
                    next++;
                }

                if (next == slash)
                {
                    break;
                }

                // A symbol found goes on past the slash; a number that is not one stops before it.
                j = TryAt(text, original, map, next, ref found);
            }

            i = Math.Max(j, slash + 1);
        }

        return found.ToList();
    }

    private static readonly SearchValues<char> Slashes = SearchValues.Create("/\u2044\u2215\uFF0F");

    // How far back from a slash the number of a symbol can start: DocumentNumberParser reads, before the first slash,
    // "30 /", "66.7/" (a dotted number), "201 - KL /" or "84 QĐ/" (a space for the hyphen): digits, then at most one
    // code, with horizontal spaces, at most one '-' or '.', between. Stepping back over spaces, a run of code
    // characters, spaces, one '-' or '.', spaces and a second run covers them all (and a little more: the numbers
    // there are tried as before, and fail as before).
    private static int ReachesSlashFrom(ReadOnlySpan<char> text, int slash)
    {
        int k = BackOverCode(text, BackOverSpace(text, slash));
        k = BackOverSpace(text, k);
        if (k > 0 && (DocumentNumberParser.IsDash(text[k - 1]) || text[k - 1] == '.'))
        {
            k = BackOverSpace(text, k - 1);
        }

        return BackOverCode(text, k);
    }

    private static int BackOverSpace(ReadOnlySpan<char> text, int k)
    {
        while (k > 0 && DocumentNumberParser.IsSpace(text[k - 1]))
        {
            k--;
        }

        return k;
    }

    private static int BackOverCode(ReadOnlySpan<char> text, int k)
    {
        while (k > 0 && DocumentNumberParser.IsCodeChar(text[k - 1]))
        {
            k--;
        }

        return k;
    }

    // Tries the number whose first digit is at i; adds the citation it starts, if any, and returns where to go on from.
    private static int TryAt(ReadOnlySpan<char> text, ReadOnlySpan<char> original, int[]? map, int i, ref CitationBuffer found)
    {
        if (!(StartsWord(text, i) || AfterZeroWidthSpace(original, map, i) || GluedToNumberWord(text, i)))
        {
            // A digit inside a number starts no word either, unless a zero-width space (removed) stood before it.
            return map is null ? SkipDigits(text, i) : i + 1;
        }

        int end = DocumentNumberParser.TryParseBody(text, i, DocumentNumberParser.Shape.Any, out var parsed, out _, out _);
        if (end > 0 && Unglued(text, i, end) is (> 0 and int glued, var unglued))
        {
            // "Resolution No. 97/NQ-CPRegular Government meeting" (held-out set 126), "Circular No. 13-TT/TUspecifying" (development
            // set 85): a page that lost the space or line break after the symbol runs its last code into the next word; the
            // word is prose, not a department's code.
            (end, parsed) = (glued, unglued);
        }
        else if (end < 0 || !EndsWord(text, end) || !WrittenAsSymbol(text[i..end], parsed))
        {
            return SkipDigits(text, i);
        }

        // A form's number ("Mẫu số 03/PLI", "Tờ khai 01/TSMH") is written like a symbol but names no document.
        KindWordTable.Before before = KindWordTable.ReadBefore(text, i);
        if (before.Form)
        {
            return end;
        }

        DocumentNumber number = DocumentNumber.From(parsed);
        (CitationKindWord? kind, int? kindStart) = FindKind(before, number);
        bool numberWord = before.NumberWord;
        if (parsed.SpaceForDash && kindStart is null && !numberWord)
        {
            return SkipDigits(text, i);
        }

        // The date after the number, or, in the header of an official text ("Số: …"), the place-and-date line.
        NodaTime.LocalDate? date = CitationDates.TryReadAfter(text, end, out var d) || (numberWord && CitationDates.TryReadHeaderDate(text, end, out d))
            ? d
            : null;
        Citation citation = map is null
            ? new Citation(number, kind, kindStart, date, i, end - i)
            : new Citation(number, kind, kindStart is { } k ? map[k] : null, date, map[i], map[end - 1] + 1 - map[i]);
        found.Add(citation);
        return end;
    }

    // A word of prose glued to the capitals of the symbol's last code, which ends at end: three or more small letters, with or
    // without the capital before them ("TUspecifying", "CPRegular"; a department's code has one or two, "CBc"). The symbol cut
    // where its last code is a known issuer, else before the small letters ("BTTTTdated", development set 99), and where it
    // ends; or -1.
    private static (int End, DocumentNumberParser.Parsed Parsed) Unglued(ReadOnlySpan<char> text, int i, int end)
    {
        int word = end;
        while (word > i && char.IsAsciiLetterLower(text[word - 1]))
        {
            word--;
        }

        if (end - word < 3 || word - 2 <= i || !char.IsAsciiLetterUpper(text[word - 1]) || (end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return (-1, default);
        }

        foreach (int cut in (ReadOnlySpan<int>)[word, word - 1])
        {
            if (DocumentNumberParser.TryParseBody(text[..cut], i, DocumentNumberParser.Shape.Any, out var parsed, out _, out _) == cut
                && !HasLowerCodeLetter(text[i..cut]) && DocumentCodes.IsKnown(LastCode(parsed.Issuer), issuer: true))
            {
                return (cut, parsed);
            }
        }

        return DocumentNumberParser.TryParseBody(text[..word], i, DocumentNumberParser.Shape.Any, out var before, out _, out _) == word
            && !HasLowerCodeLetter(text[i..word]) ? (word, before) : (-1, default);
    }

    private static string LastCode(string issuer) => issuer[(issuer.LastIndexOf('-') + 1)..];

    // "số31-QĐ/TW": the number glued to the word "số" (NFC or NFD) that stands alone before it.
    private static bool GluedToNumberWord(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        while (j > 0 && i - j <= 4 && (char.IsLetter(text[j - 1]) || VietnameseText.IsMark(text[j - 1])))
        {
            j--;
        }

        return j < i && i - j <= 4 && (j == 0 || !char.IsLetterOrDigit(text[j - 1])) && VietnameseText.FoldedEquals(text[j..i], "so");
    }

    // The zero-width space separates words in the texts that use it; the other format characters join or mark.
    private static bool AfterZeroWidthSpace(ReadOnlySpan<char> original, int[]? map, int i) =>
        map is not null && map[i] > 0 && original[map[i] - 1] == '\u200B';

    private static (CitationKindWord? Kind, int? Start) FindKind(KindWordTable.Before before, DocumentNumber number)
    {
        if (number.Party is { } party)
        {
            if (before.HasKind)
            {
                CitationKindWord word = before.Kind;
                int start = before.KindStart;
                // By index: an enumerator of the interface is an allocation per citation.
                IReadOnlyList<CitationKindWord> candidates = party.PossibleKinds;
                for (int c = 0; c < candidates.Count; c++)
                {
                    CitationKindWord candidate = candidates[c];
                    if (string.Equals(candidate.EnglishName, word.EnglishName, StringComparison.Ordinal))
                    {
                        return (candidate.WithWritten(word.Written), start);
                    }
                }

                // A word that the code contradicts ("Resolution 201-KL/TW") still says what the writer meant.
                return (word, start);
            }

            IReadOnlyList<CitationKindWord> possible = party.PossibleKinds;
            return (possible.Count == 1 ? possible[0] : null, null);
        }

        StateDocumentNumber state = number.State!.Value;
        if (before.HasKind)
        {
            return (KindWordTable.Refine(before.Kind, state.KindCode, party: false), before.KindStart);
        }

        return (state.KindCode is null ? null : KindWordTable.StateKind(state.KindCode), null);
    }

    // A symbol starts a word: not after a letter, a digit or a joining character, nor after "1." or "1,".
    private static bool StartsWord(ReadOnlySpan<char> text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        char p = text[i - 1];
        // '%' starts an escape of a link ("%20113/2015/N%C4%90-CP"): its digits are hex, not a number.
        if (char.IsLetterOrDigit(p) || DocumentNumberParser.IsDash(p) || DocumentNumberParser.IsSlash(p) || p is '_' or '\\' or '+' or '@' or '#' or '%')
        {
            return false;
        }

        if (char.GetUnicodeCategory(p) is System.Globalization.UnicodeCategory.NonSpacingMark)
        {
            return false;
        }

        if (p is '.' or ',' or ':' && i >= 2 && char.IsAsciiDigit(text[i - 2]))
        {
            return false;
        }

        // "QCVN 15: 2018/BGTVT": the year of a technical standard after its number and a colon, not a symbol's number.
        int j = i - 1;
        while (j > 0 && i - j <= 4 && DocumentNumberParser.IsSpace(text[j]))
        {
            j--;
        }

        return !(j < i - 1 && text[j] == ':' && j >= 1 && char.IsAsciiDigit(text[j - 1]));
    }

    // A symbol ends a word: no letter, digit, mark, or a further '/'/'-' code right after it.
    private static bool EndsWord(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        char c = text[end];
        if (char.IsLetterOrDigit(c) || c == '%' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
        {
            return false;
        }

        if (char.IsWhiteSpace(c) && !DocumentNumberParser.IsSpace(c))
        {
            // A line break stops a symbol; if a '-' or '/' comes after it, the symbol may go on on the next line, and
            // citing what came before the break would cut the number short.
            int next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && (DocumentNumberParser.IsSlash(text[next]) || DocumentNumberParser.IsDash(text[next])))
            {
                return false;
            }
        }

        return !((DocumentNumberParser.IsSlash(c) || DocumentNumberParser.IsDash(c)) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]));
    }

    // Prose rarely writes codes in lower case; symbols do not. Accept lower case where the canonical codes have it, in a
    // code after a '-' that starts with two capitals (the department in "21036/CT-CBc"), or where every code is known and the
    // symbol is whole: a web title such as "77/2014/tt-btc" (kind and year) or "759/qd-ttg" (kind and known issuer).
    private static bool WrittenAsSymbol(ReadOnlySpan<char> written, DocumentNumberParser.Parsed parsed)
    {
        // Most symbols have no lower-case code letter at all: one pass says so (a symbol is a dozen characters, too short
        // for the two vectorised searches to pay for their calls).
        if (!HasLowerCodeLetter(written))
        {
            return true;
        }

        int lower = 0;
        int capitals = 0;
        bool leading = false;
        bool department = false;
        for (int k = 0; k < written.Length; k++)
        {
            char c = written[k];
            if (!DocumentNumberParser.IsCodeChar(c))
            {
                leading = false;
                continue;
            }

            if (k == 0 || !DocumentNumberParser.IsCodeChar(written[k - 1]))
            {
                capitals = 0;
                leading = true;
                department = k > 0 && DocumentNumberParser.IsDash(written[k - 1]);
            }

            bool isLower = c is (>= 'a' and <= 'z') or 'đ' or 'ð';
            leading &= c is (>= 'A' and <= 'Z') or 'Đ' or 'Ð' or 'Ư';
            capitals += leading ? 1 : 0;
            lower += isLower && !(department && capitals >= 2) ? 1 : 0;
        }

        if (lower == 0 || lower <= CountLower(parsed.Kind) + CountLower(parsed.Issuer))
        {
            return true;
        }

        return parsed.Kind is not null && DocumentCodes.IsKnown(parsed.Kind, issuer: false)
            && (parsed.Year != 0 || DocumentCodes.IsKnown(parsed.Issuer, issuer: true));
    }

    /// <summary>Whether a symbol as written has a lower-case code letter (a–z, đ, ð); the tests compare it with two searches.</summary>
    internal static bool HasLowerCodeLetter(ReadOnlySpan<char> written)
    {
        foreach (char c in written)
        {
            if (unchecked((uint)(c - 'a')) <= 'z' - 'a' || c is 'đ' or 'ð')
            {
                return true;
            }
        }

        return false;
    }

    private static int CountLower(string? code)
    {
        int n = 0;
        if (code is not null)
        {
            foreach (char c in code)
            {
                if (char.IsLower(c))
                {
                    n++;
                }
            }
        }

        return n;
    }

    private static int SkipDigits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }
}
