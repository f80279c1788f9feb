using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Deadlines;

/// <summary>The phrases of the issue, as they appear in the instructions of the shared facts.</summary>
public class DeadlineParseTests
{
    private static readonly LocalDate Reference = new(2025, 10, 31); // Conclusion 201-KL/TW

    [Theory]
    [InlineData("before July 31, 2025", DeadlineKind.OnOrBefore, "2025-07-31")]
    [InlineData("by 15 December 2025", DeadlineKind.OnOrBefore, "2025-12-15")]
    [InlineData("in November 2025", DeadlineKind.WithinMonth, "2025-11-30")]
    [InlineData("by the end of 2025", DeadlineKind.ByEndOfYear, "2025-12-31")]
    [InlineData("in the first quarter of 2026", DeadlineKind.WithinQuarter, "2026-03-31")]
    [InlineData("trước ngày 31/7/2025", DeadlineKind.OnOrBefore, "2025-07-31")]
    [InlineData("trước 30/6/2025", DeadlineKind.OnOrBefore, "2025-06-30")]
    [InlineData("chậm nhất ngày 15/12/2025", DeadlineKind.OnOrBefore, "2025-12-15")]
    [InlineData("trong tháng 11/2025", DeadlineKind.WithinMonth, "2025-11-30")]
    [InlineData("quý I/2026", DeadlineKind.WithinQuarter, "2026-03-31")]
    [InlineData("năm 2025", DeadlineKind.ByEndOfYear, "2025-12-31")]
    [InlineData("TRƯỚC NGÀY 31/7/2025", DeadlineKind.OnOrBefore, "2025-07-31")]
    [InlineData("truoc ngay 31/07/2025", DeadlineKind.OnOrBefore, "2025-07-31")]
    [InlineData("Trước  ngày 31 tháng 7 năm 2025", DeadlineKind.OnOrBefore, "2025-07-31")]
    [InlineData("quý IV năm 2025", DeadlineKind.WithinQuarter, "2025-12-31")]
    [InlineData("in Q2 2026", DeadlineKind.WithinQuarter, "2026-06-30")]
    [InlineData("cuối năm 2025", DeadlineKind.ByEndOfYear, "2025-12-31")]
    [InlineData("by the end of November 2025", DeadlineKind.WithinMonth, "2025-11-30")]
    [InlineData("no later than 2025-10-31", DeadlineKind.OnOrBefore, "2025-10-31")]
    public void AbsolutePhrases(string phrase, DeadlineKind kind, string due)
    {
        Deadline d = Deadline.ParsePhrase(phrase, Reference);
        Assert.Equal(kind, d.Kind);
        Assert.Equal(due, d.DueDate(Reference).ToString("uuuu-MM-dd", null));
        Assert.Equal(phrase.Trim(), d.Wording);
    }

    [Theory]
    [InlineData("after 6 months", DeadlineKind.AfterPeriod, "2026-01-01")]
    [InlineData("sau 6 tháng", DeadlineKind.AfterPeriod, "2026-01-01")]
    [InlineData("after P6M", DeadlineKind.AfterPeriod, "2026-01-01")]
    [InlineData("within 30 days", DeadlineKind.WithinPeriod, "2025-07-31")]
    public void RelativePhrases_CountFromTheAnchor(string phrase, DeadlineKind kind, string due)
    {
        Deadline d = Deadline.ParsePhrase(phrase, Reference);
        Assert.Equal(kind, d.Kind);
        Assert.True(d.IsRelative);
        Assert.Equal(due, d.DueDate(new LocalDate(2025, 7, 1)).ToString("uuuu-MM-dd", null));
    }

    [Theory]
    [InlineData("within 10 working days")]
    [InlineData("trong 10 ngày làm việc")]
    [InlineData("trong vòng 10 ngày làm việc")]
    public void WorkingDayPhrases(string phrase)
    {
        Deadline d = Deadline.ParsePhrase(phrase, Reference);
        Assert.Equal(DeadlineKind.WithinWorkingDays, d.Kind);
        Assert.Equal(10, d.WorkingDays);
    }

    [Theory]
    [InlineData("before July 31", "2025-07-31")]
    [InlineData("trước ngày 31/7", "2025-07-31")]
    [InlineData("in November", "2025-11-30")]
    [InlineData("trong tháng 11", "2025-11-30")]
    [InlineData("quý I", "2025-03-31")]
    public void APhraseWithoutAYear_TakesTheReferenceYear(string phrase, string due)
    {
        Assert.Equal(due, Deadline.ParsePhrase(phrase, Reference).DueDate(Reference).ToString("uuuu-MM-dd", null));
        Assert.False(Deadline.TryParse(phrase, out _));
    }

    [Fact]
    public void Before_IsReadAsTheCallerChooses_AndKeepsItsWording()
    {
        Deadline inclusive = Deadline.ParsePhrase("trước ngày 31/7/2025", Reference);
        Deadline exclusive = Deadline.ParsePhrase("trước ngày 31/7/2025", Reference, BeforeInterpretation.Exclusive);
        Assert.Equal(BeforeInterpretation.Inclusive, Deadline.DefaultBeforeInterpretation);
        Assert.Equal(new LocalDate(2025, 7, 31), inclusive.DueDate(Reference));
        Assert.Equal(new LocalDate(2025, 7, 30), exclusive.DueDate(Reference));
        Assert.Equal(DeadlineKind.StrictlyBefore, exclusive.Kind);
        Assert.Equal("trước ngày 31/7/2025", exclusive.Wording);
        Assert.Equal("before 2025-07-31", Deadline.Before(new LocalDate(2025, 7, 31), BeforeInterpretation.Exclusive).Wording);
    }

    [Theory]
    [InlineData("on or before 2025-07-31")]
    [InlineData("strictly before 2025-07-31")]
    [InlineData("in 2025-11")]
    [InlineData("in 2026-Q1")]
    [InlineData("by the end of 2025")]
    [InlineData("after P6M")]
    [InlineData("after P1Y2M3W4D from 2025-07-01")]
    [InlineData("after P6M from 2025-07-01 (the two-level local government entered operation)")]
    [InlineData("within 10 working days")]
    [InlineData("within 10 working days from 2025-10-31")]
    [InlineData("monthly by day 20")]
    [InlineData("quarterly by day 15 of month 3")]
    [InlineData("yearly by day 15 of month 12")]
    [InlineData("ongoing")]
    public void CanonicalForms_RoundTrip(string text)
    {
        Deadline d = Deadline.Parse(text);
        Assert.Equal(text, d.ToString());
        Assert.Equal(d, Deadline.Parse(d.ToString()));
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("soon", 1, "deadline phrase was expected")]
    [InlineData("before 31/2/2025", 8, "no day 31")]
    [InlineData("trước ngày 31/13/2025", 15, "month")]
    [InlineData("by 15 December 2025 please", 21, "unexpected")]
    [InlineData("after 6 fortnights", 9, "unit")]
    [InlineData("in 1800", 4, "year from 1900")]
    [InlineData("after P6M (opening)", 11, "from DATE")]
    public void RejectsBadPhrases_SayingWhereAndWhy(string text, int position, string reason)
    {
        FormatException e = Assert.Throws<FormatException>(() => Deadline.ParsePhrase(text, Reference));
        Assert.Contains($"at character {position},", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.False(Deadline.TryParsePhrase(text, Reference, out Deadline result));
        Assert.Equal(default, result);
    }
}
