using NodaTime;
using OrgModel.Tests.Reading;

namespace OrgModel.Tests.Deadlines;

/// <summary>The words that open a dated deadline, one by one: each opens one where a sentence asks for work by a date or a
/// period, and none where it gives a range, a reckoning, an event or work reported (docs/reading.md, "Deadlines in running
/// text"). Written from Deadlines' mutation sample (docs/quality.md, "Deadlines"): most survivors sat in
/// <c>DeadlineCues.TryMatchAnyWord</c>, whose cue words no test named alone.</summary>
public class CueWordRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    private static string Found(string text) => Findings.Deadlines(text, Day);

    [Theory]
    [InlineData("The ministries must complete the report by the end of June.", "by the end of June = in 2025-06")]
    [InlineData("The ministries must complete the report until the end of 2025.", "until the end of 2025 = by the end of 2025")]
    [InlineData("The ministries must complete the report before the end of 2025.", "before the end of 2025 = by the end of 2025")]
    [InlineData("The ministries must complete the report by end of 2025.", "by end of 2025 = by the end of 2025")]
    [InlineData("The ministries must complete the report no later than June 30.", "no later than June 30 = on or before 2025-06-30")]
    [InlineData("The ministries must complete the report not later than June 30.", "not later than June 30 = on or before 2025-06-30")]
    [InlineData("The ministries must complete the report on or before June 30.", "on or before June 30 = on or before 2025-06-30")]
    [InlineData("The ministries must complete the report by June 30.", "by June 30 = on or before 2025-06-30")]
    [InlineData("The ministries must complete the report until June 30.", "until June 30 = on or before 2025-06-30")]
    [InlineData("The ministries must complete the report before June 30.", "before June 30 = on or before 2025-06-30")]
    [InlineData("The ministries must complete the report ahead of June 30.", "ahead of June 30 = on or before 2025-06-30")]
    [InlineData("Các bộ phải hoàn thành báo cáo chậm nhất ngày 30/6/2025.", "chậm nhất ngày 30/6/2025 = on or before 2025-06-30")]
    [InlineData("Các bộ phải hoàn thành báo cáo trước ngày 30/6/2025.", "trước ngày 30/6/2025 = on or before 2025-06-30")]
    [InlineData("Các bộ phải hoàn thành báo cáo trước 30/6/2025.", "trước 30/6/2025 = on or before 2025-06-30")]
    [InlineData("Các bộ phải hoàn thành báo cáo đến ngày 30/6/2025.", "đến ngày 30/6/2025 = on or before 2025-06-30")]
    [InlineData("Các bộ phải hoàn thành báo cáo tới ngày 30/6/2025.", "tới ngày 30/6/2025 = on or before 2025-06-30")]
    [InlineData("Các bộ phải hoàn thành báo cáo đến hết năm 2025.", "đến hết năm 2025 = by the end of 2025")]
    [InlineData("Các bộ phải hoàn thành báo cáo đến cuối năm 2025.", "đến cuối năm 2025 = by the end of 2025")]
    public void A_cue_word_before_a_date_in_an_instruction_opens_a_deadline(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("Tính đến ngày 30/6/2025, các bộ đã hoàn thành báo cáo.")]
    [InlineData("Hội nghị diễn ra từ ngày 22/12 đến ngày 23/12.")]
    [InlineData("It was not until June 30 that the ministries completed the report.")]
    [InlineData("The ministries completed the report ahead of schedule.")]
    [InlineData("The ministries prepared well before next year's congress.")]
    [InlineData("The ministries completed the report earlier this year.")]
    public void A_cue_word_that_sets_no_due_date_is_no_deadline(string text) =>
        Assert.Equal("", Found(text));
}
