using NodaTime;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>The general rules added after development set 2 (docs/reading.md, "Development set 2"), one sentence each: the
/// positive cases quoted from the set's sources (docs/sources.md), the negative ones (a building, a term, work done, a manner)
/// written from the same forms. Each case was missed or wrongly found by the reader before its rule (the set's "before" list).</summary>
public class ReadingRulesTests
{
    private static readonly LocalDate Date = new(2025, 11, 24);

    [Theory]
    [InlineData("Tổng Bí thư Tô Lâm phát biểu chỉ đạo hội nghị.", "Tô Lâm")]
    [InlineData("Trưởng ban Tổ chức Trung ương Lê Minh Hưng; Phó thủ tướng thường trực Chính phủ Nguyễn Hòa Bình;", "Lê Minh Hưng|Nguyễn Hòa Bình")]
    [InlineData("Bí thư Thành ủy Hà Nội Nguyễn Duy Ngọc, Chủ nhiệm Tổng cục Chính trị Nguyễn Trọng Nghĩa cùng các", "Nguyễn Duy Ngọc|Nguyễn Trọng Nghĩa")]
    [InlineData("Minister of Home Affairs Pham Thi Thanh Tra said that", "Pham Thi Thanh Tra")]
    [InlineData("Comrade Tran The Dung, Standing", "Tran The Dung")]
    [InlineData("Nguyễn Xuân Phúc, former Politburo member, Secretary of the Party Delegation", "Nguyễn Xuân Phúc")]
    [InlineData("khai trừ khỏi Đảng đối với bà Nguyễn Thị Kim Tiến.", "Nguyễn Thị Kim Tiến")]
    public void People_after_the_titles_the_news_writes_are_read(string text, string expected) =>
        Assert.Equal(expected.Split('|'), PersonExtractor.Extract(text).Select(p => p.Text));

    [Theory]
    [InlineData("Buổi chiều, Trung ương Đảng tiếp tục thực hiện các nội dung về công tác cán bộ.", "Trung ương Đảng = vn.party.central-committee")]
    [InlineData("Trung ương thực hiện quy trình giới thiệu nhân sự.", "Trung ương = vn.party.central-committee")]
    [InlineData("Theo thông cáo của Văn phòng TW Đảng, ngày 22/8", "Văn phòng TW Đảng = vn.party.central-office")]
    [InlineData("Tổng Bí thư yêu cầu Văn phòng Trung ương Đảng phối hợp với các cơ quan liên quan rà soát", "Văn phòng Trung ương Đảng = vn.party.central-office|các cơ quan liên quan = scope")]
    [InlineData("Bộ Chính trị, Ban Bí thư và cấp ủy các cấp đã kiểm tra", "Bộ Chính trị = vn.party.politburo|Ban Bí thư = vn.party.secretariat|cấp ủy các cấp = scope")]
    [InlineData("each ministry, sector, and locality must", "each ministry, sector, and locality = scope")]
    [InlineData("Trưởng ban Tổ chức Trung ương Lê Minh Hưng", "ban Tổ chức Trung ương = vn.party.central-organisation-commission")]
    [InlineData("Chiều 3/3, tại Trụ sở Trung ương Đảng, hội nghị; tại Hội nghị Trung ương 14", "")]
    public void Organisations_under_the_news_names_and_scopes_as_groups_are_read(string text, string expected) =>
        Assert.Equal(
            expected.Length == 0 ? [] : expected.Split('|'),
            OrganisationExtractor.Extract(text, Date, VietnamReferenceData.OrgChart).Select(o => $"{o.Text} = {(o.IsScope ? "scope" : o.Id?.ToString() ?? "-")}"));

    [Theory]
    [InlineData("Trung ương cũng chấp thuận cho ông Đỗ Đức Duy thôi giữ chức Ủy viên Ban Chấp hành Trung ương Đảng khóa 13 và ông Võ Chí Công thôi giữ chức Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng khóa 13.", "Đỗ Đức Duy|Võ Chí Công")]
    [InlineData("đã quyết định Thi hành kỷ luật bằng hình thức Cách chức tất cả các chức vụ trong Đảng đối với đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng.", "Đỗ Trọng Hưng")]
    [InlineData("Nguyễn Xuân Phúc and Trương Hòa Bình received Party disciplinary warnings.", "Nguyễn Xuân Phúc, Trương Hòa Bình")]
    public void Each_decision_gets_its_own_person(string text, string expected) =>
        Assert.Equal(expected.Split('|'), DecisionExtractor.Extract(text).Select(d => string.Join(", ", d.People.Select(p => p.Text))));

    [Theory]
    [InlineData("biểu dương Văn phòng Trung ương Đảng và các cơ quan liên quan đã khẩn trương tham mưu xây dựng")]
    [InlineData("the authorities have promptly led the work")]
    [InlineData("Chủ tịch nước yêu cầu các bộ làm việc khẩn trương, nghiêm túc")]
    public void Urgency_words_of_work_done_or_of_manner_are_no_deadline(string text) =>
        Assert.Empty(OrgModel.Deadlines.DeadlineExtractor.Extract(text, Date));
}
