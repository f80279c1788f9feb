namespace OrgModel.Text;

/// <summary>
/// Supplies the <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/> members of a parsable type from its
/// parse core, once for every type, instead of four hand-written forwarders per type.
/// </summary>
/// <remarks>The provider is ignored: every canonical form is culture-invariant. A type still declares its public
/// <c>Parse</c>, <c>TryParse</c> and <c>ParseToResult</c>, which callers reach without a generic constraint.</remarks>
/// <typeparam name="TSelf">The parsable type.</typeparam>
/// <typeparam name="TParser">The parse core (<typeparamref name="TSelf"/> itself, or a shared parser struct).</typeparam>
internal interface ICanonicalParsable<TSelf, TParser> : ISpanParsable<TSelf>
    where TSelf : ICanonicalParsable<TSelf, TParser>
    where TParser : ICanonicalParser<TSelf>
{
    /// <inheritdoc/>
    static TSelf IParsable<TSelf>.Parse(string s, IFormatProvider? provider) => Parsing.Parse<TSelf, TParser>(s);

    /// <inheritdoc/>
    static bool IParsable<TSelf>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out TSelf result) =>
        Parsing.TryParse<TSelf, TParser>(s, out result);

    /// <inheritdoc/>
    static TSelf ISpanParsable<TSelf>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parsing.Parse<TSelf, TParser>(s);

    /// <inheritdoc/>
    static bool ISpanParsable<TSelf>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out TSelf result) =>
        Parsing.TryParse<TSelf, TParser>(s, out result);
}
