using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the seventy-ninth pass (docs/reading.md), with sentences of held-out set 60's sources and of development set
/// 41 (cut to the clause a rule reads), and the cases each rule must leave alone. Every case read failed on main at 8b9e751, before
/// the pass; the cases left alone pass there too.</summary>
public class HeldOut60RulesTests
{
    // A council's recall of its deputy ("bãi nhiệm") ends the post; a name after "ông" needs no family name of the list.
    [Theory]
    [InlineData("Kỳ họp đã tiến hành các thủ tục theo luật định bãi nhiệm đại biểu HĐND huyện khóa XIII, nhiệm kỳ 2021 – 2026 đối với ông Rơ Lan Chim, lý do ông Rơ Lan Chim đã vi phạm điều 7 Luật Tổ chức chính quyền địa phương ngày 19/6/2015 về tiêu chuẩn của đại biểu HĐND.", "RemovalFromPost: Rơ Lan Chim")]
    [InlineData("Kỳ họp cũng đã tiến hành các thủ tục miễn nhiệm chức vụ Phó Chủ tịch HĐND huyện đối với ông Rah Lan Hạnh – Ủy viên Ban Thường vụ Huyện uỷ, Phó Chủ tịch HĐND huyện khóa XIII, nhiệm kỳ 2021 – 2026; lý do ông Rah Lan Hạnh chuyển công tác khác.", "RemovalFromPost: Rah Lan Hạnh")]
    [InlineData("Với 100% đại biểu có mặt thông qua, HĐND tỉnh Nghệ An đã thông qua Nghị quyết xác nhận kết quả miễn nhiệm Chủ tịch HĐND tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh Nghệ An khóa XVIII, nhiệm kỳ 2021 - 2026 đối với ông Thái Thanh Quý.", "RemovalFromPost: Thái Thanh Quý|CeaseHoldingPost: Thái Thanh Quý")]
    public void Dismissals_and_recalls_name_their_people(string text, string expected) =>
        Assert.Equal(expected, Findings.Decisions(text));

    [Fact]
    public void A_dismissal_under_a_proposal_is_still_none() =>
        Assert.Equal("", Findings.Decisions("Tại kỳ họp, Thường trực HĐND tỉnh đã trình HĐND tỉnh Tờ trình về việc miễn nhiệm Chủ tịch HĐND tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh Nghệ An khóa XVIII, nhiệm kỳ 2021 - 2026 đối với ông Thái Thanh Quý vì lý do chuyển công tác ra khỏi địa bàn tỉnh."));

    // A Central Highlands name joined by an apostrophe.
    [Fact]
    public void A_name_joined_by_an_apostrophe_is_one_name() =>
        Assert.Equal("Siu H’Ler", DraftReaderPerson("Tại Kỳ họp, bà Siu H’Ler –Chủ tịch Hội Nông dân huyện Chư Prông đã được bầu giữ chức Phó Chủ tịch HĐND huyện khóa XIII, nhiệm kỳ 2021 – 2026."));

    // A sitting's number in two words; "mười năm" is ten years, "bà" is no number.
    [Theory]
    [InlineData("Hội đồng nhân dân huyện Chư Prông khóa XIII nhiệm kỳ 2021 – 2026 vừa tổ chức Kỳ họp thứ Mười bảy (Chuyên đề) để giải quyết các công việc theo thẩm quyền.", "Kỳ họp thứ Mười bảy")]
    [InlineData("HĐND tỉnh tổ chức kỳ họp thứ hai mươi mốt.", "kỳ họp thứ hai mươi mốt")]
    [InlineData("Tại kỳ họp thứ mười, bà Lan được bầu.", "kỳ họp thứ mười")]
    [InlineData("Kỳ họp thứ mười năm 2024 đã bế mạc.", "Kỳ họp thứ mười")]
    public void A_sitting_numbered_in_words_is_read_to_its_last_word(string text, string expected) =>
        Assert.Contains(expected, Findings.DraftTerms(text, new LocalDate(2024, 8, 30)).Split('|'));

    [Fact]
    public void The_last_months_of_a_year_in_words_are_a_deadline() =>
        Assert.Equal("the last six months of 2025 = by the end of 2025", Findings.Deadlines("The session assessed the tasks of the province’s socio-economic development, Party building, and political system in the first six months of the year and determined the key objectives and tasks for the last six months of 2025.", new LocalDate(2025, 6, 24)));

    // A department with its director's name after it; a farmers' union of a province.
    [Theory]
    [InlineData("Reporting progress of the merger plan for provincial-level radio and television stations, Director of the Ho Chi Minh City Department of Culture and Sports Tran The Thuan indicated that on May 29, the Ho Chi Minh City People’s Committee assigned the department to develop a plan.", "Ho Chi Minh City Department of Culture and Sports = -")]
    [InlineData("Tại buổi làm việc, đồng chí Châu Văn Ly - Chủ tịch Hội Nông dân Tỉnh An Giang báo cáo tiến độ các công việc chuẩn bị đại hội đại biểu của Hội Nông dân An Giang, đến nay An Giang cơ bản đã tổ chức xong 152/152 cơ sở Hội của 11 huyện, thị, thành.", "Hội Nông dân Tỉnh An Giang = -")]
    [InlineData("Tại buổi làm việc, đồng chí Châu Văn Ly - Chủ tịch Hội Nông dân Tỉnh An Giang báo cáo tiến độ các công việc chuẩn bị đại hội đại biểu của Hội Nông dân An Giang, đến nay An Giang cơ bản đã tổ chức xong 152/152 cơ sở Hội của 11 huyện, thị, thành.", "Hội Nông dân An Giang = -")]
    public void Bodies_of_set_60_are_read_whole(string text, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, new LocalDate(2025, 6, 10)).Split('|'));

    [Fact]
    public void An_English_Hoi_is_no_association() =>
        Assert.DoesNotContain("Hoi", Findings.Organisations("Cua Hoi Bridge across Lam River connecting Nghe An and Ha Tinh is a project of great significance.", new LocalDate(2022, 6, 1)));

    private static string DraftReaderPerson(string text) =>
        string.Join("|", OrgModel.Reading.DraftReader.Read(text, new LocalDate(2024, 8, 30), OrgModel.ReferenceData.VietnamReferenceData.OrgChart).People.Select(p => p.Text));
}
