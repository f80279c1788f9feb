namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-forty-eighth pass (docs/reading.md) on a local committee named by its kind, with sentences of
/// held-out sets 36, 40, 41 and 103's sources (`HeldOut36/`, `HeldOut40/`, `HeldOut41/`, `HeldOut103/`). Every case read failed
/// before the pass, but the guard, which passed both ways.</summary>
public class LocalCommitteesByTheirKindRulesTests
{
    private const string LamDong = "On October 3, news from Lam Dong Provincial People's Committee said that Chairman of the Provincial People's Committee - Mr. Ho Van Muoi had issued a document on the arrangement of civil servants and public employees to work centrally at the headquarters of the People's Committees of the two old provinces (before the arrangement).\nAccording to the plan, Area 2 will arrange civil servants and public employees to work at the headquarters of the People's Committee of Binh Thuan province (old); Area 3 will arrange civil servants and public employees at the headquarters of the People's Committee of Dak Nong province (old).";

    // news.laodong.vn (held-out set 41): a province named "(old)" is one merged into the province the text is about, so the
    // province's committee by its kind is still that one province's.
    [Fact]
    public void An_old_province_is_not_a_second_one() => Assert.Contains("Provincial People's Committee = vn.au.2025-07.68.peoples-committee",
        Findings.Organisations(LamDong, Findings.Day("2025-10-03")).Split('|'));

    // baobinhduong.vn (held-out set 36): the news that drops "the" before the province's committee drops it after "by", "to" and a
    // verb of asking too.
    [Theory]
    [InlineData("ectors and localities in the province well implemented targets set by provincial People's Committee in the field of culture and society.")]
    [InlineData("At the meeting, representatives of departments, sectors and localities proposed provincial People's Committee to soon remove difficulties in the exemption and reduction of land use fees")]
    public void The_dropped_before_the_committee(string text) =>
        Assert.Contains("provincial People's Committee = -", Findings.Organisations(text, Findings.Day("2023-03-25")).Split('|'));

    // news.laodong.vn (held-out set 103), vietnamnet.vn (held-out set 40): a commune's committee by its kind, capitalised.
    [Theory]
    [InlineData("During their time working at Gia Xuan Commune People's Committee, Mr. Quan and Mr. Chung were civil servants directly advising the Commune People's Committee on land management and use.", "2025-01-20", "Commune People's Committee = -")]
    [InlineData("Four Commune People’s Committee members have been reprimanded for attending a party in the middle of social distancing.", "2020-06-12", "Commune People’s Committee = -")]
    public void A_communes_committee_by_its_kind(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Findings.Day(day)).Split('|'));

    // baobinhduong.vn (held-out set 36): after "of", as before the pass.
    [Fact]
    public void After_of_as_before() => Assert.Contains("provincial People's Committee = -", Findings.Organisations(
        "On the afternoon of March 24, Nguyen Loc Ha, member of provincial Party Standing Committee, Vice-Chairman of provincial People's Committee, chaired a meeting", Findings.Day("2023-03-25")).Split('|'));
}
