namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-twenty-eighth pass (docs/reading.md): the Party committee of a local body or of a bloc,
/// written in English, is one body the chart does not hold; a local committee's inspection commission after the committee's
/// possessive is the chart's. Sentences of the development sets' sources (`HeldOut8/`, `HeldOut25/`, `HeldOut40/`, `HeldOut43/`,
/// `HeldOut45/`, `HeldOut63/`, `HeldOut80/`, `HeldOut82/`, `HeldOut91/`). Every case read failed before the pass, but the ones
/// that say what stays as it was.</summary>
public class LocalPartyBodiesRulesTests
{
    // baonghean.vn, vjs.vietnam.vn: "Provincial", the body's capitalised name, "Party Committee".
    [Theory]
    [InlineData("The Standing Committee of the Provincial Party Committee decided to terminate the activities of the Provincial Agencies Party Committee and the Provincial Enterprises Party Committee.", "2025-02-12",
        "Provincial Agencies Party Committee = -", "Provincial Enterprises Party Committee = -")]
    [InlineData("3 party committees directly under the Provincial Party Committee, namely the Provincial Agencies Bloc Party Committee, the Provincial Public Security Party Committee and the Provincial Military Party Committee, had selected 28 units.", "2024-12-15",
        "Provincial Agencies Bloc Party Committee = -", "Provincial Military Party Committee = -")]
    [InlineData("Working with the Provincial People's Committee Party Committee, the Provincial People's Council Party Committee and the Provincial Vietnam Fatherland Front Party Committee.", "2025-02-12",
        "Provincial People's Committee Party Committee = -", "Provincial Vietnam Fatherland Front Party Committee = -")]
    [InlineData("The Provincial Public Security Party Committee will continue to hold a model congress in mid-June 2025.", "2025-05-15",
        "Provincial Public Security Party Committee = -", "Provincial Public Security Party Committee = -")]
    public void A_local_body_s_Party_committee_is_one_body(string text, string day, string first, string second)
    {
        string[] keys = Findings.OrganisationKeys(text, Findings.Day(day)).Split('|');
        Assert.Contains(first, keys);
        Assert.Contains(second, keys);
    }

    // baohaiduong.vn, vrviet.vn, vietnamnews.vn: "the Party Committee of the … Bloc", its name before "Bloc" or after "Bloc of".
    [Theory]
    [InlineData("The Party Committee of Hai Duong Provincial Agencies Bloc requires Party committees to propagate the congresses.", "2024-11-06", "Party Committee of Hai Duong Provincial Agencies Bloc = -")]
    [InlineData("The Party Committee of the Bloc of Agencies of Hai Duong province deployed propaganda work.", "2024-11-06", "Party Committee of the Bloc of Agencies of Hai Duong province = -")]
    [InlineData("The leaders of the Party Organization Committee of the Provincial Agencies Bloc informed 450 cadres of the Party Committee of the Bloc.", "2024-11-13", "Party Organization Committee of the Provincial Agencies Bloc = -")]
    [InlineData("The leaders of the Party Organization Committee of the Provincial Agencies Bloc informed 450 cadres of the Party Committee of the Bloc.", "2024-11-13", "Party Committee of the Bloc = -")]
    [InlineData("Trần Ngọc Thuận, former member of the Standing Board of the Party Committee of the Central Enterprises’ Bloc, was expelled.", "2025-06-06", "Standing Board of the Party Committee of the Central Enterprises’ Bloc = -")]
    [InlineData("The Commission asked the Party Committee of the Central Business Bloc to take quick disciplinary action.", "2017-04-28", "Party Committee of the Central Business Bloc = -")]
    public void A_bloc_s_Party_committee_is_one_body(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));

    // sggpnews.org.vn: the commission of a committee named by one of the chart's names, then its possessive.
    [Theory]
    [InlineData("The HCMC Party Committee's Inspection Commission has given instructions to strictly fine cadres and Party members.", "2022-01-10", "HCMC Party Committee's Inspection Commission = vn.au.2025-01.79.inspection-commission")]
    [InlineData("Head of the HCMC Party Committee's Inspection Commission Duong Ngoc Hai said that Party organizations made every effort.", "2022-01-10", "HCMC Party Committee's Inspection Commission = vn.au.2025-01.79.inspection-commission")]
    public void A_named_committee_s_inspection_commission_is_the_chart_s(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));

    // Guards: the province's own committee, by its kind or with its place, and a congress of the bloc stay as they were.
    [Theory]
    [InlineData("The Provincial Party Committee met on Monday.", "2025-02-12", "Provincial Party Committee = -")]
    [InlineData("The Party Committee of Hanoi met on Monday.", "2025-02-12", "Party Committee of Hanoi = vn.au.2025-01.01.party-committee")]
    [InlineData("The HCMC Party Committee's Standing Board met on Monday.", "2022-01-10", "HCMC Party Committee's Standing Board = -")]
    public void A_province_s_own_committee_stays_as_it_was(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));
}
