using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>Whether a cue <see cref="TaskCandidateExtractor"/>'s table matched assigns work where it stands, or is a word
/// spelled alike that does not: a noun ("the request", "stressed the need to", "đạt yêu cầu đề ra", "Hồ sơ đề nghị khen
/// thưởng"), an adjective ("the assigned tasks"), a clause that only describes work given before ("tasks assigned by the
/// Government", "chỉ tiêu tỉnh giao", "nhiệm vụ được giao"), a syllable of another word ("giao ban", "giao thông", "bàn giao",
/// "ngoại giao", "chuyên đề nghị quyết"), the right-hand side or a degree ("bên phải", "đến mức phải khai trừ") or the chair of
/// a meeting ("attended and directed the conference").</summary>
/// <remarks>The words are the language's, not a list of texts: each is a compound or a construction a dictionary or a grammar
/// gives. When a cue is not one, the extractor goes on to the next cue of the sentence.</remarks>
internal static class TaskCueSenses
{
    // Syllables that make "giao" another word: "bàn giao" (hand over), "chuyển giao" (transfer), "ngoại giao" (diplomacy),
    // "phân giao", "bang giao"; "giao ban" (a briefing), "giao thông" (traffic), "giao lưu", "giao dịch", "giao nhận",
    // "giao ước", "giao quân" (the call-up), "giao thừa", "giao tiếp", "giao hữu", "giao diện", "giao hưởng", "giao thoa",
    // "giao lộ", "giao điểm", "giao chiến", "giao tranh", "giao hảo", "giao đất" (land allocation). After "giao" only in lower
    // case: "giao Ban Tuyên giáo" assigns work to a commission.
    private static readonly HashSet<string> BeforeGiao = ["bàn", "chuyển", "ngoại", "phân", "bang"];

    private static readonly HashSet<string> AfterGiao =
        ["ban", "thông", "lưu", "dịch", "nhận", "ước", "quân", "thừa", "tiếp", "hữu", "diện", "hưởng", "thoa", "lộ", "điểm", "chiến",
            "tranh", "hảo", "đất"];

    /// <summary>Whether the cue at tokens <paramref name="t"/> to <paramref name="last"/>, in a sentence that ends before token
    /// <paramref name="to"/>, assigns work.</summary>
    public static bool Assigns(string text, DeadlineTextTokens k, int t, int last, int to) =>
        !k.Is(t - 1, "khong") && !IsProposal(k, t, last) && !IsNounOrAdjective(text, k, t) && !IsPastAssignment(text, k, t, last, to)
        && !IsOtherWord(text, k, last) && !ChairsAMeeting(text, k, t) && !IsRelative(text, k, t, last) && !IsARequirement(text, k, t, last)
        && !IsAProposalOrPartOfAWord(k, t, last) && !IsRightOrDegree(text, k, t, last, to);

    // "xem xét đề nghị của Ủy ban Kiểm tra", "theo đề nghị của Bộ …", "báo cáo đề nghị thi hành kỷ luật": the noun, a proposal
    // received or reported, assigns no work. (Discipline proposed to a higher body, "UBKT Trung ương đề nghị Ban Bí thư xem xét,
    // thi hành kỷ luật ông A", stays a candidate: the labels of sets 3, 4, 5, 12 and 27 take it as a task, of sets 10, 11 and 21
    // not.)
    // "đáp ứng yêu cầu về tiến độ", "theo yêu cầu của", "các yêu cầu": the noun, a requirement, as well (not "những yêu cầu":
    // folded, "những" is "nhũng" of "tham nhũng yêu cầu", held-out set 22).
    private static bool IsProposal(DeadlineTextTokens k, int t, int last) =>
        (k.Is(t, "de", "nghi") && (k.Is(last + 1, "cua") || k.Is(t - 1, "theo") || k.Is(t - 1, "xet") || k.Is(t - 1, "viec") || k.Is(t - 1, "phieu")
            || k.Is(t - 2, "bao", "cao") || k.Is(t - 2, "to", "trinh")))
        || (k.Is(t, "yeu", "cau") && last == t + 1 && (k.Is(last + 1, "cua") || k.Is(t - 1, "theo") || k.Is(t - 2, "dap", "ung") || k.Is(t - 1, "cac")));

