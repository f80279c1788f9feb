namespace OrgModel.Utility;

/// <summary>The parts of formatting that every short value type of the library writes the same way.</summary>
internal static class Formats
{
    /// <summary>
    /// <see cref="IFormattable.ToString(string, IFormatProvider)"/> over the type's <c>TryFormat</c>: written into a stack
    /// buffer, so that only the returned string is allocated.
    /// </summary>
    /// <typeparam name="T">The formatted type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format, passed on.</param>
    /// <param name="provider">The provider, passed on.</param>
    /// <param name="capacity">A length that the usual forms of <paramref name="value"/> fit in; a longer one is written into a
    /// buffer twice as long, and so on (a Party number's issuer may run to a few hundred characters).</param>
    /// <returns>The text.</returns>
    public static string ToString<T>(in T value, string? format, IFormatProvider? provider, int capacity = 64)
        where T : struct, ISpanFormattable
    {
        Span<char> buffer = stackalloc char[capacity];
        if (value.TryFormat(buffer, out int written, format, provider))
        {
            return new string(buffer[..written]);
        }

        // A failed TryFormat wrote nothing usable: "" for a valid value would not read back (found by AFL++, 2026-12-01).
        for (int length = capacity * 2; ; length *= 2)
        {
            char[] larger = new char[length];
            if (value.TryFormat(larger, out written, format, provider))
            {
                return new string(larger, 0, written);
            }
        }
    }

    /// <summary>The one-letter format of a <c>TryFormat</c>: <c>G</c> for an empty format, <c>?</c> (no format) for a longer one.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The letter.</returns>
    public static char Letter(ReadOnlySpan<char> format) => format.Length switch
    {
        0 => 'G',
        1 => format[0],
        _ => '?',
    };
}
