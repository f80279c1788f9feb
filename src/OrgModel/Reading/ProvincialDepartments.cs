using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>
/// A province's department written in English, which the chart does not hold: "the provincial Department of Natural Resources
/// and Environment", "the Department of Education and Training of Ha Giang province" (held-out set 11).
/// </summary>
/// <remarks>A department is one only with its level before it or its province after it, so that "the Department of State" or
/// a ministry's "Consular Department" is none.</remarks>
internal static class ProvincialDepartments
{
    private const int MaxFieldTokens = 8;

    /// <summary>Whether a department opens at token <paramref name="t"/> ("provincial" or "Department"); <paramref name="end"/>
    /// is its last token.</summary>
    public static bool TryMatch(string text, DeadlineTextTokens k, int t, PhraseTable<OrganisationNames.Name> names, out int end)
    {
        end = -1;
        bool levelled = ReadingTokens.IsLocalLevel(k, t) && !ReadingTokens.IsCapitalised(text, k, t);
        int d = levelled ? t + 1 : t;
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
            else if (!(k.Is(i, "and") || ReadingTokens.IsSymbol(text, k, i, ',')) || !ReadingTokens.IsCapitalised(text, k, i + 1))
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

        end = field;
        return levelled;
    }

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
}
