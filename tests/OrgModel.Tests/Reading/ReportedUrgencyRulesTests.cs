namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-seventy-fifth pass (docs/reading.md), from the development sets: urgency words in a report
/// of work done, the year anniversaries fall in, and the English of "trực thuộc Trung ương" after a kind of Party committee, with
/// the labelled cases beside them that stay as they were. Every "not a deadline" case was read as one before the pass, and every
/// group was read short of its qualifier, with "Central Government" as a second body.</summary>
public class ReportedUrgencyRulesTests
{
    [Theory]
    // Development sets 102, 98, 130 and 145 (dirs 101, 97, 129 and 144): "đã" earlier in the sentence, no word of asking.
    [InlineData("Các cấp ủy, tổ chức đảng đã quan tâm lãnh đạo, chỉ đạo, kịp thời thể chế hóa các văn bản của Trung ương và cấp ủy cấp trên.", "2022-07-15", "kịp thời")]
    [InlineData("Cơ quan Uỷ ban Kiểm tra Trung ương đã tham mưu giúp Uỷ ban Kiểm tra Trung ương thực hiện nhiệm vụ trọng tâm kiểm tra khi có dấu hiệu vi phạm với tinh thần quyết liệt, khẩn trương, kịp thời;",
        "2022-12-27", "khẩn trương")]
    [InlineData("Ban Chấp hành Đảng bộ, Ban Thường vụ Đảng ủy Quốc hội đã nêu cao tinh thần trách nhiệm, đoàn kết, chủ động, tích cực lãnh đạo, chỉ đạo và phối hợp với các cơ quan liên quan khẩn trương triển khai các nhiệm vụ được giao",
        "2025-12-27", "khẩn trương")]
    [InlineData("UBND và Hội đồng NVQS xã đã tổ chức gặp mặt, động viên, thăm hỏi, tặng quà thanh niên và gia đình, kịp thời tháo gỡ những khó khăn, vướng mắc",
        "2025-10-03", "kịp thời")]
    // Development sets 83, 132, 137 and 142 (dirs 82, 131, 136 and 141): the manner after a passive or perfect verb.
    [InlineData("Organizational restructuring was carried out urgently, rigorously and effectively; social welfare work was attentively and thoroughly implemented.", "2025-06-19", "urgently")]
    [InlineData("The review work by the Committees of the People's Council on the session's agenda items was carried out promptly, effectively, and with high quality.", "2024-12-20", "promptly")]
    [InlineData("Meanwhile, election committees have been set up swiftly in localities.", "2021-01-18", "swiftly")]
    [InlineData("Social welfare and the material and spiritual well-being of residents are being addressed promptly.", "2025-11-29", "promptly")]
    // Development sets 64, 86 and 102 (dirs 63, 85 and 101): the year the anniversaries fall in.
    [InlineData("Đi đôi với công tác chỉ đạo đại hội cấp huyện, thành phố và công tác chuẩn bị đại hội Hội Nông dân tỉnh, các cấp hội nông dân trong tỉnh đang phát động các phong trào thi đua lập thành tích chào mừng đại hội hội nông dân các cấp nhiệm kỳ 2018-2023, gắn với những hoạt động kỷ niệm các ngày lễ lớn của đất nước trong năm 2018.", "2018-05-15", "trong năm 2018")]
    [InlineData("Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị quan tâm tuyên truyền về sự kiện theo các nội dung nêu trong Hướng dẫn số 54-HD/BTGTU, ngày 12/02/2022 của Ban Tuyên giáo Tỉnh ủy tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2023.",
        "2023-03-03", "trong năm 2023")]
    [InlineData("đội ngũ báo cáo viên các cấp tập trung tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2022, gồm có:", "2022-01-19", "trong năm 2022")]
    public void Not_a_deadline(string text, string date, string phrase) =>
        Assert.DoesNotContain(Findings.Deadlines(text, Findings.Day(date)).Split('|'), key => key.StartsWith(phrase + " = ", StringComparison.Ordinal));

    // Guards, labelled as deadlines: "đã" before a word of asking, a document's subject, a modal passive, a year after "phải hoàn
    // thành" (development sets 79, 22 and 21, the development corpus; dirs 78, 21 and 20).
    [Theory]
    [InlineData("Ngay sau Hội nghị, lãnh đạo Huyện ủy Định Hóa đã đề nghị các đồng chí bí thư các chi, đảng bộ trực thuộc căn cứ vào điều kiện cụ thể của từng địa phương, đơn vị, kịp thời xây dựng chương trình, kế hoạch hành động",
        "2018-12-03", "kịp thời = immediately")]
    [InlineData("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình đã ký Công điện số 20/CĐ-TTg ngày 5/3/2026 của Thủ tướng Chính phủ về việc khẩn trương hoàn thành rà soát, báo cáo kết quả xử lý các dự án khó khăn, vướng mắc.",
        "2026-03-05", "khẩn trương = immediately")]
    [InlineData("He stressed that no situation should catch the country off guard, and all emerging issues must be addressed promptly.", "2025-12-06", "promptly = immediately")]
    [InlineData("Việc ấn định thời hạn cụ thể cho thấy đây là quy định của Bộ Chính trị, Ban Bí thư, phải hoàn thành trong năm 2025.", "2025-11-22", "trong năm 2025 = by the end of 2025")]
    public void Still_a_deadline(string text, string date, string key) =>
        Assert.Contains(key, Findings.Deadlines(text, Findings.Day(date)).Split('|'));

    [Theory]
    // Development sets 27, 140 and 118 (dirs 26, 139 and 117): the group with its qualifier, and no Government in it.
    [InlineData("During this time, the provincial and municipal Party Committees directly under the Central Government are responsible for leading and directing the development of detailed projects",
        "2025-03-24", "provincial and municipal Party Committees directly under the Central Government = scope")]
    [InlineData("the Central Party Office, the Ministry of Home Affairs, and the provincial and municipal Party Committees directly under the Central Government for actively and urgently completing the preparation work",
        "2025-07-05", "provincial and municipal Party Committees directly under the Central Government = scope")]
    [InlineData("the Standing Committees of provincial and municipal Party Committees directly under the Central Government can study and refer to the personnel process", "2025-05-30",
        "Standing Committees of provincial and municipal Party Committees directly under the Central Government = scope")]
    public void A_group_keeps_its_qualifier(string text, string date, string key)
    {
        string[] keys = Findings.OrganisationKeys(text, Findings.Day(date)).Split('|');
        Assert.Contains(key, keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("Central Government", StringComparison.Ordinal));
    }
}
