using System.Diagnostics.CodeAnalysis;
using OrgModel.Text;

namespace OrgModel.Tenures;

/// <summary>The forgiving reader behind <see cref="Tenure.Parse(string)"/>: year ranges, Roman and English ordinals, kind words.</summary>
/// <remarks>
/// Reads the original text character by character through <see cref="VietnameseText.FoldChar"/>, so that positions in
/// error messages are positions in the caller's text, whatever its normalisation.
/// </remarks>
internal static class TenureParser
{
    private const int MaxWords = 24;

    private enum Hint
    {
        None,
        LocalParty,
        NationalAssembly,
        PeoplesCouncil,
    }

    public static bool TryParse(
        ReadOnlySpan<char> text,
        bool allowAnyLength,
        out Tenure result,
        out int position,
        [NotNullWhen(false)] out string? reason) =>
        TryParse(text, allowAnyLength, out result, out position, out reason, out _);

    /// <summary>Parses, and says whether the text was a bare year range (no kind word, no ordinal), which
    /// <see cref="Tenure.ReadingsOf"/> reads several ways.</summary>
    public static bool TryParse(
        ReadOnlySpan<char> text,
        bool allowAnyLength,
        out Tenure result,
        out int position,
        [NotNullWhen(false)] out string? reason,
        out bool bareRange)
    {
        bareRange = false;
        result = default;
        position = 0;
        if (VietnameseText.InnerLineBreakOrControl(text) is >= 0 and int at)
        {
            position = at;
            reason = VietnameseText.LineBreakReason;
            return false;
        }

        Hint hint = Hint.None;
        int hintPosition = -1;
        int ordinal = 0;
        int ordinalPosition = -1;
        int startYear = 0;
        int endYear = 0;
        int rangePosition = -1;
        int pendingYear = 0;
        int pendingYearPosition = -1;
        bool pendingDash = false;
        int words = 0;
        string previousWord = string.Empty;
        int previousWordPosition = -1;

        Span<char> word = stackalloc char[32];
        int i = 0;
        while (i < text.Length)
        {
            char c = VietnameseText.FoldChar(text[i]);
            if (c is '\0' or ' ' or ',' or ':' or ';' or '(' or ')' or '.' || char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int tokenStart = i;
            if (c == '-')
            {
                if (pendingYear == 0 || pendingDash)
                {
                    position = i;
                    reason = "a dash must stand between the start year and the end year";
                    return false;
                }

                pendingDash = true;
                i++;
                continue;
            }

            if (c is >= '0' and <= '9')
            {
                int value = 0;
                int digits = 0;
                while (i < text.Length && text[i] is >= '0' and <= '9')
                {
                    if (++digits > 4)
                    {
                        position = tokenStart;
                        reason = "a number has more than four digits";
                        return false;
                    }

                    value = (value * 10) + (text[i] - '0');
                    i++;
                }

                int suffixLength = ReadLetters(text, ref i, word, out bool tooLong);
                if (tooLong)
                {
                    position = tokenStart;
                    reason = "an unknown word follows the number";
                    return false;
                }

                if (suffixLength > 0)
                {
                    if (!word[..suffixLength].SequenceEqual(EnglishSuffix(value)))
                    {
                        position = tokenStart + digits;
                        reason = $"\"{word[..suffixLength]}\" is not the English ordinal suffix of {value} (write {value}{EnglishSuffix(value)})";
                        return false;
                    }

                    if (!SetOrdinal(value, tokenStart, ref ordinal, ref ordinalPosition, out reason))
                    {
                        position = tokenStart;
                        return false;
                    }

                    continue;
                }

                if (digits == 4)
                {
                    if (pendingDash)
                    {
                        if (rangePosition >= 0)
                        {
                            position = pendingYearPosition;
                            reason = "the text holds more than one year range";
                            return false;
                        }

                        startYear = pendingYear;
                        endYear = value;
                        rangePosition = pendingYearPosition;
                        pendingYear = 0;
                        pendingDash = false;
                        continue;
                    }

                    if (pendingYear != 0)
                    {
                        position = tokenStart;
                        reason = "a dash must stand between the start year and the end year";
                        return false;
                    }

                    pendingYear = value;
                    pendingYearPosition = tokenStart;
                    continue;
                }

                if (!SetOrdinal(value, tokenStart, ref ordinal, ref ordinalPosition, out reason))
                {
                    position = tokenStart;
                    return false;
                }

                continue;
            }

            if (pendingYear != 0)
            {
                position = pendingYearPosition;
                reason = pendingDash ? "the end year of the range is missing" : "a single year is not a term (write a range such as 2025–2030)";
                return false;
            }

            int length = ReadLetters(text, ref i, word, out bool wordTooLong);
            if (length == 0)
            {
                position = tokenStart;
                reason = $"'{text[tokenStart]}' is not expected in a term";
                return false;
            }

            if (wordTooLong || ++words > MaxWords)
            {
                position = tokenStart;
                reason = "the text has too many or too long words for a term";
                return false;
            }

            ReadOnlySpan<char> w = word[..length];
            Hint wordHint = Hint.None;
            switch (w)
            {
                case "nhiem" or "ky" or "khoa" or "dai" or "bieu" or "toan" or "lan" or "thu" or "cua" or "dang" or "the"
                    or "term" or "tenure" or "national" or "party" or "congress" or "of" or "nhan" or "dan" or "peoples"
                    or "people" or "cac" or "cap" or "quoc":
                    break;
                // "the 13th Party Central Committee", "Ban Chấp hành Trung ương khóa XIII", "People's Councils at all
                // levels for the 2026–2031 term": words of the way texts name a term, which add nothing to it.
                case "central" or "committee" or "ban" or "chap" or "hanh" or "trung" or "uong" or "at" or "all" or "levels"
                    or "level" or "for":
                    break;
                case "hoi":
                    if (previousWord == "quoc")
                    {
                        wordHint = Hint.NationalAssembly;
                    }

                    break;
                case "dong":
                    if (previousWord == "hoi")
                    {
                        wordHint = Hint.PeoplesCouncil;
                    }

                    break;
                case "assembly" or "qh":
                    wordHint = Hint.NationalAssembly;
                    break;
                case "hdnd" or "council" or "councils":
                    wordHint = Hint.PeoplesCouncil;
                    break;
                case "local":
                    wordHint = Hint.LocalParty;
                    break;
                default:
                    if (RomanNumeral.TryParse(w, out int roman))
                    {
                        if (!SetOrdinal(roman, tokenStart, ref ordinal, ref ordinalPosition, out reason))
                        {
                            position = tokenStart;
                            return false;
                        }

                        break;
                    }

                    position = tokenStart;
                    reason = IsRomanLetters(w)
                        ? $"\"{text[tokenStart..i]}\" is not a canonical Roman numeral (write e.g. IV not IIII, XCIX not IC)"
                        : $"\"{text[tokenStart..i]}\" is neither a term word (khóa, nhiệm kỳ, Quốc hội, HĐND, term…) nor a Roman numeral";
                    return false;
            }

            if (wordHint != Hint.None)
            {
                if (hint != Hint.None && hint != wordHint)
                {
                    position = tokenStart;
                    reason = "the text names two different kinds of term";
                    return false;
                }

                // "quốc hội" and "hội đồng" are recognised on their second word; point at the first.
                hintPosition = wordHint is Hint.NationalAssembly or Hint.PeoplesCouncil && w is "hoi" or "dong" ? previousWordPosition : tokenStart;
                hint = wordHint;
            }

            previousWord = w switch
            {
                "quoc" => "quoc",
                "hoi" => "hoi",
                _ => string.Empty,
            };
            previousWordPosition = tokenStart;
        }

        if (pendingYear != 0)
        {
            position = pendingYearPosition;
            reason = pendingDash ? "the end year of the range is missing" : "a single year is not a term (write a range such as 2025–2030)";
            return false;
        }

        if (rangePosition >= 0)
        {
            if (!Tenure.YearsAreValid(startYear, endYear, out string? yearsProblem))
            {
                position = rangePosition;
                reason = yearsProblem;
                return false;
            }

            // A range written beside the ordinal of a known term of another length ("khóa III (1960–1976)") is that
            // term's own years, which the "F" format writes; only a range that stands for itself must be nominal.
            if (!allowAnyLength && endYear - startYear != Tenure.NominalLength && !IsKnownTermRange(ordinal, hint, startYear, endYear))
            {
                position = rangePosition;
                reason = $"a nominal term lasts {Tenure.NominalLength} years, not {endYear - startYear} (create a term of another length with Tenure.Create)";
                return false;
            }
        }

        if (ordinal != 0)
        {
            TenureKind kind = hint switch
            {
                Hint.None => TenureKind.NationalParty,
                Hint.NationalAssembly => TenureKind.NationalAssembly,
                _ => (TenureKind)(-1),
            };
            if (kind < 0)
            {
                position = ordinalPosition;
                reason = "local Party and People's Council terms have no national ordinal";
                return false;
            }

            bool known = Tenure.TryNominalYears(kind, ordinal, out int nominalStart, out int nominalEnd);
            if (rangePosition < 0)
            {
                if (!known)
                {
                    position = ordinalPosition;
                    reason = $"the reference data does not give the years of term {RomanNumeral.Format(ordinal)}; write them, e.g. \"khóa {RomanNumeral.Format(ordinal)} (YYYY–YYYY)\"";
                    return false;
                }

                result = Tenure.CreateUnchecked(kind, nominalStart, nominalEnd, ordinal);
                reason = null;
                return true;
            }

            if (known && Tenure.IsInReferenceData(kind, ordinal) && (nominalStart != startYear || nominalEnd != endYear))
            {
                position = rangePosition;
                reason = $"term {RomanNumeral.Format(ordinal)} is {nominalStart}–{nominalEnd}, not {startYear}–{endYear}";
                return false;
            }

            result = Tenure.CreateUnchecked(kind, startYear, endYear, ordinal);
            reason = null;
            return true;
        }

        if (rangePosition < 0)
        {
            position = hintPosition >= 0 ? hintPosition : 0;
            reason = "neither a year range (2025–2030) nor an ordinal (khóa XIII, 13th) was found";
            return false;
        }

        switch (hint)
        {
            case Hint.NationalAssembly:
                if (!Tenure.TryFindOrdinal(TenureKind.NationalAssembly, startYear, endYear, out int naOrdinal))
                {
                    position = rangePosition;
                    reason = $"no National Assembly term of {startYear}–{endYear} is known; give its ordinal";
                    return false;
                }

                result = Tenure.CreateUnchecked(TenureKind.NationalAssembly, startYear, endYear, naOrdinal);
                break;
            case Hint.PeoplesCouncil:
                result = Tenure.CreateUnchecked(TenureKind.PeoplesCouncil, startYear, endYear, null);
                break;
            default:
                bareRange = hint == Hint.None;
                result = Tenure.CreateUnchecked(TenureKind.LocalParty, startYear, endYear, null);
                break;
        }

        reason = null;
        return true;
    }

    private static bool IsRomanLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is not ('i' or 'v' or 'x' or 'l' or 'c' or 'd' or 'm'))
            {
                return false;
            }
        }

        return true;
    }

    internal static string EnglishSuffix(int value) => (value % 100) is 11 or 12 or 13 ? "th" : (value % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };

    private static bool SetOrdinal(int value, int tokenStart, ref int ordinal, ref int ordinalPosition, [NotNullWhen(false)] out string? reason)
    {
        if (ordinal != 0)
        {
            reason = "the text holds more than one ordinal";
            return false;
        }

        if (value is < RomanNumeral.MinValue or > RomanNumeral.MaxValue)
        {
            reason = "an ordinal must be from 1 to 3999";
            return false;
        }

        ordinal = value;
        ordinalPosition = tokenStart;
        reason = null;
        return true;
    }

    /// <summary>Reads a run of letters (combining marks and apostrophes skipped) folded into <paramref name="buffer"/>.</summary>
    private static int ReadLetters(ReadOnlySpan<char> text, ref int i, Span<char> buffer, out bool tooLong)
    {
        int length = 0;
        tooLong = false;
        while (i < text.Length)
        {
            char c = VietnameseText.FoldChar(text[i]);
            // Apostrophes ("People's") and combining marks (NFD) belong to the word they follow.
            if ((c is '\'' or '\u2019' or '\0') && length > 0)
            {
                i++;
                continue;
            }

            if (c is < 'a' or > 'z')
            {
                break;
            }

            if (length == buffer.Length)
            {
                tooLong = true;
            }
            else
            {
                buffer[length++] = c;
            }

            i++;
        }

        return length;
    }

    private static bool IsKnownTermRange(int ordinal, Hint hint, int startYear, int endYear)
    {
        if (ordinal == 0 || hint is not (Hint.None or Hint.NationalAssembly))
        {
            return false;
        }

        TenureKind kind = hint == Hint.NationalAssembly ? TenureKind.NationalAssembly : TenureKind.NationalParty;
        return Tenure.IsInReferenceData(kind, ordinal)
            && Tenure.TryNominalYears(kind, ordinal, out int start, out int end)
            && start == startYear && end == endYear;
    }
}
