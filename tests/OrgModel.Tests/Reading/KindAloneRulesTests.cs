namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-forty-first pass (docs/reading.md): "Đoàn" in the name of the Youth Union's national
/// congress and a commune's Party organisation by its kind alone, with sentences of held-out sets 25, 28, 29, 36, 55, 72, 75, 91
/// and 96's sources (the folders of those numbers). Every case read failed before the pass, but the guards, which passed both
/// ways.</summary>
public class KindAloneRulesTests
{
    // tienphong.vn (held-out set 96), sggp.org.vn (held-out set 72), baoquangnam.vn (held-out set 91): "Đoàn" alone, the Union
    // whose national congress it is.
    [Theory]
    [InlineData("1.000 đại biểu sẽ dự Đại hội Đoàn toàn quốc lần thứ XI", "2016-06-28")]
    [InlineData("Phát biểu bế mạc Hội nghị, Bí thư thứ nhất T.Ư Đoàn Nguyễn Đắc Vinh cho biết, ĐH Đoàn toàn quốc lần thứ X sẽ mang tinh thần đổi mới, tạo không khí trẻ trung sôi động.", "2012-11-01")]
    [InlineData("bầu Ban Chấp hành Tỉnh đoàn khóa XIX và đoàn đại biểu dự Đại hội Đoàn toàn quốc.", "2022-06-15")]
    public void Doan_in_the_name_of_the_national_congress(string text, string day) =>
        Assert.Contains("Đoàn = vn.front.youth-union", Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));

    // baohaiduong.vn (held-out set 55), baoquangnam.vn (held-out set 91): the congresses of the Union's levels and of a
    // province's Union are not the Union's own.
    [Theory]
    [InlineData("Ban Thường vụ Tỉnh ủy vừa yêu cầu các cấp ủy, tổ chức đảng, các cấp bộ Đoàn tập trung chỉ đạo, tuyên truyền về Đại hội Đoàn các cấp và Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XII.", "2021-10-06")]
    [InlineData("Tỉnh đoàn vừa ban hành đề án tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Quảng Nam lần thứ XIX.", "2022-06-15")]
    public void Other_congresses_of_the_union(string text, string day) =>
        Assert.DoesNotContain("Đoàn = vn.front.youth-union", Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));

    // baophutho.vn (held-out set 25), baobariavungtau.com.vn (held-out set 28), dantri.com.vn (held-out set 36): the Party
    // organisation of the text's own commune or ward by its kind, one body the chart is not asked for.
    [Theory]
    [InlineData("Xã Dân chủ được thành lập trên cơ sở sáp nhập các xã Bảo Thanh, Gia Thanh, Hạ Giáp và Trị Quận. Đảng bộ xã hiện có 1.039 đảng viên với 52 chi bộ trực thuộc.", "2025-07-26", "Đảng bộ xã = -")]
    [InlineData("Đại hội đã bầu 14 người tham gia BCH Đảng bộ xã khóa VII, nhiệm kỳ 2025 - 2030, bầu đoàn đại biểu đi dự đại hội cấp trên.", "2025-01-16", "BCH Đảng bộ xã = -")]
    [InlineData("Ông nhấn mạnh, trong nhiệm kỳ 2025-2030, Đảng bộ phường cần đổi mới phương thức lãnh đạo khoa học, hiệu quả.", "2025-08-15", "Đảng bộ phường = -")]
    public void A_commune_s_party_organisation_by_its_kind(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));

    // kenh14.vn (held-out set 29), moitruongngaynay.vn (held-out set 75): the kind in a list of levels is no one commune's.
    [Theory]
    [InlineData("Trên cơ sở Nghị quyết của Quốc hội, Ban Chấp hành Đảng bộ tỉnh Lai Châu đã công bố quyết định kết thúc hoạt động các Đảng bộ cũ, thành lập 38 Đảng bộ xã, phường mới và chỉ định các chức danh trong Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư, Ủy ban Kiểm tra và Chủ nhiệm UBKT các Đảng bộ cơ sở.", "2025-06-30")]
    [InlineData("31/8/2025: Tỉnh ủy, Thành ủy (trước sáp nhập) chỉ đạo tổ chức Đại hội đại biểu Đảng bộ xã, phường, đặc khu nhiệm kỳ 2025-2030.", "2025-03-24")]
    public void A_list_of_levels(string text, string day) =>
        Assert.DoesNotContain("Đảng bộ xã = -", Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));
}
