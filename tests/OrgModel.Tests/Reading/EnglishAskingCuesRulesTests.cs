namespace OrgModel.Tests.Reading;

/// <summary>The rule of the hundred-and-eighty-fifth pass (docs/reading.md): English verbs that ask for work and were missing from
/// the task extractor's table, "requires", "require", "suggested", "requesting", "demanded", "directs", "asking", "called for"
/// (the assignee after them) and "have to", "has to" (the assignee before). Sentences of the development sets' sources, each
/// labelled a task there with that cue; every case failed before the pass.</summary>
public class EnglishAskingCuesRulesTests
{
    [Theory]
    // Development set 127 (dir 126, en-03).
    [InlineData("The Government requires ministries, branches and localities to further tighten discipline in direction and administration; strengthen analysis, forecasting and closely monitor developments in order to have more appropriate, timely and effective policy responses.", "2023-07-10", "requires")]
    // Development set 30 (dir 29, en-02).
    [InlineData("The Steering Committees of the two provinces require Party committees and Party organizations under the Provincial Party Committees of the two provinces to perform well the work.", "2025-06-10", "require")]
    // Development set 111 (dir 110, en-02).
    [InlineData("Ngan suggested the government, the NA’s Council for Ethnic Affairs, the NA’s committees and the NA Secretary General work with relevant agencies and organisations to acquire opinions put forth at the session, finalise reports and projects, and complete approved draft resolutions for signing into issuance.", "2018-07-16", "suggested")]
    // Development set 13 (dir 12, en-03).
    [InlineData("Prime Minister Pham Minh Chinh signed Official Dispatch No. 56/CD-TTg dated May 4, 2025 requesting ministries, branches and localities to focus on reducing and simplifying administrative procedures according to Resolution No. 66/NQ-CP dated March 26, 2025 of the Government.", "2025-06-01", "requesting")]
    // Development set 103 (dir 102, en-05): the first cue of the sentence ("asked" follows).
    [InlineData("He demanded the divestment of State capital from non-corebusinesses be hastened and asked the Ministry of Finance to guide thesettlement of business value assessment bottlenecks.", "2015-05-05", "demanded")]
    // Development set 108 (dir 107, en-04).
    [InlineData("The Provincial People's Committee directs departments and branches to carefully review and propose removing institutional and legal barriers hindering production and business activities and implementing flexible and effective epidemic prevention and control measures to minimize the impact on production and business.", "2022-02-01", "directs")]
    // Development set 117 (dir 116, en-05).
    [InlineData("PM Nguyen Xuan Phuc acknowledged the positive socio-economic development in November, while asking the relevant agencies to clarify any inadequacies to prepare the best conditions for implementing the tasks set for 2019.", "2018-12-03", "asking")]
    // Development set 126 (dir 125, en-06).
    [InlineData("The Prime Minister called for all-out effort to effectively implement the 13th National Party Congress’ resolutions right from the first quarter of this year.", "2021-02-17", "called for")]
    // Development set 148 (dir 147, en-01).
    [InlineData("For resettlement, in this June, localities have to complete the review of resettlement plans.", "2018-06-12", "have to")]
    public void The_verb_asks_for_work(string text, string date, string cue) =>
        Assert.Equal(cue, Assert.Single(Findings.Record(text, Findings.Day(date)).Tasks).Cue);
}
