namespace OrgModel.Tests.Reading;

/// <summary>The rule of the hundred-and-eighty-first pass (docs/reading.md): a whole year inside a sentence ("in 2025", "trong năm
/// 2025") is a deadline only when the sentence asks for the work to be finished or says it must be done; otherwise it names the
/// period a thing happens in. Sentences of the development sets' sources; every case of the first theory failed before the pass,
/// the second theory's cases are guards (the labels take them, or the rule keeps them by its own words).</summary>
public class YearInPassingRulesTests
{
    [Theory]
    // Development set 104 (dir 103, en-01): the year of achievements acknowledged.
    [InlineData("Head of the Provincial Party Organization Committee highly appreciated the review preparation work of Dien Chau District Party Committee, acknowledging the achievements of Dien Chau district in 2023.", "2023-12-11")]
    // Development set 119 (dir 118, en-03): the year of a commission's orientations, discussed.
    [InlineData("Addressing a Hanoi conference to review the commission’s operation in 2019 and discuss its working orientations in 2020, PM Phuc, who is also a Politburo member, urged the commission to work out solutions to minimise negative effects of climate change", "2020-01-17")]
    // Development set 147 (dir 146, en-03): the year of a review the propaganda is about.
    [InlineData("Strengthen the implementation of propaganda on the review of poor and near-poor households in 2025 in various forms to raise awareness among agencies, units, localities and people.", "2025-10-24")]
    // Development set 145 (dir 144, vi-04): the year of a quota.
    [InlineData("Hội nghị nhằm đánh giá thực trạng, nắm chắc số lượng, chất lượng nguồn thanh niên trong độ tuổi nhập ngũ, từ đó xây dựng kế hoạch tuyển chọn và gọi công dân nhập ngũ đạt hiệu quả cao, đảm bảo chỉ tiêu được giao trong năm 2026.", "2025-10-03")]
    // Development set 163 (dir 162, vi-04): the year of a ward's tasks.
    [InlineData("Hội nghị khép lại với tinh thần đoàn kết, quyết tâm thực hiện thắng lợi các nhiệm vụ chính trị, kinh tế - xã hội trong năm 2025, xây dựng phường Phổ Thạnh ngày càng phát triển.", "2025-02-03")]
    public void A_year_in_passing_is_no_deadline(string text, string date) =>
        Assert.Equal("", Findings.Deadlines(text, Findings.Day(date)));

    [Theory]
    // Development set 152 (dir 151, en-01): "must".
    [InlineData("Mr. Tran Tri Dung said that the Resolution of TV Provincial Party Congress has determined that Cang Long District must meet the new rural district standards in 2020.", "2020-02-07", "in 2020 = by the end of 2020")]
    // Development set 6 (dir 5, vi-04): "phải hoàn thành".
    [InlineData("Những vấn đề, lĩnh vực liên quan đến công tác chuẩn bị Đại hội XIV của Đảng phải hoàn thành trong năm 2025, năm \"về đích\" của những mục tiêu mà Đại hội XIII của Đảng đã đặt ra còn rất lớn.", "2024-08-09", "trong năm 2025 = by the end of 2025")]
    // Development set 47 (dir 46, vi-04): "sẽ được triển khai".
    [InlineData("Theo chỉ đạo của Chính phủ, việc rà soát, sắp xếp thôn, bản, tổ dân phố sẽ được triển khai trên toàn quốc trong năm 2026.", "2026-02-24", "trong năm 2026 = by the end of 2026")]
    // Development set 138 (dir 137, en-05; not labelled there): the sentence asks for 3,000 km to be completed, which the rule keeps.
    [InlineData("The Prime Minister requested to speed up site clearance and exploitation of construction materials for expressway projects to complete 3,000 km in 2025.", "2025-04-23", "in 2025 = by the end of 2025")]
    // Development set 49 (dir 48, en-03): a year at the head of a sentence frames it.
    [InlineData("In 2021, HCM City will hold elections for the People's Councils and complete the apparatus of the People's Councils and People's Committees for 2021-2026 of the freshly-formed administrative units.", "2019-05-31", "In 2021 = by the end of 2021")]
    public void A_year_the_sentence_asks_for_stays(string text, string date, string key) =>
        Assert.Contains(key, Findings.Deadlines(text, Findings.Day(date)).Split('|'));

    // Development set 51 (dir 50, en-06): the word that asks may open a sentence after a line break, which is that sentence's
    // boundary; it is still read.
    [Fact]
    public void The_word_that_asks_may_open_the_sentence_after_a_line_break() =>
        Assert.Equal("in 2025 = by the end of 2025|in 2025 = by the end of 2025", Findings.Deadlines(
            "At the same time, complete the completed packages for project acceptance, carry out procedures for payment and settlement of completed projects and hand them over for use in 2025.\nRequesting these procedures and handing them over for use in 2025 is also assigned to the Technical Infrastructure project of the Residential Area of Cooperative 3 - Ham Liem, Ham Thuan Bac district.",
            Findings.Day("2025-06-09")));
}
