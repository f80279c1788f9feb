using OrgModel.Deadlines;
using OrgModel.Personnel;
using OrgModel.ReferenceData;

namespace OrgModel.Reading;

/// <summary>
/// Finds the people a Vietnamese or English text names after a title ("Tổng Bí thư Tô Lâm", "đồng chí Trần Cẩm Tú",
/// "General Secretary To Lam", "Politburo member Tran Cam Tu", "comrades A, B and C"), each read as a
/// <see cref="VietnameseName"/> and, when a personnel record is given, resolved to the one person in it with that name.
/// </summary>
/// <remarks>
/// <para>A name is taken only after a title, so that capitalised words that are not names ("Bộ Chính trị") are never read
/// as one. Titles may follow each other and may hold a body's name ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư",
/// "Bộ trưởng Bộ Nội vụ", "Head of the Organisation Commission"). The name is the run of two to five capitalised words
/// after them that <see cref="VietnameseName"/> reads, with or without diacritics; a plural title ("các đồng chí",
/// "comrades") reads a list of names joined by commas, "và" or "and".</para>
/// <para>Nothing is guessed: without a record, or when no one or several people in it have the name,
/// <see cref="PersonMention.Person"/> stays null. Linear in the text; never throws on any text. Thread-safe.</para>
/// </remarks>
public static class PersonExtractor
{
    private const int MaxNameWords = 5;

    // "(Ủy viên Ban cán sự đảng, Phó chủ tịch UBND tỉnh)": a post in brackets after a name in a list.
    private const int MaxBracketTokens = 16;

    // The words of a body's name between a title and a name, at most ("the Electricity and Renewable Energy Authority").
    private const int MaxBodyWords = 12;

    private const int MaxVietnameseBodyWords = 8;

    private static readonly PhraseTable<bool> Titles = BuildTitles();

    // Posts read only after a name, with its comma or dash: a member of a body whose name follows ("Trần Quốc Hùng, Uỷ viên Đảng
    // đoàn", held-out set 19; "Mai Đức Thông, Ủy viên Ban Chấp hành Đảng bộ tỉnh", held-out set 39), a provincial committee's
    // member by its short form ("Nguyễn Thị Hồng Lâm - TUV", held-out set 26) and an office's head ("Cao Văn Bình, Trưởng phòng Văn
    // hóa", held-out set 48). Before a name they would take the body's last words for one ("Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà
    // Tĩnh", "Trưởng Phòng Nội Vụ huyện").
    private static readonly PhraseTable<bool> TitlesAfterAName = new PhraseTable<bool>()
        .Add("Ủy viên", false).Add("TUV", false).Add("Trưởng phòng", false).Add("Phó Trưởng phòng", false);

    private static readonly PhraseTable<bool> LocalKinds = new PhraseTable<bool>()
        .Add("Party Committee", true).Add("People's Committee", true).Add("People's Council", true);

    // Capitalised English words of titles and bodies that the letters of a name would also allow.
    private static readonly HashSet<string> NotAName = new(StringComparer.Ordinal)
    {
        "the", "party", "central", "state", "people", "board", "members", "member", "former", "deputy", "vice", "head", "bloc", "office", "general",
        "province", "city", "group", "from", "and", "of", "in", "on", "with", "for", "was", "were",
    };

    // Bodies below the centre that a title may hold before a name, followed by their place ("Bí thư Thành ủy Hà Nội",
    // "Chủ nhiệm Tổng cục Chính trị"): the reference data does not name them, so the name is told from the place by its
    // family name.
    private static readonly PhraseTable<bool> LocalBodies = new PhraseTable<bool>()
        .Add("Thành ủy", true).Add("Tỉnh ủy", true).Add("Huyện ủy", true).Add("Quận ủy", true).Add("Thị ủy", true).Add("Đảng ủy", true).Add("Ủy ban nhân dân", true).Add("UBND", true)
        .Add("Hội đồng nhân dân", true).Add("HĐND", true).Add("Tổng cục", true).Add("Cục", true).Add("Quân khu", true).Add("Sở", true)
        .Add("Liên đoàn Lao động tỉnh", true).Add("Liên đoàn Lao động thành phố", true).Add("Ambassador to", true)
        // "bà Nguyễn Thị Hà – Bí thư Huyện đoàn Yên Định (Thanh Hóa)" (held-out set 86): a local Youth Union committee, its place after it.
        .Add("Huyện đoàn", true).Add("Tỉnh đoàn", true).Add("Thành đoàn", true);

    // Vietnamese family names, folded: the fourteen commonest and the other common ones of the list in docs/sources.md
    // ("family names"), "Tô" (General Secretary Tô Lâm), and "Cao" and "Đàm" of the longer list there (held-out set 5: "Cao
    // Minh Quang", "Đàm Quang Vinh"). They tell a name from the place before it.
    private static readonly HashSet<string> FamilyNames = new(StringComparer.Ordinal)
    {
        "nguyen", "tran", "le", "pham", "huynh", "hoang", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly",
        "lam", "dinh", "nghiem", "dao", "vuong", "trinh", "phung", "chung", "trieu", "doan", "ha", "truong", "ton", "lieu", "luu",
        "mai", "la", "van", "ta", "luong", "kim", "thach", "lac", "thuy", "to", "than", "khuat",
        "nong", "hua", "diep", "cao", "dam", "chu",
        // "Bí thư Tỉnh ủy Chẩu Văn Lâm" (held-out set 71): a Tày family name, folded as "Châu" is; a place's "Châu Thành" takes
        // no name of two words from it (TwoWordFamilyNames).
        "chau",
        // "Ma Thế Quyên, secretary of the Party Committee … of Bắc Kạn Province’s Department of Education and Training" (held-out
        // set 77): a Tày family name of the northern mountain provinces, folded as "Mã" is.
        "ma",
        // "Mùa A Sơn, Permanent Deputy Secretary of the Provincial Party Committee" (held-out set 84, Điện Biên): a Hmong family
        // name, folded as "mua"; a name needs capitalised words after it, so "Mùa xuân" (spring) is none.
        "mua",
        // "các ông: Nhữ Văn Tâm, nguyên Phó Chủ tịch thường trực UBND tỉnh Thái Nguyên" (held-out set 85), folded as "như" (like) is;
        // the capitalised words a name needs after it keep "Như vậy" out, and a name of two words ("Như Thanh", a district) is none.
        "nhu",
        // Family names of the northern mountain provinces: "Lò" (Thái: "Bí thư Tỉnh ủy Lò Văn Mừng"), "Bế" and "Quản" (Tày, Nùng:
        // "Be Thanh Tinh", "Quan Minh Cuong", held-out set 87), "Chá" (Hmong: "Chá A Của", held-out set 57); each also begins a word
        // ("lô", "bé", "quân", "cha"), so a name of two words after them is none, and the capitalised words after them are needed.
        "lo", "be", "quan", "cha",
        // "Secretary of Bien Hoa Ward Party Committee, Vien Hong Tien" (held-out set 89, Đồng Nai): "Viên", folded as the word of
        // posts ("ủy viên", "đảng viên") is, which the capitalised words a name needs after it keep out.
        "vien",
        // "Hau A Lenh, Vice Chairman of the VFF Central Committee" (held-out set 102): a Hmong family name, folded as "hậu" (after)
        // is; a name needs the capitalised words after it, and "Hậu Giang" (two words) is a province's.
        "hau",
    };

    // Family names that begin no place or word of these texts: a name of two words after them ("Nguyen Dong, member of …",
    // held-out set 16) is a person's; "Hà Nội", "Hồ Tây", "Lâm Đồng", "Kim Bôi", "Mai Châu" are places.
    private static readonly HashSet<string> TwoWordFamilyNames = new(StringComparer.Ordinal)
    {
        "nguyen", "tran", "le", "pham", "huynh", "hoang", "phan", "vu", "vo", "dang", "bui", "do", "ngo", "duong", "dinh", "trinh", "doan", "truong",
    };

    // The sets are asked of a token's folded span: a string per capitalised word read cost more than the look-up.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyNameLookup = FamilyNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotANameLookup = NotAName.GetAlternateLookup<ReadOnlySpan<char>>();

