using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the seventy-sixth pass (docs/reading.md), with sentences of the development sets: the last months of a
/// year as a deadline, and one kind of body "các cấp" as a group. Every case read failed on main at 4c9fbb3, before the pass; the
/// cases left alone pass there too.</summary>
public class RestOfAYearAndAllLevelsRulesTests
{
    // The rest of a year given to work is due by the year's end, as "the remaining months of 2017" is.
    [Theory]
    [InlineData("The conference listened to and gave opinions on the socio-economic situation, budget, administrative reform in the first 6 months of the year and tasks and solutions for the last 6 months of 2023.", 2023, 6, 30, "the last 6 months of 2023 = by the end of 2023")]
    [InlineData("At the meeting, the Provincial People's Committee listened to and commented on the report on the socio-economic situation in October and the first 10 months of the year; key tasks and solutions for the last 2 months of 2024.", 2024, 10, 31, "the last 2 months of 2024 = by the end of 2024")]
    [InlineData("6 tháng còn lại của năm 2019, huyện Châu Thành tập trung hoàn thành các chỉ tiêu nghị quyết năm 2019 và cả nhiệm kỳ 2015-2020, nhất là các chỉ tiêu đạt thấp.", 2019, 7, 9, "6 tháng còn lại của năm 2019 = by the end of 2019")]
    [InlineData("Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả 9 tháng, đề ra nhiệm vụ trọng tâm 3 tháng cuối năm", 2023, 9, 29, "3 tháng cuối năm = by the end of 2023")]
    [InlineData("thông qua Kết luận về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2016; Nghị quyết về đẩy mạnh cải cách hành chính", 2016, 7, 12, "6 tháng cuối năm 2016 = by the end of 2016")]
    public void The_last_months_of_a_year_are_due_by_its_end(string text, int year, int month, int day, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, new LocalDate(year, month, day)));

    // A plan's title in capitals names its period; "the last three months" with no year, and the first months, are periods reported on.
    [Theory]
    [InlineData("THỰC HIỆN NGHỊ QUYẾT CỦA HĐND THÀNH PHỐ VỀ NHỮNG NHIỆM VỤ TRỌNG TÂM PHÁT TRIỂN KINH TẾ - XÃ HỘI, THU CHI NGÂN SÁCH 6 THÁNG CUỐI NĂM 2018", 2018, 8, 24)]
    [InlineData("the economic development in the first nine months of the year and implementation of tasks in the last three months.", 2019, 10, 1)]
    [InlineData("kết quả 6 tháng đầu năm 2019 đạt khá.", 2019, 7, 9)]
    public void Periods_that_are_not_the_rest_of_a_year_are_left_alone(string text, int year, int month, int day) =>
        Assert.Equal("", Findings.Deadlines(text, new LocalDate(year, month, day)));

    [Fact]
    public void The_phrase_grammar_reads_the_last_months_of_a_year() =>
        Assert.Equal(Deadline.ByEndOfYear(2024), Deadline.ParsePhrase("the last 6 months of 2024", new LocalDate(2024, 6, 28)));

    // One kind of body, then "các cấp": the bodies of every level, one group.
    [Theory]
    [InlineData("Ủy ban kiểm tra các cấp đã thi hành kỷ luật 57 đảng viên, bằng 71,25% so với cùng kỳ 2022; trong đó, có 17 cấp ủy viên, chiếm 29,82% tổng số đảng viên bị kỷ luật.", "Ủy ban kiểm tra các cấp = scope")]
    [InlineData("UBKT Thành ủy đã xem xét, thi hành kỷ luật bằng hình thức khai trừ theo quy định của Đảng các đảng viên vi phạm pháp luật, bị tuyên phạt tại các bản án của TAND các cấp.", "TAND các cấp = scope")]
    [InlineData("nhiệm vụ trọng tâm hàng đầu trong tháng 3-2026 là tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031.", "HĐND các cấp = scope")]
    [InlineData("Theo Chỉ thị số 16 của Ban Bí thư về lãnh đạo Đại hội Hội Nông dân các cấp và Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII", "Hội Nông dân các cấp = scope")]
    [InlineData("Ban Chấp hành Đoàn các cấp chuẩn bị tốt nội dung đại hội, đánh giá đúng thực trạng thanh niên, công tác Đoàn và phong trào thanh thiếu nhi 5 năm qua", "Ban Chấp hành Đoàn các cấp = scope")]
    [InlineData("UBKT các cấp đã kiểm tra khi có dấu hiệu vi phạm với 4 tổ chức đảng và 28 đảng viên; trong đó UBKT Tỉnh ủy đã kiểm tra 3 tổ chức đảng và 16 đảng viên.", "UBKT các cấp = scope")]
    public void A_kind_of_body_at_all_levels_is_one_group(string text, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, new LocalDate(2023, 10, 16)).Split('|'));

    // "đại hội đảng bộ các cấp": the labels take it in some texts and not in others, so it is left as it was.
    [Fact]
    public void Party_organisations_at_all_levels_are_left_as_they_were() =>
        Assert.DoesNotContain("Đảng bộ các cấp = scope", Findings.OrganisationKeys("Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội Đảng bộ các cấp tiến tới Đại hội XIII.", new LocalDate(2020, 1, 1)).Split('|'));
}
