using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Deadlines;

/// <summary>The categories of deadline phrase the development sets missed or took falsely (docs/reading.md, "What changed on
/// 2026-11-30, second pass"); each sentence is from a development text or written in the same form.</summary>
public class DeadlineExtractorCategoryTests
{
    [Theory]
    [InlineData("The plan is to ensure that grassroots Party congresses are held by March.", "2025-02-20", "by March", "in 2025-03")]
    [InlineData("The goal is to complete local party congresses by March 2025.", "2025-02-14", "by March 2025", "in 2025-03")]
    [InlineData("The commission will present a detailed plan to the Politburo by the late second quarter.", "2025-02-20", "by the late second quarter", "in 2025-Q2")]
    [InlineData("Congresses must be held in the beginning of the second quarter of 2025.", "2025-02-14", "in the beginning of the second quarter of 2025", "in 2025-Q2")]
    [InlineData("The project must be submitted in mid-April 2025.", "2025-03-17", "in mid-April 2025", "in 2025-04")]
    [InlineData("Ministries will complete the organization within this week.", "2025-03-05", "within this week", "on or before 2025-03-09")]
    [InlineData("Các bộ phải hoàn thành trong tuần này.", "2025-03-05", "trong tuần này", "on or before 2025-03-09")]
    [InlineData("Tổ chức đại hội cấp trên cơ sở phải hoàn thành đầu quý II/2025.", "2025-02-14", "đầu quý II/2025", "in 2025-Q2")]
    [InlineData("He requested the immediate establishment of polling teams.", "2026-01-13", "immediate", "immediately")]
    public void A_category_the_development_sets_missed_is_read(string text, string date, string phrase, string meaning)
    {
        DeadlineMention m = Assert.Single(DeadlineExtractor.Extract(text, LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(phrase, m.Text);
        Assert.Equal(meaning, m.Deadline.ToString());
    }

    [Fact]
    public void The_second_phrase_of_a_sentence_keeps_the_task_of_the_first() =>
        Assert.Equal(2, DeadlineExtractor.Extract("The goal is to complete local party congresses by March 2025 and commence higher-level congresses in early Q2 2025.", new LocalDate(2025, 2, 14)).Count);

    [Theory]
    [InlineData("phải tập trung ngay vào xử lý công việc chưa hoàn thành trong năm 2024.", "trong năm 2024")]
    [InlineData("đây là nhiệm vụ trọng tâm trong tháng 3, các cơ quan cần chuẩn bị.", "trong tháng 3")]
    [InlineData("tiếp tục thực hiện khẩn trương, nghiêm túc, đồng bộ, hiệu quả các đề án.", "khẩn trương")]
    [InlineData("các cơ quan liên quan phải hoàn thiện hồ sơ để kịp thời trình Quốc hội.", "kịp thời")]
    public void A_past_period_the_work_of_a_period_and_a_manner_are_not_deadlines(string text, string notAPhrase) =>
        Assert.DoesNotContain(DeadlineExtractor.Extract(text, new LocalDate(2026, 3, 2)), m => m.Text == notAPhrase);
}