    // The last token of a unit word below the province at t ("huyện", "xã", "quận", "phường", "thị xã", "thị trấn"): the level words
    // of Associations.Level but the province's, a city's and a special zone's; or -1.
    private static int UnitWordEnd(DeadlineTextTokens k, int t) =>
        k.Is(t, "tinh") || k.Is(t, "thanh", "pho") || k.Is(t, "dac", "khu") ? -1 : Associations.Level(k, t);

    // A unit's name of one to three capitalised words from t, then a full name of three words or more starting with a family
    // name: the name's first token, or -1. Where two splits read ("huyện Yên Định Trần Văn An": "Định" folds as the family name
    // "Đinh"), a district's name the reference data holds decides, and with none the split is not guessed.
    private static int NameAfterUnitPlace(string text, DeadlineTextTokens k, int t)
    {
        int found = -1;
        int splits = 0;
        for (int n = t + 1; n <= t + 3 && k.IsWord(n - 1) && ReadingTokens.IsCapitalised(text, k, n - 1); n++)
        {
            if (IsFamilyName(text, k, n) && TryName(text, k, n, out int end, out _) && end - n >= 2)
            {
                if (PlaceNames.IsDistrict(text, k, t, n - 1))
                {
                    return n;
                }

                found = n;
                splits++;
            }
        }

        return splits == 1 ? found : -1;
    }

    /// <summary>Whether token t is a capitalised family name: where a place's name ends and a person's begins.</summary>
    internal static bool IsFamilyName(string text, DeadlineTextTokens k, int t) =>
        ReadingTokens.IsCapitalised(text, k, t) && (FamilyNameLookup.Contains(k.Folded(t)) || IsXa(text, k, t));

    // "Xa Van Khuong", "Xa Văn Thuận" (held-out set 62): the Tày family name "Xa", written without a mark, as "xã" (commune) never
    // is in Vietnamese; an English text that drops the marks writes the commune's word after its place, in lower case.
    private static bool IsXa(string text, DeadlineTextTokens k, int t) =>
        text.AsSpan(k.Start(t), k.End(t) - k.Start(t)) is "Xa";

    /// <summary>Returns every person the text names after a title, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="personnel">The record to resolve names against, or null.</param>
    /// <returns>The mentions, in order, never overlapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<PersonMention> Extract(string text, PersonnelRecord? personnel = null)
    {
        Guard.Against.Null(text);
        return Extract(text, DeadlineTextTokens.Read(text), personnel);
    }

    internal static IReadOnlyList<PersonMention> Extract(string text, DeadlineTextTokens k, PersonnelRecord? personnel)
    {
        PhraseTable<OrganisationNames.Name> bodies = OrganisationNames.For(null);
        List<PersonMention>? found = null;
        for (int t = 0; t < k.Count; t++)
        {
            // "các Phó Chủ tịch Quốc hội: Tòng Thị Phóng, Uông Chu Lưu, Phùng Quốc Hiển" (development set 40), "Hai thứ trưởng Bộ GTVT
            // Nguyễn Ngọc Đông và Nguyễn Nhật" (held-out set 94): "các" or a count before a title for one makes it a title for several.
            int at = CountsATitle(text, k, t) && k.IsWord(t + 1) && Titles.TryMatch(k, t + 1, out _, out _) ? t + 1 : t;
            if (!(k.IsWord(t) || at > t) || !Titles.TryMatch(k, at, out int last, out bool plural) || IsLookAlike(text, k, at, last))
            {
                if (TitleAfter(text, k, t, out int nameEnd, out VietnameseName before, out string after))
                {
                    (found ??= []).Add(Mention(text, k, t, nameEnd, before, after, personnel));
                    t = nameEnd;
                }

                continue;
            }

            plural |= at > t;
            int p = SkipTitles(text, k, last + 1, bodies, ref plural);

            // "các ông: Vũ Đình Thủy", "các nhân sự: Nguyễn Văn Vịnh": the names after a colon.
            // A family name the reader does not know opens the list when a semicolon closes the name ("gồm các ông: Lò Minh Hùng;
            // Nguyễn Đình Việt; Chá A Của", held-out set 57).
            // So does a full name of three words or more that no body's name opens, a comma after it ("các Phó Chủ tịch Quốc hội: Tòng
            // Thị Phóng, Uông Chu Lưu", development set 40).
            p = plural && ReadingTokens.IsSymbol(text, k, p, ':') && (IsFamilyName(text, k, p + 1)
                || (TryName(text, k, p + 1, out int listed, out _) && listed > p + 1 && ReadingTokens.IsSymbol(text, k, listed + 1, ';'))
                || (TryName(text, k, p + 1, out listed, out _) && listed > p + 2 && ReadingTokens.IsSymbol(text, k, listed + 1, ',') && !bodies.TryMatch(k, p + 1, out _, out _))) ? p + 1 : p;
            // "hai Thứ trưởng Nội vụ là Nguyễn Duy Thăng và Trần Thị Hà" (held-out set 102): "là" (namely) between the title, with
            // its field's words after it, and the names; written with its mark ("La" is a family name).
            int namely = NamelyAfter(text, k, p) is > 0 and int la ? la : plural ? IncludeAfter(text, k, p) : -1;
            string title = text[k.Start(t)..k.End((namely > 0 ? namely : p) - 1)].TrimEnd(' ', ',', ':');
            p = namely > 0 ? namely + 1 : p;
            while (TryName(text, k, p, out int end, out VietnameseName name))
            {
                (found ??= []).Add(Mention(text, k, p, end, name, title, personnel));
                t = end;

                // "Cựu Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Bắc Son và Trương Minh Tuấn" (held-out set 15): after a
                // title for one, a second full name joined by "và" or "and" holds it too.
                p = plural ? NextInList(text, k, end + 1) : SecondFullName(text, k, end + 1);
                if (p < 0)
                {
                    break;
                }
            }

            t = Math.Max(t, p - 1);
        }

        return found is null ? ImmutableArray<PersonMention>.Empty : found.AsReadOnly();
    }

    // The "là" at p or after up to two words of a title's field that opens at p with a capital ("Thứ trưởng Nội vụ là …"), before a
    // family name; or -1.
    private static int NamelyAfter(string text, DeadlineTextTokens k, int p)
    {
        int la = p;
        while (la < p + 2 && k.IsWord(la) && !k.Is(la, "la") && ReadingTokens.IsCapitalised(text, k, p))
        {
            la++;
        }

        return k.Is(la, "la") && ReadingTokens.AsWritten(text, k, la, la, "là") && IsFamilyName(text, k, la + 1) ? la : -1;
    }

    // "Vice Presidents of the VGCL for the 2023-2028 tenure include Phan Van Anh, Ngo Duy Hieu, …" (held-out set 26): after a
    // title for several, "include" or "are" before a family name opens the list as a colon does; the verb at p, or -1.
    private static int IncludeAfter(string text, DeadlineTextTokens k, int p) =>
        (k.Is(p, "include") || k.Is(p, "included") || k.Is(p, "are") || k.Is(p, "were")) && !ReadingTokens.IsCapitalised(text, k, p)
            && IsFamilyName(text, k, p + 1) ? p : -1;

    // "các", or two to four in words, written as such: "hai", "ba", "bốn" (not "Hải", a name, nor "bà", Mrs, which fold alike).
    // "cho 2 đồng chí Hoàng Văn Nguyên và Lộc Duy Quang" (held-out set 142): a count of two to nine in digits, not a day's, a
    // month's or a number's.
    private static bool CountsATitle(string text, DeadlineTextTokens k, int t) =>
        k.Is(t, "cac") || ((k.Is(t, "hai") || k.Is(t, "ba") || k.Is(t, "bon"))
            && text.AsSpan(k.Start(t), k.End(t) - k.Start(t)) is "hai" or "Hai" or "ba" or "Ba" or "bốn" or "Bốn")
        || (k.IsNumber(t) && k.End(t) - k.Start(t) == 1 && text[k.Start(t)] is >= '2' and <= '9'
            && !k.Is(t - 1, "ngay") && !k.Is(t - 1, "thang") && !k.Is(t - 1, "so") && !k.Is(t - 1, "lan") && !k.Is(t - 1, "khoa"));

