namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-fifty-sixth pass (docs/reading.md), with sentences of development sets' sources: an
/// association's bodies at every level ("các cấp hội") and the National Assembly's term as "the 15th legislature". Every case read
/// failed with the library before the pass (1b6dc4f), but the guards, which passed both ways.</summary>
public class LevelsAndLegislaturesRulesTests
{
    // Báo Thanh Hóa, Báo Bắc Giang, Báo Đắk Nông, a veterans' association report (held-out sets 60, 63, 120 and 92): the
    // association's bodies at every level, with the association, its lowest level or where they are, as the labels take them.
    [Theory]
    [InlineData("Đại hội Đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2025-2030, các cấp Hội phụ nữ cơ sở trong tỉnh đang tích cực triển khai thực hiện các điều kiện", "2025-09-25", "các cấp Hội phụ nữ cơ sở = scope")]
    [InlineData("công tác chuẩn bị đại hội Hội Nông dân tỉnh, các cấp hội nông dân trong tỉnh đang phát động các phong trào thi đua", "2018-05-15", "các cấp hội nông dân trong tỉnh = scope")]
    [InlineData("Phó Bí thư Tỉnh ủy Nguyễn Đình Trung biểu dương những thành tích của các cấp hội trong tỉnh đã đạt được", "2019-07-10", "các cấp hội trong tỉnh = scope")]
    [InlineData("Trong thời gian tới, các cấp hội sẽ tập trung vào một số nhiệm vụ trọng tâm như: đẩy mạnh phát triển các phong trào của hội", "2016-07-07", "các cấp hội = scope")]
    public void An_associations_bodies_at_every_level(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));

    // Guard (held-out set 63): "hội nông dân các cấp", the kind before its levels, is read as before.
    [Fact]
    public void The_kind_before_its_levels_is_read_as_before() => Assert.Contains("hội nông dân các cấp = scope", Findings.OrganisationKeys(
        "các phong trào thi đua lập thành tích chào mừng đại hội hội nông dân các cấp nhiệm kỳ 2018-2023", Findings.Day("2018-05-15")).Split('|'));

    // Vietnam News Agency, Vietnam Fatherland Front (held-out sets 28, 66 and 97): the deputies' Assembly by its ordinal and
    // "legislature", the Assembly's fifteenth term.
    [Theory]
    [InlineData("Fatherland Front Central Committee adopted a list of 205 candidates for the upcoming election of deputies to the 15th legislature.", "2021-04-17")]
    [InlineData("the council has to date received 1,136 dossiers from candidates for the election of deputies to the 15th legislature and 7,495 dossiers of candidates", "2021-03-22")]
    public void The_15th_legislature_is_the_Assemblys_term(string text, string day) =>
        Assert.Contains("15th legislature", Findings.DraftTerms(text, Findings.Day(day)).Split('|'));

    // Guard (development set 84): "the previous legislature term" names no term.
    [Fact]
    public void A_legislature_without_its_ordinal_is_no_term() => Assert.Empty(Findings.DraftTerms(
        "keep the number of candidates from the front and its members the same as in the previous legislature term to ensure and uphold the role of people’s representatives in the National Assembly.",
        Findings.Day("2021-03-04")));
}
