namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-seventy-ninth pass (docs/reading.md), a pass over the development sets, with their
/// sentences: "localities" after a word that picks some of them or counts them is not a group, and "Government" inside
/// "e-Government", "Digital Government", "Government officials", "the Government Offices" and "the Government Operations Center"
/// is not the Government. Every case of a finding dropped was read with the library before the pass (d254458).</summary>
public class LocalitiesAndGovernmentRulesTests
{
    [Theory]
    // Development sets 102, 137 and 156 (dirs 101, 136 and 155), none labelled.
    [InlineData("leading to a shortage of COVID-19 vaccines in their localities, the MoH emphasised.", "2021-11-16", "their localities")]
    [InlineData("Hanoi is one of the first localities nationwide setting up the delegation office", "2021-01-14", "first localities")]
    [InlineData("where multiple workers from other localities are working.", "2016-04-23", "other localities")]
    public void Some_localities_are_not_a_group(string text, string date, string words) =>
        Assert.DoesNotContain(Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'), key => key.StartsWith("localities", StringComparison.Ordinal) || key.Contains(words, StringComparison.Ordinal));

    [Theory]
    // Development sets 45, 78, 88, 18 and 93 (dirs 44, 77, 87, 17 and 92), none labelled.
    [InlineData("Public finance reform, and Development of e-Government and Digital Government.", "2021-07-15")]
    [InlineData("leading to some Government officials accepting bribes.", "2023-01-13")]
    [InlineData("to join hands with the Government Offices and relevant ministries", "2019-11-29")]
    [InlineData("Perfecting the E-Government platform to improve the effectiveness", "2019-03-29")]
    public void Government_in_another_name_is_not_the_Government(string text, string date) =>
        Assert.DoesNotContain("Government = vn.state.government", Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    // Development sets 16 and 52 (dirs 15 and 51; the sentence is set 16's) label the Government in "the Government leader": it stays.
    [Fact]
    public void The_Government_leader_keeps_the_Government() =>
        Assert.Contains("Government = vn.state.government", Findings.OrganisationKeys("At the meeting, the Government leader ordered relevant sectors", Findings.Day("2021-05-01")).Split('|'));

    // The groups the labels take stay: "localities" asked to act, and after "many" (development sets 109 and 114, dirs 108 and
    // 113, labelled so).
    [Theory]
    [InlineData("Comrade Le Van Huong also requested localities to calculate the combination of clearance", "2019-12-12")]
    [InlineData("Given the limited implementation time, many localities faced difficulties.", "2025-08-23")]
    public void Localities_addressed_stay_a_group(string text, string date) =>
        Assert.Contains("localities = scope", Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));
}
