using System.Text.Json;
using FsCheck.Xunit;
using NodaTime;
using OrgModel.Calendar;
using OrgModel.Serialization;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

[Properties(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 100)]
public class CalendarJsonTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJsonContext.Default;

    [Property]
    public bool LunarDatesRoundTrip(VietnameseLunarDate d) => JsonAssert.RoundTrip(d, Ctx.VietnameseLunarDate) == d;

    [Property]
    public bool RulesRoundTrip(HolidayRule r) => JsonAssert.RoundTrip(r, Ctx.HolidayRule).Equals(r);

    [Property]
    public bool OverridesRoundTrip(HolidayOverride o) => JsonAssert.RoundTrip(o, Ctx.HolidayOverride).Equals(o);

    [Property]
    public bool HolidaySetsRoundTrip(PublicHolidays h)
    {
        PublicHolidays back = JsonAssert.RoundTrip(h, Ctx.PublicHolidays);
        return back.Rules.SequenceEqual(h.Rules) && back.Overrides.SequenceEqual(h.Overrides);
    }

    [Property(MaxTest = 20)]
    public bool CalendarsRoundTrip(WorkingDayCalendar c)
    {
        WorkingDayCalendar back = JsonAssert.RoundTrip(c, Ctx.WorkingDayCalendar);
        var day = new LocalDate(2025, 1, 1);
        return back.WeekendDays.SequenceEqual(c.WeekendDays) && back.CompensatesWeekendHolidays == c.CompensatesWeekendHolidays
            && Enumerable.Range(0, 400).All(i => back.IsWorkingDay(day.PlusDays(i)) == c.IsWorkingDay(day.PlusDays(i)));
    }

    [Fact]
    public void The_shapes_are_readable()
    {
        Assert.Equal("\"15/6n/2025\"", JsonSerializer.Serialize(new VietnameseLunarDate(2025, 6, 15, true), Ctx.VietnameseLunarDate));
        Assert.Equal(
            """{"kind":"lunar","vietnameseName":"Giỗ Tổ Hùng Vương","englishName":"Hùng Kings\u0027 Commemoration","effectiveFrom":"2021-01-01","month":3,"day":10}""",
            JsonSerializer.Serialize(PublicHolidays.LabourCode2019[2], OrgModelJson.Context.HolidayRule));
        PublicHoliday[] days = [.. PublicHolidays.Vietnam.InYear(2025)];
        Assert.Equal(days, JsonSerializer.Deserialize(JsonSerializer.Serialize<IReadOnlyList<PublicHoliday>>(days, Ctx.IReadOnlyListPublicHoliday), Ctx.IReadOnlyListPublicHoliday));
    }

    [Theory]
    [InlineData("\"30/2/2026\"", "29 days")]
    [InlineData("\"15/5n/2025\"", "leap month")]
    [InlineData("15", "string")]
    public void InvalidLunarDates_AreJsonExceptions(string json, string fragment) => JsonAssert.Fails(json, Ctx.VietnameseLunarDate, fragment);

    [Theory]
    [InlineData("""{"kind":"solar","vietnameseName":"a","englishName":"a","effectiveFrom":"2021-01-01","month":2,"day":29}""", "$", "29 February")]
    [InlineData("""{"kind":"solar","vietnameseName":"a","englishName":"a","effectiveFrom":"2021-01-01","month":2}""", "required member \"day\"")]
    [InlineData("""{"kind":"lunarNewYear","vietnameseName":"a","englishName":"a","effectiveFrom":"2021-01-01"}""", "daysFromNewYear")]
    [InlineData("""{"kind":"solar","vietnameseName":"a","englishName":"a","effectiveFrom":"2021-01-01","effectiveTo":"2020-01-01","month":1,"day":1}""", "before it takes effect")]
    [InlineData("""{"kind":"weekly","vietnameseName":"a","englishName":"a","effectiveFrom":"2021-01-01","month":1,"day":1}""", "$.kind")]
    [InlineData("""{"kind":"solar","vietnameseName":"a","englishName":"a","effectiveFrom":"2021-01-01","month":1,"day":1,"extra":1}""", "extra")]
    public void InvalidRules_AreJsonExceptions(string json, params string[] fragments) => JsonAssert.Fails(json, Ctx.HolidayRule, fragments);

    [Theory]
    [InlineData("""{"rules":[],"overrides":[{"date":"2030-05-02","kind":"dayOff","description":"a"},{"date":"2030-05-02","kind":"workingDay","description":"b"}]}""", "2030-05-02")]
    [InlineData("""{"overrides":[]}""", "rules")]
    [InlineData("""{"rules":[{"kind":"solar"}]}""", "$.rules[0]")]
    public void InvalidHolidaySets_AreJsonExceptions(string json, params string[] fragments) => JsonAssert.Fails(json, Ctx.PublicHolidays, fragments);

    [Theory]
    [InlineData("""{"weekendDays":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],"compensatesWeekendHolidays":true,"holidays":{"rules":[]}}""", "working day")]
    [InlineData("""{"weekendDays":["none"],"compensatesWeekendHolidays":true,"holidays":{"rules":[]}}""", "$.weekendDays[0]")]
    [InlineData("""{"weekendDays":[],"holidays":{"rules":[]}}""", "compensatesWeekendHolidays")]
    public void InvalidCalendars_AreJsonExceptions(string json, params string[] fragments) => JsonAssert.Fails(json, Ctx.WorkingDayCalendar, fragments);
}
