namespace OrgModel.Utility;

/// <summary>
/// Appends text to a span and remembers whether everything fitted, so that a <c>TryFormat</c> needs one check at the end.
/// </summary>
internal ref struct SpanWriter(Span<char> destination)
{
    private readonly Span<char> destination = destination;
    private int written;
    private bool overflow;

    /// <summary>Gets the room left, for a part that formats itself in place (then <see cref="Advance"/>); empty after an overflow.</summary>
    public readonly Span<char> Rest => overflow ? default : destination[written..];

    /// <summary>Counts characters written into <see cref="Rest"/>.</summary>
    public void Advance(int count) => written += count;

    /// <summary>Writes a number as it is, in invariant digits.</summary>
    public void Digits(int value)
    {
        if (!overflow && value.TryFormat(destination[written..], out int n, default, CultureInfo.InvariantCulture))
        {
            written += n;
        }
        else
        {
            overflow = true;
        }
    }

    public void Char(char c)
    {
        if (overflow || written >= destination.Length)
        {
            overflow = true;
            return;
        }

        destination[written++] = c;
    }

    public void Text(ReadOnlySpan<char> text)
    {
        if (overflow || !text.TryCopyTo(destination[written..]))
        {
            overflow = true;
            return;
        }

        written += text.Length;
    }

    /// <summary>Ends the writing.</summary>
    /// <param name="charsWritten">How many characters were written; 0 when they did not fit.</param>
    /// <returns>False when they did not fit.</returns>
    public readonly bool Finish(out int charsWritten)
    {
        charsWritten = overflow ? 0 : written;
        return !overflow;
    }
}
