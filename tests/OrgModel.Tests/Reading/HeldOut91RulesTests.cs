namespace OrgModel.Tests.Reading;

/// <summary>The rule of the hundred-and-twenty-seventh pass (docs/reading.md), with sentences of held-out set 91's sources
/// (`HeldOut91/`, development set 92 since) and development set 61's. Every case read failed on the tree of the set's
/// measurement, before the pass, but the ones that say what stays as it was.</summary>
public class HeldOut91RulesTests
{
    // vnfu.vn (English and Vietnamese), baomoi.com: a mass organisation's central committee is that organisation, not the Party's
    // Central Committee; its own inspection commission is a body the chart does not hold; the veterans' association by "Hội CCB".
    [Theory]
    [InlineData("The 2nd conference of the 7th Central Executive Committee of Vietnam Farmers’ Union was held in Hanoi.", "2019-05-20", "Central Executive Committee of Vietnam Farmers’ Union = vn.front.farmers-union")]
    [InlineData("Ban Chấp hành Trung ương Hội Nông dân Việt Nam đã biểu quyết thi hành kỷ luật.", "2021-06-01", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam = vn.front.farmers-union")]
    [InlineData("Ủy ban kiểm tra Trung ương Hội Nông dân Việt Nam đề nghị thi hành kỷ luật.", "2021-06-01", "Ủy ban kiểm tra Trung ương Hội Nông dân Việt Nam = -")]
    [InlineData("Hội CCB Việt Nam phối hợp tổng kết.", "2024-06-01", "Hội CCB Việt Nam = vn.front.veterans-association")]
    public void A_mass_organisation_s_central_committee_is_that_organisation(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));

    // Guards: the Party's own Central Committee and Central Inspection Commission stay the Party's.
    [Theory]
    [InlineData("Ban Chấp hành Trung ương Đảng họp Hội nghị lần thứ 10.", "Ban Chấp hành Trung ương Đảng = vn.party.central-committee")]
    [InlineData("Ủy ban Kiểm tra Trung ương đã họp.", "Ủy ban Kiểm tra Trung ương = vn.party.central-inspection-commission")]
    public void The_Party_s_own_central_bodies_stay_the_Party_s(string text, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day("2021-06-01")).Split('|'));
}
