using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>
/// A national committee the Government sets up, which the chart does not hold (held-out set 101 labels each as one body, with
/// no id; "Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn" in held-out set 7's labels too): "Ủy ban An ninh hàng
/// không dân dụng quốc gia", "Ủy ban An toàn giao thông quốc gia", "Ủy ban quốc gia ứng phó sự cố thiên tai và tìm kiếm cứu nạn".
/// </summary>
/// <remarks>The name is "Ủy ban", then a capitalised field and the words up to "quốc gia" (at most eight), or "Ủy ban quốc
/// gia" and the words of its field up to a stop (a full stop, a comma before a capitalised word, a semicolon, a bracket, a line
/// break), at most twelve. "Ủy ban Thường vụ Quốc hội", "Ủy ban Dân tộc" and the like never reach "quốc gia" and are left to
/// the chart's names.</remarks>
internal static class NationalCommittees
{
    private const int MaxFieldWords = 8;

    private const int MaxPurposeWords = 12;

    /// <summary>The last token of such a committee's name opening at token <paramref name="t"/>, or -1.</summary>
    public static int Match(string text, DeadlineTextTokens k, int t)
    {
        if (!k.Is(t, "uy", "ban") || !ReadingTokens.IsCapitalised(text, k, t))
        {
            return -1;
        }

        if (k.Is(t + 2, "quoc", "gia"))
        {
            return Purpose(text, k, t + 4, t + 3);
        }

        if (!ReadingTokens.IsCapitalised(text, k, t + 2))
        {
            return -1;
        }

        for (int u = t + 3; u <= t + 2 + MaxFieldWords && k.IsWord(u) && !k.IsBoundary(text, u); u++)
        {
            if (k.Is(u, "quoc", "gia"))
            {
                return u + 1;
            }
        }

        return -1;
    }

    // The words of a national committee's field after "quốc gia", up to a stop: the last, or the token before p when none.
    private static int Purpose(string text, DeadlineTextTokens k, int p, int last)
    {
        for (int u = p; u < p + MaxPurposeWords && u < k.Count && !k.LineBreakBefore(u); u++)
        {
            if (ReadingTokens.IsSymbol(text, k, u, ',') && k.IsWord(u + 1) && !ReadingTokens.IsCapitalised(text, k, u + 1))
            {
                continue;
            }

            if (!k.IsWord(u) || (u > p && ReadingTokens.IsCapitalised(text, k, u)))
            {
                break;
            }

            last = u;
        }

        return last;
    }
}
