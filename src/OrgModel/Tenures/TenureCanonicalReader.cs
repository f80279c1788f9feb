using OrgModel.Text;

namespace OrgModel.Tenures;

/// <summary>The value-only parse's first try: the forms texts and <see cref="Tenure"/>'s own formats write most
/// ("2025–2030", "nhiệm kỳ 2025 - 2030", "khóa XIII", "XIV", "khóa XIII (2021–2026)"), read in one pass without the general parser's word
/// classification.</summary>
/// <remarks>It answers only when it is sure the general parser (<see cref="TenureParser"/>) gives the same answer, and
/// otherwise says so (<see cref="Unsure"/>): anything but spaces, these words, one Roman numeral or one year range goes to
/// the general parser. <c>TenureValueParseTests</c> compares the two.</remarks>
internal static class TenureCanonicalReader
{
    /// <summary>The text is not one of the forms read here: ask the general parser.</summary>
    public const int Unsure = -1;

    // ReadWord's roman when the word is made of Roman letters but is not a canonical numeral.
    private const int NotCanonical = -1;

    private static readonly SearchValues<char> RomanLetters = SearchValues.Create("ivxlcdm");

    private enum Word
    {
        None,
        Khoa,
        NhiemKy,
        Roman,
    }

    /// <summary>1 with the term, 0 when the general parser would fail too, or <see cref="Unsure"/>.</summary>
    public static int TryRead(ReadOnlySpan<char> text, out Tenure result)
    {
        result = default;
        int i = SkipSpaces(text, 0);

        // "2025–2030": a digit starts no word, so the word reader has nothing to do.
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            return Range(text, i, out result);
        }

        Word first = ReadWord(text, ref i, out int roman);
        if (first == Word.Roman)
        {
            // "XIV": a bare numeral is a national Party term.
            return SkipSpaces(text, i) == text.Length ? Ordinal(roman, out result) : Unsure;
        }

        if (first == Word.Khoa)
        {
            i = SkipSpaces(text, i);
            Word second = ReadWord(text, ref i, out roman);
            i = SkipSpaces(text, i);
            if (i != text.Length)
            {
                // "khóa XIII (2021–2026)", the "F" format.
                return second == Word.Roman ? OrdinalWithYears(text, i, roman, out result) : Unsure;
            }

            // A word of Roman letters only is never one of the general parser's term words, so a non-canonical numeral
            // ("khóa IIII") fails there too.
            return second == Word.Roman ? Ordinal(roman, out result) : second == Word.None && roman == NotCanonical ? 0 : Unsure;
        }

        if (first == Word.NhiemKy)
        {
            i = SkipSpaces(text, i);
        }
        else if (first != Word.None || roman < 0)
        {
            return Unsure;
        }

