namespace OrgModel.Tests.Reading;

/// <summary>Groups written like a kind of body after "các" that name no body (docs/reading.md, the hundred-and-eighteenth pass):
/// units of territory or of an election, and organisations outside the Party and State. Every case but the guards failed before
/// the rule.</summary>
public class NoBodyScopeRulesTests
{
    // Development sets 86 (thanhnienonline.com), 13 (dulieuphapluat.vn), 34 (giaoduc.net.vn) and 79 (vietnamnet.vn).
    [Theory]
    [InlineData("UBND cấp tỉnh rà soát, xác định diện tích tự nhiên của các đơn vị hành chính cấp xã mới.", "các đơn vị", "2025-07-22")]
    [InlineData("Ủy ban bầu cử ở tỉnh hoàn thành việc ấn định và công bố số đơn vị bầu cử, danh sách các đơn vị bầu cử và số lượng đại biểu Hội đồng nhân dân được bầu ở mỗi đơn vị bầu cử.", "các đơn vị", "2021-02-24")]
    [InlineData("Tôi nhiệt liệt chào mừng các vị khách quý, đại diện các cơ quan ngoại giao, các tổ chức quốc tế đã đến dự phiên khai mạc Kỳ họp.", "các tổ chức", "2022-10-20")]
    [InlineData("Khẩn trương trình cấp có thẩm quyền ban hành Đề án Đầu tư năng lực cho các tổ chức nghiên cứu phát triển công lập.", "các tổ chức", "2025-11-19")]
    public void Units_of_territory_and_outside_organisations_are_no_scope(string text, string group, string day) =>
        Assert.DoesNotContain(group + " = scope", Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));

    // Guards: "các đơn vị" alone, and the socio-political organisations, stay groups of bodies (development set 17, vietnamnet.vn).
    [Theory]
    [InlineData("Thủ tướng yêu cầu các đơn vị đẩy nhanh tiến độ, chất lượng xây dựng 100 trường phổ thông nội trú liên cấp.", "các đơn vị = scope", "2026-02-25")]
    [InlineData("Tỉnh ủy yêu cầu các tổ chức chính trị - xã hội trong tỉnh tăng cường tuyên truyền.", "các tổ chức chính trị - xã hội = scope", "2024-02-25")]
    public void Groups_of_bodies_stay_scopes(string text, string expected, string day) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));
}
