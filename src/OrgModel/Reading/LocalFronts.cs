using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>
/// The Fatherland Front (or the Youth Union, or the Youth Federation) of a place or of a level, which the chart does not hold (it holds the
/// first two at the centre only, the third not at all), found
/// by the shape of the words after the Front's name (held-out set 40): "MTTQ Việt Nam huyện", "Mặt trận Tổ quốc Việt Nam cấp
/// xã", "Ủy ban MTTQ Việt Nam các xã, thị trấn", "Mặt trận Tổ quốc các cấp", "the Vietnam Fatherland Front of Lam Dong province",
/// "the Fatherland Front at the commune level", "Commune-level Fatherland Front".
/// </summary>
/// <remarks>A level ("cấp xã", "các cấp", "các xã, thị trấn", "at the commune level", "commune-level") makes the mention a group
/// of bodies, a scope; a place's level word or a place's name makes it one body the chart does not hold. The Front's name
/// without such a tail is left to the names of the chart.</remarks>
internal static class LocalFronts
{
    private const int MaxPlaceTokens = 8;

    /// <summary>Whether a local Front or the Front at a level opens at token <paramref name="t"/>; <paramref name="end"/> is its
    /// last token and <paramref name="scope"/> tells a level (several bodies) from a place (one).</summary>
    public static bool TryMatch(string text, DeadlineTextTokens k, int t, out int end, out bool scope)
    {
        bool found = Match(text, k, t, out end, out scope);

        // "các tổ chức Đảng, chính quyền, MTTQ cấp xã", "Party agencies, authorities, and the Fatherland Front at the commune level"
        // (held-out sets 29 and 39): the last of a list of kinds is part of the list's one scope, not a scope of its own.
        int before = k.Is(t - 1, "the") ? t - 2 : t - 1;
        return found && !(scope && (ReadingTokens.IsSymbol(text, k, before, ',') || k.Is(before, "and") || k.Is(before, "va")));
    }

    private static bool Match(string text, DeadlineTextTokens k, int t, out int end, out bool scope)
    {
        end = -1;
        scope = false;

        // "the district Vietnam Fatherland Front delegates" (held-out set 65): a place's level word, in lower case, before the
        // Front's name; one body. "the new grassroots Vietnam Fatherland Front Committee" (development set 65): the grassroots
        // level's, a committee in each unit.
        if (!ReadingTokens.IsCapitalised(text, k, t) && IsFrontLevel(k, t) && English(k, t + 1) is > 0 and int levelled)
        {
            (end, scope) = (k.Is(levelled + 1, "committee") ? levelled + 1 : levelled, k.Is(t, "grassroots"));
            return true;
        }

        if (!ReadingTokens.IsCapitalised(text, k, t))
        {
            return false;
        }

        if ((Vietnamese(k, t) is > 0 and int frontName ? frontName : YouthUnion(k, t) is > 0 and int unionName ? unionName : YouthFederation(k, t)) is > 0 and int after)
        {
            if (Associations.Level(k, after) is > 0 and int level)
            {
                end = UnheldBodies.Place(text, k, level + 1) is > 0 and int place ? place : level;
            }
            else if (k.Is(after, "cac", "cap"))
            {
                (end, scope) = (after + 1, true);
            }
            else if (k.Is(after, "cap", "co", "so"))
            {
                (end, scope) = (after + 2, true);
            }
            else if (k.Is(after, "cap", "minh") || k.Is(after, "cap", "tren"))
            {
                // "Ủy ban MTTQ Việt Nam cấp mình", "MTTQ cấp trên trực tiếp" (held-out set 61): each congress's own level and the one
                // above it, said of every congress of a plan at once.
                (end, scope) = (k.Is(after + 2, "truc", "tiep") ? after + 3 : after + 1, true);
            }
            else if ((k.Is(after, "cap") || k.Is(after, "cac")) && Associations.Level(k, after + 1) is > 0 and int first)
            {
                // "MTTQ các xã còn lại" (development set 57): the remaining ones.
                end = MoreLevels(text, k, first);
                (end, scope) = (k.Is(end + 1, "con", "lai") ? end + 2 : end, true);
            }

            return end > t;
        }

        // "Commune-level Fatherland Front": the level written before the Front.
        if (IsFrontLevel(k, t) && ReadingTokens.IsSymbol(text, k, t + 1, '-') && k.Is(t + 2, "level") && English(k, t + 3) is > 0 and int front)
        {
            (end, scope) = (front, true);
            return true;
        }

        if (English(k, t) is not (> 0 and int last))
        {
            return false;
        }

        // "the Vietnam Fatherland Front of the district", "the Vietnam Fatherland Front Committee of the district" (held-out set 65):
        // the Front of the place the text is about, by its kind.
        int of = k.Is(last + 1, "committee") ? last + 2 : last + 1;
        if (k.Is(of, "of", "the") && (k.Is(of + 2, "district") || k.Is(of + 2, "province") || k.Is(of + 2, "commune") || k.Is(of + 2, "ward"))
            && !ReadingTokens.IsCapitalised(text, k, of + 2))
        {
            end = of + 2;
            return true;
        }

        if (k.Is(last + 1, "at", "the") && IsFrontLevel(k, last + 3) && k.Is(last + 4, "level"))
        {
            (end, scope) = (last + 4, true);
        }
        else if (k.Is(last + 1, "at", "all", "levels"))
        {
            (end, scope) = (last + 3, true);
        }
        else if ((k.Is(last + 1, "of") || k.Is(last + 1, "in")) && PlaceThenKind(text, k, last + 2) is > 0 and int place)
        {
            end = place;
        }

        return end > t;
    }

