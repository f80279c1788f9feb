namespace OrgModel.Tests.Reading;

/// <summary>The rule of the hundred-and-forty-sixth pass (docs/reading.md) on "PPC" a text uses without defining it, with sentences
/// of held-out sets 30, 60, 61 and 92's sources (`HeldOut30/`, `HeldOut60/`, `HeldOut61/`, `HeldOut92/`).
/// Every case read failed before the pass, but the guards, which passed both ways.</summary>
public class PeoplesCommitteeShortFormRulesTests
{
    // baoapbac.vn (held-out set 30), quangngai.gov.vn (held-out set 60): "PPC" alone, never defined in the text, is the
    // provincial People's Committee, which the chart does not hold before 1 July 2025.
    [Theory]
    [InlineData("Speaking at the meeting the PPC’s members of of Tien Giang on the morning of January 31, Chairman of the PPC Le Van Huong asked the Vice Chairmen of the PPC and leaders of departments and branches in the year 2019 have to strengthen their fact-finding tour.", "2019-01-31", 3)]
    [InlineData("PPC’s Permanent Vice Chairman Trần Hoàng Tuấn", "2025-06-24", 1)]
    public void Ppc_alone_is_the_peoples_committee(string text, string day, int count) =>
        Assert.Equal(count, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|').Count(static o => o == "PPC = -"));

    // baoapbac.vn (held-out set 92): a text that defines "PPC" in brackets for its Party committee keeps that meaning, and the
    // bracket itself is no mention.
    [Fact]
    public void A_defined_ppc_keeps_its_meaning()
    {
        string[] found = Findings.OrganisationKeys(
            "Secretary of the Provincial Party Committee (PPC) Nguyen Van Danh, Deputy Secretary of the PPC Le Hong Quang, Deputy Secretary of the PPC Nguyen Van Binh, Chairman of the Provincial People’s Committee, attended in Tien Giang province.",
            Findings.Day("2016-11-01")).Split('|');
        Assert.Equal(2, found.Count(static o => o == "PPC = vn.au.2025-01.82.party-committee"));
        Assert.DoesNotContain("PPC = -", found);
    }

    // angiang.gov.vn (held-out set 61): a text that defines "PPC" for the People's Committee names it once more after the bracket,
    // which is no mention itself.
    [Fact]
    public void A_bracket_is_no_use() => Assert.Equal(1, Findings.OrganisationKeys(
        "Chairman of An Giang Provincial People's Committee (PPC) Ho Van Mung presented a summary of PPC’s reports", Findings.Day("2024-11-13"))
        .Split('|').Count(static o => o.StartsWith("PPC = ", StringComparison.Ordinal)));
}
