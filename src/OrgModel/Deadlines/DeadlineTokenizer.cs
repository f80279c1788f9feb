using OrgModel.Text;

namespace OrgModel.Deadlines;

/// <summary>Splits a deadline phrase into folded words, numbers and symbols that remember where they started in the input.</summary>
/// <remarks>Folding (<see cref="OrgModel.Text.VietnameseText.FoldChar"/>: case, diacritics, NFD, Đ/D) makes the grammars compare
/// plain ASCII words; positions stay those of the original text, so errors point into what the user wrote.</remarks>
internal static class DeadlineTokenizer
{
    public static List<DeadlineToken> Tokenize(ReadOnlySpan<char> input, out string? eventText, out int eventPosition)
    {
        var tokens = new List<DeadlineToken>();
        eventText = null;
        eventPosition = -1;
        int i = 0;
        var buffer = new System.Text.StringBuilder();
        while (i < input.Length)
        {
            char f = VietnameseText.FoldChar(input[i]);
            if (f == '\0' || char.IsWhiteSpace(f))
            {
                i++;
                continue;
            }

            if (f == '(' && eventText is not null)
            {
                tokens.Add(new DeadlineToken(DeadlineTokenType.Symbol, "(", i));
                return tokens;
            }

            if (f == '(')
            {
                // An anchor event in parentheses runs to the closing one; it must end the phrase.
                int close = input[(i + 1)..].IndexOf(')');
                eventPosition = i;
                if (close < 0)
                {
                    tokens.Add(new DeadlineToken(DeadlineTokenType.Symbol, "(", i));
                    return tokens;
                }

                eventText = input.Slice(i + 1, close).Trim().ToString();
                i += close + 2;
                continue;
            }

            int start = i;
            buffer.Clear();
            DeadlineTokenType type = f is >= 'a' and <= 'z' ? DeadlineTokenType.Word : f is >= '0' and <= '9' ? DeadlineTokenType.Number : DeadlineTokenType.Symbol;
            if (type == DeadlineTokenType.Symbol)
            {
                tokens.Add(new DeadlineToken(type, SymbolText(f), start));
                i++;
                continue;
            }

            while (i < input.Length)
            {
                char g = VietnameseText.FoldChar(input[i]);
                if (g == '\0')
                {
                    i++;
                    continue;
                }

                bool same = type == DeadlineTokenType.Word ? g is >= 'a' and <= 'z' : g is >= '0' and <= '9';
                if (!same)
                {
                    break;
                }

                buffer.Append(g);
                i++;
            }

            string word = buffer.ToString();
            if (type == DeadlineTokenType.Word && DeadlineTextTokens.IsIWrittenForY(word, input[start..i]))
            {
                word = string.Concat(word.AsSpan(0, word.Length - 1), "y");
            }

            tokens.Add(new DeadlineToken(type, word, start));
        }

        if (eventText is not null && tokens.Count > 0 && tokens[^1].Position > eventPosition)
        {
            // Text after the parenthesised event: report it as unexpected by leaving a marker token.
            tokens.Add(new DeadlineToken(DeadlineTokenType.Symbol, ")", eventPosition));
        }

        return tokens;
    }

    // The reader tries many windows of a text, each tokenized anew: a symbol's one-character string is made once.
    private static readonly string[] AsciiSymbols = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string SymbolText(char c) => c < AsciiSymbols.Length ? AsciiSymbols[c] : c.ToString();
}