    // "Hoàng Nguyên Dinh" (held-out set 50): "Nguyên" inside a name, after its first word and before a capitalised word that opens no
    // title, is a middle name, not "nguyên" (former), which stands before the name it qualifies; so is it as the last word, before
    // no capitalised word ("ông Đỗ Khôi Nguyên.", held-out set 56).
    private static bool IsNameNguyen(string text, DeadlineTextTokens k, int p, int t) =>
        t > p && k.Is(t, "nguyen") && ReadingTokens.AsWritten(text, k, t, t, "Nguyên")
        && (!ReadingTokens.IsCapitalised(text, k, t + 1) || (text[k.End(t)] == ' ' && !Titles.TryMatch(k, t + 1, out _, out _)));

    // "nguyên" (former), "ông" (Mr) and "bà" (Mrs) fold like "Nguyễn" and "ong": a one-word Vietnamese title must be written with its marks.
    private static bool IsLookAlike(string text, DeadlineTextTokens k, int t, int last) =>
        t == last && k.Folded(t) is "nguyen" or "ong" or "ba" && text[k.Start(t)..k.End(t)] is not ("nguyên" or "Nguyên" or "ông" or "Ông" or "bà" or "Bà");

    // Titles follow each other ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư") and may name a body ("Bộ trưởng Bộ Nội vụ").
    private static int SkipTitles(string text, DeadlineTextTokens k, int p, PhraseTable<OrganisationNames.Name> bodies, ref bool plural)
    {
        for (int guard = 0; guard < 8 && p < k.Count; guard++)
        {
            // "Chairman of An Giang Provincial People's Committee (PPC) Ho Van Mung" (held-out set 61): the body's abbreviation in
            // brackets, between it and the name.
            p = ReadingTokens.IsSymbol(text, k, p, '(') && ReadingTokens.IsSymbol(text, k, p + 2, ')') && ReadingTokens.IsAllCapitals(text, k, p + 1) ? p + 3 : p;
            int q = ReadingTokens.IsSymbol(text, k, p, ',') || ReadingTokens.IsSymbol(text, k, p, ':') ? p + 1 : p;
            q = k.Is(q, "of") || k.Is(q, "cua") ? q + 1 : q;
            // "head of its Commission for Communication and Education Nguyen Trong Nghia" (held-out set 130): "its" as "the".
            q = k.Is(q, "the") || k.Is(q, "its") ? q + 1 : q;
            if (Titles.TryMatch(k, q, out int last, out bool more) && !IsLookAlike(text, k, q, last))
            {
                plural |= more;
                p = last + 1;
            }
            else if (bodies.TryMatch(k, q, out last, out OrganisationNames.Name body) && !body.Scope
                && (ReadingTokens.IsCapitalised(text, k, q) || ReadingTokens.IsLocalLevel(k, q)) && !(body.Id is null && LocalBodies.TryMatch(k, q, out _, out _))
                && !(body.Id is null && k.Is(last + 1, "of") && LocalKindOfPlace(text, k, q) >= 0))
            {
                // A local body's kind alone ("Thành ủy", "the People's Committee of Son La province") is left to the local bodies
                // below, which read the place after it; an English one with its level in lower case is one ("Vice Chairmen of the
                // provincial People’s Committee").
                // "Chairman of the Vietnam Fatherland Front Committee Nguyen Phuoc Loc" (held-out set 152): the Front's committee of
                // the text's own place, "Committee" after the Front's name.
                p = body.Id == CentralBodies.FatherlandFront && k.Is(last + 1, "committee") && ReadingTokens.IsCapitalised(text, k, last + 1) ? last + 2 : last + 1;
            }
            else if (UnheldBodies.TryMatch(text, k, q, bodies, out last, out _))
            {
                // "Giám đốc Sở Y tế", "Phó Chánh Thanh tra Sở Công Thương": a province's department is a body, not a name.
                p = last + 1;
            }
            else if (ProvincialDepartments.TryMatch(text, k, q, bodies, out last))
            {
                // "Director of the Department of Home Affairs Dang Thanh Quang" (held-out set 38): a province's department in
                // English is a body, as "Sở Nội vụ" is.
                p = last + 1;
            }
            else if (LocalKindOfPlace(text, k, q) is int place and >= 0)
            {
                // "Vice Chairman of the People’s Committee of Son La province Pham Van Thuy" (held-out set 14).
                p = place + 1;
            }
            else if (TermAfterTitle(text, k, p) is int term and >= 0)
            {
                // "Permanent Vice Chairman of the provincial People’s Committee for the 2021-2026 tenure Do Tien Dong".
                p = term + 1;
            }
            else if (EnglishLocalCommittee(text, k, q) is int committee and >= 0)
            {
                // "former Secretary of the Quảng Ninh provincial Party Committee Nguyễn Xuân Ký": the place, then the kind.
                p = committee + 1;
            }
            else if (LocalBodies.TryMatch(k, q, out last, out _) && ReadingTokens.IsCapitalised(text, k, q) && NameAfterPlace(text, k, DashBeforeName(text, k, LevelAfter(text, k, last) + 1)) is int name and >= 0)
            {
                return name;
            }
            else if (k.Is(q, "tinh") && UnheldBodies.Province(text, k, q + 1) is > 0 and int province && IsFamilyName(text, k, province + 1)
                && TryName(text, k, province + 1, out int nameEnd, out _) && nameEnd - province > 2)
            {
                // "cựu Bí thư tỉnh Thanh Hóa Trịnh Văn Chiến" (held-out set 84): the post's province by "tỉnh" alone, the way a
                // headline says it; a full name after the province's name.
                return province + 1;
            }
            else if (UnitWordEnd(k, q) is int unitWord and >= 0 && NameAfterUnitPlace(text, k, unitWord + 1) is int afterPlace and >= 0)
            {
                // "Chủ tịch huyện Kỳ Anh Nguyễn Văn Bổng" (held-out set 88): a district's or commune's post by its unit word alone, as
                // summaries write it; the unit's name, then a full name.
                return afterPlace;
            }
            else if (q > p && (ReadingTokens.IsSymbol(text, k, p, ',') || ReadingTokens.IsSymbol(text, k, p, ':')) && IsFamilyName(text, k, q) && TryName(text, k, q, out int end, out _) && end - q >= 2)
            {
                // "the Chairman of the Central Inspection Committee, Tran Quoc Vuong, on behalf of" (held-out set 12): the full
                // name after a comma, starting with a family name, as TitleAfter reads one before its title; after a colon too
                // ("Deputy Heads of the Central Internal Affairs Commission: Nguyen Thai Hoc and Dang Van Dung", held-out set 125).
                return q;
            }
            else if ((k.Is(p, "of") || k.Is(p - 1, "of")) && NameAfterABody(text, k, q) is int named and >= 0)
            {
                // "Head of the PCC’s Commission for Mass Mobilisation Truong Thi Mai" (held-out set 110): after a title that ends
                // with its "of" ("Head of"), the same, with "the" or without it ("Head of Planning and Investment Department Luu
                // Van Trung", held-out set 124).
                return named;
            }
            else if (NameAfterVietnam(text, k, q) is int afterVietnam and >= 0)
            {
                // "Giám đốc Bệnh viện Thể thao Việt Nam Võ Tường Kha" (held-out set 125).
                return afterVietnam;
            }
            else if (ReadingTokens.IsPossessive(text, k, p) && ReadingTokens.IsCapitalised(text, k, p + 2) && bodies.TryMatch(k, p + 2, out last, out OrganisationNames.Name owner) && !owner.Scope
                && ReadingTokens.IsSymbol(text, k, last + 1, ','))
            {
                // "Standing member of the Party Central Committee’s Secretariat, Tran Cam Tu, signed" (held-out set 89): a body of
                // the body just read, then the name after a comma, which the next round reads.
                p = last + 1;
            }
            else if (ReadingTokens.IsPossessive(text, k, p) && NameAfterABody(text, k, p + 2) is int owned and >= 0)
            {
                // "standing member of the Party Central Committee’s Secretariat Vo Van Thuong" (development set 31): a body of the
                // body just read, then the name.
                return owned;
            }
            else
            {
                // "Politburo member and permanent member of the Secretariat Tran Cam Tu"
                return k.Is(p, "and") || k.Is(p, "va") ? (Titles.TryMatch(k, p + 1, out last, out _) ? SkipTitles(text, k, last + 1, bodies, ref plural) : p) : p;
            }
        }

        return p;
    }