    // "đạt yêu cầu đề ra" (meets the requirements set), "mục đích, yêu cầu", "đặt ra yêu cầu rất cao", "bảo đảm yêu cầu giãn
    // cách", "tiến độ yêu cầu", "thời hạn yêu cầu", "đúng yêu cầu", "do yêu cầu nhiệm vụ", "cho yêu cầu phát triển", "vào yêu
    // cầu": the noun, a requirement. (A comma after "danh mục" ends a clause: "…, yêu cầu các cơ quan" asks.) Words as written:
    // folded, "do" and "cho" would be other words.
    private static bool IsARequirement(string text, DeadlineTextTokens k, int t, int last)
    {
        if (!k.Is(t, "yeu", "cau") || last != t + 1)
        {
            return false;
        }

        string before = k.IsWord(t - 1) ? ReadingTokens.Written(text, k, t - 1).ToLowerInvariant() : string.Empty;
        return before is "đạt" or "đúng" or "do" or "cho" or "vào"
            || (before is "ra" && k.Is(t - 2, "dat"))
            || (before is "đảm" && k.Is(t - 2, "bao")) || (before is "bảo" && k.Is(t - 2, "dam"))
            || (before is "độ" && k.Is(t - 2, "tien")) || (before is "hạn" && k.Is(t - 2, "thoi"))
            || (ReadingTokens.IsSymbol(text, k, t - 1, ',') && (k.Is(t - 3, "muc", "dich") || k.Is(t - 3, "ke", "hoach")));
    }

    // "33 đề nghị xây dựng văn bản" (a count of proposals), "hồ sơ đề nghị khen thưởng", "trường hợp đề nghị", "thủ tục đề nghị
    // phê chuẩn": the noun. "5 chuyên đề nghị quyết": "đề" ends "chuyên đề" and "nghị" opens "nghị quyết", no cue at all.
    private static bool IsAProposalOrPartOfAWord(DeadlineTextTokens k, int t, int last) =>
        k.Is(t, "de", "nghi") && last == t + 1
        && (k.IsNumber(t - 1) || k.Is(t - 2, "ho", "so") || k.Is(t - 2, "truong", "hop") || k.Is(t - 2, "thu", "tuc") || k.Is(t - 1, "chuyen")
            || k.Is(last + 1, "quyet"));

    // "(bên phải)", "thứ 2 từ phải sang": the right-hand side of a photograph. "vi phạm đến mức phải xử lý kỷ luật": the degree
    // of a fault. "chưa phải là": not yet, as "không phải" (any cue after "không" is skipped, in Assigns). "do phải chịu trách nhiệm": a reason.
    private static bool IsRightOrDegree(string text, DeadlineTextTokens k, int t, int last, int to) =>
        k.Is(t, "phai") && last == t
        && (k.Is(t - 1, "ben") || k.Is(last + 1, "sang") || last + 1 >= to || ReadingTokens.IsSymbol(text, k, last + 1, ')')
            || (k.IsWord(t - 1) && ReadingTokens.Written(text, k, t - 1).ToLowerInvariant() is "mức" or "chưa" or "do"));

    // "the request", "a request", "the need to", "their assigned tasks", "no need to": after an article or a possessive the word
    // is a noun or an adjective, unless an object follows it ("The assigned the agencies", a name dropped). "perform assigned
    // duties", "of assigned tasks": an adjective. "not need to", "in need to": no work asked. A modal is never a noun, and
    // "These must be completed" asks for work. English words as written: folded, "an" would be the "án" of "dự án phải".
    private static bool IsNounOrAdjective(string text, DeadlineTextTokens k, int t)
    {
        string word = English(text, k, t);
        if (word is "" or "must" or "should" or "shall" or "is" or "are" or "was" or "were")
        {
            return false;
        }

        string before = English(text, k, t - 1);
        if (before is "the" or "a" or "an" or "its" or "his" or "her" or "their" or "our" or "your" or "no" or "not" or "in")
        {
            return English(text, k, t + 1) is not ("the" or "a" or "an" or "its" or "his" or "her" or "their" or "all");
        }

        return word is "assigned" && before is "of" or "performing" or "perform" or "fulfilling" or "fulfil" or "fulfill" or "implementing"
            or "implement" or "completing" or "complete" or "undertake" or "undertaking";
    }

