namespace OrgModel.Tests.Reading;

/// <summary>The rules of the ninety-fourth pass (docs/reading.md), with sentences of development set 71's sources (held-out set
/// 70, `HeldOut70/`), and cases the rules must leave alone. Every case that a rule reads failed on main at 00e9753, before the
/// pass.</summary>
public class HeldOut70RulesTests
{
    // The news' English names of the Secretariat and the Organisation Commission, written as one name.
    [Theory]
    [InlineData("The commission will report to the Party Central Committee Secretariat so that the Secretariat will deal with related individuals under the management of the Party Central Committee.", "2018-09-15", "Party Central Committee Secretariat = vn.party.secretariat")]
    [InlineData("It is known that the general inventory of public assets in the area aims to synthesize data to report to the Ministry of Finance before May 10, and serve the review and development of plans for arrangement and arrangement of handling assets when arranging administrative units according to the conclusion of the Politburo and the Central Secretariat.", "2025-04-28", "Central Secretariat = vn.party.secretariat")]
    [InlineData("The commission also examined the case of Tran Van Minh, former member of the Party Central Committee and former deputy head of the Party Central Committee’s Commission for Organisation, who has been suspended from Party membership.", "2018-09-15", "Party Central Committee’s Commission for Organisation = vn.party.central-organisation-commission")]
    public void The_central_bodies_english_names_are_one_name(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Findings.Day(date)).Split('|'));

    // A steering committee whose purpose in capitals follows "for the".
    [Theory]
    [InlineData("On the afternoon of March 24, the Provincial Steering Committee for the General Inventory of Public Assets held a meeting to listen to reports on the results and progress of the general inventory of public assets and infrastructure assets in the province.", "Provincial Steering Committee for the General Inventory of Public Assets = -")]
    [InlineData("Comrade Vu Van Dien, Standing Vice Chairman of the Provincial People's Committee, Head of the Provincial Steering Committee for the General Inventory of Public Assets chaired the meeting.", "Provincial Steering Committee for the General Inventory of Public Assets = -")]
    public void A_steering_committees_purpose_may_follow_the(string text, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Findings.Day("2025-03-24")).Split('|'));

    // "at" and "a" inside a purpose in capitals (development sets 39 and 61).
    [Theory]
    [InlineData("On April 24, Minister of Home Affairs Pham Thi Thanh Tra, Deputy Head of the Standing Committee of the Government's Steering Committee for the Arrangement of Administrative Units at All Levels and the Development of a Two-Level Local Government Organization Model, issued Official Dispatch No. 05.", "2025-04-24", "Standing Committee of the Government's Steering Committee for the Arrangement of Administrative Units at All Levels and the Development of a Two-Level Local Government Organization Model = -")]
    [InlineData("On the afternoon of June 9, the Steering Committee for the Reorganization and Restructuring of Administrative Units at All Levels and the Development of a Two-Tier Local Government Model in Ho Chi Minh City, referred to as the Steering Committee held a working session.", "2025-06-10", "Steering Committee for the Reorganization and Restructuring of Administrative Units at All Levels and the Development of a Two-Tier Local Government Model in Ho Chi Minh City = -")]
    public void A_steering_committees_purpose_goes_on_over_at_and_a(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Findings.Day(date)).Split('|'));

    // "for the" and a purpose in lower case still says nothing of where the purpose ends: no committee is read.
    [Fact]
    public void A_purpose_in_lower_case_after_for_the_is_left_alone() =>
        Assert.Equal(string.Empty, Findings.Organisations("The Steering Committee for the implementation of the plan met.", Findings.Day("2025-03-24")));

    // A province's emulation and commendation board, with its level or not, a hyphen or a dash.
    [Theory]
    [InlineData("Ban Thi đua - Khen thưởng tỉnh vừa có Văn bản số 235/TĐKT-HCTH về việc lấy ý kiến của tổ chức, công dân.", "2018-10-16", "Ban Thi đua - Khen thưởng tỉnh = -")]
    [InlineData("Các ý kiến phản hồi của nhân dân gửi về Ban Thi đua – Khen thưởng tỉnh (địa chỉ: Số 25, đường Hùng Vương, TP.Quảng Ngãi) trước ngày 23/9/2021.", "2021-09-10", "Ban Thi đua – Khen thưởng tỉnh = -")]
    public void A_provinces_emulation_board_is_one_body(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Findings.Day(date)).Split('|'));
}
