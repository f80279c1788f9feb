using OrgModel.Utility;

namespace OrgModel.Text;

/// <summary>
/// The outcome of parsing text: either a value, or the position and reason of the failure, with the
/// <see cref="FormatException"/> that <c>Parse</c> would have thrown built only when someone asks for it.
/// </summary>
/// <typeparam name="T">The type parsed.</typeparam>
/// <remarks>
/// <para>Modelled on NodaTime's <c>ParseResult&lt;T&gt;</c>: the parsable types of the library return one from
/// <c>ParseToResult</c>, which never throws. <c>TryParse</c> keeps the BCL shape (a <see cref="bool"/> and an
/// <c>out</c> value) for the generic <see cref="IParsable{TSelf}"/> world; a <see cref="ParseResult{T}"/> keeps
/// what <c>TryParse</c> throws away: where the text stopped making sense and why.</para>
/// <para>Thread safety: immutable and thread-safe (the exception is built at most once per thread that races for
/// it, and every copy is equal).</para>
/// </remarks>
public sealed class ParseResult<T>
{
    private readonly T value;
    private readonly string? what;
    private readonly string? quoted;
    private FormatException? exception;

    private ParseResult(T value)
    {
        this.value = value;
        Success = true;
    }

    private ParseResult(string what, string quoted, int errorIndex, string reason)
    {
        value = default!;
        this.what = what;
        this.quoted = quoted;
        ErrorIndex = errorIndex;
        Reason = reason;
    }

    /// <summary>Gets a value indicating whether the text parsed.</summary>
    public bool Success { get; }

    /// <summary>Gets the value parsed.</summary>
    /// <exception cref="FormatException">The text did not parse; the exception is <see cref="Exception"/>.</exception>
    public T Value => Success ? value : throw Exception;

    /// <summary>Gets the 0-based index in the text at which parsing failed, or -1 on success.</summary>
    public int ErrorIndex { get; } = -1;

    /// <summary>Gets why the text did not parse (a phrase such as "the year must be between 1945 and 2999"), or
    /// <see langword="null"/> on success.</summary>
    public string? Reason { get; }

    /// <summary>Gets the exception that <c>Parse</c> throws for this text: it quotes at most 100 characters of the
    /// text, names the 1-based character position and gives the reason.</summary>
    /// <exception cref="InvalidOperationException">The text parsed; there is no exception.</exception>
    public FormatException Exception => Success
        ? throw new InvalidOperationException("The text parsed; a successful ParseResult has no exception.")
        : exception ??= ParseErrors.Create(what!, quoted, ErrorIndex, Reason!);

    /// <summary>Gets the value, or throws the parse failure.</summary>
    /// <returns>The value parsed.</returns>
    /// <exception cref="FormatException">The text did not parse.</exception>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value when the text parsed, or <paramref name="failureValue"/> when it did not.</summary>
    /// <param name="failureValue">The value to return on failure.</param>
    /// <param name="result">The value parsed, or <paramref name="failureValue"/>.</param>
    /// <returns><see langword="true"/> when the text parsed.</returns>
    public bool TryGetValue(T failureValue, out T result)
    {
        result = Success ? value : failureValue;
        return Success;
    }

    /// <summary>Creates a successful result.</summary>
    internal static ParseResult<T> ForValue(T value) => new(value);

    /// <summary>Returns the value when the text parsed, or the failure's description.</summary>
    /// <returns>A string for diagnostics.</returns>
    public override string ToString() => Success ? $"Success: {value}" : $"Failure at index {ErrorIndex}: {Reason}";

    /// <summary>Creates a failed result; the text is quoted (bounded) now, so the result does not keep the input.</summary>
    internal static ParseResult<T> ForFailure(string what, ReadOnlySpan<char> text, int errorIndex, string reason) =>
        new(what, Preconditions.Quote(text), errorIndex, reason);
}
