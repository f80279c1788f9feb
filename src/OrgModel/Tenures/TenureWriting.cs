using OrgModel.Utility;

namespace OrgModel.Tenures;

/// <summary>The parts of a formatted term: its Roman ordinal and its years.</summary>
internal static class TenureWriting
{
    public static void Roman(this ref SpanWriter w, int value)
    {
        // The longest numeral up to 3999 (MMMDCCCLXXXVIII) has 15 letters.
        if (w.Rest.Length >= 16)
        {
            w.Advance(RomanNumeral.WriteTo(value, w.Rest));
        }
        else
        {
            w.Text(RomanNumeral.Format(value));
        }
    }

    public static void Years(this ref SpanWriter w, Tenure tenure)
    {
        w.Digits(tenure.StartYear);
        w.Text("–");
        w.Digits(tenure.EndYear);
    }
}