    // "Chairman of the PPC Le Van Huong", "Chief Justice of the provincial People’s Court Ngo Duc Tho" (development sets 31 and 24):
    // after a title's "of", a body's name the tables do not hold (capitalised words, "and", "of", "’s", a lower-case level first),
    // then a full name of three or more words that closes the run; where the name starts, or -1.
    private static int NameAfterABody(string text, DeadlineTextTokens k, int q)
    {
        if (!ReadingTokens.IsCapitalised(text, k, q) && !ReadingTokens.IsLocalLevel(k, q))
        {
            return -1;
        }

        for (int u = q + 1; u < q + MaxBodyWords && u < k.Count; u++)
        {
            // "Party Chief of Son La Hoang Van Chat" (development set 43): "La" ends the place, it does not open the name.
            if (IsFamilyName(text, k, u) && TryName(text, k, u, out int end, out _) && end - u >= 2 && !(k.IsWord(end + 1) && ReadingTokens.IsCapitalised(text, k, end + 1))
                && !EndsAPlace(text, k, q, u))
            {
                return u;
            }

            if (ReadingTokens.IsPossessive(text, k, u))
            {
                u++;
            }
            else if (!(k.IsWord(u) && ReadingTokens.IsCapitalised(text, k, u)) && !k.Is(u, "and") && !k.Is(u, "of") && !k.Is(u, "for"))
            {
                // "the PCC’s Commission for Mass Mobilisation" (held-out set 110): "for" joins a commission to its field.
                return -1;
            }
        }

        return -1;
    }

    // A body the tables do not hold, written in Vietnamese after a title: words from a capitalised one to "Việt Nam" (the
    // country's bodies are named so, with the capitals of the first word of each compound only: "Bệnh viện Thể thao Việt Nam"),
    // then a full name of three or more words; where the name starts, or -1.
    private static int NameAfterVietnam(string text, DeadlineTextTokens k, int q)
    {
        if (!k.IsWord(q) || !ReadingTokens.IsCapitalised(text, k, q))
        {
            return -1;
        }

        for (int v = q + 1; v < q + MaxVietnameseBodyWords && v + 2 < k.Count && k.IsWord(v) && !k.IsBoundary(text, v); v++)
        {
            if (k.Is(v, "viet", "nam") && ReadingTokens.IsCapitalised(text, k, v) && ReadingTokens.IsCapitalised(text, k, v + 1) && !k.IsBoundary(text, v + 2) && IsFamilyName(text, k, v + 2)
                && TryName(text, k, v + 2, out int end, out _) && end - (v + 2) >= 2)
            {
                return v + 2;
            }
        }

        return -1;
    }

    // Whether token u is the last word of a province's name that starts after q ("Son La", "Ba Ria - Vung Tau").
    private static bool EndsAPlace(string text, DeadlineTextTokens k, int q, int u)
    {
        for (int s = Math.Max(q, u - 4); s < u; s++)
        {
            if (PlaceNames.IsProvince(text, k, s, u))
            {
                return true;
            }
        }

        return false;
    }

    // "Chủ tịch UBND tỉnh Võ Trọng Hải", "Chánh Văn phòng UBND tỉnh Đặng Thanh Tùng" (held-out set 42): the level word in lower
    // case after a local body's kind; its last token, or the kind's.
    private static int LevelAfter(string text, DeadlineTextTokens k, int last) =>
        ReadingTokens.IsCapitalised(text, k, last + 1) ? last
        : k.Is(last + 1, "tinh") || k.Is(last + 1, "huyen") || k.Is(last + 1, "quan") || k.Is(last + 1, "xa") || k.Is(last + 1, "phuong") ? last + 1
        : k.Is(last + 1, "thanh", "pho") || k.Is(last + 1, "thi", "xa") || k.Is(last + 1, "thi", "tran") ? last + 2 : last;

    // "Chủ tịch HĐND tỉnh- Trương Văn Sáu" (held-out set 66): a dash between the body and a full name that opens with a family
    // name; the token after it, else p.
    private static int DashBeforeName(string text, DeadlineTextTokens k, int p) =>
        (ReadingTokens.IsSymbol(text, k, p, '-') || ReadingTokens.IsSymbol(text, k, p, '\u2013')) && IsFamilyName(text, k, p + 1) ? p + 1 : p;

    // "for the 2021-2026 tenure", "in the 2016-2021 term": the term of a post, between its body and the name; its last token, or -1.
    private static int TermAfterTitle(string text, DeadlineTextTokens k, int p) =>
        (k.Is(p, "for", "the") || k.Is(p, "in", "the")) && k.IsNumber(p + 2) && ReadingTokens.IsSymbol(text, k, p + 3, '-') && k.IsNumber(p + 4)
            && (k.Is(p + 5, "tenure") || k.Is(p + 5, "term") || k.Is(p + 5, "tenures") || k.Is(p + 5, "terms")) ? p + 5 : -1;

    // "Quảng Ninh provincial Party Committee", "Da Nang City Party Committee": one to three capitalised words of a place, then
    // "provincial", "city" or "municipal" (or nothing) and "Party Committee"; the token of "Committee", or -1.
    private static int EnglishLocalCommittee(string text, DeadlineTextTokens k, int q)
    {
        int p = q;
        while (p < q + 3 && ReadingTokens.IsCapitalised(text, k, p) && !ReadingTokens.IsLocalLevel(k, p))
        {
            // "Permanent Vice Chairman of Hanoi People's Committee Le Hong Son" (held-out set 32): the place, then the kind, with
            // no level word between them.
            if (p > q && LocalKinds.TryMatch(k, p, out int kindAfterPlace, out _))
            {
                return kindAfterPlace;
            }

            // "Secretary of Bien Hoa Ward Party Committee, Vien Hong Tien" (held-out set 89): a ward's, commune's, district's or
            // town's committee, its unit word capitalised after its place, with the name after a comma. Without the comma the body
            // and the name are read together ("Chairman of Dong Chum Commune People's Council and Luong Van Thinh", development set 62).
            if (p > q && ReadingTokens.IsEnglishUnitBelowProvince(k, p) && LocalKinds.TryMatch(k, p + 1, out int kindAfterUnit, out _)
                && ReadingTokens.IsSymbol(text, k, kindAfterUnit + 1, ','))
            {
                return kindAfterUnit;
            }

            p++;
        }

        // "former Chairman of the Hà Nam provincial People’s Committee Nguyễn Xuân Đông" (held-out set 14).
        return p > q && ReadingTokens.IsLocalLevel(k, p) && LocalKinds.TryMatch(k, p + 1, out int kind, out _) ? kind : -1;
    }

    // "People’s Committee of Son La province", "Party Committee of the Ha Giang province": a local kind, "of", one to three
    // capitalised words of a place and "province" or "city" (no chart is at hand to know the place otherwise); "People’s
    // Committee of Binh Tan District" (held-out set 134, a name after a comma): a unit below the province the same. The token of
    // the unit's word, or -1.
    private static int LocalKindOfPlace(string text, DeadlineTextTokens k, int q)
    {
        if (!LocalKinds.TryMatch(k, q, out int kind, out _) || !k.Is(kind + 1, "of"))
        {
            return -1;
        }

        int place = k.Is(kind + 2, "the") ? kind + 3 : kind + 2;
        return ReadingTokens.PlaceThenUnit(text, k, place, "province", "city") is int unit and >= 0 ? unit
            : ReadingTokens.PlaceThenUnit(text, k, place, "district", "town") is int below and >= 0 ? below
            : ReadingTokens.PlaceThenUnit(text, k, place, "ward", "commune");
    }

