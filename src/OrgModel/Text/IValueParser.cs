namespace OrgModel.Text;

/// <summary>
/// A <see cref="ICanonicalParser{T}"/> with a second core for callers that need only the value (<c>TryParse</c>), for
/// types whose failure position or reason costs time or allocation that such a caller would throw away.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
internal interface IValueParser<T> : ICanonicalParser<T>
{
    /// <summary>Parses the whole span; never throws for any input.</summary>
    /// <remarks>Accepts exactly what <see cref="ICanonicalParser{T}.TryParseCore"/> accepts, with the same value; the
    /// tests of each implementing type compare the two.</remarks>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, on success.</param>
    /// <returns>Whether the text parsed.</returns>
    static abstract bool TryParseValue(ReadOnlySpan<char> text, out T value);
}
