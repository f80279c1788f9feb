namespace OrgModel.Text;

/// <summary>The parse pipeline: every public <c>Parse</c>, <c>TryParse</c> and <c>ParseToResult</c> is one line over these.</summary>
internal static class Parsing
{
    /// <summary>Parses or throws a <see cref="FormatException"/> with position and reason.</summary>
    /// <remarks>The <see cref="ArgumentNullException"/> names the caller's parameter, not this one.</remarks>
    public static T Parse<T, TParser>(string text, [CallerArgumentExpression(nameof(text))] string? paramName = null)
        where TParser : ICanonicalParser<T>
    {
        Guard.Against.Null(text, paramName);
        return Parse<T, TParser>(text.AsSpan());
    }

    /// <summary>Parses or throws a <see cref="FormatException"/> with position and reason.</summary>
    public static T Parse<T, TParser>(ReadOnlySpan<char> text)
        where TParser : ICanonicalParser<T> =>
        TParser.TryParseCore(text, out T value, out int errorIndex, out string? reason)
            ? value
            : throw ParseErrors.Create(TParser.What, text, errorIndex, reason!);

    /// <summary>Parses without throwing; <see langword="null"/> is a failure.</summary>
    public static bool TryParse<T, TParser>([NotNullWhen(true)] string? text, out T value)
        where TParser : ICanonicalParser<T>
    {
        if (text is null)
        {
            value = default!;
            return false;
        }

        return TParser.TryParseCore(text.AsSpan(), out value, out _, out _);
    }

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse<T, TParser>(ReadOnlySpan<char> text, out T value)
        where TParser : ICanonicalParser<T> =>
        TParser.TryParseCore(text, out value, out _, out _);

    /// <summary>Parses without throwing, through the value-only core; <see langword="null"/> is a failure.</summary>
    public static bool TryParseValue<T, TParser>([NotNullWhen(true)] string? text, out T value)
        where TParser : IValueParser<T>
    {
        if (text is null)
        {
            value = default!;
            return false;
        }

        return TParser.TryParseValue(text.AsSpan(), out value);
    }

    /// <summary>Parses without throwing, through the value-only core.</summary>
    public static bool TryParseValue<T, TParser>(ReadOnlySpan<char> text, out T value)
        where TParser : IValueParser<T> =>
        TParser.TryParseValue(text, out value);

    /// <summary>Parses into a result that keeps the position and reason of a failure; never throws.</summary>
    public static ParseResult<T> ToResult<T, TParser>(string? text)
        where TParser : ICanonicalParser<T>
    {
        if (text is null)
        {
            return ParseResult<T>.ForFailure(TParser.What, "null", 0, "the text is null");
        }

        return ToResult<T, TParser>(text.AsSpan());
    }

    /// <summary>Parses into a result that keeps the position and reason of a failure; never throws.</summary>
    public static ParseResult<T> ToResult<T, TParser>(ReadOnlySpan<char> text)
        where TParser : ICanonicalParser<T> =>
        TParser.TryParseCore(text, out T value, out int errorIndex, out string? reason)
            ? ParseResult<T>.ForValue(value)
            : ParseResult<T>.ForFailure(TParser.What, text, errorIndex, reason!);
}