    // "Mặt trận Tổ quốc", "Mặt trận TQVN", "MTTQ", "MTTQVN", each with "Ủy ban" before it or not and "Việt Nam" after it or not:
    // the token after the name, or -1.
    private static int Vietnamese(DeadlineTextTokens k, int t)
    {
        int b = k.Is(t, "uy", "ban") ? t + 2 : t;
        int n = k.Is(b, "mat", "tran", "to") && k.Is(b + 3, "quoc") ? b + 4
            : k.Is(b, "mat", "tran", "tqvn") ? b + 3
            // "UBMTTQ Việt Nam tỉnh Sóc Trăng" (held-out set 80): "Ủy ban" glued to the Front's capitals.
            : k.Is(b, "mttq") || k.Is(b, "mttqvn") || (b == t && (k.Is(b, "ubmttq") || k.Is(b, "ubmttqvn"))) ? b + 1
            // "Đại hội Mặt trận cấp xã", "Mặt trận cấp huyện" (held-out set 62): the Front by its first words, before a level.
            : k.Is(b, "mat", "tran") && (k.Is(b + 2, "cap") || k.Is(b + 2, "cac")) ? b + 2
            : -1;
        return n > 0 && k.Is(n, "viet", "nam") ? n + 2 : n;
    }

    /// <summary>The reason of the mention <see cref="TryMatch"/> found at <paramref name="t"/>: the organisation it is of (the
    /// Youth Union's, "Đoàn TNCS Hồ Chí Minh tỉnh Hải Dương"; the Youth Federation's, "Hội Liên hiệp Thanh niên Việt Nam các
    /// cấp"; else the Front's) and whether the chart holds that organisation at the centre (the Federation it does not hold).</summary>
    public static string Reason(DeadlineTextTokens k, int t, bool scope)
    {
        bool federation = YouthFederation(k, t) > 0;
        string union = YouthUnion(k, t) > 0 ? "Youth Union" : federation ? "Youth Federation" : "Fatherland Front";
        return scope ? $"the {union} at a level, a group of bodies"
            : federation ? $"a local {union}; the chart does not hold it" : $"a local {union}; the chart holds it at the centre only";
    }

    // "Hội Liên hiệp Thanh niên Việt Nam", "Hội LHTN Việt Nam" (held-out sets 61 and 107): the Youth Federation, which the chart
    // does not hold at all (a branch of it by its place or its levels is read as the Front's is); the token after the name, or -1.
    // "Ủy ban Hội LHTN Việt Nam huyện", "Ủy ban Hội xã An Phú Trung", "Ủy ban Hội các xã, thị trấn" (held-out set 112): its
    // committee, "Ủy ban" before the name, or before "Hội" alone and a level (the Federation's committees are its "Ủy ban Hội";
    // another association's is its "Ban Chấp hành").
    private static int YouthFederation(DeadlineTextTokens k, int t)
    {
        int b = k.Is(t, "uy", "ban") ? t + 2 : t;
        return k.Is(b, "hoi", "lien", "hiep") && k.Is(b + 3, "thanh", "nien") && k.Is(b + 5, "viet", "nam") ? b + 7
            : k.Is(b, "hoi", "lhtn") && k.Is(b + 2, "viet", "nam") ? b + 4
            : b > t && k.Is(b, "hoi") && (Associations.Level(k, b + 1) > 0 || k.Is(b + 1, "cac")) ? b + 1
            : -1;
    }

    // "Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn thanh niên" (development set 56, held-out set 59): the
    // Youth Union of a place or a level is read as the Front's is; the token after the name, or -1.
    private static int YouthUnion(DeadlineTextTokens k, int t) =>
        k.Is(t, "doan", "tncs") && k.Is(t + 2, "ho", "chi", "minh") ? t + 5
        : k.Is(t, "doan", "thanh", "nien") ? (k.Is(t + 3, "cong", "san") && k.Is(t + 5, "ho", "chi", "minh") ? t + 8 : t + 3)
        : -1;

    // "Vietnam Fatherland Front", "Fatherland Front": the token of "Front", or -1.
    private static int English(DeadlineTextTokens k, int t)
    {
        int b = k.Is(t, "vietnam") ? t + 1 : k.Is(t, "viet", "nam") ? t + 2 : t;
        return k.Is(b, "fatherland", "front") ? b + 1 : -1;
    }

    // "xã, thị trấn", "xã và phường": the last token of the levels joined by a comma or "và" after the first.
    private static int MoreLevels(string text, DeadlineTextTokens k, int last)
    {
        while (Associations.LevelJoined(text, k, last) is > 0 and int next)
        {
            last = next;
        }

        return last;
    }

    private static bool IsFrontLevel(DeadlineTextTokens k, int t) =>
        k.Is(t, "commune") || k.Is(t, "district") || k.Is(t, "provincial") || k.Is(t, "province") || k.Is(t, "ward") || k.Is(t, "grassroots");

    // "Lam Dong province", "Lam Vien - Da Lat ward": capitalised words (a spaced hyphen between two) then the kind of unit; its
    // token, or -1.
    internal static int PlaceThenKind(string text, DeadlineTextTokens k, int t)
    {
        int words = 0;
        for (int i = t; i < k.Count && i < t + MaxPlaceTokens; i++)
        {
            // "Hanoi City" (development set 55): the kind capitalised too.
            if (words > 0 && (k.Is(i, "province") || k.Is(i, "city") || k.Is(i, "ward") || k.Is(i, "commune") || k.Is(i, "district")))
            {
                return i;
            }

            if (k.IsWord(i) && ReadingTokens.IsCapitalised(text, k, i))
            {
                words++;
            }
            else if (!(words > 0 && ReadingTokens.IsSymbol(text, k, i, '-') && ReadingTokens.IsCapitalised(text, k, i + 1)))
            {
                return -1;
            }
        }

        return -1;
    }
}
