using NodaTime;

namespace OrgModel.Deadlines;

/// <summary>The English period grammar: "in November 2025", "in the first quarter of 2026", "in quarter I/2026", "in 2026-Q1", "in 2025-11",
/// month names and ordinals.</summary>
internal sealed partial class DeadlinePhraseReader
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    private bool InPeriod(out Deadline result)
    {
        result = default;
        if (Accept("the"))
        {
            if (!TryOrdinal(out int q) || !Accept("quarter"))
            {
                return Fail("\"first\", \"second\", \"third\" or \"fourth quarter\" was expected");
            }

            Accept("of");
            return YearOrReference(out int y, required: false) && Make(Deadline.WithinQuarter(y, q), out result);
        }

        if (Accept("quarter"))
        {
            return VietnameseQuarter(out result);
        }

        if (TryQuarterCode(out int qq))
        {
            return YearOrReference(out int y, required: false) && Make(Deadline.WithinQuarter(y, qq), out result);
        }

        if (TryMonthName(out int m))
        {
            return YearOrReference(out int y, required: false) && Make(Deadline.WithinMonth(new YearMonth(y, m)), out result);
        }

        // ISO forms: 2025-11, 2026-Q1, or a bare year 2025.
        if (!Year(out int year))
        {
            return false;
        }

        if (!AcceptSymbol('-'))
        {
            return Make(Deadline.ByEndOfYear(year), out result);
        }

        if (TryQuarterCode(out int q2))
        {
            return Make(Deadline.WithinQuarter(year, q2), out result);
        }

        return MonthNumber(out int month) && Make(Deadline.WithinMonth(new YearMonth(year, month)), out result);
    }

    private bool TryMonthName(out int month)
    {
        month = 0;
        if (index >= tokens.Count || tokens[index].Type != DeadlineTokenType.Word)
        {
            return false;
        }

        string w = tokens[index].Text;
        for (int i = 0; i < MonthNames.Length; i++)
        {
            if (w == MonthNames[i] || (w.Length == 3 && MonthNames[i].StartsWith(w, StringComparison.Ordinal)) || (w == "sept" && i == 8))
            {
                month = i + 1;
                index++;
                AcceptSymbol('.');
                return true;
            }
        }

        return false;
    }

    private bool TryOrdinal(out int n)
    {
        n = 0;
        if (index >= tokens.Count)
        {
            return false;
        }

        int i = Array.IndexOf(Ordinals, tokens[index].Text);
        if (i < 0)
        {
            string t = tokens[index].Text;
            i = t is "1st" ? 0 : t is "2nd" ? 1 : t is "3rd" ? 2 : t is "4th" ? 3 : -1;
            if (i < 0 && tokens[index].Type == DeadlineTokenType.Number && tokens[index].Text is "1" or "2" or "3" or "4" && index + 1 < tokens.Count
                && tokens[index + 1].Text is "st" or "nd" or "rd" or "th")
            {
                i = tokens[index].Text[0] - '1';
                index++;
            }
        }

        if (i < 0)
        {
            return false;
        }

        n = i + 1;
        index++;
        return true;
    }

    /// <summary>Reads "Q1" (two tokens: the word q and the number) or "Q1" written together.</summary>
    private bool TryQuarterCode(out int q)
    {
        q = 0;
        if (index + 1 < tokens.Count && tokens[index].Text == "q" && tokens[index + 1].Text is "1" or "2" or "3" or "4")
        {
            q = tokens[index + 1].Text[0] - '0';
            index += 2;
            return true;
        }

        return false;
    }
}
