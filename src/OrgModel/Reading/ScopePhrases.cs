using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>Scopes written as a group of kinds of body rather than one fixed phrase: "các cơ quan liên quan", "cấp ủy các cấp",
/// "các ban, bộ, ngành Trung ương, địa phương", "each ministry, sector, and locality", "ministries, branches and agencies under
/// the Government".</summary>
/// <remarks>A group is a run of kind words (<c>cơ quan</c>, <c>bộ</c>, <c>ngành</c>, <c>cấp ủy</c>; <c>ministries</c>,
/// <c>localities</c>, <c>authorities</c>) joined by commas, "và" or "and", with the words that qualify them ("liên quan", "có thẩm
/// quyền", "các cấp", "trực thuộc Trung ương"; "concerned", "at all levels", "under the Government"). It must open the way a group
/// does: Vietnamese "các" or "cấp ủy" or "cấp có thẩm quyền"; English a plural kind, or "each", "all", "relevant",
/// "competent" before a kind. One lone kind needs such an opening word ("các cơ quan", "relevant authorities"), except the
/// English plurals that only ever name a group ("ministries", "localities").</remarks>
internal static class ScopePhrases
{
    // True: the kind may take another right after it ("đảng ủy bộ", "đảng ủy đơn vị sự nghiệp"); other kinds need a comma or
    // "và" first, since "ban", "tổ chức" are also verbs ("các cơ quan ban hành", "các cơ quan tổ chức hội nghị").
    private static readonly PhraseTable<bool> VietnameseKinds = Table(
        "cơ quan", "ban", "ban đảng", "bộ", "ngành", "địa phương", "chính quyền", "đơn vị", "tổ chức", "tổ chức đảng",
        "tổ chức chính trị - xã hội", "đơn vị sự nghiệp", "sở", "tỉnh ủy", "thành ủy", "đoàn thể", "cấp có thẩm quyền")
        .Add("cấp ủy", true).Add("đảng ủy", true);

    private static readonly PhraseTable<bool> VietnameseQualifiers = Table(
        "liên quan", "có liên quan", "có thẩm quyền", "tham mưu", "các cấp", "đảng", "trực thuộc Trung ương", "ở Trung ương", "Trung ương",
        "chức năng", "cấp tỉnh", "cấp xã");

    private static readonly PhraseTable<bool> EnglishKinds = Table(
        "ministries", "ministry", "branches", "branch", "sectors", "sector", "localities", "locality", "agencies", "agency", "authorities",
        "Party committees", "Party organisations", "Party organizations", "organisations", "organizations", "units", "departments",
        "central agencies", "relevant agencies");

    private static readonly PhraseTable<bool> EnglishQualifiers = Table(
        "concerned", "at all levels", "under the Government", "of all levels", "at the central level");

    private static readonly PhraseTable<bool> EnglishOpeners = Table("each", "all", "relevant", "competent", "all relevant");

    /// <summary>The group that starts at token <paramref name="t"/>, if one does; <paramref name="last"/> is its last token.</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, DeadlineTextTokens k, int t, out int last)
    {
        last = -1;
        // "cấp ủy" without "các" is a group only with its level ("cấp ủy các cấp", "cấp ủy đảng"), not in "chức danh cấp ủy".
        if (k.Is(t, "cac") || (k.Is(t, "cap", "uy") && (k.Is(t + 2, "cac", "cap") || k.Is(t + 2, "dang"))) || k.Is(t, "cap", "co", "tham"))
        {
            return Group(text, k, k.Is(t, "cac") ? t + 1 : t, VietnameseKinds, VietnameseQualifiers, lone: !k.Is(t, "cac") ? 0 : 1, out last);
        }

        if (EnglishOpeners.TryMatch(k, t, out int opener, out _))
        {
            return Group(text, k, opener + 1, EnglishKinds, EnglishQualifiers, lone: 1, out last);
        }

        return (t == 0 || !k.IsWord(t - 1) || !ReadingTokens.IsCapitalised(text, k, t - 1))
            && (k.Is(t, "ministries") || k.Is(t, "localities"))
            && Group(text, k, t, EnglishKinds, EnglishQualifiers, lone: 1, out last);
    }

    // Kinds and qualifiers joined by commas, "và", "and"; ends at its last kind or qualifier. A group needs at least `lone`
    // kinds counted beyond the first (0: one kind is enough; the opener already says it is a group).
    private static bool Group(ReadOnlySpan<char> text, DeadlineTextTokens k, int p, PhraseTable<bool> kinds, PhraseTable<bool> qualifiers, int lone, out int last)
    {
        last = -1;
        int count = 0;
        bool joined = false;
        for (int guard = 0; guard < 16 && p < k.Count; guard++)
        {
            if (kinds.TryMatch(k, p, out int end, out bool takesKind) && (count == 0 || joined))
            {
                (count, last, p, joined) = (count + 1, end, end + 1, takesKind);
                continue;
            }

            if (count > 0 && qualifiers.TryMatch(k, p, out end, out _))
            {
                (last, p, joined) = (end, end + 1, false);
                continue;
            }

            int q = ReadingTokens.IsSymbol(text, k, p, ',') ? p + 1 : p;
            q = k.Is(q, "va") || k.Is(q, "and") ? q + 1 : q;
            if (q == p || count == 0 || !kinds.TryMatch(k, q, out _, out _))
            {
                break;
            }

            p = q;
            joined = true;
        }

        return count >= lone && last >= 0;
    }

    private static PhraseTable<bool> Table(params string[] phrases)
    {
        var table = new PhraseTable<bool>();
        foreach (string s in phrases)
        {
            table.Add(s, false);
        }

        return table;
    }
}