    // "Nguyễn Xuân Phúc, former Politburo member", "Tran Quang Phuong, a member of …": a full name of three or more words,
    // starting with a family name, with a title after a comma. Two words ("Hà Nội, Chủ tịch …") are too often a place, and
    // "Hồ Chí Minh" in these texts is a city or an institution's name.
    private static bool TitleAfter(string text, DeadlineTextTokens k, int t, out int end, out VietnameseName name, out string title)
    {
        title = string.Empty;
        // "agreed to expel from the Party Le Nguyen Thanh Danh, former Vice Secretary …" (held-out set 35): "the Party" before the
        // name is the body the sentence names, not the name's first word.
        if (!IsFamilyName(text, k, t) || (t > 0 && ReadingTokens.IsCapitalised(text, k, t - 1) && text[k.End(t - 1)] == ' ' && !k.Is(t - 2, "the", "party"))
            || !TryName(text, k, t, out end, out name) || end - t < (TwoWordFamilyNames.Contains(k.Folded(t).ToString()) ? 1 : 2) || k.Is(t, "ho", "chi", "minh"))
        {
            end = -1;
            name = default;
            return false;
        }

        // "Chu Ngoc Anh, who is member of the Party Central Committee", "Nguyen Thanh Long who is member of …", "Pham Cong
        // Tac, member of the Party committee at the MoST" (held-out set 9).
        // "Nguyen Thi Kim Tien—a former member of the Party Central Committee—" (nationthailand.com, held-out set 10).
        // "Bui Dinh Long - Member of the Provincial Party Executive Committee" (held-out set 22): a hyphen with spaces round it.
        bool comma = ReadingTokens.IsSymbol(text, k, end + 1, ',') || ReadingTokens.IsSymbol(text, k, end + 1, '\u2014') || ReadingTokens.IsSymbol(text, k, end + 1, '\u2013')
            || (ReadingTokens.IsSymbol(text, k, end + 1, '-') && k.Start(end + 1) > k.End(end));
        int q = comma ? end + 2 : end + 1;
        bool who = k.Is(q, "who", "is") || k.Is(q, "who", "was");
        q = who ? q + 2 : q;

        // "Le Minh Trung, in his capacity as member of the Da Nang Party Committee's Standing Board" (held-out set 11).
        q = comma && (k.Is(q, "in", "his", "capacity") || k.Is(q, "in", "her", "capacity")) && k.Is(q + 3, "as") ? q + 4 : q;

        // "the PM decided to dismiss Vo Ngoc Thanh from his position as Chairman of …" (held-out set 14).
        // "stripped Nguyen Chien Thang from his status as Chairman of …" (held-out set 44).
        bool position = !comma && !who && IsFromPostAs(k, q);
        q = position ? q + 4 : q;
        // "Nguyen Dinh Khang was re-elected as Chairman of the VGCL", "Bui Quang Huy was re-elected First Secretary of …" (held-out
        // set 26), "Nguyen Van Hien when serving as deputy minister of …" (held-out set 24): the post the sentence gives the name.
        int given = !comma && !who && !position ? Given(k, q) : -1;
        bool elected = given > q;
        q = elected ? given : q;

        // "…; Tran Hong Minh as Minister of Construction; Nguyen Manh Hung as Minister of …" (held-out set 36): a list of
        // appointees, each with the post after "as".
        bool asPost = !comma && !who && !position && !elected && k.Is(q, "as");
        q = asPost ? q + 1 : q;
        // "Nguyen Phi Long, an alternate member of the Party Central Committee" (held-out set 64).
        q = k.Is(q, "a") || k.Is(q, "the") || (comma && k.Is(q, "an")) ? q + 1 : q;
        q = comma && k.Is(q, "new") ? q + 1 : q;

        // "Duong Ngoc Long, ex-chairman of the Thai Nguyen People’s Committee" (development set 42): "ex-" is "former"; "Trieu Tai
        // Vinh, then-Party Secretary of Ha Giang Province" (held-out set 71): "then-" the post held at the time.
        q = comma && (k.Is(q, "ex") || k.Is(q, "then")) && ReadingTokens.IsSymbol(text, k, q + 1, '-') && k.Start(q + 1) == k.End(q) ? q + 2 : q;
        // "Nguyễn Xuân Thanh, Bắc Ninh Party Secretary and director of …" (held-out set 78): the post of a province named before it.
        q = comma && !TitleAt(text, k, q, out _) && ProvinceBeforeTitle(text, k, q) is > 0 and int post ? post : q;
        if (!(comma || who || position || elected || asPost) || !(TitleAt(text, k, q, out int last) || MemberOf(k, q, out last) || OfficialAt(text, k, q, out last)))
        {
            return false;
        }

        title = text[k.Start(q)..k.End(last)];
        return true;
    }

    // "Nguyễn Lê Ngọc Anh, official at the Vietnamese embassy in Malaysia" (held-out set 6): an embassy's or a body's official, in
    // lower case after the name ("Official Letter No." is a document).
    private static bool OfficialAt(string text, DeadlineTextTokens k, int q, out int last)
    {
        last = q;
        return k.Is(q, "official") && char.IsLower(text[k.Start(q)]) && (k.Is(q + 1, "at") || k.Is(q + 1, "of"));
    }

    // A province's name of one to three words from q with a title right after it: the title's first token, or -1.
    private static int ProvinceBeforeTitle(string text, DeadlineTextTokens k, int q)
    {
        for (int r = q; r < q + 3 && ReadingTokens.IsCapitalised(text, k, r); r++)
        {
            if (PlaceNames.IsProvince(text, k, q, r) && TitleAt(text, k, r + 1, out _))
            {
                return r + 1;
            }
        }

        return -1;
    }

    // "was elected (as)", "was re-elected (as)", "was appointed (as)", "has been elected (as)", "when serving as": the token after
    // the words, or -1.
    private static int Given(DeadlineTextTokens k, int q)
    {
        if (k.Is(q, "when", "serving", "as") || k.Is(q, "while", "serving", "as"))
        {
            return q + 3;
        }

        // "Provincial leaders give flowers to Nguyễn Thanh Trúc on being elected as Vice Chairman of …" (development set 37).
        if (k.Is(q, "on", "being", "elected") || k.Is(q, "upon", "being", "elected"))
        {
            return k.Is(q + 3, "as") ? q + 4 : q + 3;
        }

        // "Vu Dai Thang elected Secretary of the Quang Binh provincial Party Committee" (held-out set 120): a headline drops "was".
        int verb = k.Is(q, "was") || k.Is(q, "is") ? q + 1 : k.Is(q, "has", "been") || k.Is(q, "have", "been") ? q + 2
            : k.Is(q, "elected") || k.Is(q, "re", "-", "elected") ? q : -1;
        if (verb < 0)
        {
            return -1;
        }

        // "Le Duc Vinh was dismissed from his post as Chairman of …" (held-out set 44): the post the sentence takes from the name.
        if ((k.Is(verb, "dismissed") || k.Is(verb, "removed") || k.Is(verb, "relieved")) && IsFromPostAs(k, verb + 1))
        {
            return verb + 5;
        }

        // "re-elected": "re", the hyphen, "elected".
        verb = k.Is(verb, "re") && k.Is(verb + 2, "elected") ? verb + 2 : verb;
        if (!k.Is(verb, "elected") && !k.Is(verb, "appointed"))
        {
            return -1;
        }

        return k.Is(verb + 1, "as") ? verb + 2 : verb + 1;
    }

    // "from his position as", "from her post as", "from his status as": the four tokens before a post taken from a name.
    private static bool IsFromPostAs(DeadlineTextTokens k, int q) =>
        k.Is(q, "from") && (k.Is(q + 1, "his") || k.Is(q + 1, "her")) && (k.Is(q + 2, "position") || k.Is(q + 2, "post") || k.Is(q + 2, "status")) && k.Is(q + 3, "as");

    private static bool TitleAt(string text, DeadlineTextTokens k, int q, out int last) =>
        (Titles.TryMatch(k, q, out last, out _) && !IsLookAlike(text, k, q, last)) || TitlesAfterAName.TryMatch(k, q, out last, out _);

    private static bool MemberOf(DeadlineTextTokens k, int q, out int last)
    {
        last = k.Is(q, "alternate") ? q + 2 : q + 1;
        return k.Is(q, "member", "of") || k.Is(q, "alternate", "member", "of");
    }

    // "UBND tỉnh", "HĐND tỉnh", "Tỉnh ủy" ending just before p: a kind whose place is a province.
    private static bool ProvinceKindBefore(DeadlineTextTokens k, int p) => k.Is(p - 1, "tinh") || k.Is(p - 2, "tinh", "uy");

