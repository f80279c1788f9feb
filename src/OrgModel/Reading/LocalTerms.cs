using OrgModel.Deadlines;
using OrgModel.Tenures;

namespace OrgModel.Reading;

/// <summary>A local body's term named by its number ("HĐND tỉnh Hà Tĩnh khóa XVIII", "Ban Thường vụ Tỉnh ủy Nghệ An khóa XIX",
/// "the 17th-tenure provincial Party Committee"): a province's, a district's or a commune's "khóa" counts that body's own terms, so
/// the national Party term of that number (the 18th would be 2046–2051) is not what the text says, and the model holds no local
/// body's terms by number (<see cref="TermMention.TermNumber"/>).</summary>
internal static class LocalTerms
{
    /// <summary>The mention <paramref name="m"/> (the body's words and <paramref name="own"/>, the term as written after or before
    /// them) as a local body's term by its number, when <paramref name="own"/> is a bare "khóa" or "-tenure" ordinal, which the
    /// tenure grammar reads as a national Party term only, and the body's words <c>k[from..to)</c> are a local body's; else
    /// <paramref name="m"/>.</summary>
    public static TermMention ByNumber(DeadlineTextTokens k, TermMention m, TermMention own, int from, int to) =>
        own.Terms is [{ Kind: TenureKind.NationalParty, Ordinal: int number }] && own.EventId is null && own.MeetingNumber is null
        && !HasYear(own.Text) && IsLocal(k, from, to)
            ? new TermMention(m.Start, m.Text, [], null, m.MeetingNumber, number, m.Reason + "; a local body's term by its number, not the national term of that number")
            : m;

    // Whether four digits stand together: a year says which term the text means ("khóa XVIII (2021 - 2026)").
    private static bool HasYear(string text)
    {
        int run = 0;
        foreach (char c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    // Whether tokens [from, to) name a body below the centre: a level word of a province, a district, a commune or their councils
    // and committees, and no word of the centre ("Quân ủy Trung ương" folds like "Quận ủy").
    private static bool IsLocal(DeadlineTextTokens k, int from, int to)
    {
        bool local = false;
        for (int t = Math.Max(from, 0); t < to && t < k.Count; t++)
        {
            if (k.Is(t, "trung", "uong") || k.Is(t, "central") || k.Is(t, "national") || k.Is(t, "quoc", "hoi"))
            {
                return false;
            }

            local |= k.Is(t, "tinh") || k.Is(t, "huyen") || k.Is(t, "quan") || k.Is(t, "xa") || k.Is(t, "phuong") || k.Is(t, "thanh", "uy")
                || k.Is(t, "thanh", "pho") || k.Is(t, "thi", "xa") || k.Is(t, "hdnd") || k.Is(t, "ubnd") || k.Is(t, "nhan", "dan")
                || k.Is(t, "dang", "bo") || ReadingTokens.IsEnglishLevel(k, t) || k.Is(t, "ward") || k.Is(t, "town") || k.Is(t, "council");
        }

        return local;
    }
}
