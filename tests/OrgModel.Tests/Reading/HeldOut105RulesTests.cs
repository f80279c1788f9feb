namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-fortieth pass (docs/reading.md), with sentences of held-out sets 102, 104 and 105's sources
/// (`HeldOut102/`, `HeldOut104/`, `HeldOut105/`) and of `HeldOut54/`. Every case read failed on the tree of the sets' measurement,
/// before the pass, but the guard, which passed both ways.</summary>
public class HeldOut105RulesTests
{
    // zingnews.vn (held-out set 102): "là" (namely) between a title for two and their names.
    [Fact]
    public void Names_after_la() => Assert.Equal(
        "Reprimand: Nguyễn Duy Thăng, Trần Thị Hà",
        Findings.Decisions("Ngày 18-1-2017, Thủ tướng Chính phủ đã ký các Quyết định thi hành kỷ luật hai Thứ trưởng Nội vụ là Nguyễn Duy Thăng và Trần Thị Hà bằng hình thức khiển trách."));

    // en.vietnamplus.vn (held-out set 105), baohoabinh.com.vn English (held-out set 104): the Front's committee without "Vietnam",
    // the province's Party organisation by its level.
    [Theory]
    [InlineData("Increase the number of members of the Central Committee of the Fatherland Front", "2024-10-04",
        "Central Committee of the Fatherland Front = vn.front.vietnam-fatherland-front")]
    [InlineData("(HBO) – The Vietnam Fatherland Front (VFF) Committee of northern Hoa Binh province recently held a conference. Implementing the directions of the provincial Party Organisation on the organisation of the VFF congresses at all levels.", "2019-06-15",
        "provincial Party Organisation = vn.au.2025-01.17.party-committee")]
    // baobaclieu.vn English (held-out set 54): the province's organisation commission is not its Party organisation.
    [InlineData("The 34th Provincial Party Executive Committee Meeting elected Trần Thanh Liêm, Deputy Head of Provincial Party Organization Committee, as Member of Provincial Party Inspection Committee.", "2020-01-02",
        "Provincial Party Organization Committee = -")]
    public void The_front_s_committee_and_a_province_s_party_organisation(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));
}
