using NodaTime.Text;

namespace OrgModel.Deadlines;

/// <summary>Relative and recurring deadlines in both languages: "after 6 months", "sau 6 tháng", "after P6M from 2025-07-01",
/// "within 6 months", "trong vòng 6 tháng", "within P6M", "within 10 working days", "trong 10 ngày làm việc", "monthly by day 20", "hằng tháng trước ngày 20".</summary>
internal sealed partial class DeadlinePhraseReader
{
    private bool Relative(out Deadline result, bool after)
    {
        result = default;
        if (index < tokens.Count && tokens[index].Type == DeadlineTokenType.Word && tokens[index].Text == "p")
        {
            return IsoPeriod(out result, after);
        }

        if (!Number(out int n, 1, 100000, "a number was expected"))
        {
            return false;
        }

        if (Accept("working", "days") || Accept("working", "day") || Accept("ngay", "lam", "viec"))
        {
            if (after)
            {
                return Fail("a working-day deadline is written \"within N working days\" or \"trong N ngày làm việc\"");
            }

            if (n > Deadline.MaxWorkingDays)
            {
                index--;
                return Fail($"at most {Deadline.MaxWorkingDays} working days");
            }

            return Anchor(out LocalDate? a) && Make(Deadline.WithinWorkingDays(n, a), out result);
        }

        Period? p = null;
        if (Accept("days") || Accept("day") || Accept("ngay"))
        {
            p = Period.FromDays(n);
        }
        else if (Accept("weeks") || Accept("week") || Accept("tuan"))
        {
            p = Period.FromWeeks(n);
        }
        else if (Accept("months") || Accept("month") || Accept("thang"))
        {
            p = Period.FromMonths(n);
        }
        else if (Accept("years") || Accept("year") || Accept("nam"))
        {
            p = Period.FromYears(n);
        }

        if (p is null)
        {
            return Fail("a unit was expected (days, weeks, months, years, working days; ngày, tuần, tháng, năm, ngày làm việc)");
        }

        if (!Deadline.IsValidPeriod(p, out string? why))
        {
            index--;
            return Fail(why.TrimEnd('.').ToLowerInvariant());
        }

        return Anchor(out LocalDate? anchor) && Make(PeriodDeadline(p, anchor, after), out result);
    }

    // "After six months" is due when the period has run; "within six months" at any point until then.
    private static Deadline PeriodDeadline(Period p, LocalDate? anchor, bool after) =>
        after ? Deadline.After(p, anchor) : Deadline.Within(p, anchor);

    private bool IsoPeriod(out Deadline result, bool after)
    {
        result = default;

        // The canonical "P1Y2M3W4D" arrives as alternating words and numbers: join the run of adjacent tokens.
        int start = index;
        var text = new System.Text.StringBuilder();
        int end = tokens[index].Position + tokens[index].Text.Length;
        text.Append(tokens[index].Text);
        index++;
        while (index < tokens.Count && tokens[index].Position == end && tokens[index].Type != DeadlineTokenType.Symbol)
        {
            text.Append(tokens[index].Text);
            end += tokens[index].Text.Length;
            index++;
        }

        // "within p6666666666w" (AFL++, 2026-12-02): NodaTime 3.3.4's period parser throws ArgumentOutOfRangeException for a
        // number past an int instead of failing (3.3.7, the library's version now, fails), so a number longer than any valid
        // period's is refused before it is asked, whichever version a user resolves.
        for (int t = start; t < index; t++)
        {
            if (tokens[t].Type == DeadlineTokenType.Number && tokens[t].Text.Length > 6)
            {
                index = start;
                return Fail("an ISO period of years, months, weeks and days (P6M) was expected");
            }
        }

        NodaTime.Text.ParseResult<Period> parsed = PeriodPattern.Roundtrip.Parse(text.ToString().ToUpperInvariant());
        if (!parsed.Success || !Deadline.IsValidPeriod(parsed.Value, out _))
        {
            index = start;
            return Fail("an ISO period of years, months, weeks and days (P6M) was expected");
        }

        return Anchor(out LocalDate? anchor) && Make(PeriodDeadline(parsed.Value, anchor, after), out result);
    }

    private bool Anchor(out LocalDate? anchor)
    {
        anchor = null;
        if (Accept("from") || Accept("ke", "tu") || Accept("tu"))
        {
            Accept("ngay");
            if (!Day(out LocalDate d))
            {
                return false;
            }

            anchor = d;
        }

        return true;
    }

    private bool Recurring(RecurrenceFrequency frequency, out Deadline result)
    {
        result = default;
        if (!(Accept("by", "day") || Accept("truoc", "ngay") || Accept("ngay")))
        {
            return Fail("\"by day N\" was expected");
        }

        if (!Number(out int day, 1, 31, "a day of the month (1 to 31) was expected"))
        {
            return false;
        }

        int month = 1;
        if (Accept("of", "month") || Accept("cua", "thang") || Accept("thang"))
        {
            if (!Number(out month, 1, (int)frequency, $"a month within the period (1 to {(int)frequency}) was expected"))
            {
                return false;
            }
        }

        result = Deadline.Recurring(frequency, day, month);
        return true;
    }
}