    // After a local body's kind: its place, then the name, told apart by the name's family name ("Hà Nội Nguyễn Duy Ngọc",
    // "Chính trị Nguyễn Trọng Nghĩa"). The longest name of two to four words that starts with a family name and ends its run of
    // capitalised words, with at least one word of the place before it (or none, for a name of three or four words); -1 when
    // there is none.
    private static int NameAfterPlace(string text, DeadlineTextTokens k, int p)
    {
        if (ReadingTokens.GluedCity(text, k, p) is > 0 and int city)
        {
            return IsFamilyName(text, k, city + 1) ? city + 1 : -1;
        }

        int runStart = p;
        for (int t = p; t < k.Count && t < p + 10; t++)
        {
            bool inRun = ReadingTokens.IsCapitalised(text, k, t) && (t == runStart || text[k.End(t - 1)] == ' ');
            bool runEnds = !inRun || t + 1 >= k.Count || !ReadingTokens.IsCapitalised(text, k, t + 1) || text[k.End(t)] != ' ';
            if (!inRun)
            {
                if (!k.IsWord(t) || t == p)
                {
                    return -1;
                }

                runStart = t + 1;
                continue;
            }

            if (!runEnds)
            {
                continue;
            }

            // "Bí thư Tỉnh ủy Đỗ Trọng Hưng" (held-out set 22): a name of three or four words may follow the kind with no place.
            for (int words = 4; words >= 2; words--)
            {
                int s = t - words + 1;
                // "Thành ủy Thành phố Hồ Chí Minh": the city's name, as in TitleAfter.
                // "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh" (held-out set 81): a province's name right after "tỉnh" is the place.
                // "Phó Chủ tịch UBND tỉnh Hoàng Nam", "Bí thư Tỉnh ủy Hoàng Nam" (held-out set 119): after a province's kind, where only
                // a province's name can be the place, two words that name none are a name.
                if ((s > p || (s == p && (words >= 3 || (ProvinceKindBefore(k, p) && !PlaceNames.IsProvince(text, k, s, t))))) && s >= runStart
                    && FamilyNameLookup.Contains(k.Folded(s)) && !k.Is(s, "ho", "chi", "minh")
                    && !(k.Is(s - 1, "tinh") && PlaceNames.IsProvince(text, k, s, t))
                    && VietnameseName.TryParse(text.AsSpan(k.Start(s), k.End(t) - k.Start(s)), out _))
                {
                    return s;
                }
            }

            if (t + 1 >= k.Count || !k.IsWord(t + 1) || text[k.End(t)] != ' ')
            {
                return -1;
            }

            runStart = t + 1;
        }

        return -1;
    }

    // Two to five capitalised words that read as a name; a title word ends the run.
    internal static bool TryName(string text, DeadlineTextTokens k, int p, out int end, out VietnameseName name)
    {
        end = p - 1;
        name = default;
        if (OpensABody(text, k, p))
        {
            return false;
        }

        while (end + 1 < k.Count && end + 1 - p < MaxNameWords && ReadingTokens.IsCapitalised(text, k, end + 1) && k.Folded(end + 1).Length <= 7
            && !(Titles.TryMatch(k, end + 1, out int titleEnd, out _) && !IsLookAlike(text, k, end + 1, titleEnd) && !IsNameNguyen(text, k, p, end + 1)) && (end < p || text[k.End(end)] == ' ')
            && (k.Folded(end + 1).Length == 1 || !ReadingTokens.IsAllCapitals(text, k, end + 1)) && (!NotANameLookup.Contains(k.Folded(end + 1)) || (end >= p && k.Is(end + 1, "the"))))
        {
            end++;

            // "Siu H’Ler" (held-out set 60): a word of a Central Highlands name joined to the next by an apostrophe, no space.
            if (end + 2 < k.Count && ReadingTokens.IsApostropheAfter(text, k, end + 1) && k.Start(end + 2) == k.End(end + 1)
                && ReadingTokens.IsCapitalised(text, k, end + 2))
            {
                end += 2;
            }
        }

        while (end - p >= 1)
        {
            if (VietnameseName.TryParse(text.AsSpan(k.Start(p), k.End(end) - k.Start(p)), out name))
            {
                return !IsProvinceName(text, k, p, end) && !BeforeAnEnglishUnit(text, k, end + 1);
            }

            end--;
        }

        return false;
    }

    // "former Mai Châu District Party Secretary" (held-out set 78): words before an English unit's capitalised kind are its place.
    private static bool BeforeAnEnglishUnit(string text, DeadlineTextTokens k, int t) =>
        ReadingTokens.IsCapitalised(text, k, t) && ReadingTokens.IsEnglishUnitBelowProvince(k, t);

    // "Giám đốc Sở Y tế Trà Vinh" (held-out set 41), "… tỉnh Quảng Ninh" (development set 36): a province's name after a body is
    // its place, not a person's name, unless it opens with a family name.
    private static bool IsProvinceName(string text, DeadlineTextTokens k, int p, int end) =>
        !IsFamilyName(text, k, p) && PlaceNames.IsProvince(text, k, p, end);

    // "Chủ tịch Hội Chữ thập đỏ", "nguyên Tổng Biên tập Tạp chí …" (held-out set 19): after a title, a capitalised word that
    // opens a body's name or a post, which no family name is, starts no name. Compared as written: "Tống" is a family name
    // that folds as "Tổng" does.
    private static bool OpensABody(string text, DeadlineTextTokens k, int p)
    {
        if (p >= k.Count || !BodyWords.Contains(k.Folded(p)))
        {
            return false;
        }

        string word = ReadingTokens.Written(text, k, p);
        return word is "Hội" or "Tổng" or "Ban" or "Bộ" or "Sở" or "Tạp" or "Chi" or "Viện" or "Ủy" or "Uỷ" or "Liên" or "Mặt" or "Công"
            or "Trưởng" or "Phó";
    }

    // "nguyên Trưởng Khoa dược" (held-out set 41): "Trưởng" and "Phó" written with a capital open a post, not a name ("Trương"
    // folds as "Trưởng" does and is a family name: compared as written).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "hoi", "tong", "ban", "bo", "so", "tap", "chi", "vien", "uy", "lien", "mat", "cong", "truong", "pho",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // After a name in a list: ", " or " và " or " and " (and ", and") before the next name.
    private static int NextInList(string text, DeadlineTextTokens k, int p)
    {
        // "Các ông Đoàn Tấn Bửu (Ủy viên Ban cán sự đảng, …), Nguyễn Lâm Thái Thuận (…)": a bracketed post after a name.
        p = ReadingTokens.IsSymbol(text, k, p, '(') && CloseBracket(text, k, p) is > 0 and int close ? close + 1 : p;

        // "các ông: Vũ Đình Thủy, Ủy viên Ban Thường vụ Đảng ủy, Phó Giám đốc Sở …; Trịnh Huy Đại, …" (held-out set 18): a post
        // after a name runs to the semicolon before the next name.
        if (ReadingTokens.IsSymbol(text, k, p, ',') && Titles.TryMatch(k, p + 1, out _, out _) && Semicolon(text, k, p + 1) is > 0 and int semicolon
            && IsFamilyName(text, k, semicolon + 1))
        {
            return semicolon + 1;
        }

        // "gồm các ông: Lò Minh Hùng; Nguyễn Đình Việt; Chá A Của" (held-out set 57): names a semicolon parts.
        int q = ReadingTokens.IsSymbol(text, k, p, ',') || (ReadingTokens.IsSymbol(text, k, p, ';') && TryName(text, k, p + 1, out _, out _)) ? p + 1 : p;
        q = k.Is(q, "and") || k.Is(q, "va") ? q + 1 : q;
        q = k.Is(q, "comrade") || k.Is(q, "dong", "chi") ? q + (k.Is(q, "comrade") ? 1 : 2) : q;
        return q > p && ReadingTokens.IsCapitalised(text, k, q) ? q : -1;
    }

    // "và Trương Minh Tuấn", "and Tran Van B": a full name of three words or more, starting with a family name; its first token, or -1.
    private static int SecondFullName(string text, DeadlineTextTokens k, int p) =>
        (k.Is(p, "va") || k.Is(p, "and")) && IsFamilyName(text, k, p + 1) && TryName(text, k, p + 1, out int end, out _) && end - p >= 3 ? p + 1 : -1;

