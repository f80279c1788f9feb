using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Deadlines;

/// <summary>
/// Every rule a Deadlines factory, constructor or method enforces fails loudly: an <see cref="ArgumentException"/> naming the
/// argument as the caller wrote it, whose message states the rule (its key words, not the exact sentence).
/// </summary>
public sealed class DeadlineInvariantTests
{
    private static readonly LocalDate Day = new(2025, 7, 31);
    private static readonly LocalDate Julian = Day.WithCalendar(CalendarSystem.Julian);
    private static readonly LocalDate Early = new(1899, 12, 31);
    private static readonly LocalDate Late = new(2201, 1, 1);
    private static readonly string LongEvent = new('x', 201);

    // Each rule: what breaks it, the parameter the exception names, and words its message must contain.
    private static readonly Dictionary<string, (Action Act, string Param, string[] Words)> Rules = new(StringComparer.Ordinal)
    {
        ["on or before a day before 1900"] = (() => Deadline.OnOrBefore(Early), "day", ["1900", "2200"]),
        ["on or before a day after 2200"] = (() => Deadline.OnOrBefore(Late), "day", ["1900", "2200"]),
        ["on or before a Julian day"] = (() => Deadline.OnOrBefore(Julian), "day", ["Julian"]),
        ["strictly before a day after 2200"] = (() => Deadline.StrictlyBefore(Late), "day", ["1900", "2200"]),
        ["strictly before a Julian day"] = (() => Deadline.StrictlyBefore(Julian), "day", ["Julian"]),
        ["before a day after 2200"] = (() => Deadline.Before(Late), "day", ["1900", "2200"]),
        ["before, exclusively, a day before 1900"] = (() => Deadline.Before(Early, BeforeInterpretation.Exclusive), "day", ["1900"]),
        ["before, undefined reading"] = (() => Deadline.Before(Day, (BeforeInterpretation)7), "interpretation", ["7"]),
        ["within a month of 1899"] = (() => Deadline.WithinMonth(new YearMonth(1899, 12)), "month", ["1900", "2200"]),
        ["within a month of 2201"] = (() => Deadline.WithinMonth(new YearMonth(2201, 1)), "month", ["1900", "2200"]),
        ["within a Julian month"] = (() => Deadline.WithinMonth(new YearMonth(2025, 7, CalendarSystem.Julian)), "month", ["Julian"]),
        ["within a quarter of 1899"] = (() => Deadline.WithinQuarter(1899, 1), "year", ["1900", "2200"]),
        ["within a quarter of 2201"] = (() => Deadline.WithinQuarter(2201, 4), "year", ["1900", "2200"]),
        ["within quarter 0"] = (() => Deadline.WithinQuarter(2025, 0), "quarter", ["1 to 4"]),
        ["within quarter 5"] = (() => Deadline.WithinQuarter(2025, 5), "quarter", ["1 to 4"]),
        ["by the end of 1899"] = (() => Deadline.ByEndOfYear(1899), "year", ["1900", "2200"]),
        ["by the end of 2201"] = (() => Deadline.ByEndOfYear(2201), "year", ["1900", "2200"]),

        ["after hours"] = (() => Deadline.After(Period.FromHours(5)), "period", ["time units"]),
        ["after a negative part"] = (() => Deadline.After(Period.FromMonths(6) + Period.FromDays(-1)), "period", ["negative"]),
        ["after negative years"] = (() => Deadline.After(Period.FromYears(-1)), "period", ["negative"]),
        ["after negative months"] = (() => Deadline.After(Period.FromMonths(-1)), "period", ["negative"]),
        ["after negative weeks"] = (() => Deadline.After(Period.FromWeeks(-1)), "period", ["negative"]),
        ["after nothing"] = (() => Deadline.After(Period.Zero), "period", ["not empty"]),
        ["after 101 years"] = (() => Deadline.After(Period.FromYears(101)), "period", ["100 years"]),
        ["after 1,201 months"] = (() => Deadline.After(Period.FromMonths(1201)), "period", ["1,200 months"]),
        ["after 5,201 weeks"] = (() => Deadline.After(Period.FromWeeks(5201)), "period", ["5,200 weeks"]),
        ["after 36,501 days"] = (() => Deadline.After(Period.FromDays(36501)), "period", ["36,500 days"]),
        ["after, anchored in 2201"] = (() => Deadline.After(Period.FromMonths(6), Late), "anchor", ["1900", "2200"]),
        ["after, anchored on a Julian day"] = (() => Deadline.After(Period.FromMonths(6), Julian), "anchor", ["Julian"]),
        ["after, an event without an anchor"] = (() => Deadline.After(Period.FromMonths(6), null, "the start"), "anchorEvent", ["anchor date"]),
        ["after, an event in parentheses"] = (() => Deadline.After(Period.FromMonths(6), Day, "(the start)"), "anchorEvent", ["parentheses"]),
        ["after, a blank event"] = (() => Deadline.After(Period.FromMonths(6), Day, "   "), "anchorEvent", ["not blank"]),
        ["after, an event of 201 characters"] = (() => Deadline.After(Period.FromMonths(6), Day, LongEvent), "anchorEvent", ["200"]),
        ["within hours"] = (() => Deadline.Within(Period.FromMinutes(30)), "period", ["time units"]),
        ["within nothing"] = (() => Deadline.Within(Period.Zero), "period", ["not empty"]),
        ["within 101 years"] = (() => Deadline.Within(Period.FromYears(101)), "period", ["100 years"]),
        ["within, anchored before 1900"] = (() => Deadline.Within(Period.FromDays(10), Early), "anchor", ["1900"]),
        ["within, an event without an anchor"] = (() => Deadline.Within(Period.FromDays(10), null, "the start"), "anchorEvent", ["anchor date"]),
        ["within, an event in parentheses"] = (() => Deadline.Within(Period.FromDays(10), Day, "the start)"), "anchorEvent", ["parentheses"]),

        ["within 0 working days"] = (() => Deadline.WithinWorkingDays(0), "days", ["1", "3650"]),
        ["within 3,651 working days"] = (() => Deadline.WithinWorkingDays(3651), "days", ["1", "3650"]),
        ["working days anchored in 2201"] = (() => Deadline.WithinWorkingDays(10, Late), "anchor", ["2200"]),
        ["working days, an event without an anchor"] = (() => Deadline.WithinWorkingDays(10, null, "the start"), "anchorEvent", ["anchor date"]),
        ["working days, an event of 201 characters"] = (() => Deadline.WithinWorkingDays(10, Day, LongEvent), "anchorEvent", ["200"]),

        ["before an empty event"] = (() => Deadline.BeforeEvent(string.Empty), "eventName", ["not blank"]),
        ["before a blank event"] = (() => Deadline.BeforeEvent(" \t "), "eventName", ["not blank"]),
        ["before an event in parentheses"] = (() => Deadline.BeforeEvent("the (14th) Congress"), "eventName", ["parentheses"]),
        ["before an event of 201 characters"] = (() => Deadline.BeforeEvent(LongEvent), "eventName", ["200"]),

        ["recurring, undefined frequency"] = (() => Deadline.Recurring((RecurrenceFrequency)2, 20), "frequency", ["2"]),
        ["recurring by day 0"] = (() => Deadline.Recurring(RecurrenceFrequency.Monthly, 0), "dayOfMonth", ["1 to 31"]),
        ["recurring by day 32"] = (() => Deadline.Recurring(RecurrenceFrequency.Monthly, 32), "dayOfMonth", ["1 to 31"]),
        ["recurring in month 0"] = (() => Deadline.Recurring(RecurrenceFrequency.Yearly, 20, 0), "monthOfPeriod", ["Yearly", "1 to 12"]),
        ["monthly in month 2"] = (() => Deadline.Recurring(RecurrenceFrequency.Monthly, 20, 2), "monthOfPeriod", ["Monthly", "1 to 1"]),
        ["quarterly in month 4"] = (() => Deadline.Recurring(RecurrenceFrequency.Quarterly, 20, 4), "monthOfPeriod", ["Quarterly", "1 to 3"]),
        ["yearly in month 13"] = (() => Deadline.Recurring(RecurrenceFrequency.Yearly, 20, 13), "monthOfPeriod", ["Yearly", "1 to 12"]),

        ["anchored in 2201"] = (() => Deadline.After(Period.FromMonths(6)).AnchoredAt(Late), "anchorDate", ["1900", "2200"]),
        ["anchored on a Julian day"] = (() => Deadline.WithinWorkingDays(5).AnchoredAt(Julian), "anchorDate", ["Julian"]),
        ["anchored to an event in parentheses"] = (() => Deadline.After(Period.FromMonths(6)).AnchoredAt(Day, "(start)"), "anchorEventName", ["parentheses"]),
        ["anchored to a blank event"] = (() => Deadline.Within(Period.FromMonths(6)).AnchoredAt(Day, " "), "anchorEventName", ["not blank"]),

        ["due date from a Julian anchor"] = (() => Deadline.After(Period.FromMonths(6)).DueDate(Julian), "anchor", ["Julian"]),
        ["window from a Julian anchor"] = (() => Deadline.WithinMonth(new YearMonth(2025, 11)).WindowStart(Julian), "anchor", ["Julian"]),
        ["on time, delivered on a Julian day"] = (() => Deadline.OnOrBefore(Day).IsOnTime(Julian, Day), "delivered", ["Julian"]),
        ["on time, from a Julian anchor"] = (() => Deadline.OnOrBefore(Day).IsOnTime(Day, Julian), "anchor", ["Julian"]),
        ["on time by its own anchor, delivered on a Julian day"] = (() => Deadline.OnOrBefore(Day).IsOnTime(Julian), "delivered", ["Julian"]),
        ["occurrences ending before they start"] = (() => Deadline.Recurring(RecurrenceFrequency.Monthly, 20).Occurrences(Day, Day.PlusDays(-1)), "to", ["end before it starts"]),
        ["occurrences from a Julian day"] = (() => Deadline.Recurring(RecurrenceFrequency.Monthly, 20).Occurrences(Julian, Day), "from", ["Julian"]),
        ["occurrences to a Julian day"] = (() => Deadline.Recurring(RecurrenceFrequency.Monthly, 20).Occurrences(Day, Julian), "to", ["Julian"]),

        ["phrase read on a Julian day"] = (() => Deadline.ParsePhrase("trước ngày 31/7", Julian), "reference", ["Julian"]),
        ["phrase read with an undefined reading"] = (() => Deadline.ParsePhrase("trước ngày 31/7", Day, (BeforeInterpretation)9), "before", ["9"]),
        ["phrase result on a Julian day"] = (() => Deadline.ParsePhraseToResult("trước ngày 31/7", Julian), "reference", ["Julian"]),
        ["phrase result with an undefined reading"] = (() => Deadline.ParsePhraseToResult("trước ngày 31/7", Day, (BeforeInterpretation)9), "before", ["9"]),
        ["phrases extracted on a Julian day"] = (() => DeadlineExtractor.Extract("Hoàn thành trước ngày 31/7.", Julian), "reference", ["Julian"]),

        ["mention starting at -1"] = (() => _ = Mention(-1, "trước ngày 31/7", 0, string.Empty), "start", []),
        ["mention without text"] = (() => _ = Mention(0, string.Empty, 0, string.Empty), "text", []),
        ["mention clause at -1"] = (() => _ = Mention(20, "trước ngày 31/7", -1, "x"), "clauseStart", []),
        ["mention of an undefined cue"] = (() => _ = new DeadlineMention(0, "trước ngày 31/7", Deadline.OnOrBefore(Day), (DeadlineCue)99, 0, string.Empty), "cue", ["99"]),
        ["mention clause across the phrase start"] = (() => _ = Mention(10, "trước ngày 31/7", 0, "Hoàn thành x"), "clauseStart", ["before or after"]),
        ["mention clause inside the phrase"] = (() => _ = Mention(10, "trước ngày 31/7", 12, "x"), "clauseStart", ["before or after"]),
        ["mention clause across the phrase end"] = (() => _ = Mention(0, "trước ngày 31/7", 14, "xy"), "clauseStart", ["before or after"]),
    };