        return Range(text, i, out result);
    }

    // A known national Party ordinal, or a failure (the general parser knows no years for it either).
    private static int Ordinal(int ordinal, out Tenure result)
    {
        if (Tenure.TryNominalYears(TenureKind.NationalParty, ordinal, out int start, out int end))
        {
            result = Tenure.CreateUnchecked(TenureKind.NationalParty, start, end, ordinal);
            return 1;
        }

        result = default;
        return 0;
    }

    // "(2021–2026)" after a national Party ordinal, to the end of the text: answered only when the years are the term's
    // nominal five, where the general parser takes the range as the term's own years; any other range is left to it.
    private static int OrdinalWithYears(ReadOnlySpan<char> text, int i, int ordinal, out Tenure result)
    {
        result = default;
        if (text[i] != '(')
        {
            return Unsure;
        }

        i = SkipSpaces(text, i + 1);
        if (!YearRange(text, ref i, out int startYear, out int endYear))
        {
            return Unsure;
        }

        i = SkipSpaces(text, i);
        if (i >= text.Length || text[i] != ')' || SkipSpaces(text, i + 1) != text.Length
            || !Tenure.TryNominalYears(TenureKind.NationalParty, ordinal, out int start, out int end)
            || start != startYear || end != endYear || end - start != Tenure.NominalLength)
        {
            return Unsure;
        }

        result = Tenure.CreateUnchecked(TenureKind.NationalParty, start, end, ordinal);
        return 1;
    }

    // "2025–2030", "2025 - 2030" to the end of the text: a nominal range without kind word is a local Party term.
    private static int Range(ReadOnlySpan<char> text, int i, out Tenure result)
    {
        result = default;
        if (!YearRange(text, ref i, out int startYear, out int endYear) || SkipSpaces(text, i) != text.Length || endYear - startYear != Tenure.NominalLength
            || !Tenure.YearsAreValid(startYear, endYear))
        {
            return Unsure;
        }

        result = Tenure.CreateUnchecked(TenureKind.LocalParty, startYear, endYear, null);
        return 1;
    }

    // Two years with a dash (any the fold reads as '-') between them and plain spaces around it, or false.
    private static bool YearRange(ReadOnlySpan<char> text, ref int i, out int startYear, out int endYear)
    {
        endYear = -1;
        startYear = Year(text, ref i);
        i = SkipSpaces(text, i);
        if (startYear < 0 || i >= text.Length || VietnameseText.FoldChar(text[i]) != '-')
        {
            return false;
        }

        i = SkipSpaces(text, i + 1);
        endYear = Year(text, ref i);
        return endYear >= 0;
    }

    // Exactly four ASCII digits not followed by a letter or a fifth digit, or -1.
    private static int Year(ReadOnlySpan<char> text, ref int i)
    {
        if (i + 4 > text.Length)
        {
            return -1;
        }

        int year = 0;
        for (int k = i; k < i + 4; k++)
        {
            uint d = unchecked((uint)(text[k] - '0'));
            if (d > 9)
            {
                return -1;
            }

            year = (year * 10) + (int)d;
        }

        if (i + 4 < text.Length && char.IsAsciiLetterOrDigit(text[i + 4]))
        {
            return -1;
        }

        i += 4;
        return year;
    }

    // Only the plain space: every other separator (and the line-break rule) is the general parser's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    // Reads "khóa", "nhiệm kỳ" or a canonical Roman numeral (folded: any case, NFC or NFD). Otherwise None, with roman 0
    // when no letter is there, NotCanonical for a word of Roman letters only, and int.MinValue for any other word.
    private static Word ReadWord(ReadOnlySpan<char> text, ref int i, out int roman)
    {
        roman = 0;
        Span<char> word = stackalloc char[16];
        int length = ReadLetters(text, ref i, word);
        if (length == 0)
        {
            return Word.None;
        }

        roman = int.MinValue;
        if (length > word.Length)
        {
            return Word.None;
        }

        ReadOnlySpan<char> w = word[..length];
        if (w.SequenceEqual("khoa"))
        {
            return Word.Khoa;
        }

        if (w.SequenceEqual("nhiem"))
        {
            int j = SkipSpaces(text, i);
            if (j > i && ReadLetters(text, ref j, word) == 2 && word[..2].SequenceEqual("ky"))
            {
                i = j;
                return Word.NhiemKy;
            }

            return Word.None;
        }

        // The numeral first: it accepts only Roman letters, so the letter test is needed only to tell a non-canonical
        // numeral from another word.
        roman = RomanNumeralParser.ReadCanonical(w);
        if (roman != 0)
        {
            return Word.Roman;
        }

        roman = w.IndexOfAnyExcept(RomanLetters) >= 0 ? int.MinValue : NotCanonical;
        return Word.None;
    }

    // The folded letters a–z of one word (combining marks inside it skipped), or buffer.Length + 1 when it is longer
    // than the buffer, or when a character the general parser reads otherwise (an apostrophe) stands in it.
    private static int ReadLetters(ReadOnlySpan<char> text, ref int i, Span<char> buffer)
    {
        int length = 0;
        while (i < text.Length)
        {
            char raw = text[i];
            char c = VietnameseText.FoldChar(raw);
            if (c == '\0' && raw >= '\u0080' && length > 0)
            {
                i++;
                continue;
            }

            if (c is < 'a' or > 'z')
            {
                return c is '\'' or '\u2019' or '\0' ? buffer.Length + 1 : length;
            }

            if (length == buffer.Length)
            {
                return buffer.Length + 1;
            }

            buffer[length++] = c;
            i++;
        }

        return length;
    }
}
