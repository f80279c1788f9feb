using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Deadlines;

/// <content>Parsing. Two grammars, two names: <c>Parse</c> reads what <see cref="ToString()"/> writes (and every phrase that
/// states its year), so it needs nothing but the text; <c>ParsePhrase</c> reads phrases as a document writes them, whose year
/// may be missing and comes from the document's date.</content>
public readonly partial struct Deadline
{
    private const string What = "a deadline";

    /// <summary>Parses the canonical form (<see cref="ToString()"/>: "on or before 2025-07-31", "in 2026-Q1", "after P6M from
    /// 2025-07-01", "monthly by day 20", "ongoing") or any English or Vietnamese phrase that states its year; "before" is read as
    /// <see cref="DefaultBeforeInterpretation"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The deadline, with the text as its <see cref="Wording"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not understood or lacks a year; the message says where and why.</exception>
    public static Deadline Parse(string s) => Parsing.Parse<Deadline, Deadline>(s);

    /// <summary>Parses the canonical form from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="FormatException">The text is not understood or lacks a year.</exception>
    public static Deadline Parse(ReadOnlySpan<char> s) => Parsing.Parse<Deadline, Deadline>(s);

    /// <summary>Tries to parse the canonical form (see <see cref="Parse(string)"/>); never throws.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The deadline, or <c>default</c>.</param>
    /// <returns>True when the text is understood.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Deadline result) => Parsing.TryParse<Deadline, Deadline>(s, out result);

    /// <summary>Tries to parse the canonical form from a span; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The deadline, or <c>default</c>.</param>
    /// <returns>True when the text is understood.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Deadline result) => Parsing.TryParse<Deadline, Deadline>(s, out result);

    /// <summary>Parses the canonical form into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="s">The text; null gives a failed result.</param>
    /// <returns>The deadline, or the position and reason of the failure.</returns>
    public static ParseResult<Deadline> ParseToResult(string? s) => Parsing.ToResult<Deadline, Deadline>(s);

    /// <summary>Parses a deadline phrase in English or Vietnamese ("before July 31, 2025", "trước ngày 31/7/2025", "quý I/2026",
    /// "sau 6 tháng", "trong 10 ngày làm việc") or the canonical form, reading "before" as <see cref="DefaultBeforeInterpretation"/>.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="reference">The date of the document the phrase comes from: it supplies a missing year.</param>
    /// <returns>The deadline, with the phrase as its <see cref="Wording"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    /// <exception cref="FormatException">The phrase is not understood; the message says where and why.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is not in the ISO calendar.</exception>
    public static Deadline ParsePhrase(string phrase, LocalDate reference) => ParsePhrase(phrase, reference, DefaultBeforeInterpretation);

    /// <summary>Parses a deadline phrase, reading "before a day" as the caller chooses.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="reference">The date of the document the phrase comes from: it supplies a missing year.</param>
    /// <param name="before">How to read "before a day".</param>
    /// <returns>The deadline, with the phrase as its <see cref="Wording"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    /// <exception cref="FormatException">The phrase is not understood; the message says where and why.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is not in the ISO calendar, or <paramref name="before"/> is undefined.</exception>
    public static Deadline ParsePhrase(string phrase, LocalDate reference, BeforeInterpretation before)
    {
        Guard.Against.Null(phrase);
        Preconditions.CheckIso(reference);
        Preconditions.CheckDefined(before);
        return DeadlineParser.TryParse(phrase, reference, before, out Deadline result, out int position, out string? reason)
            ? result
            : throw ParseErrors.Create(What, phrase, position, reason);
    }

    /// <summary>Tries to parse a deadline phrase with the default reading of "before"; never throws.</summary>
    /// <param name="phrase">The phrase; null gives false.</param>
    /// <param name="reference">The date of the document the phrase comes from: it supplies a missing year.</param>
    /// <param name="result">The deadline, or <c>default</c>.</param>
    /// <returns>True when the phrase is understood.</returns>
    public static bool TryParsePhrase([NotNullWhen(true)] string? phrase, LocalDate reference, out Deadline result) =>
        TryParsePhrase(phrase, reference, DefaultBeforeInterpretation, out result);

    /// <summary>Tries to parse a deadline phrase, reading "before a day" as the caller chooses; never throws.</summary>
    /// <param name="phrase">The phrase; null gives false.</param>
    /// <param name="reference">The date of the document the phrase comes from; a date in another calendar gives false.</param>
    /// <param name="before">How to read "before a day"; an undefined value gives false.</param>
    /// <param name="result">The deadline, or <c>default</c>.</param>
    /// <returns>True when the phrase is understood.</returns>
    public static bool TryParsePhrase([NotNullWhen(true)] string? phrase, LocalDate reference, BeforeInterpretation before, out Deadline result)
    {
        if (phrase is null)
        {
            result = default;
            return false;
        }

        return DeadlineParser.TryParse(phrase, reference, before, out result, out _, out _);
    }

    /// <summary>Parses a deadline phrase into a result that keeps where and why a failure happened; never throws for any text.</summary>
    /// <param name="phrase">The phrase; null gives a failed result.</param>
    /// <param name="reference">The date of the document the phrase comes from: it supplies a missing year.</param>
    /// <returns>The deadline, or the position and reason of the failure.</returns>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is not in the ISO calendar.</exception>
    public static ParseResult<Deadline> ParsePhraseToResult(string? phrase, LocalDate reference) =>
        ParsePhraseToResult(phrase, reference, DefaultBeforeInterpretation);

    /// <summary>Parses a deadline phrase, reading "before a day" as the caller chooses, into a result; never throws for any text.</summary>
    /// <param name="phrase">The phrase; null gives a failed result.</param>
    /// <param name="reference">The date of the document the phrase comes from: it supplies a missing year.</param>
    /// <param name="before">How to read "before a day".</param>
    /// <returns>The deadline, or the position and reason of the failure.</returns>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is not in the ISO calendar, or <paramref name="before"/> is undefined.</exception>
    public static ParseResult<Deadline> ParsePhraseToResult(string? phrase, LocalDate reference, BeforeInterpretation before)
    {
        // Like ParsePhrase, and unlike TryParsePhrase (whose BCL shape has no room for it), a bad argument is the caller's
        // mistake, not the text's, and is refused as such.
        Preconditions.CheckIso(reference);
        Preconditions.CheckDefined(before);
        if (phrase is null)
        {
            return ParseResult<Deadline>.ForFailure(What, "null", 0, "the text is null");
        }

        return DeadlineParser.TryParse(phrase, reference, before, out Deadline result, out int position, out string? reason)
            ? ParseResult<Deadline>.ForValue(result)
            : ParseResult<Deadline>.ForFailure(What, phrase, position, reason);
    }

    /// <inheritdoc/>
    static string ICanonicalParser<Deadline>.What => What;

    /// <inheritdoc/>
    static bool ICanonicalParser<Deadline>.TryParseCore(ReadOnlySpan<char> text, out Deadline value, out int errorIndex, out string? reason) =>
        DeadlineParser.TryParseCanonical(text, out value, out errorIndex, out reason);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the forms are culture-independent.</param>
    static Deadline IParsable<Deadline>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out Deadline)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The deadline.</param>
    static bool IParsable<Deadline>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Deadline result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static Deadline ISpanParsable<Deadline>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Deadline)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The deadline.</param>
    static bool ISpanParsable<Deadline>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Deadline result) => TryParse(s, out result);
}
