using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the ninety-ninth pass (docs/reading.md), with sentences of development set 74's sources (held-out set
/// 73, `HeldOut73/`), and cases the rules must leave alone. Every case that a rule reads failed on the tree of the set's
/// measurement (557e241), before the pass.</summary>
public class HeldOut73RulesTests
{
    // A second form's bare verb joined by "and" to a form the same "to" gave: two decisions, each with its people.
    [Fact]
    public void Reprimand_one_and_warn_others_is_two_decisions() =>
        Assert.Equal(
            "Reprimand: Dao Ngoc Dung|Warning: Pham Thi Hai Chuyen, Huynh Van Ti",
            Findings.Decisions("The Politburo decided to reprimand Minister Dao Ngoc Dung and warn comrades Pham Thi Hai Chuyen and Huynh Van Ti."));

    [Theory]
    [InlineData("The province urged localities to warn fishermen about the storm.")]
    [InlineData("The Politburo decided to warn against complacency.")]
    public void Warn_alone_is_no_decision(string text) => Assert.Equal(string.Empty, Findings.Decisions(text));

    // A State body's Party committee written kind first; a local Party committee's executive committee is the committee.
    [Theory]
    [InlineData("The Party Committee of the Ministry of Labor, War Invalids and Social Affairs and related individuals were found at fault.", "2024-04-19", "Party Committee of the Ministry of Labor, War Invalids and Social Affairs = -")]
    [InlineData("The Party Executive Committee of the Ministry of Labor, War Invalids and Social Affairs for the 2011-2016 term violated the principle.", "2024-04-19", "Party Executive Committee of the Ministry of Labor, War Invalids and Social Affairs = -")]
    [InlineData("The Standing Committee of the Provincial Party Committee and the Party Committee of the Provincial People's Committee have directed departments.", "2024-12-04", "Party Committee of the Provincial People's Committee = -")]
    [InlineData("On the morning of December 4, the Executive Committee of the Hai Duong Provincial Party Committee, 17th term, opened its 22nd conference.", "2024-12-04", "Executive Committee of the Hai Duong Provincial Party Committee = vn.au.2025-01.30.party-committee")]
    public void A_bodys_party_committee_and_a_local_executive_committee(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Findings.Day(date)).Split('|'));

    // Since the hundred-and-forty-ninth pass the words are a name of the chart's "Đảng ủy Chính phủ" (development set 116 labels it
    // with its id), which the chart does not hold on this day: still not a State body's Party committee.
    [Fact]
    public void The_party_committee_of_the_Government_is_not_read_as_a_State_bodys() => Assert.Equal("Đảng ủy Chính phủ",
        Assert.Single(OrganisationExtractor.Extract("The Party Committee of the Government met.", Findings.Day("2024-12-04"), VietnamReferenceData.OrgChart)).Name);

    // The district-level committees under a province's, a group.
    [Theory]
    [InlineData("Văn phòng Tỉnh ủy gửi văn kiện cho các huyện ủy, thị ủy, thành ủy và tương đương trực thuộc Tỉnh ủy trước ngày 15/6/2020.", "các huyện ủy, thị ủy, thành ủy và tương đương trực thuộc Tỉnh ủy = scope")]
    [InlineData("Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổng hợp ý kiến.", "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy = scope")]
    public void District_committees_under_the_provinces_are_a_group(string text, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day("2020-05-20")).Split('|'));

    // A local body's own term by number in English; a congress named before "for the" and its term; the councils of every level.
    [Theory]
    [InlineData("On the morning of December 4, the Executive Committee of the Hai Duong Provincial Party Committee, 17th term, opened its 22nd conference.", "2024-12-04", "Executive Committee of the Hai Duong Provincial Party Committee, 17th term|22nd conference")]
    [InlineData("Plan 227-KH/TU was issued towards the 18th Provincial Party Congress for the 2025-2030 term.", "2024-12-04", "18th Provincial Party Congress for the 2025-2030 term")]
    [InlineData("The guidance covers grassroots-level Party Congresses for the 2025-2030 term.", "2024-12-04", "grassroots-level Party Congresses for the 2025-2030 term")]
    [InlineData("Preparations for the Quang Ngai Provincial Party Congress for the 2025 - 2030 term began.", "2024-12-04", "Quang Ngai Provincial Party Congress for the 2025 - 2030 term")]
    [InlineData("Cử tri bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031.", "2026-02-04", "Quốc hội khóa XVI|Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031")]
    public void A_term_with_the_body_or_congress_it_is_of(string text, string date, string expected) =>
        Assert.Equal(expected, Findings.DraftTerms(text, Findings.Day(date)));

    [Theory]
    [InlineData("The Party Central Committee, 13th term, met.", "2024-12-04", "13th term")]
    [InlineData("Documents for the Congress for the 2025-2030 term were drafted.", "2024-12-04", "2025-2030 term")]
    public void A_central_bodys_term_and_a_bare_congress_stay_apart(string text, string date, string expected) =>
        Assert.Equal(expected, Findings.DraftTerms(text, Findings.Day(date)));

    // Work to finish by a month: "the work" is what is to be finished by then.
    [Theory]
    [InlineData("Deputy PM Quang assigned the Ministry of Agriculture and Rural Development to finish the work in August, and consider replicating it.", "in August = in 2023-08")]
    [InlineData("The ministry must complete the tasks in November.", "in November = in 2023-11")]
    public void Finishing_the_work_in_a_month_is_a_deadline(string text, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, Findings.Day("2023-07-10")));

    [Fact]
    public void The_work_of_a_month_is_no_deadline() =>
        Assert.Equal(string.Empty, Findings.Deadlines("Ministries must deploy the work in August with care.", Findings.Day("2023-07-10")));
}
