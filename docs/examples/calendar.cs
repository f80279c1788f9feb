#:project ../../src/OrgModel/OrgModel.csproj

// The Vietnamese calendar with OrgModel.Calendar. Run: dotnet run docs/examples/calendar.cs
using NodaTime;
using OrgModel.Calendar;

Console.OutputEncoding = System.Text.Encoding.UTF8;

// Lunar dates, reckoned at UTC+7: Tết, the Hùng Kings' day, leap months, Can Chi names.
foreach (int year in new[] { 1968, 1985, 2007, 2025, 2026 })
{
    LocalDate tet = VietnameseLunarDate.NewYear(year);
    Console.WriteLine($"Tết {year} ({VietnameseLunarDate.SexagenaryName(year)}): {tet:dddd d MMMM yyyy}");
}

var hungKings = new VietnameseLunarDate(2026, 3, 10);
Console.WriteLine($"Giỗ Tổ Hùng Vương 2026: {hungKings} = {hungKings.ToDate():uuuu-MM-dd}");
VietnameseLunarDate today = VietnameseLunarDate.FromDate(new LocalDate(2025, 8, 1));
Console.WriteLine($"2025-08-01 is {today} ({today.ToString("V", null)}); 2025 has leap month {VietnameseLunarDate.LeapMonthOf(2025)}");
Console.WriteLine($"\"15/6 nhuận/2025\" → {VietnameseLunarDate.Parse("15/6 nhuận/2025").ToDate():uuuu-MM-dd}; \"30/2/2026\" accepted: {VietnameseLunarDate.TryParse("30/2/2026", out _)}");

// Public holidays: the Labour Code 2019 rules, the announced Tết 2026 leave, and a rule a caller adds.
Console.WriteLine();
Console.WriteLine("Days off in 2026 (Vietnam's default calendar):");
foreach (PublicHoliday h in WorkingDayCalendar.Default.DaysOffIn(2026))
{
    Console.WriteLine($"  {h.Date:ddd uuuu-MM-dd}  {h.VietnameseName} — {h.EnglishName} [{h.Origin}]");
}

HolidayRule cultureDay = HolidayRule.Solar("Ngày Văn hóa Việt Nam", "Vietnamese Culture Day", 11, 24, new LocalDate(2027, 1, 1));
PublicHolidays withCultureDay = PublicHolidays.Vietnam.WithRule(cultureDay); // proposed in 2026, not law in the sources
Console.WriteLine($"24 Nov 2027 a holiday with the caller's rule: {withCultureDay.IsHoliday(new LocalDate(2027, 11, 24))}, without: {PublicHolidays.Vietnam.IsHoliday(new LocalDate(2027, 11, 24))}");

// Working days: "within 10 working days" of a document dated Friday 25 April 2025 (30 April and 1 May are holidays).
Console.WriteLine();
WorkingDayCalendar calendar = WorkingDayCalendar.Default;
var dated = new LocalDate(2025, 4, 25);
LocalDate due = calendar.AddWorkingDays(dated, 10);
Console.WriteLine($"10 working days after {dated:ddd uuuu-MM-dd}: {due:ddd uuuu-MM-dd} ({calendar.WorkingDaysBetween(dated, due)} working days between)");
Console.WriteLine($"First working day on or after 2026-02-14: {calendar.NextWorkingDayOnOrAfter(new LocalDate(2026, 2, 14)):ddd uuuu-MM-dd}");
var sixDayWeek = new WorkingDayCalendar(weekendDays: [IsoDayOfWeek.Sunday]);
Console.WriteLine($"With Saturdays worked: {sixDayWeek.AddWorkingDays(dated, 10):ddd uuuu-MM-dd}");
