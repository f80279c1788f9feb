using NodaTime;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>The rules added after held-out set 25 was measured (docs/reading.md, "Twenty-sixth pass"), with sentences of that
/// set's sources (docs/sources.md, "Held-out reading set 25") and cases the rules must leave alone. Each held-out case failed on
/// main at 79b5c96.</summary>
public class HeldOut25RulesTests
{
    private static readonly LocalDate Date2017 = new(2017, 4, 28);
    private static readonly LocalDate Date2020 = new(2020, 2, 25);
    private static readonly LocalDate Date2022 = new(2022, 3, 10);
    private static readonly LocalDate Date2024 = new(2024, 6, 20);
    private static readonly LocalDate Date2025 = new(2025, 7, 26);

    [Theory]
    [InlineData("Chiều 20.6, TAND tỉnh Kon Tum tổ chức lễ công bố quyết định của Chánh án TAND tối cao.",
        "TAND tỉnh Kon Tum = vn.au.2025-01.62.peoples-court|TAND tối cao = vn.state.supreme-peoples-court")]
    [InlineData("Phó chánh án TAND tỉnh Gia Lai", "TAND tỉnh Gia Lai = vn.au.2025-01.64.peoples-court")]
    public void A_court_by_its_abbreviation(string text, string expected) => Assert.Equal(expected, Findings.Organisations(text, Date2024));

    [Fact]
    public void A_form_given_to_a_body_and_a_person_names_the_person() => Assert.Equal("Warning: Đỗ Thị Kim Thư", Findings.Decisions(
        "Tháng 4.2024, UBKT T.Ư đã quyết định thi hành kỷ luật cảnh cáo Ban Cán sự đảng TAND tỉnh Kon Tum nhiệm kỳ 2020 - 2025 và bà Đỗ Thị Kim Thư, Chánh án TAND tỉnh Kon Tum."));

    [Fact]
    public void A_form_given_to_a_body_leaves_the_people_of_another_clause_alone() => Assert.Equal("Warning: ", Findings.Decisions(
        "Bộ Chính trị quyết định thi hành kỷ luật cảnh cáo Ban Thường vụ Tỉnh ủy Thanh Hóa nhiệm kỳ 2015 - 2020, đề nghị xem xét kỷ luật ông Nguyễn Văn Hùng."));

    [Theory]
    [InlineData("giữ chức vụ Chánh án TAND tỉnh Kon Tum, nhiệm kỳ 5 năm kể từ ngày 20.6.2024.", "")]
    [InlineData("thôi giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026.", "nhiệm kỳ 2021 - 2026")]
    public void A_term_s_length_is_no_term(string text, string expected) => Assert.Equal(expected, Findings.Terms(text, Date2024));

    [Theory]
    [InlineData("Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ 2022-2027 khai mạc.", "Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ 2022-2027")]
    [InlineData("tiến tới Đại hội Đại biểu Đảng bộ huyện Long Hồ lần thứ XII, nhiệm kỳ 2020- 2025.", "Đại hội Đại biểu Đảng bộ huyện Long Hồ lần thứ XII, nhiệm kỳ 2020- 2025")]
    [InlineData("Đại hội lần thứ XIII. Nhiệm kỳ 2020 - 2025, xã đã đoàn kết.", "Đại hội lần thứ XIII|Nhiệm kỳ 2020 - 2025")]
    public void A_congress_with_its_term_is_one_term(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", DraftReader.Read(text, Date2022, VietnamReferenceData.OrgChart).Terms.Select(t => t.Text)));

    [Fact]
    public void The_Commission_refers_back_to_the_commission_named_before() => Assert.Equal(
        "Party Central Committee’s Inspection Commission = vn.party.central-inspection-commission|Commission = vn.party.central-inspection-commission",
        Findings.Organisations("The Party Central Committee’s Inspection Commission has decided to consider disciplinary action. The Commission found that it was negligent.", Date2017));

    [Theory]
    [InlineData("The Commission found that it was negligent.")]
    [InlineData("The Party Central Committee’s Inspection Commission met. The commission found that it was negligent.")]
    public void The_Commission_with_none_named_before_or_in_lower_case_is_none(string text) =>
        Assert.DoesNotContain("Commission = vn.party.central-inspection-commission|Commission", Findings.Organisations(text, Date2017) + "|");

    [Theory]
    [InlineData("The Commission found that the PVN Party Committee’s Standing Board was negligent in advising the PVN Party Committee.",
        "PVN Party Committee’s Standing Board = -|PVN Party Committee = -")]
    [InlineData("Đinh La Thăng, who is now a Politburo member and Secretary of the HCM City Party Committee.",
        "Politburo = vn.party.politburo|HCM City Party Committee = vn.au.2025-01.79.party-committee")]
    public void A_company_s_Party_committee_and_HCM_City_s(string text, string expected) => Assert.Equal(expected, Findings.Organisations(text, Date2017));

    [Theory]
    [InlineData("give a warning to the Standing Board of the Ministry of Industry and Trade’s Party Committee in the 2015-2020 tenure",
        "Standing Board of the Ministry of Industry and Trade’s Party Committee = -")]
    [InlineData("including Politburo member, head of the Party Central Committee’s Economic Commission Trần Tuấn Anh",
        "Politburo = vn.party.politburo|Party Central Committee’s Economic Commission = -")]
    public void A_board_or_commission_of_a_body_s_Party_committee(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, new LocalDate(2024, 1, 19)));