    // The ";" that ends the post starting at p, within a post's length, before the sentence ends; or -1.
    private static int Semicolon(string text, DeadlineTextTokens k, int p)
    {
        for (int i = p; i < k.Count && i <= p + MaxBracketTokens; i++)
        {
            if (ReadingTokens.IsSymbol(text, k, i, ';'))
            {
                return i;
            }

            if (ReadingTokens.EndsSentence(text, k, i, semicolon: false))
            {
                return -1;
            }
        }

        return -1;
    }

    // The ")" that closes the bracket at p, within a post's length; or -1.
    private static int CloseBracket(string text, DeadlineTextTokens k, int p)
    {
        for (int i = p + 1; i < k.Count && i <= p + MaxBracketTokens; i++)
        {
            if (ReadingTokens.IsSymbol(text, k, i, ')'))
            {
                return i;
            }

            if (ReadingTokens.IsSymbol(text, k, i, '(') || k.IsBoundary(text, i))
            {
                return -1;
            }
        }

        return -1;
    }

    private static PersonMention Mention(string text, DeadlineTextTokens k, int p, int end, VietnameseName name, string title, PersonnelRecord? personnel)
    {
        string written = text[k.Start(p)..k.End(end)];
        if (personnel is null)
        {
            return new PersonMention(k.Start(p), written, name, title, null, "a name after a title; no personnel record given");
        }

        IReadOnlyList<Person> people = personnel.FindByName(written);
        return people.Count switch
        {
            1 => new PersonMention(k.Start(p), written, name, title, people[0].Id, "a name after a title; one person in the record has it"),
            0 => new PersonMention(k.Start(p), written, name, title, null, "a name after a title; no one in the record has it"),
            _ => new PersonMention(k.Start(p), written, name, title, null, $"a name after a title; {people.Count} people in the record have it"),
        };
    }

    // "Trưởng ban Nội chính T.Ư Phan Đình Trạc" (held-out set 117), "Trưởng Ban Dân vận TƯ Trương Thị Mai" (held-out set 98): the
    // news shortens the head's "Trung ương" as it does the body's. "TƯ" folds as "từ" (from), which a body's name cannot take
    // (OrganisationNames.Shortened); a title can, as a name must follow it.
    private static void AddHeads(PhraseTable<bool> table, string commission)
    {
        string body = commission["Ban ".Length..];
        foreach (string name in body.EndsWith(" Trung ương", StringComparison.Ordinal)
            ? (string[])[body, .. ((string[])["T.Ư", "TW", "TƯ"]).Select(s => body[..^"Trung ương".Length] + s)]
            : [body])
        {
            table.Add("Trưởng ban " + name, false);
            table.Add("Phó Trưởng ban " + name, false);
        }
    }

