namespace OrgModel.Deadlines;

/// <summary>Shared scanning of the deadline grammars: the token cursor, the first failure (position and reason), and
/// acceptance of words, symbols and bounded numbers.</summary>
/// <remarks>Every grammar method returns false after <see cref="Fail"/>; only the first failure is kept, because it is where
/// the text stopped making sense.</remarks>
internal sealed partial class DeadlinePhraseReader
{
    private readonly List<DeadlineToken> tokens;
    private readonly int length;
    private readonly LocalDate? reference;
    private readonly BeforeInterpretation before;
    private int index;

    public DeadlinePhraseReader(List<DeadlineToken> tokens, int length, LocalDate? reference, BeforeInterpretation before)
    {
        this.tokens = tokens;
        this.length = length;
        this.reference = reference;
        this.before = before;
    }

    public string? Error { get; private set; }

    public int ErrorPosition { get; private set; }

    private int Here => index < tokens.Count ? tokens[index].Position : length;

    public bool Fail(string why)
    {
        if (Error is null)
        {
            Error = why;
            ErrorPosition = Here;
        }

        return false;
    }

    public bool AtEnd(out int position)
    {
        // Trailing full stops and commas are punctuation of the sentence the phrase was cut from.
        while (index < tokens.Count && tokens[index].Type == DeadlineTokenType.Symbol && tokens[index].Text is "." or "," or ";")
        {
            index++;
        }

        position = Here;
        return index >= tokens.Count;
    }

    private static bool Make(Deadline d, out Deadline result)
    {
        result = d;
        return true;
    }

    private bool Number(out int value, int min, int max, string why)
    {
        value = 0;
        if (index >= tokens.Count || tokens[index].Type != DeadlineTokenType.Number || tokens[index].Text.Length > 6)
        {
            return Fail(why);
        }

        value = int.Parse(tokens[index].Text, System.Globalization.CultureInfo.InvariantCulture);
        if (value < min || value > max)
        {
            return Fail(why);
        }

        index++;
        return true;
    }

    private bool NextIsNumber() => index < tokens.Count && tokens[index].Type == DeadlineTokenType.Number;

    private bool Peek(string word) => index < tokens.Count && tokens[index].Type == DeadlineTokenType.Word && tokens[index].Text == word;

    private bool Peek(string first, string second) =>
        Peek(first) && index + 1 < tokens.Count && tokens[index + 1].Type == DeadlineTokenType.Word && tokens[index + 1].Text == second;

    // "thượng tuần", "trung tuần", "hạ tuần": the first, middle or last ten days of the month that follows.
    private bool PeekTenDays() => Peek("thuong", "tuan") || Peek("trung", "tuan") || Peek("ha", "tuan");

    private bool Accept(string word)
    {
        if (Peek(word))
        {
            index++;
            return true;
        }

        return false;
    }

    private bool Accept(string first, string second)
    {
        if (Peek(first, second))
        {
            index += 2;
            return true;
        }

        return false;
    }

    private bool Accept(string first, string second, string third)
    {
        if (Peek(first) && index + 2 < tokens.Count && tokens[index + 1].Text == second && tokens[index + 2].Type == DeadlineTokenType.Word && tokens[index + 2].Text == third)
        {
            index += 3;
            return true;
        }

        return false;
    }

    private bool AcceptSymbol(char c)
    {
        if (index < tokens.Count && tokens[index].Type == DeadlineTokenType.Symbol && tokens[index].Text[0] == c)
        {
            index++;
            return true;
        }

        return false;
    }
}
