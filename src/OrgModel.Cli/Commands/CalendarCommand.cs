using OrgModel.Calendar;
using OrgModel.Cli.Output;

namespace OrgModel.Cli.Commands;

/// <summary><c>orgmodel calendar</c>: lunar dates, public holidays and working days (Vietnam's default calendar).</summary>
internal static class CalendarCommand
{
    public static Command Create(CliContext context) => new(
        "calendar",
        "Lunar dates (reckoned at UTC+7), public holidays and working days by Vietnam's default calendar.\n\n"
        + "Examples:\n"
        + "  orgmodel calendar lunar 2026-02-17\n"
        + "  orgmodel calendar holidays 2026\n"
        + "  orgmodel calendar workdays 2025-04-25 2025-05-13")
    {
        Lunar(context), Holidays(context), Workdays(context), AddWorkdays(context),
    };

    private static Command Lunar(CliContext context)
    {
        var date = new Argument<string?>("date")
        {
            Description = "A solar date (YYYY-MM-DD) to convert to lunar, or a lunar date (15/6n/2025) to convert to solar (default: today).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        return ResultCommand.Create(
            context,
            "lunar",
            "Convert a solar date to the Vietnamese lunar date, or back.\n\nExamples:\n  orgmodel calendar lunar 2025-08-01\n  orgmodel calendar lunar \"10/3/2026\"",
            [date],
            result =>
            {
                VietnameseLunarDate lunar = result.GetValue(date) switch
                {
                    null => ToLunar(context.Today(result)),
                    string text when LooksIso(text) => ToLunar(Dates.Parse(text, "the date")),
                    string text => VietnameseLunarDate.ParseToResult(text).GetValueOrThrow(),
                };
                LocalDate day = lunar.ToDate();
                PublicHoliday? holiday = WorkingDayCalendar.Default.DaysOffIn(day.Year).FirstOrDefault(h => h.Date == day);
                return new RecordSet("solarDate", "dayOfWeek", "lunarDate", "lunarYear", "lunarMonth", "lunarDay", "leapMonth", "yearName", "vietnamese", "workingDay", "holiday") { IsSingle = true }
                    .Add(Dates.Iso(day), day.DayOfWeek.ToString(), lunar.ToString(), lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth,
                        lunar.YearName, lunar.ToString("V", null), WorkingDayCalendar.Default.IsWorkingDay(day), holiday?.VietnameseName);
            });
    }

    private static Command Holidays(CliContext context)
    {
        var year = new Argument<int?>("year") { Description = "The year (default: this year).", Arity = ArgumentArity.ZeroOrOne };
        return ResultCommand.Create(
            context,
            "holidays",
            "List the days off of a year: statutory holidays, announced days and compensatory days.\n\nExample:\n  orgmodel calendar holidays 2026",
            [year],
            result =>
            {
                int y = result.GetValue(year) ?? context.Today(result).Year;
                if (y is < 1900 or > 2199)
                {
                    throw new InputException($"the calendar covers the years 1900–2199, not {y}.");
                }

                var set = new RecordSet("date", "dayOfWeek", "vietnameseName", "englishName", "origin");
                foreach (PublicHoliday h in WorkingDayCalendar.Default.DaysOffIn(y))
                {
                    set.Add(Dates.Iso(h.Date), h.Date.DayOfWeek.ToString(), h.VietnameseName, h.EnglishName, ParseCommand.CamelCase(h.Origin.ToString()));
                }

                return set;
            });
    }

    private static Command Workdays(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "The first date, YYYY-MM-DD (not counted)." };
        var to = new Argument<string>("to") { Description = "The second date, YYYY-MM-DD (counted)." };
        return ResultCommand.Create(
            context,
            "workdays",
            "Count the working days between two dates: those after the first, up to and including the second.\n\n"
            + "Example:\n  orgmodel calendar workdays 2025-04-25 2025-05-13",
            [from, to],
            result =>
            {
                LocalDate a = Dates.Parse(result.GetRequiredValue(from), "the first date");
                LocalDate b = Dates.Parse(result.GetRequiredValue(to), "the second date");
                return new RecordSet("from", "to", "workingDays", "calendarDays") { IsSingle = true }
                    .Add(Dates.Iso(a), Dates.Iso(b), WorkingDayCalendar.Default.WorkingDaysBetween(a, b), Period.Between(a, b, PeriodUnits.Days).Days);
            });
    }

    private static Command AddWorkdays(CliContext context)
    {
        var from = new Argument<string>("date") { Description = "The starting date, YYYY-MM-DD (never counted itself)." };
        var days = new Argument<int>("days") { Description = "How many working days to add (negative: go back)." };
        return ResultCommand.Create(
            context,
            "add",
            "The date that many working days after (or before) a date: \"within 10 working days\".\n\nExample:\n  orgmodel calendar add 2025-04-25 10",
            [from, days],
            result =>
            {
                LocalDate a = Dates.Parse(result.GetRequiredValue(from), "the date");
                int n = result.GetValue(days);
                LocalDate due = WorkingDayCalendar.Default.AddWorkingDays(a, n);
                return new RecordSet("from", "workingDays", "date", "dayOfWeek") { IsSingle = true }.Add(Dates.Iso(a), n, Dates.Iso(due), due.DayOfWeek.ToString());
            });
    }

    /// <summary>A solar date is written YYYY-MM-DD; a lunar one d/M/yyyy. The leading year tells them apart before either parses.</summary>
    private static bool LooksIso(string text)
    {
        string t = text.Trim();
        return t.Length > 4 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && char.IsAsciiDigit(t[2]) && char.IsAsciiDigit(t[3]) && t[4] == '-';
    }

    private static VietnameseLunarDate ToLunar(LocalDate day) =>
        VietnameseLunarDate.TryFromDate(day, out VietnameseLunarDate lunar)
            ? lunar
            : throw new InputException($"{Dates.Iso(day)} is outside the lunar calendar's range (1900–2199).");
}
