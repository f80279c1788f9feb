namespace OrgModel.Tests.Reading;

/// <summary>The rule of the hundred-and-eighty-fourth pass (docs/reading.md): three Vietnamese cues written alike in other senses
/// assign nothing: "yêu cầu" as a requirement ("đạt yêu cầu đề ra", "mục đích, yêu cầu", "đặt ra yêu cầu", "thời hạn yêu
/// cầu"), "đề nghị" as a proposal or astride two words ("33 đề nghị xây dựng", "Hồ sơ đề nghị khen thưởng", "chuyên đề nghị
/// quyết"), and "phải" as the right-hand side or a degree ("bên phải", "từ phải sang", "đến mức phải khai trừ", "chưa phải là",
/// "do phải chịu trách nhiệm"). Sentences of the development sets' sources; every case of the first theory failed before the
/// pass, the second theory's cases are guards.</summary>
public class RequirementAndDegreeRulesTests
{
    [Theory]
    // Development set 103 (dir 102, vi-04): "đạt yêu cầu đề ra".
    [InlineData("Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020, với tinh thần dân chủ, đoàn kết, trách nhiệm, nghiêm túc, toàn bộ nội dung, chương trình Đại hội đã hoàn thành, đạt yêu cầu đề ra.", "2020-10-15")]
    // Development set 140 (dir 139, vi-04): "mục đích, yêu cầu".
    [InlineData("Thường trực Đảng ủy đã quán triệt mục đích, yêu cầu và nội dung của công tác kiểm điểm năm 2025, nhấn mạnh việc thực hiện nghiêm túc các quy định, hướng dẫn của cấp trên về quy trình kiểm điểm tập thể và cá nhân; đánh giá, xếp loại tổ chức cơ sở đảng và đảng viên.", "2025-12-02")]
    // Development set 122 (dir 121, vi-03): "đặt ra yêu cầu rất cao".
    [InlineData("Ý nghĩa đặc biệt quan trọng mang tính bước ngoặt của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đặt ra yêu cầu rất cao trong công tác chuẩn bị nhân sự, vừa đáp ứng yêu cầu trước mắt của việc sắp xếp tinh gọn tổ chức bộ máy, vừa thể hiện tầm nhìn chiến lược trong xây dựng đội ngũ cán bộ cấp cao của Đảng, đủ phẩm chất, năng lực và uy tín để lãnh đạo đất nước phát triển nhanh, bền vững trong tình hình mới.", "2026-01-10")]
    // Development set 34 (dir 33, vi-05): "đúng thời hạn yêu cầu".
    [InlineData("- Các đơn vị gửi báo cáo công tác tháng, quý về Văn phòng Bộ trước ngày 20 hàng tháng để tổng hợp báo cáo, gửi Văn phòng Chính phủ theo đúng thời hạn yêu cầu.", "2009-05-26")]
    // Development set 12 (dir 11, vi-06): a count of proposals.
    [InlineData("Năm 2024, Bộ Tư pháp đã thẩm định đối với 33 đề nghị xây dựng văn bản quy phạm pháp luật[1];", "2025-05-03")]
    // Development set 74 (dir 73, vi-02): "Hồ sơ đề nghị khen thưởng", the file of a proposal.
    [InlineData("Hồ sơ đề nghị khen thưởng gửi về các cơ quan liên quan trước ngày 31/01/2010.", "2009-09-08")]
    // Development set 105 (dir 104, vi-04): "chuyên đề" then "nghị quyết".
    [InlineData("Trong thời gian 2,5 ngày (từ ngày 25- 27/4), các đại biểu sẽ được nghe báo cáo kết quả thực hiện nhiệm kỳ qua, phương hướng, những điểm mới tập trung chỉ đạo, các giải pháp, các khâu đột phá thực hiện trong nhiệm kỳ mới 2017-  2022 chung quanh 5 chuyên đề nghị quyết đại hội và các nhiệm vụ trọng tâm của Hội LHPN gồm:", "2017-04-25")]
    // Development set 60 (dir 59, vi-06): a photograph's caption, "( bên phải )".
    [InlineData("Ông Nguyễn Tăng Bính ( bên phải ) nhận chức PCT UBND tỉnh Quảng Ngãi", "2020-04-22")]
    // Development set 82 (dir 81, vi-01): "thứ 2 từ phải sang".
    [InlineData("Tác giả Tiến Dũng - Báo Hà Tĩnh (thứ 2 từ phải sang) giành giải A Giải Búa Liềm vàng năm 2018.", "2019-09-01")]
    // Development set 152 (dir 151, vi-04): "chưa phải là", not yet.
    [InlineData("Về trường hợp Phó chủ tịch UBND Q.Thủ Đức Trần Văn Dũng (phụ trách đô thị) vì sao bị kỷ luật cảnh cáo cả về mặt Đảng và chính quyền, nhưng vẫn đương chức, ông Đặng Nguyễn Thanh Minh cho rằng, mức kỷ luật đó chưa phải là mức kỷ luật cách chức.", "2019-10-01")]
    // Development set 150 (dir 149, vi-04): "do phải chịu trách nhiệm", a reason.
    [InlineData("Ông Phạm Đình Diện, công chức địa chính - xây dựng xã Dân Chủ bị kỷ luật cảnh cáo do phải chịu trách nhiệm chính, trực tiếp, trách nhiệm cá nhân trong việc tham mưu, thiết lập hồ sơ đề nghị chuyển mục đích sử dụng đất và cấp giấy chứng nhận quyền sử dụng đất cho 9 hộ dân không đúng quy định.", "2022-01-01")]
    public void A_requirement_a_proposal_a_side_or_a_degree_assigns_nothing(string text, string date) =>
        Assert.Empty(Findings.Record(text, Findings.Day(date)).Tasks);

    [Theory]
    // Development set 87 (dir 86, vi-03): after the degree ("đến mức phải khai trừ"), the proposal to the district committee asks.
    [InlineData("Từ kết quả kiểm tra, căn cứ nội dung, tính chất, mức độ, tác hại và nguyên nhân khuyết điểm, vi phạm Ủy ban Kiểm tra Tỉnh ủy nhận thấy khuyết điểm, vi phạm của bà Nguyễn Thị Hà đến mức phải khai trừ ra khỏi Đảng và đề nghị Huyện ủy Yên Định xử lý kỷ luật với Đảng viên Nguyễn Thị Hà.", "2020-06-15", "đề nghị")]
    // Development set 70 (dir 69, vi-01): a comma after "danh mục" ends a clause; "yêu cầu các cơ quan" asks.
    [InlineData("Trường hợp cần điều chỉnh hoặc đăng ký bổ sung danh mục, yêu cầu các cơ quan, đơn vị khẩn trương triển khai các thủ tục liên quan theo đúng quy định của Luật Ban hành văn bản quy phạm pháp luật và các quy định liên quan; báo cáo UBND tỉnh để xem xét, báo cáo Thường trực HĐND tỉnh và đồng gửi Sở Tư pháp để thẩm định chậm nhất ngày 07/8/2020.", "2020-08-04", "yêu cầu")]
    public void The_verb_still_asks(string text, string date, string cue) =>
        Assert.Equal(cue, Assert.Single(Findings.Record(text, Findings.Day(date)).Tasks).Cue);
}
