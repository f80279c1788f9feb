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

    // How far apart the parts of a date may stand: the longest alias, the longest issuer name, the gap and the place of
    // a header. Each bounds the reading after one citation, so extraction stays linear.
    private const int MaxAside = 40;
    private const int MaxIssuerWords = 8;
    private const int MaxHeaderGap = 64;
    private const int MaxPlaceWords = 6;

    // "promulgated": the longest word that can introduce a date after a number.
    private const int LongestIntroducingWord = 11;

    private static readonly string[] IssuerStopWords = ["ve", "va", "tai", "la", "theo", "quy", "huong", "sua", "thay", "nay"];

    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] MonthAbbreviations =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    /// <summary>Reads a date introduced by "ngày", "dated", "issued on", "of", "on" right after position <paramref name="i"/>,
    /// or after a short parenthetical alias ("Decree 13/2023/ND-CP (Decree 13) dated 17 April 2023"), or after the
    /// issuer ("Nghị định 108/2016/NĐ-CP của Chính phủ ngày 01/7/2016").</summary>
    public static bool TryReadAfter(ReadOnlySpan<char> s, int i, out LocalDate date) => TryReadAfter(s, i, out date, fastReject: true);

    /// <summary><see cref="TryReadAfter(ReadOnlySpan{char}, int, out LocalDate)"/>, with or without the one-word reject
    /// before the readings (the tests check that the reject never changes the answer).</summary>
    internal static bool TryReadAfter(ReadOnlySpan<char> s, int i, out LocalDate date, bool fastReject) =>
        TryReadIntroduced(s, i, out date, fastReject)
        || (TrySkipAside(s, i, out int afterAside) && TryReadIntroduced(s, afterAside, out date, fastReject))
        || TryReadAfterIssuer(s, i, out date);

    /// <summary>
    /// Reads the place-and-date line that follows the number in the header of an official text: "Hà Nội, ngày 06 tháng 7
    /// năm 2025", "Hanoi, November 17, 2023", on the next line or in the next cell of a table ("| Hà Nội, ngày …").
    /// </summary>
    /// <remarks>The caller checks that "Số:"/"No.:" stands before the number: elsewhere a place and a date after a number
    /// say nothing about the document.</remarks>
    public static bool TryReadHeaderDate(ReadOnlySpan<char> s, int i, out LocalDate date)
    {
        date = default;
        int j = i;
        while (j < s.Length && j - i < MaxHeaderGap && (char.IsWhiteSpace(s[j]) || s[j] == '|'))
        {
            j++;
        }

        // The place: a few words ("Hà Nội", "TP. Hồ Chí Minh"), then a comma.
        int words = 0;
        while (words < MaxPlaceWords)
        {
            int end = WordEnd(s, j);
            if (end == j)
            {
                break;
            }

            words++;
            j = end < s.Length && s[end] == '.' ? end + 1 : end;
            int next = SkipInlineSpace(s, j);
            if (next >= s.Length || !char.IsLetter(s[next]))
            {
                j = next;
                break;
            }

            j = next;
        }

        if (words == 0 || j >= s.Length || s[j] != ',')
        {
            return false;
        }

        int k = j + 1;
        return TryWord(s, ref k, "ngay")
            ? TryVietnameseDate(s, k, out date) || TryNumericDate(s, k, out date)
            : TryEnglishDate(s, j + 1, out date);
    }

    private static bool TryReadIntroduced(ReadOnlySpan<char> s, int i, out LocalDate date, bool fastReject)
    {
        i = SkipFiller(s, i);
        if (!fastReject)
        {
            return TryVietnameseIntroduced(s, i, out date, out bool introduced) || (!introduced && TryEnglishIntroduced(s, i, out date));
        }

        // The next word, folded once, says which introducing word it is: the readings go on after it instead of folding
        // it again against each introducing word in turn (the tests compare this with the readings above on random text).
        date = default;
        int j;
        switch (ReadIntroducer(s, i, out int end))
        {
            case Introducer.Ban:
                j = end;
                return TryWord(s, ref j, "hanh") && TryWord(s, ref j, "ngay") && TryVietnameseOrNumeric(s, j, out date);
            case Introducer.Ky:
                j = end;
                return TryWord(s, ref j, "ngay") && TryVietnameseOrNumeric(s, j, out date);
            case Introducer.Ngay:
                return TryVietnameseOrNumeric(s, end, out date);
            case Introducer.Dated:
                return TryEnglishOrNumeric(s, end, out date);
            case Introducer.Issued:
                j = end;
                return TryWord(s, ref j, "on") && TryEnglishOrNumeric(s, j, out date);
            default:
                return false;
        }
    }

    private static bool TryVietnameseOrNumeric(ReadOnlySpan<char> s, int i, out LocalDate date) =>
        TryVietnameseDate(s, i, out date) || TryNumericDate(s, i, out date);

    private static bool TryEnglishOrNumeric(ReadOnlySpan<char> s, int i, out LocalDate date) =>
        TryEnglishDate(s, i, out date) || TryNumericDate(s, i, out date);

    // Optional "ban hành"/"ký", then "ngày" and the date. introduced says whether "ngày" was there (then no English reading).
    private static bool TryVietnameseIntroduced(ReadOnlySpan<char> s, int i, out LocalDate date, out bool introduced)
    {
        date = default;
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
        introduced = TryWord(s, ref j, "ngay");
        return introduced && (TryVietnameseDate(s, j, out date) || TryNumericDate(s, j, out date));
    }

    // Most numbers are followed by no word that can introduce a date: one folding of the next word rejects them, and
    // names the introducing word for the others. The same words, in the same folding, as the readings.
    private static Introducer ReadIntroducer(ReadOnlySpan<char> s, int i, out int end)
    {
        int start = SkipSpace(s, i);
        end = WordEnd(s, start);
        Introducer written = s[start..end] switch
        {
            // The usual spellings as written need no folding (each folds to the word it is listed under below).
            "ngày" => Introducer.Ngay,
            "of" or "on" or "dated" => Introducer.Dated,
            "issued" or "signed" or "adopted" => Introducer.Issued,
            "" => Introducer.None,
            _ => (Introducer)(-1),
        };
        if (written >= 0)
        {
            return written;
        }

        Span<char> folded = stackalloc char[LongestIntroducingWord];
        int n = 0;
        for (int k = start; k < end; k++)
        {
            char f = VietnameseText.FoldChar(s[k]);
            if (f == '\0')
            {
                continue;
            }

            if (n == folded.Length)
            {
                return Introducer.None;
            }

            folded[n++] = f;
        }

        return folded[..n] switch
        {
            "ngay" => Introducer.Ngay,
            "ban" => Introducer.Ban,
            "ky" => Introducer.Ky,
            "dated" or "of" or "on" => Introducer.Dated,
            "issued" or "signed" or "adopted" or "promulgated" => Introducer.Issued,
            _ => Introducer.None,
        };
    }

    private enum Introducer
    {
        None,

        // "ngày": the Vietnamese date follows.
        Ngay,

        // "ban": "hành ngày" and the date must follow.
        Ban,

        // "ký": "ngày" and the date must follow.
        Ky,

        // "dated", "of", "on": the English date follows.
        Dated,

        // "issued", "signed", "adopted", "promulgated": "on" and the English date must follow.
        Issued,
    }

    // "dated", "issued on", "signed on", "adopted on", "promulgated on", "of", "on".
    private static bool TryEnglishIntroduced(ReadOnlySpan<char> s, int i, out LocalDate date)
    {
        date = default;
        int j = i;
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

    // "(Decree 13)": a short aside with no line break, no nested parenthesis and no '/' (no other citation in it).
    private static bool TrySkipAside(ReadOnlySpan<char> s, int i, out int after)
    {
        after = i;
        int j = SkipInlineSpace(s, i);
        if (j >= s.Length || s[j] != '(')
        {
            return false;
        }

        for (int k = j + 1; k < s.Length && k - j <= MaxAside; k++)
        {
            char c = s[k];
            if (c == ')')
            {
                after = k + 1;
                return k > j + 1;
            }

            if (c is '(' or '/' or '\n' or '\r' or '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return false;
    }

    // "của Chính phủ ngày 01/7/2016", "của Bộ Chính trị ban hành ngày …": "của", then a few words of the issuer's name
    // separated by spaces only, then the Vietnamese date. A comma, a digit or a word that starts a title or another
    // phrase ("về", "và", "tại", …) ends the name: a date after it is not the document's.
    private static bool TryReadAfterIssuer(ReadOnlySpan<char> s, int i, out LocalDate date)
    {
        date = default;
        int j = i;
        if (!TryWord(s, ref j, "cua"))
        {
            return false;
        }

        for (int words = 0; words < MaxIssuerWords; words++)
        {
            int start = SkipInlineSpace(s, j);
            int end = WordEnd(s, start);
            if (start == j || end == start || IsStopWord(s[start..end]))
            {
                return false;
            }

            j = end;
            if (TryVietnameseIntroduced(s, j, out date, out bool introduced))
            {
                return true;
            }

            if (introduced)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsStopWord(ReadOnlySpan<char> word)
    {
        foreach (string stop in IssuerStopWords)
        {
            if (VietnameseText.FoldedEquals(word, stop))
            {
                return true;
            }
        }

        return false;
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

        // Every month and abbreviation starts with one of these letters: most words ("the", "về") are not compared with
        // the 25 spellings. Only an ASCII first letter is rejected so: the case-insensitive comparison may match a
        // non-ASCII letter with an ASCII one.
        if (word.IsEmpty || (char.IsAscii(word[0]) && (char)(word[0] | 0x20) is not ('j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd')))
        {
            month = 0;
            return false;
        }
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

    // Spaces within a line: a line break ends an issuer's name or a place.
    private static int SkipInlineSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && DocumentNumberParser.IsSpace(s[i]))
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
