namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-fifty-ninth pass (docs/reading.md), with sentences of held-out sets 128 and 129's sources
/// (`HeldOut128/`, `HeldOut129/`) and of development set 99's. Every case read failed with the library the two sets were measured
/// with (5fc4207), but the guard, which passed both ways.</summary>
public class HeldOut129RulesTests
{
    // An Giang's commune (development set 99), Bà Rịa - Vũng Tàu's district (held-out set 128): an extended sitting, "(mở rộng)"
    // among its body's words; the district's "Khóa VI" is its own term, not the national sixth.
    [Theory]
    [InlineData("Ngày 22/3/2024, Đảng ủy xã Vĩnh Tế  tổ chức hội nghị Ban Chấp hành Đảng bộ xã (mở rộng) lần thứ 25, nhằm sơ kết tình hình", "2024-03-22", "hội nghị Ban Chấp hành Đảng bộ xã (mở rộng) lần thứ 25")]
    [InlineData("Ngày 11/7, Huyện ủy Châu Đức tổ chức hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) lần thứ 14, Khóa VI, nhiệm kỳ 2020-2025 nhằm đánh", "2023-07-11", "hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) lần thứ 14, Khóa VI")]
    public void Extended_sittings(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.DraftTerms(text, Findings.Day(day)).Split('|'));

    // The Central Steering Committee's notice (held-out set 129): a heading in capitals ends at "TẠI".
    [Fact]
    public void A_heading_in_capitals_ends_at_tai() => Assert.Contains(
        "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ = -",
        Findings.Organisations("CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TÔ LÂM TRƯỞNG BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ TẠI HỘI NGHỊ SƠ KẾT CÔNG TÁC 6 THÁNG",
            Findings.Day("2025-07-04")).Split('|'));

    // Guard (held-out set 129): the heading line without "TẠI" is read to its end, "SÁNG TẠO" (creativity) inside it.
    [Fact]
    public void A_heading_line_is_read_to_its_end() => Assert.Contains(
        "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ = -",
        Findings.Organisations("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM",
            Findings.Day("2025-07-04")).Split('|'));
}