    public static TheoryData<string> RuleNames => [.. Rules.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void A_broken_rule_throws_naming_the_argument_and_the_rule(string rule)
    {
        (Action act, string param, string[] words) = Rules[rule];
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(act);
        Assert.Equal(param, e.ParamName);

        // The words are looked for in the rule itself, not in the "(Parameter 'x')" the exception appends.
        string message = e.Message.Replace($" (Parameter '{param}')", string.Empty, StringComparison.Ordinal);
        foreach (string word in words)
        {
            Assert.Contains(word, message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(17)]
    public void A_clause_may_touch_the_phrase_on_either_side_or_be_empty_anywhere(int clauseStart)
    {
        // The phrase "trước ngày 31/7" (15 characters) at 15: a clause of 15 ends where it starts; one at 30 starts where it ends.
        const string phrase = "trước ngày 31/7";
        DeadlineMention before = Mention(15, phrase, 0, new string('a', 15));
        DeadlineMention after = Mention(15, phrase, 30, "b");
        DeadlineMention empty = Mention(15, phrase, clauseStart, string.Empty);
        Assert.Equal((0, 15), (before.ClauseStart, before.ClauseLength));
        Assert.Equal((30, 1), (after.ClauseStart, after.ClauseLength));
        Assert.Equal((clauseStart, 0), (empty.ClauseStart, empty.ClauseLength));
    }

    [Fact]
    public void The_edges_of_every_range_are_allowed()
    {
        Assert.Equal(new LocalDate(1900, 1, 1), Deadline.OnOrBefore(new LocalDate(1900, 1, 1)).Day);
        Assert.Equal(new LocalDate(2200, 12, 31), Deadline.StrictlyBefore(new LocalDate(2200, 12, 31)).Day);
        Assert.Equal(new YearMonth(1900, 1), Deadline.WithinMonth(new YearMonth(1900, 1)).Month);
        Assert.Equal(new YearMonth(2200, 12), Deadline.WithinMonth(new YearMonth(2200, 12)).Month);
        Assert.Equal((1900, 1), (Deadline.WithinQuarter(1900, 1).Year, Deadline.WithinQuarter(1900, 1).Quarter));
        Assert.Equal((2200, 4), (Deadline.WithinQuarter(2200, 4).Year, Deadline.WithinQuarter(2200, 4).Quarter));
        Assert.Equal(1900, Deadline.ByEndOfYear(1900).Year);
        Assert.Equal(2200, Deadline.ByEndOfYear(2200).Year);
        Assert.Equal(Period.FromYears(100), Deadline.After(Period.FromYears(100)).Period);
        Assert.Equal(Period.FromMonths(1200), Deadline.After(Period.FromMonths(1200)).Period);
        Assert.Equal(Period.FromWeeks(5200), Deadline.Within(Period.FromWeeks(5200)).Period);
        Assert.Equal(Period.FromDays(36500), Deadline.Within(Period.FromDays(36500)).Period);
        Assert.Equal(1, Deadline.WithinWorkingDays(1).WorkingDays);
        Assert.Equal(3650, Deadline.WithinWorkingDays(3650).WorkingDays);
        Assert.Equal((1, 1), (Deadline.Recurring(RecurrenceFrequency.Monthly, 1).DayOfMonth, Deadline.Recurring(RecurrenceFrequency.Monthly, 1).MonthOfPeriod));
        Assert.Equal(31, Deadline.Recurring(RecurrenceFrequency.Quarterly, 31, 3).DayOfMonth);
        Assert.Equal(12, Deadline.Recurring(RecurrenceFrequency.Yearly, 31, 12).MonthOfPeriod);
        Assert.Equal(new string('x', 200), Deadline.BeforeEvent(new string('x', 200)).AnchorEvent);
        Assert.Equal("the start", Deadline.After(Period.FromMonths(6), Day, "  the start ").AnchorEvent);
    }

    [Fact]
    public void Only_period_and_working_day_deadlines_take_an_anchor()
    {
        foreach (Deadline d in new[] { Deadline.OnOrBefore(Day), Deadline.ByEndOfYear(2025), Deadline.Urgent, Deadline.Ongoing, Deadline.Recurring(RecurrenceFrequency.Monthly, 20), Deadline.BeforeEvent("the election") })
        {
            InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => d.AnchoredAt(Day));
            Assert.Contains(d.Kind.ToString(), e.Message, StringComparison.Ordinal);
        }

        foreach (Deadline d in new[] { Deadline.After(Period.FromMonths(6)), Deadline.Within(Period.FromMonths(6)), Deadline.WithinWorkingDays(10) })
        {
            Deadline anchored = d.AnchoredAt(Day, " the start ");
            Assert.Equal((d.Kind, Day, "the start"), (anchored.Kind, anchored.Anchor!.Value, anchored.AnchorEvent));
        }
    }

    private static DeadlineMention Mention(int start, string text, int clauseStart, string clause) =>
        new(start, text, Deadline.OnOrBefore(Day), DeadlineCue.Before, clauseStart, clause);
}