    private static PhraseTable<bool> BuildTitles()
    {
        var table = new PhraseTable<bool>();
        foreach (string s in (string[])[
            "đồng chí", "Tổng Bí thư", "Thủ tướng", "Thủ tướng Chính phủ", "Phó Thủ tướng", "Phó Thủ tướng Chính phủ", "Chủ tịch nước",
            "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Thường trực Ban Bí thư", "Ủy viên Bộ Chính trị", "Ủy viên Ban Bí thư", "Bí thư Trung ương Đảng",
            "Ủy viên Trung ương Đảng", "Bộ trưởng", "Chủ nhiệm", "Trưởng ban", "Trưởng Ban", "Phó Trưởng ban", "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư",
            "nguyên", "ông", "bà", "Phó Bí thư Thường trực", "Phó Thủ tướng thường trực",
            // "đ/c Lê Thị Nga, UV BTV Huyện ủy" (held-out set 132): "đồng chí" shortened.
            "đ/c",
            // "Phó Chủ nhiệm Thường trực UBKT Trung ương Trần Văn Rón" (held-out set 61).
            "Phó Chủ nhiệm", "Phó Chủ nhiệm Thường trực",
            // "yêu cầu của TBT Nguyễn Phú Trọng" (held-out set 8), "Chủ tịch QH Nguyễn Thị Kim Ngân" (held-out set 29): the news'
            // short forms of the General Secretary and of the National Assembly's posts.
            "TBT", "Chủ tịch QH", "Phó Chủ tịch QH", "Tổng Thư ký QH",
            // "Delegate Luc Thi Lien (Quy Chau district) was concerned" (held-out set 120): a People's Council's or the Assembly's
            // member by the English word.
            "Delegate",
            // The National Assembly's Secretary General and the State Auditor General (development set 40).
            "Tổng Thư ký", "Tổng Thư ký Quốc hội", "Tổng Kiểm toán Nhà nước", "Phó Thủ tướng Thường trực Chính phủ", "Ủy viên Ban Chấp hành Trung ương Đảng",
            // The Youth Union's head (held-out set 26).
            "First Secretary", "Bí thư thứ nhất", "Vice President",
            // "đề nghị Huyện ủy Yên Định xử lý kỷ luật với Đảng viên Nguyễn Thị Hà" (held-out set 86): the member a decision is about.
            "Đảng viên",
            "comrade", "General Secretary", "Party General Secretary", "Party Central Committee General Secretary", "Prime Minister",
            "Deputy Prime Minister", "President", "State President", "National Assembly Chairman", "National Assembly Chairwoman",
            "Chairman of the National Assembly", "Chairwoman of the National Assembly", "Politburo member", "member of the Politburo",
            "permanent member of the Secretariat", "Permanent member of the Secretariat", "Standing member of the Secretariat", "Secretariat member",
            "Permanent Member of the Party Central Committee's Secretariat", "Permanent Member of the Party Central Committee’s Secretariat",
            "Chỉ huy trưởng", "Chỉ huy phó", "General Director", "Deputy General Director",
            // "Lê Quang Hào, deputy general-director of VEC" (held-out set 65): the post written with a hyphen, either way round.
            "General-Director", "Deputy General-Director", "Director-General", "Deputy Director-General",
            "Sr. Lt. Gen.", "Lt. Gen.", "Maj. Gen.",
            "Vice Chairman", "Vice Chairwoman", "Permanent Vice Chairman", "Standing Vice Chairman", "Director", "Deputy Director",
            // hanoitimes.vn, e.vnexpress.net (held-out set 42): "Pham Van Thuy, deputy chairman of …", "Nguyen Hanh Phuc, Chief of
            // Office of …", "deputy admiral Nguyen Van Tinh".
            "Deputy Chairman", "Deputy Chairwoman", "Chief of Office", "Admiral", "Vice Admiral", "Rear Admiral", "Deputy Admiral",
            // "Chief of the National Election Council (NEC)'s Office Nguyen Hanh Phuc" (held-out set 126).
            "Chief of", "Deputy Chief of",
            // baonghean.vn (held-out set 42): "Chánh Văn phòng UBND tỉnh Đặng Thanh Tùng".
            "Chánh Văn phòng", "Phó Chánh Văn phòng",
            // laodong.vn (held-out set 45): "Chief Justice of the Supreme People's Court Le Minh Tri".
            "Chief Justice", "Deputy Chief Justice",
            "Giám đốc", "Phó Giám đốc", "Chánh Thanh tra", "Phó Chánh Thanh tra", "Thống đốc", "Phó Thống đốc", "Governor", "Deputy Governor",
            // "Trieu Thi Giang, deputy head of the external economic relations division" (held-out set 71).
            "Deputy Head", "Deputy Head of", "Party Secretary",
            "Minister", "Lieutenant General", "Senior Lieutenant General", "Major General", "Head", "Head of", "PM", "Chairman", "Chairwoman", "Chairperson", "Secretary", "Deputy Secretary", "Vice Secretary", "former", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
            "Standing Deputy Prime Minister", "Permanent Deputy Prime Minister", "member of the Party Central Committee",
            // "Xa Van Khuong - Standing Deputy Secretary, …" (held-out set 62): a committee's standing deputy secretary.
            "Standing Deputy Secretary", "Permanent Deputy Secretary",
            "Party Central Committee member",
            // An alternate member of the Central Committee: "Ông Nguyễn Khắc Toàn - Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thường
            // trực Tỉnh ủy" (development set 29), "Nguyễn Phi Long - Ủy viên dự khuyết BCH Trung ương Đảng" (development set 31), "Nguyen
            // Phi Long, an alternate member of the Party Central Committee" (development set 65): the whole post, not "alternate member of".
            "Ủy viên dự khuyết Trung ương Đảng", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Ủy viên dự khuyết BCH Trung ương Đảng",
            "alternate member of the Party Central Committee",

            // "Thứ trưởng Bộ Công an Nguyễn Duy Ngọc", "Phó Chủ tịch Thường trực Quốc hội Đỗ Văn Chiến", "Phó Chủ tịch Thường trực HĐND
            // tỉnh Nguyễn Thế Hải" (held-out sets 92 and 93, development sets 30, 38 and 55): a deputy minister, a standing vice chair.
            "Thứ trưởng", "Phó Chủ tịch Thường trực",

            // Military and police ranks before a name ("Thượng tướng Lương Cường", "Colonel Phạm Thái Sơn"); "Đại úy Lê Thị Hiền"
            // (held-out set 92): a captain.
            "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
            "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
            "General", "Senior General", "Colonel", "Senior Colonel", "Lieutenant Colonel", "Major",
            // "Deputy Defense Minister Senior Lieutenant Nguyen Tan Cuong" (held-out set 130).
            "Senior Lieutenant", "Lieutenant",
            // "Deputy Defence Minister Sen. Lieut. Gen. Be Xuan Truong" (held-out set 118): the ranks shortened.
            "Sen. Lieut. Gen.", "Lieut. Gen.", "Lt. Gen.", "Sr. Lt. Gen.", "Maj. Gen.", "Gen.", "Col.", "Sen. Col.", "Lt. Col.",

            // A post in a committee below the centre, written after a name ("Đàm Quang Vinh, Member of the Provincial Party Committee").
            "member of the provincial Party Committee", "member of the city Party Committee", "member of the municipal Party Committee",
            "member of the district Party Committee", "member of the provincial Party Executive Committee",

            // A member of a provincial or city Party committee by its one word ("Phạm Thị Hồng Nhung - Tỉnh ủy viên", held-out set 32).
            "Tỉnh ủy viên", "Thành ủy viên",
            // A member of a committee's standing board ("Nguyễn Mạnh Sơn - Uỷ viên BTV Tỉnh uỷ, Phó Bí thư Thường trực Đảng ủy",
            // held-out set 68).
            "Ủy viên Ban Thường vụ", "Ủy viên BTV",
            // "• Nguyễn Văn Công, Ủy viên Ban cán sự đảng, Thứ trưởng Bộ GTVT;" (held-out set 94): a member of a body's Party board.
            "Ủy viên Ban cán sự đảng",
            // A district's ("Nguyễn Ngọc Cường, Huyện ủy viên, Chánh Thanh tra huyện", held-out set 57).
            "Huyện ủy viên", "Quận ủy viên", "Thị ủy viên",
            // "Party chief Nguyen Phu Trong" (held-out set 57), "Party leader Nguyen Phu Trong" (held-out set 143).
            "Party chief", "Party leader",
            // "PCC Secretariat permanent member Tran Quoc Vuong" (held-out set 58: the body's name before the post), "Nguyen Manh
            // Dung, the new Acting Secretary of the committee" (held-out set 58).
            "permanent member", "Acting Secretary", "Acting Chairman", "Acting Chairwoman", "Acting President", "Acting Minister", "Acting Director",
            // "Secretary of the Party Central Committee, and head of the commission Trần Cẩm Tú" (development set 45): the body the
            // text named, by its kind word; "deputy minister of National Defense" (development set 25: the American spelling).
            "head of the commission", "head of the committee", "chairman of the commission", "chairman of the committee",
            // "namely Nguyễn Hồng Hà, Consul General in Osaka, Japan" (held-out set 6): a consul's post.
            "Consul General", "Consul",
            // "Nguyễn Quang Linh, Assistant to the Standing Deputy Prime Minister" (held-out set 74): a leader's assistant, a post.
            "Assistant to the Prime Minister", "Assistant to the Deputy Prime Minister", "Assistant to the Standing Deputy Prime Minister",
            "Assistant to the General Secretary", "Assistant to the President", "Trợ lý Thủ tướng", "Trợ lý Phó Thủ tướng", "Trợ lý Tổng Bí thư",
            "Trợ lý Chủ tịch nước",
            "Minister of National Defense", "Deputy Minister of National Defense",

            // "Trưởng Công an huyện Lê Văn Mải" (held-out set 56): the head of a police force below the centre, with its level ("Trưởng"
            // alone is not a title: "Trương" folds alike and is a family name).
            "Trưởng Công an huyện", "Phó Trưởng Công an huyện", "Trưởng Công an quận", "Phó Trưởng Công an quận", "Trưởng Công an xã",
            "Phó Trưởng Công an xã", "Trưởng Công an phường", "Phó Trưởng Công an phường",
        ])
        {
            table.Add(s, false);
        }

        // A post named by its body without the body's kind word: "Minister of Home Affairs" (Ministry of Home Affairs),
        // "Trưởng ban Tổ chức Trung ương" (Ban Tổ chức Trung ương).
        foreach (CentralBodies.Body b in CentralBodies.All)
        {
            if (b.EnglishName.StartsWith("Ministry of ", StringComparison.Ordinal))
            {
                table.Add("Minister of " + b.EnglishName["Ministry of ".Length..], false);
                table.Add("Deputy Minister of " + b.EnglishName["Ministry of ".Length..], false);
            }

            if (b.Name.StartsWith("Ban ", StringComparison.Ordinal))
            {
                AddHeads(table, b.Name);
            }
        }

        // "Minister of Planning and Investment Nguyen Chi Dung" (held-out set 21): the ministers of the ministries merged away in 2025.
        foreach (string ministry in OrganisationNames.MergedMinistries)
        {
            table.Add("Minister of " + ministry["Ministry of ".Length..], false);
            table.Add("Deputy Minister of " + ministry["Ministry of ".Length..], false);
        }

        // "Trưởng Ban Tổ chức Tỉnh ủy Phan Văn Phụng", "Trưởng Ban Dân vận Tỉnh ủy Lê Thị Lan Hương" (held-out set 119), "Trưởng ban
        // Tuyên giáo và Dân vận Huỳnh Thị Thùy Dung" (held-out set 65): the head of a Party committee's commission below the centre,
        // the committee's kind (and place) or the name after it.
        foreach (string commission in (string[])["Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế", "Ban Tuyên giáo và Dân vận",
            "Ban Chính sách, chiến lược", "Ban Đối ngoại"])
        {
            AddHeads(table, commission);
        }

        // "nguyên Phó Trưởng Ban Tuyên giáo Trung ương Nguyễn Bắc Son" (held-out set 15): the heads of the commissions dissolved in 2025.
        foreach (string commission in OrganisationNames.DissolvedCommissions)
        {
            AddHeads(table, commission);
        }

        // "former provincial Party Committee secretaries Mai Văn Ninh, Trịnh Văn Chiến", "deputy chairpeople of the provincial
        // People’s Committee Lê Thị Thìn and Phạm Đăng Quyền" (held-out set 34): a plural post before a list of names.
        foreach (string s in (string[])["các đồng chí", "các ông", "các bà", "các ông, bà", "comrades", "Politburo members", "Ministers", "Vice Chairmen", "Chairmen", "các nhân sự",
            "secretaries", "deputy secretaries", "chairpeople", "deputy chairpeople", "vice chairpeople", "directors", "deputy directors",
            // "former Presidents Nguyen Minh Triet and Truong Tan Sang", "former National Assembly Chairpersons Nguyễn Sinh Hùng and
            // Nguyễn Thị Kim Ngân" (held-out set 55).
            "Presidents", "Vice Presidents", "Chairpersons", "National Assembly Chairpersons", "National Assembly Chairmen", "Prime Ministers",
            "Deputy Prime Ministers", "General Secretaries",
            // "Deputy Heads of the Central Internal Affairs Commission: Nguyen Thai Hoc and Dang Van Dung" (held-out set 125).
            "Deputy Heads", "Deputy Heads of",
            // "Dak Nong's vice chairman Truong Thanh Tung and his predecessors Do The Nhu and Nguyen Duc Luyen" (held-out set 57).
            "predecessors"])
        {
            table.Add(s, true);
        }

        return table;
    }
}
