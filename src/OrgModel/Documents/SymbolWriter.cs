namespace OrgModel.Documents;

/// <summary>Writes the parts of a canonical symbol into a span, remembering whether it ran out of room.</summary>
internal ref struct SymbolWriter
{
    private readonly Span<char> destination;
    private int written;
    private bool overflow;

    public SymbolWriter(Span<char> destination)
    {
        this.destination = destination;
    }

    /// <summary>Writes a number with at least two digits (the leading zero below 10 that the numbering rules require).</summary>
    public void Number(int value)
    {
        if (value < 10)
        {
            Char('0');
        }

        Digits(value);
    }

    /// <summary>Writes a number as it is, without a leading zero (the part after the dot of <c>66.7/2025/NQ-CP</c>).</summary>
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

    public readonly bool Finish(out int charsWritten)
    {
        charsWritten = overflow ? 0 : written;
        return !overflow;
    }
}
