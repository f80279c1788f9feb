using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the fifty-third pass (docs/reading.md), from the development sets' missed deadlines, with sentences of
/// those sets' sources and the cases each rule must leave alone. Every case the pass reads failed on main at b3c5deb, before it;
/// the cases left alone pass there too.</summary>
public class DeadlineHoursRulesTests
{
    // The hour a day's deadline falls at is read and dropped: the day itself is the last one allowed, whatever "before" means
    // alone. An hour must be written as one, so "before 5 April 2025" stays a day and a colon between two numbers ends no sentence.
    [Theory]
    [InlineData("By April 19, districts, towns and cities will synthesize the results of the consultation and send samples to the Department of Home Affairs before 5:00 p.m. on April 20.", 2025, 4, 17, "By April 19 = on or before 2025-04-19|before 5:00 p.m. on April 20 = on or before 2025-04-20")]
    [InlineData("Trước đó, Bộ Nội vụ đã gửi Công văn 8091/BNV-TCBC ngày 17/9/2025 yêu cầu các bộ, ngành, địa phương báo cáo trước 17h00 ngày 22/9/2025.", 2025, 9, 20, "trước 17h00 ngày 22/9/2025 = on or before 2025-09-22")]
    [InlineData("Các Bộ, cơ quan, địa phương khác kịp thời báo cáo về những vấn đề nổi cộm, phức tạp phát sinh thuộc ngành, lĩnh vực, địa bàn quản lý nếu có trước 14h ngày 03/5/2021.", 2021, 4, 23, "kịp thời = immediately|trước 14h ngày 03/5/2021 = on or before 2021-05-03")]
    [InlineData("Thủ tướng Chính phủ yêu cầu gửi Bộ Tài chính, Văn phòng Chính phủ chậm nhất trước 10h ngày 3/10 để tổng hợp, báo cáo Thủ tướng Chính phủ.", 2025, 10, 2, "chậm nhất trước 10h ngày 3/10 = on or before 2025-10-03")]
    [InlineData("Các đơn vị gửi hồ sơ trước 14 giờ 30 phút, ngày 5/6/2025.", 2025, 6, 1, "trước 14 giờ 30 phút, ngày 5/6/2025 = on or before 2025-06-05")]
    [InlineData("The meeting ended at 5:00. The board must decide before 5 April 2025.", 2025, 3, 1, "before 5 April 2025 = on or before 2025-04-05")]
    [InlineData("Các đơn vị hoàn thành trước 14 ngày 5/6/2025.", 2025, 6, 1, "")]
    public void The_hour_of_a_day_is_read_and_the_day_kept(string text, int year, int month, int day, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, new LocalDate(year, month, day)));

    // "at the latest" after the day says again what "by" says: it belongs to the phrase.
    [Fact]
    public void At_the_latest_belongs_to_the_phrase() =>
        Assert.Equal("by April 19, 2025 at the latest = on or before 2025-04-19|by April 21, 2025 at the latest = on or before 2025-04-21",
            Findings.Deadlines("Organize meetings to deploy the Team's tasks, complete by April 19, 2025 at the latest and organize public opinion collection in the form of distributing opinion collection forms directly to household representatives, complete by April 21, 2025 at the latest.", new LocalDate(2025, 4, 18)));

    // A full stop between quarter and year, as between month and year ("tháng 4.2020").
    [Fact]
    public void A_quarter_takes_its_year_after_a_full_stop() =>
        Assert.Equal("trong quý IV.2019 = in 2019-Q4|trong tháng 4.2020 = in 2020-04",
            Findings.Deadlines("Huyện ủy Phú Ninh chỉ đạo, đại hội chi bộ trực thuộc đảng ủy cơ sở không quá 1 ngày, thời gian hoàn thành trong quý IV.2019; đại hội chi bộ, đảng bộ cơ quan, trường học, lực lượng vũ trang trực thuộc Huyện ủy, thời gian hoàn thành trong tháng 4.2020.", new LocalDate(2019, 8, 27)));

    // "vào" (in, at) with the end of a period or a month, after a word of delivery in its sentence (báo cáo, trình, gửi, nộp, hoàn
    // thành, xong); without one it says when a thing is scheduled, as development set 28's label reads it.
    [Theory]
    [InlineData("Lãnh đạo, chỉ đạo rà soát, đánh giá, tổ chức lại hoạt động của các tổ chức đảng trong các tập đoàn (báo cáo Ban Bí thư vào cuối quý II/2025).", 2025, 2, 19, "vào cuối quý II/2025 = in 2025-Q2")]
    [InlineData("Đến nay, xã đã dự thảo (lần 3) báo cáo chính trị, tổng hợp trình BCH đảng bộ lần cuối và trình Ban Thường vụ Huyện ủy Long Hồ vào nửa cuối tháng 2/2020.", 2020, 2, 25, "vào nửa cuối tháng 2/2020 = in 2020-02")]
    [InlineData("Công bố khai trừ ra khỏi Đảng với ông Đỗ Hữu Ca, Xây dựng xong quy trình xử lý nghệ sĩ, KOL vi phạm trên mạng vào tháng 10… là những thông tin nổi bật trong ngày.", 2023, 4, 14, "vào tháng 10 = in 2023-10")]
    [InlineData("Theo kế hoạch, Đảng ủy Khối sẽ chọn một số đảng bộ cơ sở tiến hành đại hội điểm vào cuối tháng 3-2020, sau đó chỉ đạo đại hội đảng bộ, chi bộ cơ sở bắt đầu từ tháng 4-2020, hoàn thành trước 30-6-2020.", 2019, 11, 14, "trước 30-6-2020 = on or before 2020-06-30")]
    [InlineData("Hội nghị được tổ chức vào tháng 10 năm 2020. Các đơn vị đã báo cáo.", 2020, 8, 31, "")]
    public void Vao_with_a_period_is_a_deadline_after_a_word_of_delivery(string text, int year, int month, int day, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, new LocalDate(year, month, day)));

    // The phrase reader itself reads the hour the same way (Deadline.ParsePhrase is public).
    [Fact]
    public void The_phrase_reader_reads_the_hour() =>
        Assert.Equal(Deadline.OnOrBefore(new LocalDate(2025, 12, 9)), Deadline.ParsePhrase("before 5:00 p.m. on December 9, 2025", new LocalDate(2025, 12, 1)));
}
