using OrgModel.Text;

namespace OrgModel.Calendar;

/// <summary>Reads <c>d/M/yyyy</c> lunar dates with an optional leap marker; never throws.</summary>
/// <remarks>The parse core of <see cref="VietnameseLunarDate"/>; a struct so that <c>Parsing</c> is specialised for it.</remarks>
internal readonly struct LunarDateParser : ICanonicalParser<VietnameseLunarDate>
{
    /// <inheritdoc/>
    public static string What => "a lunar date (d/M/yyyy)";

    /// <inheritdoc/>
    public static bool TryParseCore(ReadOnlySpan<char> s, out VietnameseLunarDate result, out int position, out string? reason)
    {
        result = default;
        if (VietnameseText.InnerLineBreakOrControl(s) is >= 0 and int at)
        {
            position = at;
            reason = VietnameseText.LineBreakReason;
            return false;
        }

        int i = Skip(s, 0);
        if (!Number(s, ref i, 2, out int day, out position, out reason, "the day"))
        {
            return false;
        }

        if (!Slash(s, ref i, out position, out reason))
        {
            return false;
        }

        if (!Number(s, ref i, 2, out int month, out position, out reason, "the month"))
        {
            return false;
        }

        bool leap = LeapMarker(s, ref i);
        if (!Slash(s, ref i, out position, out reason))
        {
            return false;
        }

        int yearStart = i;
        if (!Number(s, ref i, 4, out int year, out position, out reason, "the year"))
        {
            return false;
        }

        i = Skip(s, i);
        if (i < s.Length)
        {
            (position, reason) = (i, "unexpected text after the year");
            return false;
        }

        if (year is < VietnameseLunarDate.MinYear or > VietnameseLunarDate.MaxYear)
        {
            (position, reason) = (yearStart, $"the year must be {VietnameseLunarDate.MinYear} to {VietnameseLunarDate.MaxYear}");
            return false;
        }

        if (month is < 1 or > 12)
        {
            (position, reason) = (0, "the month must be 1 to 12");
            return false;
        }

        if (leap && LunarTable.LeapMonth(year) != month)
        {
            (position, reason) = (0, LunarTable.LeapMonth(year) == 0 ? $"the year {year} has no leap month" : $"the leap month of {year} is {LunarTable.LeapMonth(year)}");
            return false;
        }

        int length = LunarTable.MonthLength(year, LunarTable.MonthIndex(year, month, leap));
        if (day < 1 || day > length)
        {
            (position, reason) = (0, $"that month has {length} days");
            return false;
        }

        result = VietnameseLunarDate.Trusted(year, month, day, leap);
        (position, reason) = (s.Length, null);
        return true;
    }

    private static int Skip(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (char.IsWhiteSpace(s[i]) || VietnameseText.FoldChar(s[i]) == ' '))
        {
            i++;
        }

        return i;
    }

    private static bool Number(ReadOnlySpan<char> s, ref int i, int maxDigits, out int value, out int position, out string? reason, string what)
    {
        value = 0;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            if (i - start == maxDigits)
            {
                (position, reason) = (i, $"{what} has more than {maxDigits} digits");
                return false;
            }

            value = (value * 10) + (s[i] - '0');
            i++;
        }

        if (i == start)
        {
            (position, reason) = (i, i < s.Length ? $"{what} is not a number" : $"{what} is missing");
            return false;
        }

        (position, reason) = (i, null);
        return true;
    }

    private static bool Slash(ReadOnlySpan<char> s, ref int i, out int position, out string? reason)
    {
        i = Skip(s, i);
        if (i < s.Length && s[i] is '/' or '-' or '.')
        {
            i = Skip(s, i + 1);
            (position, reason) = (i, null);
            return true;
        }

        (position, reason) = (i, "a '/' was expected");
        return false;
    }

    // "n", "N", "nhuận" (any case, NFC or NFD, with or without marks), optionally in parentheses, after the month.
    private static bool LeapMarker(ReadOnlySpan<char> s, ref int i)
    {
        int j = Skip(s, i);
        bool paren = j < s.Length && s[j] == '(';
        if (paren)
        {
            j = Skip(s, j + 1);
        }

        int start = j;
        Span<char> word = stackalloc char[8];
        int length = 0;
        while (j < s.Length && char.IsLetter(s[j]) || (j < s.Length && VietnameseText.FoldChar(s[j]) == '\0'))
        {
            char f = VietnameseText.FoldChar(s[j]);
            if (f != '\0')
            {
                if (length == word.Length)
                {
                    return false;
                }

                word[length++] = f;
            }

            j++;
        }

        if (j == start || word[..length] is not ("n" or "nhuan"))
        {
            return false;
        }

        if (paren)
        {
            j = Skip(s, j);
            if (j >= s.Length || s[j] != ')')
            {
                return false;
            }

            j++;
        }

        i = j;
        return true;
    }
}
