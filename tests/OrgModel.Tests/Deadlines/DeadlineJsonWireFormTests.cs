using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;

namespace OrgModel.Tests.Deadlines;

/// <summary>
/// The documented JSON wire form of every Deadlines type (docs/schema/common.schema.json's "deadline", the
/// <see cref="DeadlineMention"/> object): a golden text per value, written exactly so and read back to the same value.
/// </summary>
/// <remarks>The round-trip properties in Serialization/ only check that what is written can be read back, which holds for
/// any form; these say which form the wire has.</remarks>
public sealed class DeadlineJsonWireFormTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;
    private static readonly LocalDate Day = new(2025, 7, 31);

    // One deadline of every kind and form, with its canonical text.
    public static TheoryData<string, string> Deadlines => new()
    {
        { "ongoing", "ongoing" },
        { "onOrBefore", "on or before 2025-07-31" },
        { "strictlyBefore", "strictly before 2025-07-31" },
        { "withinMonth", "in 2025-11" },
        { "withinQuarter", "in 2026-Q1" },
        { "byEndOfYear", "by the end of 2025" },
        { "after", "after P6M" },
        { "afterAnchored", "after P6M from 2025-07-01" },
        { "afterEvent", "after P6M from 2025-07-01 (the two-level local government entered operation)" },
        { "within", "within P1Y2M3W4D" },
        { "withinAnchored", "within P10D from 2025-07-01 (the start)" },
        { "workingDays", "within 10 working days" },
        { "workingDaysAnchored", "within 10 working days from 2025-07-01" },
        { "monthly", "monthly by day 20" },
        { "quarterly", "quarterly by day 15 of month 3" },
        { "yearly", "yearly by day 31 of month 12" },
        { "urgent", "immediately" },
        { "beforeEvent", "before the event (the election)" },
    };

    private static readonly Dictionary<string, Deadline> Values = new(StringComparer.Ordinal)
    {
        ["ongoing"] = Deadline.Ongoing,
        ["onOrBefore"] = Deadline.OnOrBefore(Day),
        ["strictlyBefore"] = Deadline.StrictlyBefore(Day),
        ["withinMonth"] = Deadline.WithinMonth(new YearMonth(2025, 11)),
        ["withinQuarter"] = Deadline.WithinQuarter(2026, 1),
        ["byEndOfYear"] = Deadline.ByEndOfYear(2025),
        ["after"] = Deadline.After(Period.FromMonths(6)),
        ["afterAnchored"] = Deadline.After(Period.FromMonths(6), new LocalDate(2025, 7, 1)),
        ["afterEvent"] = Deadline.After(Period.FromMonths(6), new LocalDate(2025, 7, 1), "the two-level local government entered operation"),
        ["within"] = Deadline.Within(Period.FromYears(1) + Period.FromMonths(2) + Period.FromWeeks(3) + Period.FromDays(4)),
        ["withinAnchored"] = Deadline.Within(Period.FromDays(10), new LocalDate(2025, 7, 1), "the start"),
        ["workingDays"] = Deadline.WithinWorkingDays(10),
        ["workingDaysAnchored"] = Deadline.WithinWorkingDays(10, new LocalDate(2025, 7, 1)),
        ["monthly"] = Deadline.Recurring(RecurrenceFrequency.Monthly, 20),
        ["quarterly"] = Deadline.Recurring(RecurrenceFrequency.Quarterly, 15, 3),
        ["yearly"] = Deadline.Recurring(RecurrenceFrequency.Yearly, 31, 12),
        ["urgent"] = Deadline.Urgent,
        ["beforeEvent"] = Deadline.BeforeEvent("the election"),
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void A_deadline_is_its_canonical_text_both_ways(string name, string text)
    {
        Deadline value = Values[name];
        Assert.Equal(text, value.ToString());
        Assert.Equal(JsonSerializer.Serialize(text), JsonSerializer.Serialize(value, Ctx.Deadline));

        Deadline back = JsonSerializer.Deserialize(JsonSerializer.Serialize(text), Ctx.Deadline);
        Assert.Equal(value, back);
        Assert.Equal((value.Kind, value.Anchor, value.AnchorEvent, value.Period), (back.Kind, back.Anchor, back.AnchorEvent, back.Period));
        Assert.Null(back.Wording);
    }

    [Fact]
    public void The_wording_does_not_travel()
    {
        Deadline worded = Deadline.ParsePhrase("trước ngày 31/7/2025", Day);
        Assert.Equal("trước ngày 31/7/2025", worded.Wording);
        Assert.Equal("\"on or before 2025-07-31\"", JsonSerializer.Serialize(worded, Ctx.Deadline));
        Assert.Null(JsonSerializer.Deserialize("\"on or before 2025-07-31\"", Ctx.Deadline).Wording);
    }

    [Fact]
    public void A_deadline_is_a_dictionary_key_in_its_canonical_text()
    {
        var byDeadline = new Dictionary<Deadline, int> { [Deadline.WithinQuarter(2026, 1)] = 1, [Deadline.Recurring(RecurrenceFrequency.Monthly, 20)] = 2 };
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(Ctx, new DefaultJsonTypeInfoResolver()) };
        string json = JsonSerializer.Serialize(byDeadline, options);
        Assert.Equal("""{"in 2026-Q1":1,"monthly by day 20":2}""", json);
        Dictionary<Deadline, int> back = JsonSerializer.Deserialize<Dictionary<Deadline, int>>(json, options)!;
        Assert.Equal(byDeadline, back);
    }

    [Theory]
    [InlineData("\"whenever\"")]
    [InlineData("\"trước ngày 31/7\"")]
    [InlineData("\"\"")]
    [InlineData("20")]
    [InlineData("null")]
    public void A_text_that_is_no_deadline_is_a_json_error(string json) => JsonAssert.Fails(json, Ctx.Deadline);

    [Fact]
    public void A_mention_is_written_in_its_documented_form_and_read_back_whole()
    {
        const string Json =
            """{"start":32,"text":"trước ngày 31/7/2025","deadline":"on or before 2025-07-31","cue":"before","clauseStart":0,"clause":"Các tỉnh hoàn thành sắp xếp"}""";
        var mention = new DeadlineMention(32, "trước ngày 31/7/2025", Deadline.OnOrBefore(Day), DeadlineCue.Before, 0, "Các tỉnh hoàn thành sắp xếp");

        Assert.Equal(Json, JsonSerializer.Serialize(mention, Ctx.DeadlineMention));
        DeadlineMention back = Read(Json, Ctx.DeadlineMention);
        Assert.Equal(mention, back);
        Assert.Equal((32, 20, 0, 27), (back.Start, back.Length, back.ClauseStart, back.ClauseLength));
        Assert.Equal(DeadlineCue.Before, back.Cue);
        Assert.Null(back.Deadline.Wording);
    }

    [Fact]
    public void A_mention_read_from_real_text_round_trips()
    {
        const string Text = "Các tỉnh hoàn thành sắp xếp trước ngày 31/7/2025; báo cáo hằng tháng trước ngày 20.";
        foreach (DeadlineMention m in DeadlineExtractor.Extract(Text, Day))
        {
            DeadlineMention back = JsonAssert.RoundTrip(m, Ctx.DeadlineMention);
            Assert.Equal(m, back);
            Assert.Equal(Text.Substring(back.Start, back.Length), back.Text);
        }
    }

    [Theory]
    [InlineData("start")]
    [InlineData("text")]
    [InlineData("deadline")]
    [InlineData("cue")]
    [InlineData("clauseStart")]
    [InlineData("clause")]
    public void Every_member_of_a_mention_is_required(string member)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["start"] = "32", ["text"] = "\"trước ngày 31/7/2025\"", ["deadline"] = "\"on or before 2025-07-31\"",
            ["cue"] = "\"before\"", ["clauseStart"] = "0", ["clause"] = "\"x\"",
        };
        members.Remove(member);
        string json = "{" + string.Join(',', members.Select(p => $"\"{p.Key}\":{p.Value}")) + "}";
        JsonAssert.Fails(json, Ctx.DeadlineMention, member);
    }

    [Theory]
    [InlineData(DeadlineCue.Before, "before")]
    [InlineData(DeadlineCue.NoLaterThan, "noLaterThan")]
    [InlineData(DeadlineCue.EndOfPeriod, "endOfPeriod")]
    [InlineData(DeadlineCue.InPeriod, "inPeriod")]
    [InlineData(DeadlineCue.Within, "within")]
    [InlineData(DeadlineCue.After, "after")]
    [InlineData(DeadlineCue.Urgent, "urgent")]
    public void Every_cue_has_its_camel_case_name(DeadlineCue cue, string name)
    {
        Assert.Equal($"\"{name}\"", JsonSerializer.Serialize(cue, Ctx.DeadlineCue));
        Assert.Equal(cue, JsonSerializer.Deserialize($"\"{name}\"", Ctx.DeadlineCue));
    }

    private static T Read<T>(string json, JsonTypeInfo<T> info) => JsonSerializer.Deserialize(json, info)!;
}
