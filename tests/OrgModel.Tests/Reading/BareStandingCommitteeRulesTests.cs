namespace OrgModel.Tests.Reading;

/// <summary>The second rule of the hundred-and-eighty-first pass (docs/reading.md): "the Standing Committee" by its kind alone,
/// written with capitals, is a body the chart does not hold (no id), as the development sets label it. Sentences of the
/// development sets' sources; the first theory's cases failed before the pass, the second's are guards.</summary>
public class BareStandingCommitteeRulesTests
{
    [Theory]
    // Development set 101 (dir 100, en-03): a member of the provincial Party committee's standing committee, three times.
    [InlineData("Heads of the Provincial People's Council committees: Ho Phuc Hop - Member of the Standing Committee, Head of the Provincial Party Committee's Propaganda Department, Head of the Culture and Social Affairs Committee.", "2017-10-25")]
    // Development set 161 (dir 160, en-02): the city committee's standing committee at work.
    [InlineData("Do Thanh Binh, Secretary of the Can Tho Party Committee, stated that the Standing Committee had just given opinions on key personnel for 32 wards and communes (of Can Tho City).", "2025-06-09")]
    public void The_Standing_Committee_alone_is_a_body_with_no_id(string text, string date) =>
        Assert.Contains("Standing Committee = -", Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    [Theory]
    // Development set 101 (dir 100, en-03): with whose it is, one body, read whole as before.
    [InlineData("On the afternoon of October 25, the Standing Committee of the Provincial People's Council held a meeting to prepare for the 5th session of the 17th Provincial People's Council, term 2016 - 2021.", "2017-10-25")]
    // Development set 136 (dir 135, en-06; not labelled): "its" names the body just named, the Assembly.
    [InlineData("He highlighted the significant achievements of the NA and its Standing Committee, attributing the country’s progress to their dedicated efforts and strategic guidance.", "2024-08-09")]
    // Development set 68 (dir 67, en-04; not labelled): a team on duty, in lower case.
    [InlineData("According to the decision, the standing committee is tasked with being on duty during the holiday period from April 30th to May 4th, 2025.", "2025-04-28")]
    public void Not_alone_or_not_a_name_it_is_not_read_alone(string text, string date) =>
        Assert.DoesNotContain("Standing Committee = -", Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'), StringComparer.OrdinalIgnoreCase);
}
