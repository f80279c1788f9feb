namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-sixty-first pass (docs/reading.md), with sentences of held-out sets 132 and 133's sources
/// (`HeldOut132/`, `HeldOut133/`) and of development set 26's. Every case read failed with the library the two sets were measured
/// with (7fde6b9), but the guard, which passed both ways.</summary>
public class HeldOut133RulesTests
{
    // Báo Nhân Dân (held-out set 133): a committee's plenary sitting by its number.
    [Theory]
    [InlineData("Ủy ban Văn hóa và Xã hội họp Phiên toàn thể lần thứ hai", "Phiên toàn thể lần thứ hai")]
    [InlineData("Ủy ban Văn hóa và Xã hội tổ chức phiên họp toàn thể Ủy ban lần thứ 2. Chủ nhiệm Ủy ban Nguyễn Đắc Vinh chủ trì phiên họp.", "phiên họp toàn thể Ủy ban lần thứ 2")]
    public void Plenary_sittings(string text, string expected) =>
        Assert.Contains(expected, Findings.DraftTerms(text, Findings.Day("2025-05-11")).Split('|'));

    // Guard (development set 26): a plenary sitting with no number is none.
    [Fact]
    public void A_plenary_sitting_with_no_number_is_none() => Assert.DoesNotContain("phiên toàn thể", Findings.DraftTerms(
        "Tiếp tục chương trình kỳ họp thứ 11, sáng nay, Quốc hội họp phiên toàn thể ở hội trường tiến hành bỏ phiếu bầu Chủ tịch Quốc hội",
        Findings.Day("2016-04-01")), StringComparison.Ordinal);

    // A district's portal (held-out set 132): "đ/c", "đồng chí" shortened, before a name.
    [Fact]
    public void A_shortened_comrade_is_a_title() => Assert.Contains("Lê Thị Nga", Findings.People(
        "Chủ tịch  UBND huyện; đ/c Lê Thị Nga, UV BTV Huyện ủy, Phó chủ tịch HĐND huyện.").Split('|'));
}
