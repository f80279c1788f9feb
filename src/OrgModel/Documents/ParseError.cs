namespace OrgModel.Documents;

/// <summary>Why a document symbol did not parse; a number, so that the parser's hot path writes no strings.</summary>
internal enum ParseError
{
    None,
    TextEnds,
    NoDigits,
    TooLarge,
    Zero,
    NoSeparator,
    NoPartySeparator,
    NoStateSeparator,
    KindEmpty,
    KindTooLong,
    KindBadCharacter,
    NoIssuerSlash,
    IssuerEmpty,
    IssuerTooLong,
    IssuerBadCharacter,
    BadYear,
    YearOutOfRange,
    NoCodeAfterSlash,
    NoCodeAfterDash,
    TooManyCodes,
    TrailingText,
    PartyIssuerDigitsOnly,
    StateIssuerDigitsOnly,
}

/// <summary>The messages of <see cref="ParseError"/>, for <c>FormatException</c>s.</summary>
internal static class ParseErrorMessages
{
    public static string Describe(this ParseError error) => error switch
    {
        ParseError.TextEnds => "a document number was expected but the text ends",
        ParseError.NoDigits => "a document number (digits) was expected",
        ParseError.TooLarge => "the number is too large",
        ParseError.Zero => "a document number must be at least 1",
        ParseError.NoSeparator => "a '-' (Party form NUMBER-KIND/ISSUER) or '/' (State form NUMBER/KIND-ISSUER) was expected after the number",
        ParseError.NoPartySeparator => "a '-' was expected after the number (Party form NUMBER-KIND/ISSUER)",
        ParseError.NoStateSeparator => "a '/' was expected after the number (State form NUMBER/YEAR/KIND-ISSUER or NUMBER/KIND-ISSUER)",
        ParseError.KindEmpty => "a kind code (letters such as KL, NQ, QĐ) was expected",
        ParseError.KindTooLong => "the kind code is longer than 16 characters",
        ParseError.KindBadCharacter => "this character cannot be part of a kind code (letters such as KL, NQ, QĐ)",
        ParseError.NoIssuerSlash => "a '/' and an issuer code were expected after the kind code (Party form NUMBER-KIND/ISSUER)",
        ParseError.IssuerEmpty => "an issuer code (such as TW, BTCTW, CP, TTg, QH15) was expected",
        ParseError.IssuerTooLong => "the issuer code is longer than 16 characters",
        ParseError.IssuerBadCharacter => "this character cannot be part of an issuer code (letters and digits such as TW, CP, QH15)",
        ParseError.BadYear => "a year (4 digits followed by '/') or a code was expected after the first '/'",
        ParseError.YearOutOfRange => "the year must be between 1945 and 2999",
        ParseError.NoCodeAfterSlash => "a kind or issuer code was expected after '/'",
        ParseError.NoCodeAfterDash => "a code was expected after '-'",
        ParseError.TooManyCodes => "the symbol has too many '-'-separated codes",
        ParseError.TrailingText => "unexpected text after the symbol (a line break or control character inside a symbol is not a space)",
        ParseError.PartyIssuerDigitsOnly => "a Party issuer code must contain a letter (such as TW, BTCTW, ĐU); digits alone are not an issuer",
        ParseError.StateIssuerDigitsOnly => "an issuer code must contain a letter; digits alone (a page number run into the symbol) are not an issuer",
        _ => "the text is not a document number",
    };
}
