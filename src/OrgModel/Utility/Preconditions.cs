namespace OrgModel.Utility;

/// <summary>
/// The one precondition style of the library (after NodaTime's <c>Utility/Preconditions</c>): checks that do not
/// capture, return their argument, and keep the throw in a separate method so the calling constructor stays small.
/// </summary>
/// <remarks>Ardalis.GuardClauses stays the tool for the plain null, empty and range checks of public entry points;
/// the checks here are the ones it has no non-allocating form for (calendars, bounded quoting, fatal exceptions).</remarks>
internal static class Preconditions
{
    /// <summary>The most characters of a caller's input that an error message quotes.</summary>
    public const int MaxQuotedLength = 100;

    /// <summary>The longest message a reader builds from nested errors (each of which quotes at most
    /// <see cref="MaxQuotedLength"/> characters of input).</summary>
    public const int MaxMessageLength = 1000;

    /// <summary>Checks that a date is in the ISO calendar, the only one the library computes with.</summary>
    /// <remarks>A date in another calendar compares and subtracts with an <see cref="ArgumentException"/> far from
    /// the cause, and would be written to JSON as a different day; refusing it at construction puts the error where
    /// the mistake is.</remarks>
    public static LocalDate CheckIso(LocalDate date, [CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        CheckIsoCalendar(date.Calendar, paramName);
        return date;
    }

    /// <summary>Checks that a date, when present, is in the ISO calendar.</summary>
    public static LocalDate? CheckIso(LocalDate? date, [CallerArgumentExpression(nameof(date))] string? paramName = null) =>
        date is { } d ? CheckIso(d, paramName) : null;

    /// <summary>Checks that a month is in the ISO calendar.</summary>
    public static YearMonth CheckIso(YearMonth month, [CallerArgumentExpression(nameof(month))] string? paramName = null)
    {
        CheckIsoCalendar(month.Calendar, paramName);
        return month;
    }

    /// <summary>Checks that a month, when present, is in the ISO calendar.</summary>
    public static YearMonth? CheckIso(YearMonth? month, [CallerArgumentExpression(nameof(month))] string? paramName = null) =>
        month is { } m ? CheckIso(m, paramName) : null;

    /// <summary>Checks that a value of an enum is one of its named members (an undefined value is a caller's bug,
    /// and for clearances a way to fail open).</summary>
    public static T CheckDefined<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowUndefined(paramName, value.ToString(), typeof(T).Name);
        }

        return value;
    }

    /// <summary>Checks a rule on an argument; the message is a constant, so a passing check allocates nothing
    /// (a rule whose message names values uses an <c>if</c> and <c>throw</c> instead).</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    /// <summary>Tells whether an exception must never be caught and reported as bad input.</summary>
    /// <remarks>A reader that turned <see cref="OutOfMemoryException"/> into a <see cref="System.Text.Json.JsonException"/>
    /// would tell a service that the client sent bad data when the process is failing.</remarks>
    public static bool IsFatal(Exception e) =>
        e is OutOfMemoryException or StackOverflowException or ThreadAbortException or AccessViolationException
            or ThreadInterruptedException or OperationCanceledException;

    /// <summary>Quotes at most <see cref="MaxQuotedLength"/> characters of a caller's input for an error message.</summary>
    public static string Quote(ReadOnlySpan<char> input) =>
        input.Length <= MaxQuotedLength ? input.ToString() : string.Concat(input[..MaxQuotedLength], "…");

    /// <summary>Quotes at most <see cref="MaxQuotedLength"/> characters of a caller's input for an error message.</summary>
    public static string Quote(string? input) => input is null ? "null" : Quote(input.AsSpan());

    /// <summary>Cuts a message built from nested errors to a bounded length, the last guard of the quoting rule.</summary>
    public static string BoundMessage(string message) =>
        message.Length <= MaxMessageLength ? message : string.Concat(message.AsSpan(0, MaxMessageLength), "…");

    // The one place that knows which calendar the library computes with; every CheckIso overload comes here.
    private static void CheckIsoCalendar(CalendarSystem calendar, string? paramName)
    {
        if (calendar != CalendarSystem.Iso)
        {
            ThrowNotIso(paramName, calendar);
        }
    }

    [DoesNotReturn]
    private static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    private static void ThrowNotIso(string? paramName, CalendarSystem calendar) =>
        throw new ArgumentException($"The date must be in the ISO calendar, not {calendar.Id}; convert it with WithCalendar(CalendarSystem.Iso).", paramName);

    [DoesNotReturn]
    private static void ThrowUndefined(string? paramName, string value, string type) =>
        throw new ArgumentOutOfRangeException(paramName, $"{Quote(value)} is not a defined {type} value.");
}
