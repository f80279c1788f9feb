using NodaTime;
using OrgModel.Tests.Reading;

namespace OrgModel.Tests.Deadlines;

/// <summary>The cues of a period, one by one ("in June", "this year", "at the end of 2025", "trong quý II/2025", "6 tháng cuối
/// năm"): each is a deadline where a sentence asks for work in it, and none where it names the work of a period, reports what
/// was done, or says when an event happens (docs/reading.md, "Deadlines in running text"). Written from Deadlines' mutation
/// sample (docs/quality.md, "Deadlines"), whose survivors in <c>DeadlineCues.TryMatchAnyWord</c> sat in these branches.</summary>
public class PeriodCueRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    private static string Found(string text) => Findings.Deadlines(text, Day);

    [Theory]
    [InlineData("The ministries must complete the report in June.", "in June = in 2025-06")]
    [InlineData("The ministries must complete the report in the second quarter of 2025.", "in the second quarter of 2025 = in 2025-Q2")]
    [InlineData("The ministries must complete the report this year.", "this year = by the end of 2025")]
    [InlineData("The ministries must complete the report this month.", "this month = in 2025-03")]
    [InlineData("The ministries must complete the report at the end of 2025.", "at the end of 2025 = by the end of 2025")]
    [InlineData("Các bộ phải hoàn thành báo cáo trong tháng 6/2025.", "trong tháng 6/2025 = in 2025-06")]
    [InlineData("Các bộ phải hoàn thành báo cáo trong quý II/2025.", "trong quý II/2025 = in 2025-Q2")]
    [InlineData("Các bộ phải hoàn thành báo cáo trong năm 2025.", "trong năm 2025 = by the end of 2025")]
    public void A_period_in_an_instruction_is_a_deadline(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("The ministries completed the report earlier this year.")]
    [InlineData("The ministries discussed this year's plan.")]
    [InlineData("The event is scheduled to take place this month.")]
    [InlineData("At the end of 2024, the province had 10 districts.")]
    [InlineData("The ministries will deploy tasks in 2025.")]
    public void A_period_that_asks_for_nothing_is_no_deadline(string text) =>
        Assert.Equal("", Found(text));
}
