namespace OrgModel.Deadlines;

/// <summary>The kinds of token a deadline phrase is split into.</summary>
/// <remarks>A byte: a text's token list keeps one per token (<see cref="DeadlineTextTokens"/>).</remarks>
internal enum DeadlineTokenType : byte
{
    Word,

    Number,

    Symbol,
}

/// <summary>A folded word, number or symbol of a deadline phrase and where it started in the input.</summary>
internal readonly record struct DeadlineToken(DeadlineTokenType Type, string Text, int Position);
