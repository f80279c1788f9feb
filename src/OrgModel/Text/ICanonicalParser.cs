namespace OrgModel.Text;

/// <summary>
/// The one parsing core a parsable type implements; <see cref="Parsing"/> derives <c>Parse</c>, <c>TryParse</c>,
/// <c>ParseToResult</c> and the <see cref="ISpanParsable{TSelf}"/> members from it, so that every type reports the
/// same position and reason whichever entry point the caller chose.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
internal interface ICanonicalParser<T>
{
    /// <summary>Gets what is being parsed, for messages ("a document number", "a term").</summary>
    static abstract string What { get; }

    /// <summary>Parses the whole span; never throws for any input.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, on success.</param>
    /// <param name="errorIndex">The 0-based index of the failure, on failure.</param>
    /// <param name="reason">Why the text did not parse, on failure (a constant: the hot path writes no strings).</param>
    /// <returns>Whether the text parsed.</returns>
    static abstract bool TryParseCore(ReadOnlySpan<char> text, out T value, out int errorIndex, out string? reason);
}
