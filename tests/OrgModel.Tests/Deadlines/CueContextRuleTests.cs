using NodaTime;
using OrgModel.Tests.Reading;

namespace OrgModel.Tests.Deadlines;

/// <summary>The words around a cue that its rules name, one by one: the month written "Sep", the instruction words "tasked" and
/// "ordered", the task words "completion", "hoàn tất" and "tổ chức", "by no later than", "vào" with a part of a period, the
/// year's last months in words, "trước (cuộc) bầu cử", an adjective after "a" or "requesting", a clause opened by ";"; and
/// the words that make a cue none: "missions"/"task"/"work"/"targets" before "in", a horizon after a comma, a question ending
/// an instruction's sentence, "in order to", "không" before "kịp thời", a past verb after an adverb of urgency, "took place",
/// "sớm hơn", the noun "tổ chức", a quality between commas (docs/reading.md, "Deadlines in running text"). Written from the
/// survivors of Deadlines' mutation sample (docs/quality.md, "Deadlines") that the three classes before it left alive.</summary>
public class CueContextRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    private static string Found(string text) => Findings.Deadlines(text, Day);

    [Theory]
    [InlineData("The ministries must complete the report by Sep 30.", "by Sep 30 = on or before 2025-09-30")]
    [InlineData("The ministries must complete the report by Sept 30.", "by Sept 30 = on or before 2025-09-30")]
    [InlineData("The ministry was tasked to finish the airport this year.", "this year = by the end of 2025")]
    [InlineData("The ministries target completion of the report in June.", "in June = in 2025-06")]
    [InlineData("Các bộ hoàn tất việc rà soát trong tháng 6/2025.", "trong tháng 6/2025 = in 2025-06")]
    [InlineData("Hội nghị sẽ được tổ chức trong quý III/2025.", "trong quý III/2025 = in 2025-Q3")]
    [InlineData("Ordered the ministries to finish the airport this year.", "this year = by the end of 2025")]
    [InlineData("The ministries must submit the plan this week.", "this week = on or before 2025-03-09")]
    [InlineData("The ministries must complete the report by no later than June 30.", "by no later than June 30 = on or before 2025-06-30")]
    [InlineData("The ministries must complete the report by the middle of June.", "by the middle of June = on or before 2025-06-15")]
    [InlineData("The ministries must fulfil their assigned tasks in the remaining months of this year.", "in the remaining months of this year = by the end of 2025")]
    [InlineData("The ministries must complete the report in quarter 3.", "in quarter 3 = in 2025-Q3")]
    [InlineData("The ministries must complete the report in Quarter III.", "in Quarter III = in 2025-Q3")]
    [InlineData("Các bộ phải báo cáo Ban Bí thư vào cuối quý II/2025.", "vào cuối quý II/2025 = in 2025-Q2")]
    [InlineData("Các bộ phải xây dựng xong đề án vào tháng 10.", "vào tháng 10 = in 2025-10")]
    [InlineData("Các bộ phải báo cáo vào cuối năm 2025.", "vào cuối năm 2025 = by the end of 2025")]
    [InlineData("Các bộ phải báo cáo vào cuối tháng 6/2025.", "vào cuối tháng 6/2025 = in 2025-06")]
    [InlineData("Các đảng bộ tổ chức đại hội điểm vào đầu quý II/2025.", "vào đầu quý II/2025 = in 2025-Q2")]
    [InlineData("Các bộ phải hoàn thành đến tháng 6/2025.", "đến tháng 6/2025 = in 2025-06")]
    [InlineData("Các bộ phải hoàn thành đến quý III/2025.", "đến quý III/2025 = in 2025-Q3")]
    [InlineData("Các bộ phải hoàn thành đến 30/6/2025.", "đến 30/6/2025 = on or before 2025-06-30")]
    [InlineData("The ministries set directions and tasks for the last 6 months of 2024.", "the last 6 months of 2024 = by the end of 2024")]
    [InlineData("The ministries set directions and tasks for the last six months of 2025.", "the last six months of 2025 = by the end of 2025")]
    [InlineData("The ministries set directions and tasks for the last two months of this year.", "the last two months of this year = by the end of 2025")]
    [InlineData("The ministries set directions and tasks for the last 6 months of the year.", "the last 6 months of the year = by the end of 2025")]
    [InlineData("Tỉnh đề ra nhiệm vụ trọng tâm 6 tháng cuối năm 2025.", "6 tháng cuối năm 2025 = by the end of 2025")]
    [InlineData("Tỉnh đề ra nhiệm vụ trọng tâm 6 tháng còn lại của năm 2025.", "6 tháng còn lại của năm 2025 = by the end of 2025")]
    [InlineData("Các xã phải hoàn thành danh sách cử tri trước cuộc bầu cử.", "trước cuộc bầu cử = strictly before 2026-03-15")]
    [InlineData("Các xã phải hoàn thành danh sách cử tri trước bầu cử.", "trước bầu cử = strictly before 2026-03-15")]
    [InlineData("The ministries requested a prompt review of the case.", "prompt = immediately")]
    [InlineData("The ministries are requesting prompt completion of the case.", "prompt = immediately")]
    [InlineData("The plan was sent to the ministries for immediate implementation.", "immediate = immediately")]
    [InlineData("Khắc phục hậu quả bão; sớm hoàn thành việc sửa chữa nhà ở.", "sớm = immediately")]
    [InlineData("Sớm hoàn thành việc sửa chữa nhà ở.", "Sớm = immediately")]
    [InlineData("Violations must be promptly handled.", "promptly = immediately")]
    [InlineData("The reports are promptly submitted.", "promptly = immediately")]
    [InlineData("The ministries promptly proceed with the review.", "promptly = immediately")]
    [InlineData("The ministries must complete the report at the end of this year.", "at the end of this year = by the end of 2025")]
    [InlineData("The ministries must complete the report at the end of the year.", "at the end of the year = by the end of 2025")]
    [InlineData("The ministries must complete the report at the end of June.", "at the end of June = in 2025-06")]
    [InlineData("Các bộ hoàn thành việc rà soát trong đầu quý III/2025.", "trong đầu quý III/2025 = in 2025-Q3")]
    [InlineData("Các bộ phải trình đề án vào nửa cuối tháng 6/2025.", "vào nửa cuối tháng 6/2025 = in 2025-06")]
    public void A_word_its_rule_names_opens_the_deadline(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("Who must pay? The airport opened this year.")]
    [InlineData("Who must pay! The airport opened this year.")]
    [InlineData("Người dân, nhanh chóng ổn định cuộc sống.")]
    [InlineData("The ministries must implement the missions in 2025.")]
    [InlineData("The ministries must implement the task in 2025.")]
    [InlineData("The ministries must implement the work in 2025.")]
    [InlineData("The ministries must implement the targets in 2025.")]
    [InlineData("Các bộ phải hoàn thành quy hoạch tỉnh đến năm 2030, tầm nhìn đến năm 2045.")]
    [InlineData("The conference had been held in June.")]
    [InlineData("The conference has been held in June.")]
    [InlineData("The ministries met in order to take timely measures.")]
    [InlineData("The ministries met so as to take timely measures.")]
    [InlineData("Chi bộ không phát hiện và xử lý kịp thời các vi phạm.")]
    [InlineData("Không phát hiện, xử lý kịp thời các vi phạm.")]
    [InlineData("Các đơn vị phải hoàn thành kiểm tra từ 22/12 đến 23/12.")]
    [InlineData("The ministry promptly began the work.")]
    [InlineData("The meeting took place immediately after the holiday.")]
    [InlineData("The Commission promptly advised the Politburo.")]
    [InlineData("Dự án phải hoàn thành sớm hơn dự kiến.")]
    [InlineData("Trong quý II/2025, 40 tổ chức đảng được kiểm tra.")]
    [InlineData("Các địa phương phải thích ứng linh hoạt, kịp thời, chắc chắn.")]
    [InlineData("Các địa phương được chủ động, kịp thời trong phòng chống dịch.")]
    [InlineData("The province recorded 20 cases in June.")]
    [InlineData("The ministries must complete the tasks of this year.")]
    public void A_word_its_rule_names_leaves_the_cue_alone(string text) =>
        Assert.Equal("", Found(text));
}
