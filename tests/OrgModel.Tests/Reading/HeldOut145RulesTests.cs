namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-sixty-seventh pass (docs/reading.md), with sentences of held-out sets 144 and 145's
/// sources (`HeldOut144/`, `HeldOut145/`) and of development sets 20, 55, 68, 74, 85 and 118's. Every case failed with the library
/// sets 144 and 145 were measured with (0912072).</summary>
public class HeldOut145RulesTests
{
    // Set 145: the Front by its short Vietnamese name.
    [Fact]
    public void The_Front_by_its_short_name() => Assert.Contains("MTTQ Việt Nam = vn.front.vietnam-fatherland-front", Findings.OrganisationKeys(
        "về thực hiện Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam, các đoàn thể chính trị - xã hội;", Findings.Day("2018-08-30")).Split('|'));

    // Set 145 (en-05): a central bloc's Party committee with its name first, and the bloc's alone.
    [Theory]
    [InlineData("announced by Mr. Son Minh Thang, PCC member and Secretary of the Central Agencies Bloc Party Committee, in a press conference", "Central Agencies Bloc Party Committee = -")]
    [InlineData("under the leadership and guidance of the Politburo, the Secretariat and the Bloc Party Committee focused on directing", "Bloc Party Committee = -")]
    public void A_central_blocs_Party_committee(string text, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day("2020-10-19")).Split('|'));

    // Set 145 (vi-01), development sets 74 and 55: a ministry's agency ("Cục", "Tổng cục"), up to what it does.
    [Theory]
    [InlineData("Theo đó, Cục Văn hóa cơ sở đề nghị Sở VH-TT&DL Phú Thọ khẩn trương tham mưu UBND tỉnh Phú Thọ", "2018-11-13", "Cục Văn hóa cơ sở = -")]
    [InlineData("Giao Cục Thống kê tham mưu UBND tỉnh thực hiện các nội dung tại Quyết định số 772/QĐ-TTg", "2018-06-26", "Cục Thống kê = -")]
    [InlineData("hoàn thiện báo cáo gửi Tổng cục Môi trường - Bộ Tài nguyên và Môi trường trước ngày 31/01/2016", "2016-01-08", "Tổng cục Môi trường = -")]
    public void A_ministrys_agency(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    // Set 144 (en-02), development set 118: a provincial committee's departments as the news name them since 2025.
    [Theory]
    [InlineData("Comrade Tran Manh Loi, Member of the Provincial Party Standing Committee, Head of the Provincial Party Committee's Propaganda and Mass Mobilization Department, Head of Working Group No. 09", "2025-07-16", "Provincial Party Committee's Propaganda and Mass Mobilization Department = -")]
    [InlineData("experts monitoring mass mobilization work of the Provincial Party Committee's Office attended the conference", "2022-07-15", "Provincial Party Committee's Office = -")]
    public void A_provincial_committees_department(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    // Development set 20: a board of "the Party Committee" the text is about.
    [Fact]
    public void A_board_of_the_Party_committee() => Assert.Contains("Party Committee’s Mass Mobilisation Commission = -", Findings.OrganisationKeys(
        "and reprimanded Nguyen Duc Minh, head of the Party Committee’s Mass Mobilisation Commission and VASS Vice President;", Findings.Day("2022-11-10")).Split('|'));

    // Set 144 (en-02): communes named in a list, each with its unit or all before their plural kind, one group.
    [Theory]
    [InlineData("spoke at the working session with the Party Committees of Thanh Thuy and Lao Chai communes.", "Party Committees of Thanh Thuy and Lao Chai communes = scope")]
    [InlineData("Head of Working Group No. 09 worked with the Party Committees of Pa Vay Su commune and Trung Thinh commune.", "Party Committees of Pa Vay Su commune and Trung Thinh commune = scope")]
    public void Communes_named_in_a_list(string text, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day("2025-07-16")).Split('|'));

    // Guards. Development set 68: "MTTQ Việt Nam và các tổ chức chính trị - xã hội" opens a group, not the Front alone. Development
    // set 85: "the Commission of Information and Education" is another commission, not "the Commission" named before.
    [Fact]
    public void The_Front_before_a_group_is_not_the_Front_alone() => Assert.DoesNotContain("MTTQ Việt Nam = vn.front.vietnam-fatherland-front", Findings.OrganisationKeys(
        "Đại hội MTTQ Việt Nam và các tổ chức chính trị - xã hội các cấp là sự kiện có ý nghĩa chính trị", Findings.Day("2025-08-13")).Split('|'));

    [Fact]
    public void A_commission_named_by_its_field_is_no_back_reference() => Assert.DoesNotContain("Commission = -", Findings.OrganisationKeys(
        "Head of the city Party Committee’s Organisational Commission Luu Tien Thinh said the two most important contents in organizing Party congresses are the drafting of documents and personnel work. The city Party Committee’s office has been assigned to issue instructions on how to build Party committees’ documents to submit to the Party congresses, while the Commission of Information and Education will give instructions",
        Findings.Day("2019-10-01")).Split('|'));
}
