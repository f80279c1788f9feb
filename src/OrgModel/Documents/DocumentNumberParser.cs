using OrgModel.Text;

namespace OrgModel.Documents;

/// <summary>
/// The one reader of document symbols behind <see cref="PartyDocumentNumber"/>, <see cref="StateDocumentNumber"/> and
/// <see cref="DocumentNumber"/>: hand-written, allocation-free for known codes, and never throwing.
/// </summary>
internal static class DocumentNumberParser
{
    /// <summary>The largest document number accepted.</summary>
    public const int MaxNumber = 999_999_999;

    /// <summary>The earliest year accepted in a State symbol (the State was founded in 1945).</summary>
    public const int MinYear = 1945;

    /// <summary>The latest year accepted in a State symbol.</summary>
    public const int MaxYear = 2999;

    // Joint circulars name one group per issuing body: seven in 01/2018/TTLT-VKSTC-TATC-BCA-BQP-BTP-BTC-BNN.
    private const int MaxGroups = 12;

    /// <summary>Which form the caller expects.</summary>
    public enum Shape
    {
        /// <summary>Either form.</summary>
        Any,

        /// <summary>Only the Party form.</summary>
        Party,

        /// <summary>Only the State form.</summary>
        State,
    }

    /// <summary>Parses a whole symbol, with an optional leading "Số"/"No." and surrounding white space.</summary>
    /// <remarks>White space of any kind may surround the symbol; inside it (between "Số" and the number, around '-' and
    /// '/') only horizontal spaces count (<see cref="IsSpace"/>): a line break or a control character there means the
    /// text is not one symbol.</remarks>
    // Never inlined: this is the one frame a parse runs in (the body, the Party form and the code reading are inlined
    // into it), so its speed does not depend on how much the caller's own inlining budget has left.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryParse(ReadOnlySpan<char> s, Shape shape, out Parsed result, out int position, out ParseError error)
    {
        Unsafe.SkipInit(out result);
        int i = SkipOuterSpace(s, 0);
        i = SkipPrefix(s, i);
        int end = TryParseBody(s, i, shape, out result, out position, out error);
        if (end < 0)
        {
            return false;
        }

        end = SkipOuterSpace(s, end);
        if (end < s.Length)
        {
            result = default;
            position = end;
            error = ParseError.TrailingText;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads a symbol that starts at <paramref name="start"/> (its first digit) and returns the index just after it,
    /// or -1. Used by <see cref="TryParse"/> and by the citation extractor, which stops at the first character that
    /// cannot continue a symbol.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TryParseBody(ReadOnlySpan<char> s, int start, Shape shape, out Parsed result, out int position, out ParseError error)
    {
        Unsafe.SkipInit(out result);
        int i = start;
        position = i;
        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            error = i >= s.Length ? ParseError.TextEnds : ParseError.NoDigits;
            return -1;
        }

        long number = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            number = (number * 10) + (s[i] - '0');
            if (number > MaxNumber)
            {
                position = i;
                error = ParseError.TooLarge;
                return -1;
            }

            i++;
        }

        if (number == 0)
        {
            error = ParseError.Zero;
            return -1;
        }

        int afterNumber = i;
        int subNumber = shape == Shape.Party ? 0 : ReadSubNumber(s, ref i);
        i = SkipSpace(s, i);
        if (i < s.Length && IsDash(s[i]) && shape != Shape.State && subNumber == 0)
        {
            return ParseParty(s, SkipSpace(s, i + 1), (int)number, spaceForDash: false, out result, out position, out error);
        }

        if (i < s.Length && IsSlash(s[i]) && shape != Shape.Party)
        {
            return ParseState(s, SkipSpace(s, i + 1), (int)number, subNumber, out result, out position, out error);
        }

        // "84 QĐ/TWĐTN": a space where the hyphen goes, taken only before a kind code of Party symbols.
        if (i > afterNumber && i < s.Length && shape != Shape.State && subNumber == 0 && char.IsAsciiLetter(s[i])
            && ParseParty(s, i, (int)number, spaceForDash: true, out result, out position, out error) is int loose and >= 0)
        {
            return loose;
        }

        position = i < s.Length ? i : afterNumber;
        error = shape switch
        {
            Shape.Party => ParseError.NoPartySeparator,
            Shape.State => ParseError.NoStateSeparator,
            _ => ParseError.NoSeparator,
        };
        return -1;
    }

