using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Deadlines;

/// <summary>The words of a deadline phrase, one by one, as <see cref="Deadline.ParsePhrase(string, LocalDate)"/> reads them:
/// "chậm nhất vào ngày", "mid-June", "tháng/tuần/quý/năm này", a quarter by number or ordinal, "working day", weeks, "đầu" and
/// "giữa", a month's year after "/", "-" or ".", an hour before the day, "năm tới", the year's last months; and the reason a
/// phrase is refused, which names what was expected (docs/deadlines.md). Written from the survivors of Deadlines' mutation
/// sample in <c>DeadlinePhraseReader</c> (docs/quality.md, "Deadlines").</summary>
public class PhraseWordRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    [Theory]
    [InlineData("chậm nhất vào ngày 15/12/2025", "on or before 2025-12-15")]
    [InlineData("chậm nhất trước ngày 15/12/2025", "on or before 2025-12-15")]
    [InlineData("chậm nhất là ngày 15/12/2025", "on or before 2025-12-15")]
    [InlineData("by mid-June", "on or before 2025-06-15")]
    [InlineData("by mid-June 2025", "on or before 2025-06-15")]
    [InlineData("by the middle of June", "on or before 2025-06-15")]
    [InlineData("trong tháng này", "in 2025-03")]
    [InlineData("trong tuần này", "on or before 2025-03-09")]
    [InlineData("trong quý này", "in 2025-Q1")]
    [InlineData("trong năm nay", "by the end of 2025")]
    [InlineData("by the end of quarter 2", "in 2025-Q2")]
    [InlineData("in the 2nd quarter", "in 2025-Q2")]
    [InlineData("in quarter 2 of 2025", "in 2025-Q2")]
    [InlineData("within 2 weeks", "within P2W")]
    [InlineData("within 1 week", "within P1W")]
    [InlineData("trong vòng 2 tuần", "within P2W")]
    [InlineData("giữa tháng 6/2025", "in 2025-06")]
    [InlineData("đầu tháng 6/2025", "in 2025-06")]
    [InlineData("tháng 6-2025", "in 2025-06")]
    [InlineData("tháng 6/2025", "in 2025-06")]
    [InlineData("tháng 6.2025", "in 2025-06")]
    [InlineData("trước 17 giờ ngày 15/12/2025", "on or before 2025-12-15")]
    [InlineData("before 5:00 p.m. on April 20", "on or before 2025-04-20")]
    [InlineData("before 17:00 on April 20", "on or before 2025-04-20")]
    [InlineData("the last 6 months of 2025", "by the end of 2025")]
    [InlineData("6 tháng cuối năm 2025", "by the end of 2025")]
    [InlineData("6 tháng cuối năm", "by the end of 2025")]
    [InlineData("by the end of the second quarter", "in 2025-Q2")]
    [InlineData("by the end of the fourth quarter", "in 2025-Q4")]
    [InlineData("by the end of the first quarter", "in 2025-Q1")]
    [InlineData("by the end of the third quarter", "in 2025-Q3")]
    [InlineData("within 1 working day", "within 1 working days")]
    [InlineData("trước ngày 31/12 năm tới", "on or before 2026-12-31")]
    [InlineData("trước ngày 31/12 năm sau", "on or before 2026-12-31")]
    [InlineData("chậm nhất trong tháng này", "in 2025-03")]
    public void A_phrase_reads_as_its_words_say(string phrase, string expected) =>
        Assert.Equal(expected, Deadline.ParsePhrase(phrase, Day).ToString());

    [Theory]
    [InlineData("by the end of the third month", "at character 25, \"quarter\" was expected.")]
    [InlineData("within P", "at character 8, an ISO period of years, months, weeks and days (P6M) was expected.")]
    [InlineData("within P6X", "at character 8, an ISO period of years, months, weeks and days (P6M) was expected.")]
    [InlineData("within p6666666666w", "at character 8, an ISO period of years, months, weeks and days (P6M) was expected.")]
    public void A_phrase_refused_says_what_was_expected(string phrase, string reason)
    {
        FormatException e = Assert.Throws<FormatException>(() => Deadline.ParsePhrase(phrase, Day));
        Assert.EndsWith(reason, e.Message, StringComparison.Ordinal);
    }
}
