using OrgModel.Utility;

namespace OrgModel.Documents;

/// <summary>The part of writing a canonical document symbol that the numbering rules fix.</summary>
internal static class SymbolWriting
{
    /// <summary>Writes a number with at least two digits (the leading zero below 10 that the numbering rules require).</summary>
    public static void Number(this ref SpanWriter w, int value)
    {
        if (value < 10)
        {
            w.Char('0');
        }

        w.Digits(value);
    }
}
