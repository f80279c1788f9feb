using System.Text.Json;
using NodaTime;
using OrgModel.Calendar;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;

namespace OrgModel.Tests.Calendar;

/// <summary>The wire form of the calendar types, written exactly so (member names and order, dates as ISO days, enums by
/// camel-case name, a lunar new-year rule without month and day) and read back; a text without a required member is a
/// <see cref="JsonException"/> naming it.</summary>
public class CalendarWireFormTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJsonContext.Default;

    [Fact]
    public void Each_kind_of_rule_writes_the_members_it_has()
    {
        HolidayRule[] rules = [.. PublicHolidays.LabourCode2019.Take(3)];
        string[] golden =
        [
            """{"kind":"solar","vietnameseName":"T\u1EBFt D\u01B0\u01A1ng l\u1ECBch","englishName":"New Year\u0027s Day","effectiveFrom":"2021-01-01","month":1,"day":1}""",
            """{"kind":"lunarNewYear","vietnameseName":"T\u1EBFt \u00C2m l\u1ECBch","englishName":"Lunar New Year (T\u1EBFt)","effectiveFrom":"2021-01-01","daysBeforeNewYear":1,"daysFromNewYear":4}""",
            """{"kind":"lunar","vietnameseName":"Gi\u1ED7 T\u1ED5 H\u00F9ng V\u01B0\u01A1ng","englishName":"H\u00F9ng Kings\u0027 Commemoration","effectiveFrom":"2021-01-01","month":3,"day":10}""",
        ];
        for (int i = 0; i < rules.Length; i++)
        {
            Assert.Equal(golden[i], JsonSerializer.Serialize(rules[i], Ctx.HolidayRule));
            Assert.Equal(rules[i], JsonSerializer.Deserialize(golden[i], Ctx.HolidayRule));
        }

        HolidayRule ended = HolidayRule.Solar("a", "b", 5, 1, new LocalDate(2021, 1, 1), new LocalDate(2030, 12, 31));
        Assert.Equal(
            """{"kind":"solar","vietnameseName":"a","englishName":"b","effectiveFrom":"2021-01-01","effectiveTo":"2030-12-31","month":5,"day":1}""",
            JsonSerializer.Serialize(ended, Ctx.HolidayRule));
    }

    [Fact]
    public void Days_overrides_and_calendars_have_one_golden_text_each()
    {
        PublicHoliday day = new(new LocalDate(2026, 2, 16), "Tết", "Tết", HolidayOrigin.Announced);
        const string dayText = """{"date":"2026-02-16","vietnameseName":"T\u1EBFt","englishName":"T\u1EBFt","origin":"announced"}""";
        Assert.Equal(dayText, JsonSerializer.Serialize(day, Ctx.PublicHoliday));
        Assert.Equal(day, JsonSerializer.Deserialize(dayText, Ctx.PublicHoliday));

        HolidayOverride workingDay = new(new LocalDate(2030, 5, 4), HolidayOverrideKind.WorkingDay, "make-up day");
        const string overrideText = """{"date":"2030-05-04","kind":"workingDay","description":"make-up day"}""";
        Assert.Equal(overrideText, JsonSerializer.Serialize(workingDay, Ctx.HolidayOverride));
        Assert.Equal(workingDay, JsonSerializer.Deserialize(overrideText, Ctx.HolidayOverride));

        WorkingDayCalendar calendar = new(new PublicHolidays([], [workingDay]), [IsoDayOfWeek.Sunday], compensateWeekendHolidays: false);
        const string calendarText = """{"weekendDays":["sunday"],"compensatesWeekendHolidays":false,"holidays":{"rules":[],"overrides":[""" + overrideText + "]}}";
        Assert.Equal(calendarText, JsonSerializer.Serialize(calendar, Ctx.WorkingDayCalendar));
        WorkingDayCalendar back = JsonSerializer.Deserialize(calendarText, Ctx.WorkingDayCalendar)!;
        Assert.Equal([IsoDayOfWeek.Sunday], back.WeekendDays);
        Assert.False(back.CompensatesWeekendHolidays);
        Assert.Equal([workingDay], back.Holidays.Overrides);
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("vietnameseName")]
    [InlineData("englishName")]
    [InlineData("effectiveFrom")]
    [InlineData("month")]
    [InlineData("day")]
    public void A_rule_without_a_required_member_names_it(string member) =>
        JsonAssert.Fails(JsonAssert.Without("""{"kind":"lunar","vietnameseName":"a","englishName":"b","effectiveFrom":"2021-01-01","month":3,"day":10}""", member), Ctx.HolidayRule, $"\"{member}\"");

    [Fact]
    public void A_new_year_rule_needs_only_its_days_from_the_new_year()
    {
        HolidayRule rule = JsonSerializer.Deserialize("""{"kind":"lunarNewYear","vietnameseName":"a","englishName":"b","effectiveFrom":"2021-01-01","daysFromNewYear":4}""", Ctx.HolidayRule)!;
        Assert.Equal((0, 4), (rule.DaysBeforeNewYear, rule.DaysFromNewYear));
        JsonAssert.Fails("""{"kind":"lunarNewYear","vietnameseName":"a","englishName":"b","effectiveFrom":"2021-01-01","daysBeforeNewYear":1}""", Ctx.HolidayRule, "\"daysFromNewYear\"");
    }

    [Theory]
    [InlineData("date")]
    [InlineData("vietnameseName")]
    [InlineData("englishName")]
    [InlineData("origin")]
    public void A_day_without_a_required_member_names_it(string member) =>
        JsonAssert.Fails(JsonAssert.Without("""{"date":"2026-02-16","vietnameseName":"a","englishName":"b","origin":"announced"}""", member), Ctx.PublicHoliday, $"\"{member}\"");

    [Theory]
    [InlineData("date")]
    [InlineData("kind")]
    [InlineData("description")]
    public void An_override_without_a_required_member_names_it(string member) =>
        JsonAssert.Fails(JsonAssert.Without("""{"date":"2030-05-04","kind":"workingDay","description":"a"}""", member), Ctx.HolidayOverride, $"\"{member}\"");

    [Theory]
    [InlineData("weekendDays")]
    [InlineData("compensatesWeekendHolidays")]
    [InlineData("holidays")]
    public void A_calendar_without_a_required_member_names_it(string member) =>
        JsonAssert.Fails(JsonAssert.Without("""{"weekendDays":["sunday"],"compensatesWeekendHolidays":false,"holidays":{"rules":[]}}""", member), Ctx.WorkingDayCalendar, $"\"{member}\"");
}
