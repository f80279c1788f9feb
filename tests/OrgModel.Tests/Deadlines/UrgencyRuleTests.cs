using NodaTime;
using OrgModel.Tests.Reading;

namespace OrgModel.Tests.Deadlines;

/// <summary>The words of urgency, one by one: each read as "immediately" where a sentence asks for work, each left alone where it
/// says how work was done, what a thing is like, or why (docs/reading.md, "Deadlines in running text"). Written from Deadlines'
/// mutation sample (docs/quality.md, "Deadlines"), whose survivors in <c>DeadlineCues.Urgent</c> showed that no test named most
/// of these words alone.</summary>
public class UrgencyRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    private static string Found(string text) => Findings.Deadlines(text, Day);

    [Theory]
    [InlineData("The ministries must complete the report immediately.", "immediately")]
    [InlineData("The ministries must complete the report urgently.", "urgently")]
    [InlineData("The ministries must complete the report promptly.", "promptly")]
    [InlineData("The ministries must complete the report swiftly.", "swiftly")]
    [InlineData("The ministries must complete the report quickly.", "quickly")]
    [InlineData("The ministries must complete the report expeditiously.", "expeditiously")]
    [InlineData("The ministries must complete the report as soon as possible.", "as soon as possible")]
    [InlineData("The ministries must complete the report as quickly as possible.", "as quickly as possible")]
    [InlineData("The ministries must complete the report without delay.", "without delay")]
    [InlineData("He requested prompt examination of the case.", "prompt")]
    [InlineData("He directed an urgent review of the projects.", "urgent")]
    [InlineData("The provinces must take quick action.", "quick")]
    [InlineData("He urged the provinces to timely handle the violations.", "timely")]
    [InlineData("Yêu cầu các sở khẩn trương hoàn thành báo cáo.", "khẩn trương")]
    [InlineData("Yêu cầu các sở kịp thời báo cáo Ủy ban nhân dân tỉnh.", "kịp thời")]
    [InlineData("Đề nghị các Bộ, địa phương sớm có văn bản trả lời.", "sớm")]
    [InlineData("Yêu cầu nhanh chóng triển khai các giải pháp.", "nhanh chóng")]
    [InlineData("Các sở phải triển khai ngay các giải pháp.", "ngay")]
    public void A_word_of_urgency_in_an_instruction_is_immediately(string text, string word) =>
        Assert.Equal($"{word} = immediately", Found(text));

    [Theory]
    [InlineData("The ministries have promptly led the work.")]
    [InlineData("To promptly implement the Politburo's directive, the Prime Minister signed the decision.")]
    [InlineData("The ministries will complete the report as soon as they can.")]
    [InlineData("Các sở đã khẩn trương tham mưu cho Ủy ban nhân dân tỉnh.")]
    [InlineData("Cán bộ làm việc khẩn trương trong những ngày qua.")]
    [InlineData("Các sở tiếp tục thực hiện khẩn trương các đề án.")]
    [InlineData("Các cơ quan phải hoàn thiện hồ sơ để kịp thời trình Quốc hội.")]
    [InlineData("Các sở phải bảo đảm tính kịp thời và hiệu quả.")]
    [InlineData("Kết quả năm nay sớm hơn năm trước.")]
    [InlineData("Kinh tế của tỉnh phát triển nhanh chóng.")]
    [InlineData("Ngay cả các sở cũng chưa báo cáo.")]
    public void A_word_of_urgency_that_asks_for_nothing_is_no_deadline(string text) =>
        Assert.Equal("", Found(text));
}
