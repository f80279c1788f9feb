namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-sixty-ninth pass (docs/reading.md): a Party committee, People's Committee or Council below
/// the province named by its level in lower case or by the level's possessive, with sentences of development sets 40, 62, 66, 88,
/// 105, 141 and 147's sources. Every "reads" case failed with the library of 8c953d4.</summary>
public class LevelBelowProvinceRulesTests
{
    [Theory]
    [InlineData("Permanent Deputy Secretary of the district Party Committee Nguyen Tien Viet said", "2020-04-10", "district Party Committee = -")]
    [InlineData("Kpa Y Tu, vice chairman of the commune People’s Council, Y Min, vice chairman", "2020-06-12", "commune People’s Council = -")]
    [InlineData("For orientations, tasks in 2021, the district’s Party Committee will continue upholding its comprehensive leadership role",
        "2020-12-05", "district’s Party Committee = -")]
    [InlineData("appointing Nguyen Van Binh as Chairman of the district’s People’s Committee for the 2016-2021 tenure.", "2020-12-05",
        "district’s People’s Committee = -")]
    [InlineData("The commune’s Party Committee issued Plan No.01-KH/ĐU (July 1, 2025) to implement Directive No.45-CT/TW.", "2025-07-15",
        "commune’s Party Committee = -")]
    [InlineData("the Standing Committee of the commune’s Party Committee has been focused on ensuring thorough and prompt implementation",
        "2025-07-15", "Standing Committee of the commune’s Party Committee = -")]
    [InlineData("As of November 25, the commune Party Committee’s Standing Board led the locality", "2025-11-29",
        "commune Party Committee’s Standing Board = -")]
    [InlineData("the Publicity and Education Commission of the district’s Party Committee is responsible for giving advice", "2024-12-15",
        "Publicity and Education Commission of the district’s Party Committee = -")]
    public void A_body_by_its_level_below_the_province_reads(string text, string date, string key) =>
        Assert.Contains(key, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    [Theory]
    [InlineData("According to Nay Y Blung, Secretary of Son Hoa District’s Party Committee, the four people", "2020-06-12",
        "Son Hoa District’s Party Committee = -")]
    [InlineData("Early December 3, the 5th Dau Tieng district’s Party Committee for the 2020-2025 tenure forwarded its 6th open Executive Board conference",
        "2020-12-05", "Dau Tieng district’s Party Committee = -")]
    public void A_unit_below_the_province_by_its_possessive_reads(string text, string date, string key) =>
        Assert.Contains(key, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    // Guards: a list of kinds is one scope (sets 40 and 105), and a body's headquarters is a building (set 66).
    [Theory]
    [InlineData("The district People's Committee, Party Committee, the Fatherland Front and socio-political organisations at all levels",
        "2024-12-15", "district People's Committee")]
    [InlineData("representatives of the leaders of the district Party Committee, town Party Committee, city Party Committee and Party Committees",
        "2024-10-02", "district Party Committee")]
    [InlineData("A big poster on the elections hung in front of the Dong Da district's Party Committee's HQs", "2021-04-17",
        "Dong Da district's Party Committee")]
    public void Not_one_body(string text, string date, string written) =>
        Assert.DoesNotContain(written + " = -", Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));
}
