using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the eighty-sixth pass (docs/reading.md), with sentences of held-out set 64's sources and of the
/// development sets whose labels agree (cut to the clause a rule reads). Every case failed on main at 9b60f93, before the
/// pass.</summary>
public class HeldOut64RulesTests
{
    private const string YenThanh = "Mr. Nguyen Thanh Ha - Vice Chairman of Yen Thanh District People's Committee said that Yen Thanh District has issued a disciplinary decision in the form of expelling from the Party and removing Mr. Dinh Van Duong from the position of Party Secretary and Chairman of Phuc Thanh Commune People's Committee.";

    private const string Quyet = "At the same time, Mr. Nguyen Van Quyet - Vice Chairman of the People's Committee, former Finance - Accounting officer of Phuc Thanh commune was also disciplined by being expelled from the Party and dismissed from office.";

    // Two English forms joined by "and" are for the same people: the one the second names, or the one the first was given to;
    // "dismissed from office" is a removal from a post.
    [Theory]
    [InlineData(YenThanh, "Expulsion: Dinh Van Duong")]
    [InlineData(YenThanh, "RemovalFromPost: Dinh Van Duong")]
    [InlineData(Quyet, "Expulsion: Nguyen Van Quyet")]
    [InlineData(Quyet, "RemovalFromPost: Nguyen Van Quyet")]
    public void Forms_joined_by_and_share_their_people(string text, string expected) =>
        Assert.Contains(expected, Findings.Decisions(text).Split('|'));

    // "Name, an alternate member of …" (held-out sets 64, 10 and 7): the title after the name.
    [Theory]
    [InlineData("The meeting was chaired by Nguyen Phi Long, an alternate member of the Party Central Committee and Secretary of the Hoa Binh provincial Party Committee.", "Nguyen Phi Long")]
    [InlineData("Similarly, Vo Chi Cong, an alternate member of the Central Committee and former Standing Committee member, as well as Head of the Commission for Communication and Mass Mobilisation of the Can Tho Party Committee, was permitted to step down from his alternate membership in the Central Committee.", "Vo Chi Cong")]
    [InlineData("The Party Central Committee agreed to relieve Nguyễn Văn Hiếu, alternate member of the 13th Party Central Committee and deputy head of the Party Central Committee’s Commission for Information and Education, and Mass Mobilisation, of his position as alternate member of the 13th Party Central Committee.", "Nguyễn Văn Hiếu")]
    public void An_alternate_member_after_a_name_is_a_title(string text, string expected) =>
        Assert.Contains(expected, Findings.People(text).Split('|'));

    // A union's central committee by its English short name; a union's executive committee and standing members before it.
    [Theory]
    [InlineData("The 13th National Women's Congress will be held from March 9-13 in Hanoi, said Vice President of the Vietnam Women’s Union (VWU) Central Committee Nguyen Thi Minh Huong at a press briefing on March 1.", "2022-03-01", "Vietnam Women’s Union (VWU) Central Committee = vn.front.womens-union")]
    [InlineData("On the occasion, the VWU Central Committee launched a special emulation movement to implement creative and effective works to welcome the congress, along with a number of other movements among women.", "2022-03-01", "VWU Central Committee = vn.front.womens-union")]
    [InlineData("Hội LHPN TP Đà Nẵng làm việc với Thường trực Hội LHPN xã Hòa Nhơn về chuẩn bị tổ chức Đại hội điểm", "2021-02-23", "Thường trực Hội LHPN xã Hòa Nhơn = -")]
    [InlineData("Hiện tại, công tác xây dựng báo cáo chính trị trình Đại hội, các văn bản phục vụ Đại hội cơ bản đã hoàn thành; công tác chuẩn bị đề án nhân sự BCH Hội LHPN xã nhiệm kỳ 2021-2026 bảo đảm cơ cấu, tiêu chuẩn, độ tuổi đúng theo quy định.", "2021-02-23", "BCH Hội LHPN xã = -")]
    [InlineData("Hội nghị Ban chấp hành Hội LHPN xã Tiên Trang chuẩn bị Đại hội đại biểu phụ nữ xã lần thứ I, nhiệm kỳ 2025-2030", "2025-09-25", "Ban chấp hành Hội LHPN xã Tiên Trang = -")]
    public void A_union_s_committees_are_read(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value).Split('|'));
}
