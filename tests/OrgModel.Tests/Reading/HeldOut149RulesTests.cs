namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-seventieth pass (docs/reading.md), with sentences of held-out sets 148 and 149's
/// sources (`HeldOut148/`, `HeldOut149/`) and of development sets that label the same forms. Every case failed with the library
/// sets 148 and 149 were measured with (6a88e27).</summary>
public class HeldOut149RulesTests
{
    [Theory]
    // Set 149 (en-03, en-04, vi-01): the Central Committee's initials, the Assembly's possessive, the Government Office's initials.
    [InlineData("Representatives from the PCC Commissions, the Office of the PCC and some ministries", "2020-08-31", "Office of the PCC = vn.party.central-office")]
    [InlineData("the Politburo and PCC Secretariat members contributed ideas on orientations", "2020-08-31", "PCC Secretariat = vn.party.secretariat")]
    [InlineData("but the NA’s Standing Committee believed the draft law failed to meet quality standards", "2017-05-18",
        "NA’s Standing Committee = vn.state.national-assembly-standing-committee")]
    [InlineData("- VPCP: BTCN, các PCN,", "2022-07-28", "VPCP = vn.state.ministry.government-office")]
    // Development sets 112 and 117 (dirs 111 and 116): "PCC" with no bracket that defines it.
    [InlineData("Speaking at the event, Politburo member, PCC Secretary, and Head of the PCC Organisation Commission Truong Thi Mai", "2022-06-30",
        "PCC = vn.party.central-committee")]
    [InlineData("delegates were disseminated Instruction 26-HD/BTCTW of the PCC’s Commission for Organization on contents of Directive 35", "2019-11-01",
        "PCC’s Commission for Organization = vn.party.central-organisation-commission")]
    // Set 148 (en-06, en-04, en-05, vi-01) and set 149 (en-06).
    [InlineData("Inspection Team No. 3 of the Dong Nai Provincial Election Committee, led by Vo Tan Duc", "2026-03-02", "Dong Nai Provincial Election Committee = -")]
    [InlineData("at the 8th meeting of the National Steering Committee on IUU fishing.", "2024-01-10", "National Steering Committee on IUU fishing = -")]
    [InlineData("Party Secretaries and Chairpersons of the People’s Committees of 22 coastal provinces and cities.", "2026-01-15",
        "People’s Committees of 22 coastal provinces and cities = scope")]
    [InlineData("chairpersons of the People’s Committees of coastal provinces and cities to continue to thoroughly implement", "2026-01-15",
        "People’s Committees of coastal provinces and cities = scope")]
    [InlineData("Party Committees at central level wrap up congresses", "2020-10-31", "Party Committees at central level = scope")]
    [InlineData("toàn thể đảng viên đang sinh hoạt tại Đảng bộ thị trấn.", "2024-06-26", "Đảng bộ thị trấn = -")]
    public void Reads(string text, string date, string key) =>
        Assert.Contains(key, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    // A province's election committee is no Party committee: it was read as Đồng Nai's, a wrong id.
    [Fact]
    public void A_provinces_election_committee_is_not_its_Party_committee() => Assert.DoesNotContain("vn.au.2025-07.75.party-committee",
        Findings.OrganisationKeys("Inspection Team No. 3 of the Dong Nai Provincial Election Committee, led by Vo Tan Duc", Findings.Day("2026-03-02")));
}
