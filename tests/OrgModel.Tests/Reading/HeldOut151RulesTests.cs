namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-seventy-first pass (docs/reading.md): a district's or commune's office ("phòng" before its
/// capitalised field), with sentences of held-out sets 150 and 151's sources (`HeldOut150/`, `HeldOut151/`) and of the development
/// sets that label it. Every "reads" case failed with the library sets 150 and 151 were measured with (5250906).</summary>
public class HeldOut151RulesTests
{
    [Theory]
    // Set 151 (vi-05, vi-01) and set 150 (vi-04).
    [InlineData("báo cáo về UBND huyện (thông qua Phòng Tài nguyên – Môi trường) để tổng hợp", "2020-06-01", "Phòng Tài nguyên – Môi trường = -")]
    [InlineData("trên địa bàn huyện. Phòng Văn hóa và Thông tin, các trang thông tin điện tử của huyện", "2021-09-15", "Phòng Văn hóa và Thông tin = -")]
    [InlineData("Đại diện lãnh đạo phòng Kinh tế, Hạ tầng và Đô thị phường đã thông qua nội dung Kế hoạch", "2025-10-11",
        "phòng Kinh tế, Hạ tầng và Đô thị phường = -")]
    // Development sets 53, 52 and 140 (dirs 52, 51 and 139): with its place, its longer field, a field joined by an en dash.
    [InlineData("(nguyên Trưởng phòng TN-MT Q.Hải An) do đã vi phạm quy định của Đảng", "2023-02-11", "phòng TN-MT Q.Hải An = -")]
    [InlineData("nguyên phó trưởng phòng Khảo thí và Quản lý chất lượng thuộc Sở Giáo dục và Đào tạo", "2019-09-17",
        "phòng Khảo thí và Quản lý chất lượng = -")]
    [InlineData("giao danh sách cho UBND xã Tây Hồ (qua Phòng Văn hoá – Xã hội) trước ngày 31/01/2026", "2026-01-09", "Phòng Văn hoá – Xã hội = -")]
    public void A_district_or_commune_office_reads(string text, string date, string key) =>
        Assert.Contains(key, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    // Guards: a count of offices, the offices of a count of units, another body after a comma, and "phòng" that is no office.
    [Theory]
    [InlineData("cụ thể, 14 Phòng GDĐT chưa nộp văn bản về Sở", "2019-01-02", "Phòng GDĐT")]
    [InlineData("đến Trưởng phòng Giáo dục và Đào tạo 24 quận, huyện; Hiệu trưởng các trường", "2019-01-02", "phòng Giáo dục và Đào tạo")]
    [InlineData("giám sát tại một số đơn vị trực thuộc: Đảng ủy Phòng Tham mưu, Đảng ủy Trường Quân sự tỉnh", "2018-06-12", "Đảng ủy Phòng Tham mưu, Đảng ủy")]
    [InlineData("hoàn thành tiêm vaccine phòng COVID-19 cho 100% người dân", "2021-09-15", "phòng COVID")]
    public void Not_one_office(string text, string date, string written) =>
        Assert.DoesNotContain(Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'), key => key.StartsWith(written, StringComparison.Ordinal));
}
