namespace OrgModel.Tenures;

/// <summary>Appends text to a span and remembers whether everything fitted, so that formatting needs one check at the end.</summary>
internal ref struct SpanWriter
{
    private readonly Span<char> destination;

    public SpanWriter(Span<char> destination)
    {
        this.destination = destination;
        Written = 0;
        Ok = true;
    }

    public int Written { get; private set; }

    public bool Ok { get; private set; }

    public void Text(ReadOnlySpan<char> text)
    {
        if (Ok && text.TryCopyTo(destination[Written..]))
        {
            Written += text.Length;
        }
        else
        {
            Ok = false;
        }
    }

    public void Number(int value)
    {
        if (Ok && value.TryFormat(destination[Written..], out int n, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            Written += n;
        }
        else
        {
            Ok = false;
        }
    }

    public void Roman(int value)
    {
        // The longest numeral up to 3999 (MMMDCCCLXXXVIII) has 15 letters.
        if (Ok && destination.Length - Written >= 16)
        {
            Written += RomanNumeral.WriteTo(value, destination[Written..]);
        }
        else
        {
            Text(RomanNumeral.Format(value));
        }
    }

    public void Years(Tenure tenure)
    {
        Number(tenure.StartYear);
        Text("–");
        Number(tenure.EndYear);
    }
}
