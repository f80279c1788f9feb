using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;
using OrgModel.Tenures;
using OrgModel.Text;

namespace OrgModel.Deadlines;

/// <summary>Reads English and Vietnamese deadline phrases (and the canonical form) by hand, without Regex.</summary>
/// <remarks>The phrase is folded (<see cref="VietnameseText.FoldChar"/>: case, diacritics, NFD, Đ/D) and split into words,
/// numbers and symbols that remember where they started in the input, so errors point into the original text.</remarks>
internal static class DeadlineParser
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    public static bool TryParse(ReadOnlySpan<char> input, LocalDate? reference, BeforeInterpretation before, out Deadline result,
        out int position, [NotNullWhen(false)] out string? reason)
    {
        result = default;
        if (input.Length > 400)
        {
            position = 400;
            reason = "a deadline phrase has at most 400 characters";
            return false;
        }

        if (VietnameseText.InnerLineBreakOrControl(input) is >= 0 and int at)
        {
            position = at;
            reason = VietnameseText.LineBreakReason;
            return false;
        }

        if (reference is { } r && r.Calendar != CalendarSystem.Iso)
        {
            position = 0;
            reason = "the reference date must be in the ISO calendar";
            return false;
        }

        var tokens = Tokenize(input, out string? eventText, out int eventPosition);
        var state = new State(tokens, input.Length, reference, before);
        if (tokens.Count == 0)
        {
            position = 0;
            reason = "a deadline phrase was expected but the text is empty";
            return false;
        }

        if (!state.ParsePhrase(out result) || !state.AtEnd(out _))
        {
            if (state.Error is null)
            {
                state.Fail("unexpected text after the deadline");
            }

            position = state.ErrorPosition;
            reason = state.Error!;
            result = default;
            return false;
        }

        if (eventText is not null)
        {
            if (result.Anchor is null || !Deadline.IsValidEvent(eventText))
            {
                position = eventPosition;
                reason = result.Anchor is null ? "an event in parentheses needs \"from DATE\" before it" : "the event in parentheses is blank or too long";
                result = default;
                return false;
            }

            result = WithEvent(result, VietnameseText.ToNfc(eventText));
        }

        result = result.WithWording(input.ToString());
        position = 0;
        reason = null;
        return true;
    }

    private static Deadline WithEvent(Deadline d, string anchorEvent) => d.AnchoredAt(d.Anchor!.Value, anchorEvent);

    private static List<Token> Tokenize(ReadOnlySpan<char> input, out string? eventText, out int eventPosition)
    {
        var tokens = new List<Token>();
        eventText = null;
        eventPosition = -1;
        int i = 0;
        var buffer = new System.Text.StringBuilder();
        while (i < input.Length)
        {
            char f = VietnameseText.FoldChar(input[i]);
            if (f == '\0' || char.IsWhiteSpace(f))
            {
                i++;
                continue;
            }

            if (f == '(' && eventText is not null)
            {
                tokens.Add(new Token(TokenType.Symbol, "(", i));
                return tokens;
            }

            if (f == '(')
            {
                // An anchor event in parentheses runs to the closing one; it must end the phrase.
                int close = input[(i + 1)..].IndexOf(')');
                eventPosition = i;
                if (close < 0)
                {
                    tokens.Add(new Token(TokenType.Symbol, "(", i));
                    return tokens;
                }

                eventText = input.Slice(i + 1, close).Trim().ToString();
                i += close + 2;
                continue;
            }

            int start = i;
            buffer.Clear();
            TokenType type = f is >= 'a' and <= 'z' ? TokenType.Word : f is >= '0' and <= '9' ? TokenType.Number : TokenType.Symbol;
            if (type == TokenType.Symbol)
            {
                tokens.Add(new Token(type, f.ToString(), start));
                i++;
                continue;
            }

            while (i < input.Length)
            {
                char g = VietnameseText.FoldChar(input[i]);
                if (g == '\0')
                {
                    i++;
                    continue;
                }

                bool same = type == TokenType.Word ? g is >= 'a' and <= 'z' : g is >= '0' and <= '9';
                if (!same)
                {
                    break;
                }

                buffer.Append(g);
                i++;
            }

            tokens.Add(new Token(type, buffer.ToString(), start));
        }

        if (eventText is not null && tokens.Count > 0 && tokens[^1].Position > eventPosition)
        {
            // Text after the parenthesised event: report it as unexpected by leaving a marker token.
            tokens.Add(new Token(TokenType.Symbol, ")", eventPosition));
        }

        return tokens;
    }

    private enum TokenType
    {
        Word,
        Number,
        Symbol,
    }

    private readonly record struct Token(TokenType Type, string Text, int Position);

    private sealed class State(List<Token> tokens, int length, LocalDate? reference, BeforeInterpretation before)
    {
        private int index;

        public string? Error { get; private set; }

        public int ErrorPosition { get; private set; }

        private int Here => index < tokens.Count ? tokens[index].Position : length;

        public bool Fail(string why)
        {
            if (Error is null)
            {
                Error = why;
                ErrorPosition = Here;
            }

            return false;
        }

        public bool AtEnd(out int position)
        {
            // Trailing full stops and commas are punctuation of the sentence the phrase was cut from.
            while (index < tokens.Count && tokens[index].Type == TokenType.Symbol && tokens[index].Text is "." or "," or ";")
            {
                index++;
            }

            position = Here;
            return index >= tokens.Count;
        }

        public bool ParsePhrase(out Deadline result)
        {
            result = default;
            if (Peek("ongoing") || Peek("none"))
            {
                index++;
                return true;
            }

            if (Accept("thuong", "xuyen"))
            {
                return true;
            }

            if (Accept("by", "the", "end") || Accept("cuoi"))
            {
                Accept("of");
                return EndOf(out result);
            }

            if (Accept("on", "or", "before") || Accept("by") || Accept("no", "later", "than"))
            {
                return Day(out LocalDate d) && Make(Deadline.OnOrBefore(d), out result);
            }

            if (Accept("strictly", "before"))
            {
                return Day(out LocalDate d) && Make(Deadline.StrictlyBefore(d), out result);
            }

            if (Accept("before") || Accept("truoc"))
            {
                Accept("ngay");
                return Day(out LocalDate d) && Make(Deadline.Before(d, before), out result);
            }

            if (Accept("cham", "nhat"))
            {
                Accept("la");
                Accept("ngay");
                return Day(out LocalDate d) && Make(Deadline.OnOrBefore(d), out result);
            }

            if (Accept("in"))
            {
                return InPeriod(out result);
            }

            if (Accept("within"))
            {
                return NextIsNumber() ? Relative(out result, after: false) : InPeriod(out result);
            }

            if (Accept("trong", "vong") || Accept("trong"))
            {
                return NextIsNumber() ? Relative(out result, after: false) : VietnamesePeriod(out result);
            }

            if (Peek("thang") || Peek("quy") || Peek("nam"))
            {
                return VietnamesePeriod(out result);
            }

            if (Accept("after") || Accept("sau"))
            {
                return Relative(out result, after: true);
            }

            if (Accept("monthly") || Accept("hang", "thang"))
            {
                return Recurring(RecurrenceFrequency.Monthly, out result);
            }

            if (Accept("quarterly") || Accept("hang", "quy"))
            {
                return Recurring(RecurrenceFrequency.Quarterly, out result);
            }

            if (Accept("yearly") || Accept("annually") || Accept("hang", "nam"))
            {
                return Recurring(RecurrenceFrequency.Yearly, out result);
            }

            return Fail("a deadline phrase was expected (\"before\", \"by\", \"in\", \"after\", \"within\", \"trước\", \"chậm nhất\", \"trong\", \"quý\", \"năm\", \"sau\", ...)");
        }

        private static bool Make(Deadline d, out Deadline result)
        {
            result = d;
            return true;
        }

        private bool EndOf(out Deadline result)
        {
            result = default;
            Accept("nam");
            if (TryMonthName(out int m))
            {
                return YearOrReference(out int y1, required: false) && Make(Deadline.WithinMonth(new YearMonth(y1, m)), out result);
            }

            if (Accept("thang"))
            {
                return VietnameseMonth(out YearMonth ym) && Make(Deadline.WithinMonth(ym), out result);
            }

            if (Accept("quy"))
            {
                return VietnameseQuarter(out result);
            }

            return Year(out int y) && Make(Deadline.ByEndOfYear(y), out result);
        }

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

        private bool VietnamesePeriod(out Deadline result)
        {
            result = default;
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
            if (index < tokens.Count && tokens[index].Type == TokenType.Word && RomanNumeral.TryParse(tokens[index].Text, out int roman) && roman is >= 1 and <= 4)
            {
                q = roman;
                index++;
            }
            else if (index < tokens.Count && tokens[index].Type == TokenType.Number && tokens[index].Text is "1" or "2" or "3" or "4")
            {
                q = tokens[index].Text[0] - '0';
                index++;
            }
            else
            {
                return Fail("a quarter (I, II, III, IV or 1 to 4) was expected");
            }

            int y;
            if (AcceptSymbol('/') || AcceptSymbol('-') || Accept("nam"))
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

        private bool Relative(out Deadline result, bool after)
        {
            result = default;
            if (after && index < tokens.Count && tokens[index].Type == TokenType.Word && tokens[index].Text == "p")
            {
                return IsoPeriod(out result);
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

            return Anchor(out LocalDate? anchor) && Make(Deadline.After(p, anchor), out result);
        }

        private bool IsoPeriod(out Deadline result)
        {
            result = default;

            // The canonical "P1Y2M3W4D" arrives as alternating words and numbers: join the run of adjacent tokens.
            int start = index;
            var text = new System.Text.StringBuilder();
            int end = tokens[index].Position + tokens[index].Text.Length;
            text.Append(tokens[index].Text);
            index++;
            while (index < tokens.Count && tokens[index].Position == end && tokens[index].Type != TokenType.Symbol)
            {
                text.Append(tokens[index].Text);
                end += tokens[index].Text.Length;
                index++;
            }

            NodaTime.Text.ParseResult<Period> parsed = PeriodPattern.Roundtrip.Parse(text.ToString().ToUpperInvariant());
            if (!parsed.Success || !Deadline.IsValidPeriod(parsed.Value, out _))
            {
                index = start;
                return Fail("an ISO period of years, months, weeks and days (P6M) was expected");
            }

            return Anchor(out LocalDate? anchor) && Make(Deadline.After(parsed.Value, anchor), out result);
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

                AcceptSymbol(',');
                return YearOrReference(out int y, required: false) && MakeDate(y, monthByName, d, start, out result);
            }

            if (index >= tokens.Count || tokens[index].Type != TokenType.Number)
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

            if (TryMonthName(out int month2))
            {
                return YearOrReference(out int y, required: false) && MakeDate(y, month2, day, start, out result);
            }

            if (!(AcceptSymbol('/') || AcceptSymbol('-') || AcceptSymbol('.') || Accept("thang")))
            {
                return Fail("\"/\" and a month were expected after the day");
            }

            if (!MonthNumber(out int month))
            {
                return false;
            }

            if (AcceptSymbol('/') || AcceptSymbol('-') || AcceptSymbol('.') || Accept("nam"))
            {
                return Year(out int y) && MakeDate(y, month, day, start, out result);
            }

            return YearOrReference(out int year, required: false) && MakeDate(year, month, day, start, out result);
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
            if (index >= tokens.Count || tokens[index].Type != TokenType.Number || tokens[index].Text.Length != 4)
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
            if (index < tokens.Count && (tokens[index].Type == TokenType.Number || Peek("nam") || Peek("of")))
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

        private bool Number(out int value, int min, int max, string why)
        {
            value = 0;
            if (index >= tokens.Count || tokens[index].Type != TokenType.Number || tokens[index].Text.Length > 6)
            {
                return Fail(why);
            }

            value = int.Parse(tokens[index].Text, System.Globalization.CultureInfo.InvariantCulture);
            if (value < min || value > max)
            {
                return Fail(why);
            }

            index++;
            return true;
        }

        private bool NextIsNumber() => index < tokens.Count && tokens[index].Type == TokenType.Number;

        private bool TryMonthName(out int month)
        {
            month = 0;
            if (index >= tokens.Count || tokens[index].Type != TokenType.Word)
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
                if (i < 0 && tokens[index].Type == TokenType.Number && tokens[index].Text is "1" or "2" or "3" or "4" && index + 1 < tokens.Count
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

        private bool Peek(string word) => index < tokens.Count && tokens[index].Type == TokenType.Word && tokens[index].Text == word;

        private bool Accept(string word)
        {
            if (Peek(word))
            {
                index++;
                return true;
            }

            return false;
        }

        private bool Accept(string first, string second)
        {
            if (Peek(first) && index + 1 < tokens.Count && tokens[index + 1].Type == TokenType.Word && tokens[index + 1].Text == second)
            {
                index += 2;
                return true;
            }

            return false;
        }

        private bool Accept(string first, string second, string third)
        {
            if (Peek(first) && index + 2 < tokens.Count && tokens[index + 1].Text == second && tokens[index + 2].Type == TokenType.Word && tokens[index + 2].Text == third)
            {
                index += 3;
                return true;
            }

            return false;
        }

        private bool AcceptSymbol(char c)
        {
            if (index < tokens.Count && tokens[index].Type == TokenType.Symbol && tokens[index].Text[0] == c)
            {
                index++;
                return true;
            }

            return false;
        }
    }
}
