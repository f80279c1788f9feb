using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Deadlines;

public class DeadlineTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new DeadlineJsonConverter() } };

    [Fact]
    public void DefaultIsOngoing_WithNoDueDate()
    {
        Deadline d = default;
        Assert.Equal(DeadlineKind.None, d.Kind);
        Assert.Equal(Deadline.Ongoing, d);
        Assert.False(d.HasDueDate);
        Assert.Equal("ongoing", d.ToString());
        Assert.Throws<InvalidOperationException>(() => d.DueDate(new LocalDate(2025, 1, 1)));
        Assert.True(d.IsOnTime(new LocalDate(2099, 1, 1), new LocalDate(2025, 1, 1)));
        Assert.Empty(d.Occurrences(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));
        Assert.Equal(Deadline.Ongoing, Deadline.ParsePhrase("thường xuyên", new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void MonthQuarterAndYear_EndOnTheirLastDay()
    {
        Assert.Equal(new LocalDate(2024, 2, 29), Deadline.WithinMonth(new YearMonth(2024, 2)).DueDate());
        Assert.Equal(new LocalDate(2025, 6, 30), Deadline.WithinQuarter(2025, 2).DueDate());
        Assert.Equal(new LocalDate(2025, 12, 31), Deadline.WithinQuarter(2025, 4).DueDate());
        Assert.Equal(new LocalDate(2025, 12, 31), Deadline.ByEndOfYear(2025).DueDate());
        Assert.Equal(new LocalDate(2025, 11, 1), Deadline.WithinMonth(new YearMonth(2025, 11)).WindowStart(default));
        Assert.Equal(2, Deadline.WithinQuarter(2026, 2).Quarter);
        Assert.Equal(2026, Deadline.WithinQuarter(2026, 2).Year);
    }

    [Fact]
    public void AfterSixMonthsFrom1July2025_Is1January2026()
    {
        Deadline d = Deadline.After(Period.FromMonths(6));
        Assert.Equal(new LocalDate(2026, 1, 1), d.DueDate(new LocalDate(2025, 7, 1)));
        Assert.Equal(Period.FromMonths(6), d.Period);
        Assert.Throws<InvalidOperationException>(() => d.DueDate());
        Assert.Equal(new LocalDate(2026, 1, 1), d.AnchoredAt(new LocalDate(2025, 7, 1)).DueDate());
    }

    [Fact]
    public void RecurringReports_AreDueByTheirDayEachPeriod()
    {
        Deadline quarterly = Deadline.Recurring(RecurrenceFrequency.Quarterly, 15, 3);
        Assert.Equal(new LocalDate(2025, 12, 15), quarterly.DueDate(new LocalDate(2025, 10, 31)));
        Assert.Equal(new LocalDate(2026, 3, 15), quarterly.DueDate(new LocalDate(2025, 12, 16)));
        Assert.Equal(new LocalDate(2026, 1, 1), quarterly.WindowStart(new LocalDate(2025, 12, 16)));
        Deadline monthly = Deadline.Recurring(RecurrenceFrequency.Monthly, 31);
        Assert.Equal([new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28), new LocalDate(2025, 3, 31)],
            monthly.Occurrences(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31)));
        Assert.Equal(Deadline.Recurring(RecurrenceFrequency.Monthly, 20), Deadline.ParsePhrase("hằng tháng trước ngày 20", new LocalDate(2025, 1, 1)));
        Assert.Equal(Deadline.Recurring(RecurrenceFrequency.Yearly, 15, 12), Deadline.ParsePhrase("yearly by day 15 of month 12", new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void Factories_GuardTheirArguments()
    {
        Assert.Equal("day", Assert.ThrowsAny<ArgumentException>(() => Deadline.OnOrBefore(new LocalDate(1800, 1, 1))).ParamName);
        Assert.Equal("quarter", Assert.ThrowsAny<ArgumentException>(() => Deadline.WithinQuarter(2025, 5)).ParamName);
        Assert.Equal("year", Assert.ThrowsAny<ArgumentException>(() => Deadline.ByEndOfYear(2300)).ParamName);
        Assert.Equal("period", Assert.ThrowsAny<ArgumentException>(() => Deadline.After(Period.FromHours(5))).ParamName);
        Assert.Equal("period", Assert.ThrowsAny<ArgumentException>(() => Deadline.After(Period.Zero)).ParamName);
        Assert.Equal("period", Assert.ThrowsAny<ArgumentException>(() => Deadline.After(Period.FromDays(-1))).ParamName);
        Assert.Equal("days", Assert.ThrowsAny<ArgumentException>(() => Deadline.WithinWorkingDays(0)).ParamName);
        Assert.Equal("anchorEvent", Assert.ThrowsAny<ArgumentException>(() => Deadline.After(Period.FromDays(1), null, "event")).ParamName);
        Assert.Equal("anchorEvent", Assert.ThrowsAny<ArgumentException>(() => Deadline.After(Period.FromDays(1), new LocalDate(2025, 7, 1), "a (b)")).ParamName);
        Assert.Equal("monthOfPeriod", Assert.ThrowsAny<ArgumentException>(() => Deadline.Recurring(RecurrenceFrequency.Quarterly, 1, 4)).ParamName);
        Assert.Throws<InvalidOperationException>(() => Deadline.ByEndOfYear(2025).AnchoredAt(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void Json_WritesTheCanonicalPhrase_AndReadsRealPhrasesWithAYear()
    {
        Deadline d = Deadline.ParsePhrase("trước ngày 31/7/2025", new LocalDate(2025, 4, 14));
        Assert.Equal("\"on or before 2025-07-31\"", JsonSerializer.Serialize(d, Json));
        Assert.Equal(Deadline.WithinQuarter(2026, 1), JsonSerializer.Deserialize<Deadline>("\"quý I/2026\"", Json));
        Assert.Null(JsonSerializer.Deserialize<Deadline>("\"quý I/2026\"", Json).Wording);
    }

    [Theory]
    [InlineData("\"soon\"")]
    [InlineData("\"before July 31\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    public void Json_RejectsBadInput_WithJsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Deadline>(json, Json));
    }

    [Fact]
    public void Json_RejectsBadPropertyNames_WithJsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<Deadline, int>>("{\"whenever\":1}", Json));
    }

    [Fact]
    public void SpanFormatting_MatchesToString()
    {
        Deadline d = Deadline.After(Period.FromMonths(6), new LocalDate(2025, 7, 1), "opening");
        Span<char> buffer = stackalloc char[64];
        Assert.True(d.TryFormat(buffer, out int written, default, null));
        Assert.Equal(d.ToString(), buffer[..written].ToString());
        Assert.False(d.TryFormat(buffer[..5], out written, default, null));
        Assert.Equal(0, written);
        Assert.Equal(d.ToString(), $"{d}");
    }
}
