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

    private const int MaxGroups = 6;

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
    public static bool TryParse(ReadOnlySpan<char> s, Shape shape, out Parsed result, out int position, out string? reason)
    {
        result = default;
        int i = SkipSpace(s, 0);
        i = SkipPrefix(s, i);
        int end = TryParseBody(s, i, shape, out result, out position, out reason);
        if (end < 0)
        {
            return false;
        }

        end = SkipSpace(s, end);
        if (end < s.Length)
        {
            result = default;
            position = end;
            reason = "unexpected text after the symbol";
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads a symbol that starts at <paramref name="start"/> (its first digit) and returns the index just after it,
    /// or -1. Used by <see cref="TryParse"/> and by the citation extractor, which stops at the first character that
    /// cannot continue a symbol.
    /// </summary>
    public static int TryParseBody(ReadOnlySpan<char> s, int start, Shape shape, out Parsed result, out int position, out string? reason)
    {
        result = default;
        int i = start;
        position = i;
        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            reason = i >= s.Length ? "a document number was expected but the text ends" : "a document number (digits) was expected";
            return -1;
        }

        long number = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            number = (number * 10) + (s[i] - '0');
            if (number > MaxNumber)
            {
                position = i;
                reason = "the number is too large";
                return -1;
            }

            i++;
        }

        if (number == 0)
        {
            reason = "a document number must be at least 1";
            return -1;
        }

        int afterNumber = i;
        i = SkipSpace(s, i);
        if (i < s.Length && IsDash(s[i]) && shape != Shape.State)
        {
            return ParseParty(s, SkipSpace(s, i + 1), (int)number, out result, out position, out reason);
        }

        if (i < s.Length && IsSlash(s[i]) && shape != Shape.Party)
        {
            return ParseState(s, SkipSpace(s, i + 1), (int)number, out result, out position, out reason);
        }

        position = i < s.Length ? i : afterNumber;
        reason = shape switch
        {
            Shape.Party => "a '-' was expected after the number (Party form NUMBER-KIND/ISSUER)",
            Shape.State => "a '/' was expected after the number (State form NUMBER/YEAR/KIND-ISSUER or NUMBER/KIND-ISSUER)",
            _ => "a '-' (Party form NUMBER-KIND/ISSUER) or '/' (State form NUMBER/KIND-ISSUER) was expected after the number",
        };
        return -1;
    }

    /// <summary>True for the hyphen and the dashes people type for it.</summary>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    /// <summary>True for the slash and its look-alikes.</summary>
    public static bool IsSlash(char c) => c is '/' or '\u2044' or '\u2215' or '\uFF0F';

    /// <summary>True for a character that may be part of a code.</summary>
    public static bool IsCodeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is 'Đ' or 'đ' or 'Ð';

    private static int ParseParty(ReadOnlySpan<char> s, int i, int number, out Parsed result, out int position, out string? reason)
    {
        result = default;
        int kindStart = i;
        i = ReadCode(s, i);
        var status = DocumentCodes.TryKind(s[kindStart..i], out string kind, out int bad);
        if (status != DocumentCodes.CodeStatus.Valid)
        {
            position = kindStart + bad;
            reason = CodeReason(status, "kind code (letters such as KL, NQ, QĐ)");
            return -1;
        }

        i = SkipSpace(s, i);
        if (i >= s.Length || !IsSlash(s[i]))
        {
            position = i;
            reason = "a '/' and an issuer code were expected after the kind code (Party form NUMBER-KIND/ISSUER)";
            return -1;
        }

        i = SkipSpace(s, i + 1);
        int issuerStart = i;
        i = ReadCode(s, i);
        status = DocumentCodes.TryIssuer(s[issuerStart..i], out string issuer, out bad);
        if (status != DocumentCodes.CodeStatus.Valid)
        {
            position = issuerStart + bad;
            reason = CodeReason(status, "issuer code (such as TW, BTCTW, TU)");
            return -1;
        }

        result = new Parsed(isParty: true, number, 0, kind, issuer);
        position = i;
        reason = null;
        return i;
    }

    private static int ParseState(ReadOnlySpan<char> s, int i, int number, out Parsed result, out int position, out string? reason)
    {
        result = default;
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
                reason = "a year (4 digits followed by '/') or a code was expected after the first '/'";
                return -1;
            }

            year = ((s[i] - '0') * 1000) + ((s[i + 1] - '0') * 100) + ((s[i + 2] - '0') * 10) + (s[i + 3] - '0');
            if (year is < MinYear or > MaxYear)
            {
                position = i;
                reason = "the year must be between 1945 and 2999";
                return -1;
            }

            i = SkipSpace(s, afterYear + 1);
        }

        Span<int> starts = stackalloc int[MaxGroups];
        Span<int> ends = stackalloc int[MaxGroups];
        int groups = 0;
        int lastEnd;
        while (true)
        {
            int groupStart = i;
            i = ReadCode(s, i);
            if (i == groupStart)
            {
                position = groupStart;
                reason = groups == 0 ? "a kind or issuer code was expected after '/'" : "a code was expected after '-'";
                return -1;
            }

            if (groups == MaxGroups)
            {
                position = groupStart;
                reason = "the symbol has too many '-'-separated codes";
                return -1;
            }

            starts[groups] = groupStart;
            ends[groups] = i;
            groups++;
            lastEnd = i;
            int next = SkipSpace(s, i);
            if (next < s.Length && IsDash(s[next]))
            {
                int afterDash = SkipSpace(s, next + 1);
                if (afterDash < s.Length && IsCodeChar(s[afterDash]))
                {
                    i = afterDash;
                    continue;
                }

                position = afterDash;
                reason = "a code was expected after '-'";
                return -1;
            }

            break;
        }

        string? kind = null;
        int firstIssuer = 0;
        if (groups >= 2)
        {
            var kindStatus = DocumentCodes.TryKind(s[starts[0]..ends[0]], out string candidate, out _);
            if (kindStatus == DocumentCodes.CodeStatus.Valid && DocumentCodes.IsStateKind(candidate))
            {
                kind = candidate;
                firstIssuer = 1;
            }
        }

        string issuer = string.Empty;
        for (int g = firstIssuer; g < groups; g++)
        {
            var status = DocumentCodes.TryIssuer(s[starts[g]..ends[g]], out string code, out int bad);
            if (status != DocumentCodes.CodeStatus.Valid)
            {
                position = starts[g] + bad;
                reason = CodeReason(status, "issuer code (such as CP, TTg, QH15)");
                return -1;
            }

            issuer = g == firstIssuer ? code : string.Concat(issuer, "-", code);
        }

        result = new Parsed(isParty: false, number, year, kind, issuer);
        position = lastEnd;
        reason = null;
        return lastEnd;
    }

    private static string CodeReason(DocumentCodes.CodeStatus status, string what) => status switch
    {
        DocumentCodes.CodeStatus.Empty => "a " + what + " was expected",
        DocumentCodes.CodeStatus.TooLong => "the code is longer than 16 characters",
        _ => "this character cannot be part of a " + what,
    };

    private static int ReadCode(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && IsCodeChar(s[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int i)
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
        int j = i;
        if (!TryReadFolded(s, ref j, out char a) || !TryReadFolded(s, ref j, out char b))
        {
            return i;
        }

        if (!((a == 's' && b == 'o') || (a == 'n' && (b == 'o' || b == 'º' || b == '°'))))
        {
            return i;
        }

        while (j < s.Length && VietnameseText.IsMark(s[j]))
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
    internal readonly struct Parsed
    {
        public Parsed(bool isParty, int number, int year, string? kind, string issuer)
        {
            IsParty = isParty;
            Number = number;
            Year = year;
            Kind = kind;
            Issuer = issuer;
        }

        public bool IsParty { get; }

        public int Number { get; }

        /// <summary>The year, or 0 when the symbol has none.</summary>
        public int Year { get; }

        public string? Kind { get; }

        public string Issuer { get; }
    }
}
