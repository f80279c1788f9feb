namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-eighty-sixth pass (docs/reading.md): "Thường trực HĐND" by its kind alone is a body
/// the chart does not hold, as the development sets label it; "Chính phủ điện tử", "Chính phủ số" and "Local Government" are
/// not the Government. Sentences of the development sets' sources; the first two theories' cases failed before the pass, the
/// third's are guards.</summary>
public class CouncilStandingAndGovernmentRulesTests
{
    [Theory]
    // Development set 164 (dir 163, vi-05): the council's standing members at a meeting, before a comma.
    [InlineData("Dự họp có Thường trực HĐND, lãnh đạo UBND tỉnh; lãnh đạo các sở, ban, ngành của tỉnh và UBND các huyện, thành phố.", "2015-10-28")]
    // Development set 160 (dir 159, vi-02): before "và" and another body.
    [InlineData("Ngày 1/7 gửi các báo cáo, tờ trình, các dự thảo nghị quyết cho Thường trực HĐND và 2 ban HĐND để thẩm tra….", "2019-06-04")]
    public void The_councils_standing_members_alone_are_a_body_with_no_id(string text, string date) =>
        Assert.Contains("Thường trực HĐND = -", Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    [Theory]
    // Development set 118 (dir 117, vi-05): the strategy of e-Government towards Digital Government; the Prime Minister's
    // post names the Government once (the sentence's first part).
    [InlineData("Tại Quyết định số 942/QĐ-TTg ngày\n15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện\ntử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030", "2021-11-15", 1)]
    // Development set 157 (dir 156, en-01): the law on the local tier; the city's People's Committee stays.
    [InlineData("According to the plan, the People's Committee of Ho Chi Minh City requires the People's Committee of Thu Duc City and districts to develop a summary report to evaluate the activities of the district-level model according to the Law on Organization of Local Government, and at the same time organize a summary conference to recognize and commend collectives and individuals with positive contributions.", "2025-05-19", 0)]
    // Development set 44 (dir 43, en-05): a department of the Ministry of Home Affairs.
    [InlineData("The Department of Local Government focuses on completing and submitting to the National Assembly Standing Committee for consideration and approval of the Project on rearranging administrative units (ADUs) at district and commune levels for the 2023-2025 period of Ninh Binh province.", "2024-12-03", 0)]
    public void A_way_of_governing_or_the_local_tier_is_not_the_Government(string text, string date, int governments) =>
        Assert.Equal(governments, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|').Count(key => key.EndsWith("= vn.state.government", StringComparison.Ordinal)));

    [Theory]
    // Development set 27 (dir 26, vi-05; labelled as one group; the middle of a list of guests): the standing members of the province's council and committee.
    [InlineData("các đồng chí Ủy viên BTV Tỉnh ủy; Thường trực HĐND, UBND tỉnh, đại biểu Quốc hội tỉnh", "2025-10-28")]
    // Development set 67 (dir 66, vi-04): with its province, read whole as before.
    [InlineData("Ngày 14/9/2018, Thường trực HĐND tỉnh Vĩnh Long tổ chức phiên họp thường kỳ tháng 8.", "2018-09-14")]
    public void Sharing_a_level_or_with_one_it_is_not_read_alone(string text, string date) =>
        Assert.DoesNotContain("Thường trực HĐND = -", Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));
}