    // "66.7/2025/NQ-CP": the Government's dotted numbers. One or two digits after the dot, then a '/': three digits are a
    // thousands separator ("1.234") and are never read as a dotted number or as one number. Returns 0 when absent.
    private static int ReadSubNumber(ReadOnlySpan<char> s, ref int i)
    {
        int j = i + 1;
        if (j >= s.Length || s[i] != '.' || !char.IsAsciiDigit(s[j]))
        {
            return 0;
        }

        int value = s[j++] - '0';
        if (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            value = (value * 10) + (s[j++] - '0');
        }

        int next = SkipSpace(s, j);
        if (value == 0 || (j < s.Length && char.IsAsciiDigit(s[j])) || next >= s.Length || !IsSlash(s[next]))
        {
            return 0;
        }

        i = j;
        return value;
    }

    /// <summary>True for the hyphen and the dashes people type for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    /// <summary>True for the slash and its look-alikes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSlash(char c) => c is '/' or '\u2044' or '\u2215' or '\uFF0F';

    /// <summary>True for a character that may be part of a code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCodeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is 'Đ' or 'đ' or 'Ð' or 'ð' or 'Ư';

    // Inlined into TryParse's frame, like TryParseBody: the Party form is the common one, and reading it there saves the
    // calls and the copies of the result through out parameters (about a sixth of a parse).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ParseParty(ReadOnlySpan<char> s, int i, int number, bool spaceForDash, out Parsed result, out int position, out ParseError error)
    {
        Unsafe.SkipInit(out result);
        int kindStart = i;
        var status = spaceForDash
            ? DocumentCodes.ReadKnownKind(s, kindStart, out i, out string kind, out int bad)
            : DocumentCodes.ReadKind(s, kindStart, out i, out kind, out bad);
        if (status != DocumentCodes.CodeStatus.Valid)
        {
            position = kindStart + bad;
            error = CodeError(status, ParseError.KindEmpty);
            return -1;
        }

        if (spaceForDash && KindWordTable.PartyKinds(kind).Count == 0)
        {
            position = kindStart;
            error = ParseError.NoSeparator;
            return -1;
        }

        i = SkipSpace(s, i);
        if (i >= s.Length || !IsSlash(s[i]))
        {
            position = i;
            error = ParseError.NoIssuerSlash;
            return -1;
        }

        i = SkipSpace(s, i + 1);
        int issuerStart = i;
        status = DocumentCodes.ReadIssuer(s, issuerStart, out i, out string issuer, out bad);
        if (status != DocumentCodes.CodeStatus.Valid)
        {
            position = issuerStart + bad;
            error = CodeError(status, ParseError.IssuerEmpty);
            return -1;
        }

        if (DocumentCodes.IsDigitsOnly(issuer))
        {
            position = issuerStart;
            error = ParseError.PartyIssuerDigitsOnly;
            return -1;
        }

        if (i < s.Length && IsDash(s[i]))
        {
            return ParsePartyIssuerGroups(s, i, number, kind, issuer, spaceForDash, out result, out position, out error);
        }

        result = new Parsed(IsParty: true, number, 0, kind, issuer, SpaceForDash: spaceForDash);
        position = i;
        error = ParseError.None;
        return i;
    }

