namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-seventy-fourth pass (docs/reading.md), with sentences of held-out sets 154 and 155's
/// sources (`HeldOut154/`, `HeldOut155/`) and of the development sets that label the same: the Party committee of the Front and
/// the central mass organisations by its other names, steering committees named by the resolution they carry out or with a purpose
/// that goes on in lower case or after "on", the councils of a level below the province, the councils' standing members at every
/// level, and a place's name that no longer runs into a congress. Every "reads" case failed with the library sets 154 and 155
/// were measured with (b9af1b9).</summary>
public class HeldOut155RulesTests
{
    [Theory]
    // Set 154 (en-02, vi-02) and development set 40 (dir 39): the Party committee of the Front and the central mass organisations.
    [InlineData("Secretary To Lam on June 23 held a working session with the Party Committee of the Vietnam Fatherland Front (VFF) and central mass organisations.",
        "2025-06-23", "Party Committee of the Vietnam Fatherland Front (VFF) and central mass organisations = vn.party.fatherland-front-mass-organisations-party-committee")]
    [InlineData("General Secretary To Lam presented the Party Committee of the VFF and central mass organizations with the Politburo’s Decision", "2025-06-23",
        "Party Committee of the VFF and central mass organizations = vn.party.fatherland-front-mass-organisations-party-committee")]
    [InlineData("Bí thư Trung ương Đảng, Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương, Chủ tịch Ủy ban Trung ương", "2025-04-17",
        "Đảng ủy MTTQ, các đoàn thể Trung ương = vn.party.fatherland-front-mass-organisations-party-committee")]
    // Set 154 (vi-03) and set 155 (en-05, en-02): steering committees.
    [InlineData("các đồng chí thành viên Ban Chỉ đạo 57-NQ/TW của xã và đại diện các phòng,", "2026-01-27", "Ban Chỉ đạo 57-NQ/TW = -")]
    [InlineData("Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá tổ chức Hội nghị", "2026-01-27", "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW = -")]
    [InlineData("members of National Steering Committee for COVID-19 prevention and control.", "2020-04-16",
        "National Steering Committee for COVID-19 prevention and control = -")]
    [InlineData("The Steering Committee for the National Target Programme on New Rural Development of northern Hai Duong province", "2017-08-03",
        "Steering Committee for the National Target Programme on New Rural Development = -")]
    // Set 155 (en-01) and development set 58 (dir 57): the councils and committees of a level below the province.
    [InlineData("434 deputies to the district People's Councils and 6,680 deputies to the communal People's Councils.", "2016-04-23", "district People's Councils = scope")]
    [InlineData("434 deputies to the district People's Councils and 6,680 deputies to the communal People's Councils.", "2016-04-23", "communal People's Councils = scope")]
    [InlineData("including forest owners, leaders of the communal people's committees and", "2020-04-16", "communal people's committees = scope")]
    // Set 155 (vi-06): the councils' standing members at every level.
    [InlineData("Ban thường trực UBMTTQVN và UBND cùng cấp, Thường trực HĐND các cấp dự kiến cơ cấu", "2021-01-15", "Thường trực HĐND các cấp = scope")]
    // Set 154 (vi-05): the district committee's name, then a congress with no stop between.
    [InlineData("Kế hoạch số 323-KH/QU ngày 08/8/2024 của Quận ủy Đống Đa Đại hội Đảng bộ các cấp tiến tới", "2024-10-21", "Quận ủy Đống Đa = -")]
    public void A_body_reads(string text, string date, string key) =>
        Assert.Contains(key, Findings.OrganisationKeys(text, Findings.Day(date)).Split('|'));

    // Guard: the last of the levels listed is not a group of its own (development set 68, dir 67, labels the list one group).
    [Fact]
    public void The_last_level_listed_is_no_group_of_its_own() =>
        Assert.DoesNotContain("commune People's Councils = scope",
            Findings.OrganisationKeys("of the number of delegates of the provincial, district and commune People's Councils to report to the", Findings.Day("2025-04-08")).Split('|'));

    // Guard: "on" before a day is no part of a purpose (development set 137, dir 136).
    [Fact]
    public void On_before_a_day_ends_a_purpose() =>
        Assert.DoesNotContain(
            Findings.OrganisationKeys("He was speaking at the 19th session of the Central Steering Committee on Anti-Corruption in Hà Nội on Thursday.", Findings.Day("2021-03-18")).Split('|'),
            key => key.Contains("on Thursday", StringComparison.Ordinal));
}
