using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rule of the sixty-ninth pass (docs/reading.md): "HĐND" or "UBND" alone, with no level, place or name after it, is
/// a local council or committee with no id. Sentences of the development sets' sources; the two cases it reads failed on main at
/// 3954d80, before it; the cases left alone pass there too.</summary>
public class BareLocalKindRulesTests
{
    [Theory]
    [InlineData("Sáng 3-7, Thường trực Tỉnh ủy tiến hành giao ban với lãnh đạo của HĐND, UBND, UBMTTQ Việt Nam tỉnh, các cơ quan tham mưu của Tỉnh ủy để đánh giá công tác tháng 6, triển khai những công tác trọng tâm tháng 7.", 2020, 7, 3, "HĐND = -|UBND = -")]
    [InlineData("Riêng ông Lê Văn Duệ, Chủ tịch HĐND xã Tế Thắng, đang chờ xử lý theo quy định của HĐND.", 2021, 8, 14, "HĐND = -")]
    public void The_short_kind_alone_is_a_local_body(string text, int year, int month, int day, string expected)
    {
        string[] found = Findings.Organisations(text, new LocalDate(year, month, day)).Split('|');

        Assert.All(expected.Split('|'), e => Assert.Contains(e, found));
    }

    // Inside a symbol, or a post's kind: no body.
    [Theory]
    [InlineData("Công văn nêu rõ: UBND tỉnh nhận được Báo cáo số 552/BC-HĐND ngày 01/12/2017 của HĐND tỉnh về tổng hợp", 2017, 12, 4)]
    [InlineData("Kết luận nêu rõ, sẽ tiếp tục bố trí 100% các chức danh chủ tịch UBND, chủ nhiệm uỷ ban kiểm tra, chánh thanh tra tỉnh không phải là người địa phương, hoàn thành trước ngày 15/12/2025.", 2025, 11, 5)]
    [InlineData("quy định khung số lượng Phó Chủ tịch UBND, số lượng và cơ cấu Ủy viên UBND; trình tự, thủ tục phê chuẩn kết quả bầu", 2025, 12, 6)]
    public void The_short_kind_in_a_symbol_or_a_post_is_no_body(string text, int year, int month, int day) =>
        Assert.DoesNotContain(Findings.Organisations(text, new LocalDate(year, month, day)).Split('|'), o => o is "HĐND = -" or "UBND = -");
}