    // "367-QĐ/TWĐTN-VP": a Party issuer of several groups, joined by a hyphen written with no space around it (with a
    // space it is prose: "60-NQ/TW - nghị quyết"). A group that runs into a letter no code has is a word, not a code,
    // and ends the symbol before its hyphen. Kept out of line: most Party symbols have one issuer group.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ParsePartyIssuerGroups(
        ReadOnlySpan<char> s, int end, int number, string kind, string issuer, bool spaceForDash, out Parsed result, out int position, out ParseError error)
    {
        for (int groups = 1; end + 1 < s.Length && IsDash(s[end]) && IsCodeChar(s[end + 1]); groups++)
        {
            int start = end + 1;
            var status = DocumentCodes.ReadIssuer(s, start, out int groupEnd, out string group, out int bad);
            if (status == DocumentCodes.CodeStatus.Valid && groupEnd < s.Length && (char.IsLetter(s[groupEnd]) || VietnameseText.IsMark(s[groupEnd])))
            {
                break;
            }

            if (status != DocumentCodes.CodeStatus.Valid || groups >= MaxGroups)
            {
                result = default;
                position = status != DocumentCodes.CodeStatus.Valid ? start + bad : start;
                error = status != DocumentCodes.CodeStatus.Valid ? CodeError(status, ParseError.IssuerEmpty) : ParseError.TooManyCodes;
                return -1;
            }

            if (DocumentCodes.IsDigitsOnly(group))
            {
                result = default;
                position = start;
                error = ParseError.PartyIssuerDigitsOnly;
                return -1;
            }

            issuer = string.Concat(issuer, "-", group);
            end = groupEnd;
        }

        result = new Parsed(IsParty: true, number, 0, kind, issuer, SpaceForDash: spaceForDash);
        position = end;
        error = ParseError.None;
        return end;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // keeps the caller's frame small: each form pays only for its own locals
    private static int ParseState(ReadOnlySpan<char> s, int i, int number, int subNumber, out Parsed result, out int position, out ParseError error)
    {
        Unsafe.SkipInit(out result);
        i = SkipDoubledSlash(s, i);
        int year = 0;
        int digitsEnd = i;
        while (digitsEnd < s.Length && char.IsAsciiDigit(s[digitsEnd]))
        {
            digitsEnd++;
        }

        if (digitsEnd > i)
        {
            int afterYear = SkipSpace(s, digitsEnd);
            if (digitsEnd - i != 4 || afterYear >= s.Length || !IsSlash(s[afterYear]))
            {
                position = i;
                error = ParseError.BadYear;
                return -1;
            }

            year = ((s[i] - '0') * 1000) + ((s[i + 1] - '0') * 100) + ((s[i + 2] - '0') * 10) + (s[i + 3] - '0');
            if (year is < MinYear or > MaxYear)
            {
                position = i;
                error = ParseError.YearOutOfRange;
                return -1;
            }

            i = SkipDoubledSlash(s, SkipSpace(s, afterYear + 1));
        }

        // The first code is the kind when it is a State kind code followed by another code; otherwise every code,
        // '-'-joined, is the issuer (official letters have no kind). Each code is read once in the common case.
        int first = i;
        var kindStatus = DocumentCodes.ReadKind(s, first, out int firstEnd, out string candidate, out _, out bool stateKind);
        if (firstEnd == first)
        {
            position = first;
            error = ParseError.NoCodeAfterSlash;
            return -1;
        }

        string? kind = null;
        int next = NextCodeAfterDash(s, firstEnd, out bool dangling);
        if (dangling)
        {
            position = next;
            error = ParseError.NoCodeAfterDash;
            return -1;
        }

        // "19/2008/NQLT/CP-UBTUMTTQVN" (a joint resolution's number as the Government's gazette writes it): a slash between a
        // State kind code and its issuers stands for the hyphen.
        bool slashed = false;
        if (next < 0 && kindStatus == DocumentCodes.CodeStatus.Valid && stateKind && firstEnd < s.Length && IsSlash(s[firstEnd])
            && firstEnd + 1 < s.Length && IsCodeChar(s[firstEnd + 1]) && !char.IsAsciiDigit(s[firstEnd + 1]))
        {
            (next, slashed) = (firstEnd + 1, true);
        }

        int issuerStart = first;
        if (next >= 0 && kindStatus == DocumentCodes.CodeStatus.Valid && stateKind)
        {
            kind = candidate;
            issuerStart = next;
        }

        string issuer = string.Empty;
        int groups = 0;
        int g = issuerStart;
        int lastEnd;
        while (true)
        {
            var status = DocumentCodes.ReadIssuer(s, g, out int end, out string code, out int bad);
            if (status != DocumentCodes.CodeStatus.Valid)
            {
                position = g + bad;
                error = CodeError(status, ParseError.IssuerEmpty);
                return -1;
            }

            if (++groups > MaxGroups)
            {
                position = g;
                error = ParseError.TooManyCodes;
                return -1;
            }

            // A code names a body: digits alone are a page number run into the symbol ("42/2015/TT- 64"), not an issuer.
            if (DocumentCodes.IsDigitsOnly(code))
            {
                position = g;
                error = ParseError.StateIssuerDigitsOnly;
                return -1;
            }

            issuer = groups == 1 ? code : string.Concat(issuer, "-", code);
            lastEnd = end;
            g = NextCodeAfterDash(s, end, out dangling);
            if (dangling)
            {
                position = g;
                error = ParseError.NoCodeAfterDash;
                return -1;
            }

            if (g < 0)
            {
                break;
            }
        }

        // The loose form is read only where it is whole: "102/2025/NQLT/UBTVQH15-CP ĐCTUBTWMTTQVN" (a last group cut off by a
        // space, held-out set 86) would give a number with an issuer missing.
        if (slashed && CodeAfterASpace(s, lastEnd))
        {
            result = default;
            position = lastEnd;
            error = ParseError.TrailingText;
            return -1;
        }

        result = new Parsed(IsParty: false, number, year, kind, issuer, subNumber);
        position = lastEnd;
        error = ParseError.None;
        return lastEnd;
    }

    // One space, then three capitals or more and no lower-case letter: the rest of a code group, not the next word.
    private static bool CodeAfterASpace(ReadOnlySpan<char> s, int end)
    {
        if (end + 1 >= s.Length || s[end] != ' ')
        {
            return false;
        }

        int i = end + 1;
        while (i < s.Length && char.IsLetterOrDigit(s[i]))
        {
            if (char.IsLower(s[i]))
            {
                return false;
            }

            i++;
        }

        return i - (end + 1) >= 3;
    }

    // "86/2024//TT-BTC": one doubled slash, as web pages and scans write it, is read as one.
    private static int SkipDoubledSlash(ReadOnlySpan<char> s, int i) => i < s.Length && IsSlash(s[i]) ? SkipSpace(s, i + 1) : i;

    // After a code: the start of the next code when a '-' follows, -1 when none follows, or (dangling) the position
    // where a code was expected after a '-'.
    private static int NextCodeAfterDash(ReadOnlySpan<char> s, int end, out bool dangling)
    {
        dangling = false;
        int next = SkipSpace(s, end);
        if (next >= s.Length || !IsDash(s[next]))
        {
            return -1;
        }

        int afterDash = SkipSpace(s, next + 1);
        if (afterDash < s.Length && IsCodeChar(s[afterDash]))
        {
            return afterDash;
        }

        dangling = true;
        return afterDash;
    }

    // The Empty, TooLong and BadCharacter errors of kinds and of issuers follow each other in ParseError.
    private static ParseError CodeError(DocumentCodes.CodeStatus status, ParseError empty) => status switch
    {
        DocumentCodes.CodeStatus.Empty => empty,
        DocumentCodes.CodeStatus.TooLong => empty + 1,
        _ => empty + 2,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadCode(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && IsCodeChar(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>True for the spaces that may stand inside a symbol: the space, the tab, the Unicode space separators
    /// (no-break, narrow no-break, thin, ideographic…) and the zero-width space; never a line break or a control character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\u200B' || (c > '\u007F' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipSpace(ReadOnlySpan<char> s, int i)
    {
        // Printable ASCII (every character of a canonical symbol) is never a space: one comparison instead of the
        // Unicode table for the characters a parse stops at.
        while (i < s.Length && unchecked((uint)(s[i] - '!')) > '~' - '!' && IsSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    // Around the whole symbol any white space is fine (a line read with its end of line).
    private static int SkipOuterSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == '\u200B'))
        {
            i++;
        }

        return i;
    }

    // "Số", "Số:", "so", "No.", "No:", "No", "Nº" (any case, NFC or NFD) followed by white space or a digit.
    private static int SkipPrefix(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length || char.IsAsciiDigit(s[i]))
        {
            return i;
        }

        // The common "Số" in NFC (or "So") is read without the general folding, which is kept out of line.
        if (i + 1 < s.Length && s[i] is 'S' or 's' && s[i + 1] is 'ố' or 'Ố' or 'o' or 'O')
        {
            return AfterPrefixWord(s, i, i + 2);
        }

        return SkipFoldedPrefix(s, i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipFoldedPrefix(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        if (!TryReadFolded(s, ref j, out char a) || !TryReadFolded(s, ref j, out char b))
        {
            return i;
        }

        return (a == 's' && b == 'o') || (a == 'n' && (b == 'o' || b == 'º' || b == '°')) ? AfterPrefixWord(s, i, j) : i;
    }

    // After the two letters of the prefix word at i: its remaining combining marks, an optional '.' or ':', white space,
    // then a digit must follow; returns the digit's index, or i when the text does not go on like that.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AfterPrefixWord(ReadOnlySpan<char> s, int i, int j)
    {
        while (j < s.Length && s[j] >= '\u0300' && VietnameseText.IsMark(s[j]))
        {
            j++;
        }

        if (j < s.Length && s[j] is '.' or ':')
        {
            j++;
        }

        int afterSpace = SkipSpace(s, j);
        return afterSpace < s.Length && char.IsAsciiDigit(s[afterSpace]) ? afterSpace : i;
    }

    private static bool TryReadFolded(ReadOnlySpan<char> s, ref int j, out char c)
    {
        while (j < s.Length)
        {
            char f = VietnameseText.FoldChar(s[j]);
            j++;
            if (f != '\0')
            {
                c = f;
                return true;
            }
        }

        c = '\0';
        return false;
    }

    /// <summary>The parts of a parsed symbol, codes already canonical.</summary>
    /// <param name="IsParty">True for a Party symbol.</param>
    /// <param name="Number">The number.</param>
    /// <param name="Year">The year, or 0 when the symbol has none.</param>
    /// <param name="Kind">The kind code, or null.</param>
    /// <param name="Issuer">The issuer code.</param>
    /// <param name="SubNumber">The number after the dot of a dotted number (<c>66.7/2025/NQ-CP</c>), or 0.</param>
    /// <param name="SpaceForDash">True when a space stood for the hyphen of a Party symbol (<c>84 QĐ/TWĐTN</c>): running
    /// text takes such a symbol only after a kind word or "số".</param>
    internal readonly record struct Parsed(bool IsParty, int Number, int Year, string? Kind, string Issuer, int SubNumber = 0, bool SpaceForDash = false);
}
