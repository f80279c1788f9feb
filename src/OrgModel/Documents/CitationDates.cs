using NodaTime;
using OrgModel.Text;

namespace OrgModel.Documents;

/// <summary>
/// Reads the date written just after a cited number: "ngày 12/4/2025", "ngày 12 tháng 4 năm 2025",
/// "dated April 12, 2025", "issued on 14 April 2025", "of October 31, 2025".
/// </summary>
/// <remarks>Never throws: every index is checked and impossible dates (31 April) are rejected, not constructed.</remarks>
internal static class CitationDates
{
    private const int MinYear = 1900;
    private const int MaxYear = 2999;

    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] MonthAbbreviations =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    /// <summary>Reads a date introduced by "ngày", "dated", "issued on", "of", "on" right after position <paramref name="i"/>.</summary>
    public static bool TryReadAfter(ReadOnlySpan<char> s, int i, out LocalDate date)
    {
        date = default;
        i = SkipFiller(s, i);

        // Vietnamese: optional "ban hành"/"ký", then "ngày".
        int j = i;
        if (TryWord(s, ref j, "ban") && TryWord(s, ref j, "hanh"))
        {
            i = j;
        }
        else
        {
            j = i;
            if (TryWord(s, ref j, "ky"))
            {
                i = j;
            }
        }

        j = i;
        if (TryWord(s, ref j, "ngay"))
        {
            return TryVietnameseDate(s, j, out date) || TryNumericDate(s, j, out date);
        }

        // English: "dated", "issued on", "signed on", "adopted on", "promulgated on", "of", "on".
        j = i;
        bool introduced = TryWord(s, ref j, "dated") || TryWord(s, ref j, "of") || TryWord(s, ref j, "on");
        if (!introduced)
        {
            j = i;
            if (TryWord(s, ref j, "issued") || TryWord(s, ref j, "signed") || TryWord(s, ref j, "adopted") || TryWord(s, ref j, "promulgated"))
            {
                int k = j;
                introduced = TryWord(s, ref k, "on");
                j = k;
            }
        }

        return introduced && (TryEnglishDate(s, j, out date) || TryNumericDate(s, j, out date));
    }

    // "12 tháng 4 năm 2025"
    private static bool TryVietnameseDate(ReadOnlySpan<char> s, int i, out LocalDate date)
    {
        date = default;
        i = SkipSpace(s, i);
        if (!TryInt(s, ref i, 2, out int day))
        {
            return false;
        }

        if (!TryWord(s, ref i, "thang"))
        {
            return false;
        }

        i = SkipSpace(s, i);
        if (!TryInt(s, ref i, 2, out int month) || !TryWord(s, ref i, "nam"))
        {
            return false;
        }

        i = SkipSpace(s, i);
        return TryInt(s, ref i, 4, out int year) && EndsNumber(s, i) && TryCreate(year, month, day, out date);
    }

    // "12/4/2025", "12-4-2025", "12.4.2025"
    private static bool TryNumericDate(ReadOnlySpan<char> s, int i, out LocalDate date)
    {
        date = default;
        i = SkipSpace(s, i);
        if (!TryInt(s, ref i, 2, out int day) || i >= s.Length)
        {
            return false;
        }

        char separator = s[i];
        if (separator is not ('/' or '-' or '.'))
        {
            return false;
        }

        i++;
        if (!TryInt(s, ref i, 2, out int month) || i >= s.Length || s[i] != separator)
        {
            return false;
        }

        i++;
        int yearStart = i;
        return TryInt(s, ref i, 4, out int year) && i - yearStart == 4 && EndsNumber(s, i) && TryCreate(year, month, day, out date);
    }

    // "April 12, 2025", "Apr. 12 2025", "12 April 2025", "12th April, 2025"
    private static bool TryEnglishDate(ReadOnlySpan<char> s, int i, out LocalDate date)
    {
        date = default;
        i = SkipSpace(s, i);
        int day;
        int month;
        if (TryMonth(s, ref i, out month))
        {
            i = SkipSpace(s, i);
            if (!TryInt(s, ref i, 2, out day))
            {
                return false;
            }

            SkipOrdinal(s, ref i);
        }
        else
        {
            if (!TryInt(s, ref i, 2, out day))
            {
                return false;
            }

            SkipOrdinal(s, ref i);
            i = SkipSpace(s, i);
            if (TryWord(s, ref i, "of"))
            {
                i = SkipSpace(s, i);
            }

            if (!TryMonth(s, ref i, out month))
            {
                return false;
            }
        }

        if (i < s.Length && s[i] == ',')
        {
            i++;
        }

        i = SkipSpace(s, i);
        int yearStart = i;
        return TryInt(s, ref i, 4, out int year) && i - yearStart == 4 && EndsNumber(s, i) && TryCreate(year, month, day, out date);
    }

    private static bool TryMonth(ReadOnlySpan<char> s, ref int i, out int month)
    {
        int end = WordEnd(s, i);
        ReadOnlySpan<char> word = s[i..end];
        for (int m = 0; m < 12; m++)
        {
            if (word.Equals(Months[m], StringComparison.OrdinalIgnoreCase) || word.Equals(MonthAbbreviations[m], StringComparison.OrdinalIgnoreCase)
                || (m == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase)))
            {
                month = m + 1;
                i = end < s.Length && s[end] == '.' && word.Length <= 4 ? end + 1 : end;
                return true;
            }
        }

        month = 0;
        return false;
    }

    private static void SkipOrdinal(ReadOnlySpan<char> s, ref int i)
    {
        if (i + 1 < s.Length)
        {
            ReadOnlySpan<char> two = s.Slice(i, 2);
            if ((two.Equals("st", StringComparison.OrdinalIgnoreCase) || two.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || two.Equals("rd", StringComparison.OrdinalIgnoreCase) || two.Equals("th", StringComparison.OrdinalIgnoreCase))
                && (i + 2 >= s.Length || !char.IsLetter(s[i + 2])))
            {
                i += 2;
            }
        }
    }

    private static bool TryCreate(int year, int month, int day, out LocalDate date)
    {
        if (year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1
            && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            date = new LocalDate(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    private static bool TryInt(ReadOnlySpan<char> s, ref int i, int maxDigits, out int value)
    {
        value = 0;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < maxDigits)
        {
            value = (value * 10) + (s[i] - '0');
            i++;
        }

        return i > start && (i >= s.Length || !char.IsAsciiDigit(s[i]));
    }

    private static bool EndsNumber(ReadOnlySpan<char> s, int i) => i >= s.Length || !char.IsLetterOrDigit(s[i]);

    // Reads the next word and compares it folded (case, diacritics, NFC/NFD ignored); advances past it on success.
    private static bool TryWord(ReadOnlySpan<char> s, ref int i, string folded)
    {
        int start = SkipSpace(s, i);
        int end = WordEnd(s, start);
        if (end == start || !VietnameseText.FoldedEquals(s[start..end], folded))
        {
            return false;
        }

        i = end;
        return true;
    }

    private static int WordEnd(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (char.IsLetter(s[i]) || VietnameseText.IsMark(s[i])))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    // White space and the punctuation that separates a symbol from its date: ",", "(", ":" (a few at most).
    private static int SkipFiller(ReadOnlySpan<char> s, int i)
    {
        for (int n = 0; n < 4; n++)
        {
            i = SkipSpace(s, i);
            if (i < s.Length && s[i] is ',' or '(' or ':')
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }
}
