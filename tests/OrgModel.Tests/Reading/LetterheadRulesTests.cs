namespace OrgModel.Tests.Reading;

/// <summary>A letterhead copied as a table (the hundred-and-twenty-first pass, docs/reading.md): the issuer's kind in capitals,
/// closed by the cell's bar before its place is given, is one body, as development sets 24, 51 and 57 label it. The first case
/// failed before the rule; the others say what stays.</summary>
public class LetterheadRulesTests
{
    // Development set 51 (Ninh Bình's Plan 130/KH-UBND).
    [Fact]
    public void The_issuer_of_a_letterhead_cell_is_a_body() => Assert.Contains(
        "ỦY BAN NHÂN DÂN = -",
        Findings.OrganisationKeys("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |", Findings.Day("2022-07-13")).Split('|'));

    // Guards: not in running text, and a letterhead whose place follows on the next line is read as before.
    [Theory]
    [InlineData("Ủy ban nhân dân | họp")]
    [InlineData("Thực hiện chỉ đạo của Ủy ban nhân dân, các sở đã họp.")]
    public void The_kind_in_running_text_is_no_body(string text) =>
        Assert.DoesNotContain("nhân dân = -", Findings.OrganisationKeys(text, Findings.Day("2022-07-13")), StringComparison.Ordinal);
}