    // "chỉ tiêu tỉnh giao.", "dự toán tỉnh giao và …", "13 chỉ tiêu Quốc hội giao": a clause on targets given before, "giao"
    // with nothing after it. "nhiệm vụ được giao", "chỉ tiêu được giao", "chức trách, nhiệm vụ được giao": the tasks one holds.
    private static bool IsPastAssignment(string text, DeadlineTextTokens k, int t, int last, int to)
    {
        if (!k.Is(last, "giao"))
        {
            return false;
        }

        if (last + 1 >= to || k.Is(last + 1, "va") || ReadingTokens.IsSymbol(text, k, last + 1, ',') || ReadingTokens.IsSymbol(text, k, last + 1, '.')
            || ReadingTokens.IsSymbol(text, k, last + 1, ';') || ReadingTokens.IsSymbol(text, k, last + 1, ')'))
        {
            return true;
        }

        return k.Is(t, "duoc") && (k.Is(t - 2, "nhiem", "vu") || k.Is(t - 2, "chi", "tieu") || k.Is(t - 2, "quyen", "han") || k.Is(t - 2, "ke", "hoach")
            || k.Is(t - 2, "cong", "viec") || k.Is(t - 2, "chuc", "trach") || k.Is(t - 2, "chinh", "tri") || k.Is(t - 2, "du", "toan")
            || k.Is(t - 2, "chuc", "nang"));
    }

    // "giao ban thường vụ các tỉnh ủy": a body written in lower case, not the briefing.
    private static bool IsOtherWord(string text, DeadlineTextTokens k, int last) =>
        k.Is(last, "giao")
        && ((k.IsWord(last - 1) && BeforeGiao.Contains(ReadingTokens.Written(text, k, last - 1).ToLowerInvariant()))
            || (k.IsWord(last + 1) && AfterGiao.Contains(ReadingTokens.Written(text, k, last + 1)) && !NamesABoard(k, last + 1)));

    private static bool NamesABoard(DeadlineTextTokens k, int ban) =>
        k.Is(ban, "ban") && (k.Is(ban + 1, "thuong", "vu") || k.Is(ban + 1, "chap", "hanh") || k.Is(ban + 1, "chi", "dao") || k.Is(ban + 1, "quan", "ly")
            || k.Is(ban + 1, "dan", "van") || k.Is(ban + 1, "tuyen", "giao") || k.Is(ban + 1, "noi", "chinh") || k.Is(ban + 1, "to", "chuc"));

    // "led and directed", "chaired and directed", "attended and directed the conference": the chair of a meeting or a campaign.
    private static bool ChairsAMeeting(string text, DeadlineTextTokens k, int t) =>
        English(text, k, t) is "directed" && English(text, k, t - 1) is "and" && English(text, k, t - 2) is "led" or "chaired" or "attended" or "presided";

    // "tasks assigned by the Government", "the target assigned by the province", "regulations assigned in the Land Law",
    // "tasks assigned to particular members", "as directed by the Central Committee": a participle after a noun, with no
    // "is", "has been" or "will be" before it, describes work given before; the verb that assigns has an object after it.
    private static bool IsRelative(string text, DeadlineTextTokens k, int t, int last)
    {
        string word = English(text, k, t);
        string next = English(text, k, t + 1);
        bool assigned = word is "assigned" && last == t && next is "by" or "in" or "to";
        bool directed = word is "directed" && (next is "by" or "in" || English(text, k, t - 1) is "as");
        if (!assigned && !directed)
        {
            return false;
        }

        int p = t - 1;
        string before = English(text, k, p);
        while (before is "also" or "already" or "now" or "just" or "then" or "newly" || (before.Length > 2 && before.EndsWith("ly", StringComparison.Ordinal)))
        {
            before = English(text, k, --p);
        }

        return before is not ("is" or "are" or "was" or "were" or "be" or "been" or "being" or "has" or "have" or "had");
    }

    // The word at token t in lower case when it is written in ASCII letters, else "".
    private static string English(string text, DeadlineTextTokens k, int t)
    {
        if (!k.IsWord(t))
        {
            return string.Empty;
        }

        ReadOnlySpan<char> w = text.AsSpan(k.Start(t), k.End(t) - k.Start(t));
        foreach (char c in w)
        {
            if (!char.IsAsciiLetter(c))
            {
                return string.Empty;
            }
        }

        return w.ToString().ToLowerInvariant();
    }
}
