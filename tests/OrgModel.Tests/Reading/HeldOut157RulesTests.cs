namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-seventy-sixth pass (docs/reading.md), with sentences of held-out sets 156 and 157's
/// sources (`HeldOut156/`, `HeldOut157/`) and of the development sets that label the same: a local inspection commission by "UB
/// Kiểm tra", a Party cell's committee, the Assembly's committees of 2016–2025, the Ministry of Education and Training by the news'
/// other English, a Front committee's place that stops before a second post, a building or a portal named after the Government or
/// the Assembly, a deadline "by the deadline of" a day, and two dates that are not deadlines. Every "reads" and "not" case failed
/// with the library sets 156 and 157 were measured with (bc32c70).</summary>
public class HeldOut157RulesTests
{
    [Theory]
    // Set 157 (vi-04): the province's inspection commission by "UB", and a cell's committee with its cell.
    [InlineData("Theo đó, UB Kiểm tra Tỉnh ủy Bến Tre họp kỳ 27 xem xét, kết luận một số nội dung", "2019-06-01",
        "UB Kiểm tra Tỉnh ủy Bến Tre = vn.au.2025-01.83.inspection-commission")]
    [InlineData("Theo đó, Chi ủy Chi bộ Hội Liên hiệp Phụ nữ tỉnh Bến Tre chấp hành chưa nghiêm quy chế làm việc.", "2019-06-01",
        "Chi ủy Chi bộ Hội Liên hiệp Phụ nữ tỉnh Bến Tre = -")]
    // Set 157 (vi-06), development sets 134 and 131 (dirs 133 and 130): the Assembly's committees and council.
    [InlineData("Chỉ trước khi diễn ra phiên họp thứ 32 vài ngày, Ủy ban Pháp luật phải họ, thẩm tra dự thảo Nghị quyết", "2019-03-11", "Ủy ban Pháp luật = -")]
    [InlineData("Ngày 11/5, tại trụ sở các cơ quan của Quốc hội, Ủy ban Văn hóa và Xã hội tổ chức phiên họp toàn thể Ủy ban lần thứ 2.", "2025-05-11",
        "Ủy ban Văn hóa và Xã hội = -")]
    [InlineData("vừa được Quốc hội bầu làm Chủ tịch Hội đồng Dân tộc của Quốc hội.", "2021-08-06", "Hội đồng Dân tộc của Quốc hội = -")]
    // Set 157 (en-06) and development set 127 (dir 126): the ministry by the news' other English.
    [InlineData("The Ministry of Training and Education has organized human resources to provide support", "2023-05-14",
        "Ministry of Training and Education = vn.state.ministry.education-training")]
    [InlineData("ionwide exams will comply with the separate steering of the Ministry of Training and Coaching.", "2022-08-06",
        "Ministry of Training and Coaching = vn.state.ministry.education-training")]
    // Set 156 (en-05): the Front committee's place stops before the person's second post.
    [InlineData("Chairman of the Vietnam Fatherland Front Committee of Ho Chi Minh City and Deputy Head of the Steering Committee Nguyen Phuoc Loc.", "2025-06-09",
        "Vietnam Fatherland Front Committee of Ho Chi Minh City = -")]
    public void A_body_reads(string text, string date, string key) =>
        Assert.Contains(key, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    [Theory]
    // Development sets 155 and 43 (dirs 154 and 42): the Assembly's building and the Government's portal.
    [InlineData("Sáng mai, 15-11, tại Nhà Quốc hội, Hội đồng Bầu cử quốc gia tổ chức hội nghị toàn quốc", "2025-11-14", "Quốc hội")]
    [InlineData("Theo thông tin từ Cổng Thông tin điện tử Chính phủ, ngày 12-8,", "2025-08-12", "Chính phủ")]
    public void A_building_is_no_body(string text, string date, string body) =>
        Assert.DoesNotContain(Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'), key => key.StartsWith(body + " = ", StringComparison.Ordinal));

    // Guard: a commune's committee at its seat stays a body (development set 74, dir 73, labels it).
    [Fact]
    public void A_communes_committee_at_its_seat_stays_a_body() =>
        Assert.Contains("UBND xã Nha Bích = -",
            Findings.OrganisationKeys("Bảng niêm yết danh sách cử tri của 20 khu vực bỏ phiếu trên địa bàn xã đặt tại trụ sở UBND xã Nha Bích.", Findings.Day("2026-02-04")).Split('|'));

    // Set 156 (en-01): a day after "by the deadline of".
    [Fact]
    public void By_the_deadline_of_a_day_reads() =>
        Assert.Contains("by the deadline of May 15, 2025 = on or before 2025-05-15",
            Findings.Deadlines("Previously, by the deadline of May 15, 2025, localities must complete the personnel plan for the Commune-level Party Executive Committee after the arrangement", Findings.Day("2025-05-19")).Split('|'));

    [Theory]
    // Set 156 (vi-06): the voters' meetings before a session; set 157 (vi-04): not yet done in time.
    [InlineData("báo cáo kết quả giải quyết ý kiến, kiến nghị của cử tri trước kỳ họp thứ năm Hội đồng nhân dân phường nhiệm kỳ 2021 - 2026.", "2026-01-09", "trước kỳ họp")]
    [InlineData("Bà Thảo chưa kịp thời chỉ đạo rà soát, bổ sung sửa đổi quy chế làm việc, quy chế dân chủ cơ sở", "2019-06-01", "kịp thời")]
    [InlineData("Chi ủy Chi bộ Hội Liên hiệp Phụ nữ tỉnh Bến Tre chấp hành chưa nghiêm quy chế làm việc. Chưa kịp thời bổ sung quy chế quản lý tài chính, quy chế chi tiêu nội bộ.", "2019-06-01", "kịp thời")]
    public void Not_a_deadline(string text, string date, string phrase) =>
        Assert.DoesNotContain(Findings.Deadlines(text, Findings.Day(date)).Split('|'), key => key.StartsWith(phrase, StringComparison.Ordinal));
}
