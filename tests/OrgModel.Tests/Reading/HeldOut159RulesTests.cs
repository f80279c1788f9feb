namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-seventy-seventh pass (docs/reading.md), with sentences of held-out sets 158 and 159's
/// sources (`HeldOut158/`, `HeldOut159/`) and of the development sets that label the same: a province's branches of the State
/// Treasury and the Social Policy Bank, the grassroots Party organisations as a group, the Army's political department with the
/// Army's name, and urgency asked for by "demanded" and "kiến nghị". Every case failed with the library sets 158 and 159 were
/// measured with (f46e782).</summary>
public class HeldOut159RulesTests
{
    [Theory]
    // Set 158 (vi-05): a province's branches of central bodies.
    [InlineData("- Kho bạc Nhà nước tỉnh Tiền Giang và Ngân hàng Chính sách xã hội tỉnh Tiền Giang ngừng tiếp nhận các khoản đóng góp", "2024-10-01",
        "Kho bạc Nhà nước tỉnh Tiền Giang = -")]
    [InlineData("- Kho bạc Nhà nước tỉnh Tiền Giang và Ngân hàng Chính sách xã hội tỉnh Tiền Giang ngừng tiếp nhận các khoản đóng góp", "2024-10-01",
        "Ngân hàng Chính sách xã hội tỉnh Tiền Giang = -")]
    // Set 159 (vi-04) and development set 157 (dir 156): the grassroots Party organisations.
    [InlineData("Đồng thời chỉ đạo các tổ chức cơ sở đảng trực thuộc tổ chức xong đại hội trước ngày 30.5.", "2020-02-26",
        "các tổ chức cơ sở đảng trực thuộc = scope")]
    [InlineData("Khen thưởng cho các tổ chức cơ sở Đảng hoàn thành xuất sắc nhiệm vụ năm 2025.", "2025-12-31", "các tổ chức cơ sở Đảng = scope")]
    // Set 158 (en-05): the Army's political department with the Army's name.
    [InlineData("Director of the General Department of Politics of the Vietnam People's Army attended and directed the congress.", "2025-07-31",
        "General Department of Politics of the Vietnam People's Army = -")]
    public void A_body_reads(string text, string date, string key) =>
        Assert.Contains(key, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    [Theory]
    // Set 158 (en-01) and set 159 (vi-01): urgency asked for.
    [InlineData("Prime Minister Pham Minh Chinh has demanded the urgent upgrade and development of information systems", "2025-06-27", "urgent = immediately")]
    [InlineData("Đảng ủy phường đã trình bày các kiến nghị, đề xuất về công tác xây dựng cơ bản như kiến nghị UBND quận sớm bố trí kinh phí thực hiện tuyến đường liên khu phố 4-11",
        "2018-04-17", "sớm = immediately")]
    public void A_deadline_reads(string text, string date, string key) =>
        Assert.Contains(key, Findings.Deadlines(text, Findings.Day(date)).Split('|'));
}
