namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundredth pass (docs/reading.md), with sentences of development set 75's sources (held-out set 74,
/// `HeldOut74/`), and cases the rules must leave alone. Every case that a rule reads failed on the tree of the set's measurement
/// (74e1460), before the pass.</summary>
public class HeldOut74RulesTests
{
    // The ministries named by their fields after "of", one group.
    [Theory]
    [InlineData("The Ministries of Construction and National Defense were asked to coordinate.", "Ministries of Construction and National Defense = scope")]
    [InlineData("It asked the ministries of Health, Construction, and Finance to complete the procedures this year.", "ministries of Health, Construction, and Finance = scope")]
    public void The_ministries_of_fields_listed_are_a_group(string text, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day("2025-05-10")).Split('|'));

    [Theory]
    [InlineData("The ministries of the region met.")]
    [InlineData("The ministries of Health met.")]
    public void Ministries_of_no_list_stay_the_kind(string text) =>
        Assert.DoesNotContain("ministries of", Findings.OrganisationKeys(text, Findings.Day("2025-05-10")), StringComparison.Ordinal);

    // The news' short form of the Ministry of Education and Training.
    [Fact]
    public void The_education_ministry_by_its_short_form() =>
        Assert.Contains("Bộ GD&ĐT = vn.state.ministry.education-training",
            Findings.Organisations("Ngày 14/10, Bộ GD&ĐT có văn bản gửi các Sở GD&ĐT về việc báo cáo.", Findings.Day("2010-10-14")).Split('|'));

    // A leader's assistant is a post: the person is read, and a decision on the two names both.
    [Fact]
    public void An_assistant_to_a_leader_is_a_post() =>
        Assert.Equal(
            "To Anh Dung|Nguyen Quang Linh",
            Findings.People("They are To Anh Dung, Deputy Minister of Foreign Affairs, and Nguyen Quang Linh, Assistant to the Standing Deputy Prime Minister."));
}
