namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-fifty-first pass (docs/reading.md) on titles the news shortens and posts read after a
/// name, with sentences of the held-out sets' sources. Each case read failed before the pass, but the guards, which passed both
/// ways.</summary>
public class ShortTitlesRulesTests
{
    // A commission's head with "Trung ương" shortened (held-out sets 117 and 98), the General Secretary as "TBT" (held-out set 8)
    // and the National Assembly's chair as "Chủ tịch QH" (held-out set 29).
    [Theory]
    [InlineData("Trưởng ban Nội chính T.Ư Phan Đình Trạc chủ trì hội nghị.", "Phan Đình Trạc")]
    [InlineData("Phát biểu tại hội nghị, Trưởng Ban Dân vận TƯ Trương Thị Mai đánh giá cao sự nỗ lực đổi mới trong phương thức hoạt động, thực hiện nhiệm vụ tư vấn cho Đảng về những vấn đề liên quan đến quần chúng của Hội đồng Công tác quần chúng TƯ trong 6 tháng đầu năm 2018...", "Trương Thị Mai")]
    [InlineData("Đó là yêu cầu của TBT Nguyễn Phú Trọng tại cuộc họp Ban Bí thư sáng nay 8/2, đánh giá tình hình thực hiện Chỉ thị số 11 ngày 08/12/2021 của Ban Bí thư về việc tổ chức Tết Nhâm Dần năm 2022", "Nguyễn Phú Trọng")]
    [InlineData("Kết thúc phần chất vấn với nhóm vấn đề thứ tư liên quan đến lĩnh vực thông tin và truyền thông, Chủ tịch QH Nguyễn Thị Kim Ngân cho biết, đã có 43 đại biểu đặt câu hỏi và 12 đại biểu tranh luận", "Nguyễn Thị Kim Ngân")]
    public void A_short_title_before_a_name(string text, string name) =>
        Assert.Contains(name, Findings.People(text).Split('|'));

    // A member's or an office head's post after a name (held-out sets 19, 39, 26 and 48).
    [Theory]
    [InlineData("Bà Nguyễn Thị Xuân Thu, nguyên Bí thư Đảng đoàn, nguyên Chủ tịch Trung ương Hội Chữ Thập đỏ Việt Nam; Trần Quốc Hùng, Uỷ viên Đảng đoàn, Phó Chủ tịch Trung ương Hội và một số lãnh đạo, nguyên lãnh đạo Hội Chữ Thập đỏ Việt Nam bị kỷ luật Đảng.", "Trần Quốc Hùng")]
    [InlineData("Dự Đại hội có các đồng chí: Đại tá Hoàng Ngọc Định, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Đại biểu Quốc hội khóa XV tỉnh Tuyên Quang; Mai Đức Thông, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy, Tổng Biên tập Báo và phát thanh, truyền hình Tuyên Quang, Chủ tịch Hội Nhà báo tỉnh.", "Mai Đức Thông")]
    [InlineData("Chủ toạ Kỳ họp có các đồng chí: Bùi Văn Quang - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Nguyễn Trung Kiên - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh; Nguyễn Thị Cẩm Phương - Uỷ viên BTV Tỉnh uỷ, Phó Chủ tịch HĐND tỉnh; Nguyễn Thị Hồng Lâm - TUV, Phó Chủ tịch HĐND tỉnh.", "Nguyễn Thị Hồng Lâm")]
    [InlineData("Mai Xuân Tùng, nguyên Trưởng phòng Tài nguyên và Môi trường; Cao Văn Bình, Trưởng phòng Văn hóa, Khoa học và Thông tin - do nghỉ công tác hưởng chế độ hưu trí.", "Cao Văn Bình")]
    public void A_post_after_a_name(string text, string name) =>
        Assert.Contains(name, Findings.People(text).Split('|'));

    // Guards (held-out sets 81 and 64): before a name, "Ủy viên" and "Trưởng phòng" would take a body's last words for one.
    [Theory]
    [InlineData("Ban Bí thư đã quyết định thi hành kỷ luật ông Nguyễn Thanh Sơn bằng hình thức cách chức các chức vụ: Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh, nhiệm kỳ 2005-2010 và nhiệm kỳ 2010-2015; Bí thư Huyện ủy Vũ Quang, nhiệm kỳ 2005-2010 và nhiệm kỳ 2010-2015; Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh, nhiệm kỳ 2010-2015.", "Nguyễn Thanh Sơn")]
    [InlineData("Trong đó, đồng chí Mông Chí Hồng, Trưởng Phòng Nội Vụ huyện, đại biểu HĐND huyện được tín nhiệm bầu giữ chức danh Phó chủ tịch HĐND huyện; đồng chí Nguyễn Thúy Hằng, Chủ tịch Hội LHPN huyện giữ chức danh thường trực HĐND huyện.", "Mông Chí Hồng|Nguyễn Thúy Hằng")]
    public void No_body_word_is_a_name(string text, string people) =>
        Assert.Equal(people, Findings.People(text));
}
