namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-seventy-eighth pass (docs/reading.md), with sentences of held-out sets 160 and 161's
/// sources (`HeldOut160/`, `HeldOut161/`) and of the development sets that label the same: a local Party committee's "Executive
/// Board", the lower levels' Party committees and the farmers' associations as kinds of a group, the English initials of the
/// Ministry of National Defence and the Central Military Commission, "the 8th Politburo" and "nhiệm kì" as terms, a promised
/// publication by a month or a quarter, and "khẩn trương" as the spirit or the air of work. Every case failed with the library
/// sets 160 and 161 were measured with (4ae33a5).</summary>
public class HeldOut161RulesTests
{
    [Theory]
    // Set 160 (en-01; development set 117, dir 116, labels "the Executive Board of the city Party Committee" so): the executive board of a local Party committee is the committee.
    [InlineData("ĐBP - On February 12, the Executive Board of the Điện Biên Provincial Party Committee (14th term, 2020-2025) convened its the 23rd meeting",
        "2025-02-12", "Executive Board of the Điện Biên Provincial Party Committee = vn.au.2025-01.11.party-committee")]
    // Set 160 (en-03 and en-06): kinds of a group.
    [InlineData("The Standing Committee of the Provincial Party Committee requests the District Party Committees, Town Party Committees, and City Party Committees directly under the Provincial Party Committee to base on the practical situation",
        "2024-05-10", "District Party Committees, Town Party Committees, and City Party Committees directly under the Provincial Party Committee = scope")]
    [InlineData("At the same time, it serves as a basis for Party committees, authorities, and farmers' associations at all levels to develop programs", "2024-03-15",
        "Party committees, authorities, and farmers' associations at all levels = scope")]
    // Set 161 (en-06): the English initials.
    [InlineData("The report read, since 2016, the CMC, MND and GDP have led and directed the two movements;", "2020-11-29", "CMC = vn.party.central-military-commission")]
    [InlineData("The report read, since 2016, the CMC, MND and GDP have led and directed the two movements;", "2020-11-29", "MND = vn.state.ministry.national-defence")]
    public void A_body_reads(string text, string date, string key) =>
        Assert.Contains(key, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    // Development set 79 (dir 78, vi-04, unlabelled): "CMC" beside Vietnamese words is a company, not the Commission.
    [Fact]
    public void English_initials_among_Vietnamese_words_are_not_read() =>
        Assert.DoesNotContain("CMC = vn.party.central-military-commission", Findings.OrganisationKeys(
            "chủ trì, phối hợp với các bộ, ngành, FPT, CMC khẩn trương hoàn thành việc xây dựng và thiết lập Bộ công cụ theo dõi", Findings.Day("2025-11-19")).Split('|'));

    [Theory]
    // Set 161 (en-05) and development set 55 (dir 54, en-04): the Politburo of a term.
    [InlineData("at the request of the Central Mass Mobilization Commission, the 8th Politburo decided to select the date", "2020-10-15", "8th Politburo")]
    [InlineData("35-CT/TW dated June 14, 2024 of the 13th Politburo on Party congresses at all levels", "2025-03-20", "13th Politburo")]
    // Set 161 (vi-06): "nhiệm kì", as some texts spell "nhiệm kỳ".
    [InlineData("do vậy việc rà soát, bổ sung quy hoạch cán bộ nhiệm kì 2015 - 2020 phải được thực hiện cẩn thận", "2016-12-15", "nhiệm kì 2015 - 2020")]
    public void A_term_reads(string text, string date, string term) =>
        Assert.Contains(term, Findings.Terms(text, Findings.Day(date)).Split('|'));

    // Development set 35 (dir 34, en-01), labelled as the whole list: the last of several ordinals is not a term on its own.
    [Fact]
    public void The_last_of_a_list_of_ordinals_is_not_a_term_alone()
    {
        string terms = Findings.Terms("has also been a member of the 10th, 11th, and 12th Central Party Committees and a member of the 11th and 12th Politburo.", Findings.Day("2016-04-02"));
        Assert.DoesNotContain("12th Politburo", terms.Split('|'));
        Assert.DoesNotContain("12th Central Party", terms.Split('|'));
    }

    [Theory]
    // Set 161 (vi-01): a publication promised by a month or a quarter.
    [InlineData("Kết quả sơ bộ của cuộc tổng điều tra sẽ được công bố vào tháng 7-2019.", "2019-03-19", "vào tháng 7-2019 = in 2019-07")]
    [InlineData("Kết quả điều tra mẫu sẽ được công bố vào quý IV-2019.", "2019-03-19", "vào quý IV-2019 = in 2019-Q4")]
    public void A_deadline_reads(string text, string date, string key) =>
        Assert.Contains(key, Findings.Deadlines(text, Findings.Day(date)).Split('|'));

    [Theory]
    // Set 160 (vi-03 and vi-06), development set 122 (dir 121, vi-02): the spirit or the air of the work.
    [InlineData("Với tinh thần khẩn trương, trách nhiệm, chính xác, các tổ đã hỗ trợ, hướng dẫn người dân nhận quà", "2025-08-31")]
    [InlineData("Buổi tổng duyệt diễn ra trong không khí nghiêm túc, khẩn trương.", "2025-08-07")]
    [InlineData("Với tinh thần khẩn trương và trách nhiệm cao, Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 33, khóa XX", "2022-06-30")]
    public void Urgency_as_a_spirit_is_not_a_deadline(string text, string date) =>
        Assert.DoesNotContain("khẩn trương = immediately", Findings.Deadlines(text, Findings.Day(date)).Split('|'));
}