    // Held-out set 19's "the Party Committee’s Mass Mobilisation Commission" is a body's commission, not the central one.
    [Fact]
    public void A_mass_mobilisation_commission_of_another_body_is_not_the_central_one() =>
        Assert.DoesNotContain("Mass Mobilisation Commission = -", Findings.Organisations(
            "and reprimanded Nguyen Duc Minh, head of the Party Committee’s Mass Mobilisation Commission and VASS Vice President", new LocalDate(2022, 11, 1)).Split('|'));

    [Theory]
    [InlineData("Dự có đồng chí Nguyễn Thị Thanh Huyền - Ủy viên BTV Tỉnh ủy, Phó Bí thư Thường trực chuyên trách Đảng ủy các cơ quan Đảng tỉnh.",
        "Đảng ủy các cơ quan Đảng tỉnh = -")]
    public void A_province_s_Party_agencies_committee(string text, string expected) => Assert.Contains(expected, Findings.Organisations(text, Date2025).Split('|'));

    [Theory]
    [InlineData("The PM requested local administrations to speed up site clearance.", "local administrations = scope")]
    [InlineData("The Ministry of Transport has asked the People’s Committees of localities to hand over the sites.", "People’s Committees of localities = scope")]
    public void English_scopes_of_local_bodies(string text, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, new LocalDate(2022, 2, 27)).Split('|'));

    // The twenty-seventh pass: set 25's deadlines and task cues.
    private static readonly LocalDate Date2020September = new(2020, 9, 17);

    [Theory]
    [InlineData("PM’s dispatch clearly stated that site handover must reach 91.1 percent by end of August.", "by end of August = in 2020-08")]
    [InlineData("It must be done by the end of this year.", "by the end of this year = by the end of 2020")]
    [InlineData("the PM ordered the People’s Committee in the Southern Province of Dong Nai to focus on removing hiccups along the way in a bid to clear all lands "
        + "for construction of the airport in the first phase this year and for the second phase in the second quarter of 2021.",
        "this year = by the end of 2020|in the second quarter of 2021 = in 2021-Q2")]
    public void Set_25_s_deadlines(string text, string expected) => Assert.Equal(expected, Findings.Deadlines(text, Date2020September));

    [Theory]
    [InlineData("Earlier this year, the ministry was asked to report.")]
    [InlineData("This year's plan was approved.")]
    [InlineData("the Ministry of Transport and localities nationwide have meticulously prepared and completed procedures for the construction of the projects, among others, this year.")]
    [InlineData("The ministry must report. This year the harvest was good.")]
    public void This_year_without_an_instruction_is_no_deadline(string text) => Assert.Equal("", Findings.Deadlines(text, Date2020September));

    [Fact]
    public void Ordered_assigns_work() => Assert.Equal("ordered", string.Join("|",
        DraftReader.Read("PM Nguyen Xuan Phuc ordered the Ministry of Transport and localities to speed up site clearance.", Date2020September,
            VietnamReferenceData.OrgChart).Tasks.Select(t => t.Cue)));
}

