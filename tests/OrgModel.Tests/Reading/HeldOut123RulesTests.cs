using OrgModel.Documents;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-fifty-fifth pass (docs/reading.md), with sentences of held-out sets 122 and 123's sources
/// (`HeldOut122/`, `HeldOut123/`) and of set 103's. Every case read failed with the library the two sets were measured with
/// (1b0dcd1), but the guards, which passed both ways.</summary>
public class HeldOut123RulesTests
{
    private const string JointResolution = "Căn cứ Nghị quyết Liên tịch số\n19/2008/NQLT/CP-UBTUMTTQVN ngày\n22/8/2008 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam";

    // thuvienphapluat.vn (held-out set 122): a joint resolution's number with a slash between its kind and its issuers, as the
    // Government's gazette writes it; read in running text, and formatted with the hyphen.
    [Fact]
    public void A_slash_between_the_kind_and_the_issuers_is_read() =>
        Assert.Contains(CitationExtractor.Extract(JointResolution), static c => JointResolution.Substring(c.Start, c.Length) == "19/2008/NQLT/CP-UBTUMTTQVN");

    [Fact]
    public void A_slash_between_the_kind_and_the_issuers_formats_with_the_hyphen() =>
        Assert.Equal("19/2008/NQLT-CP-UBTUMTTQVN", DocumentNumber.Parse("19/2008/NQLT/CP-UBTUMTTQVN").ToString());

    // Guard (held-out set 86): a last group cut off by a space leaves the loose form unread, not read with an issuer missing.
    [Fact]
    public void A_slashed_number_with_a_group_cut_off_is_not_read() =>
        Assert.Empty(CitationExtractor.Extract("Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP ĐCTUBTWMTTQVN ngày 26/9/2025 của Ủy ban Thườn"));

    // Guard: a slash after a kind code with nothing that reads as an issuer after it is still no symbol.
    [Theory]
    [InlineData("19/2008/NQLT/")]
    [InlineData("19/2008/NQLT/2020")]
    public void A_slash_with_no_issuer_after_it_is_no_symbol(string text) =>
        Assert.False(DocumentNumber.TryParse(text, out _));

    // Báo Thừa Thiên Huế (held-out set 122): a closing bracket ends a term; Báo Đắk Nông (held-out set 123): a bracket's
    // abbreviation does not open one.
    [Theory]
    [InlineData("Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình thực hiện như sau:", "2017-10-30", "khóa XV")]
    [InlineData("Bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân (HĐND) các cấp nhiệm kỳ 2021-2026 là sự kiện chính trị quan trọng của đất nước", "2021-03-15", "nhiệm kỳ 2021-2026")]
    public void Terms(string text, string day, string expected) =>
        Assert.Contains(expected, Findings.DraftTerms(text, Findings.Day(day)).Split('|'));

    // A provincial military Party committee's directions for a quarter (held-out set 123): the work ahead after "lãnh đạo thực hiện".
    [Fact]
    public void The_work_of_a_quarter_to_lead() => Assert.Equal("quý II năm 2023 = in 2023-Q2", Findings.Deadlines(
        "Tại hội nghị, Đảng ủy Quân sự tỉnh đã thảo luận, thống nhất phương hướng, mục tiêu, nhiệm vụ, giải pháp lãnh đạo thực hiện nhiệm vụ quý II năm 2023.",
        Findings.Day("2023-04-05")));

    // Guard (held-out set 103): a review of a month's work, "kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 10", is no deadline.
    [Fact]
    public void A_review_of_a_months_work_is_no_deadline() => Assert.DoesNotContain("tháng 10 =", Findings.Deadlines(
        "tổ chức Hội nghị giao ban Bí thư các chi, đảng bộ trực thuộc nhằm đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 10 và triển khai nhiệm vụ trọng tâm tháng 11 năm 2025.",
        Findings.Day("2025-10-31")), StringComparison.Ordinal);
}
