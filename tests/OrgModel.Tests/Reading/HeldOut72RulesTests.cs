namespace OrgModel.Tests.Reading;

/// <summary>The rule of the ninety-eighth pass (docs/reading.md), with a sentence of development set 73's sources (held-out set 72,
/// `HeldOut72/`): "chậm nhất đến (hết) ngày" is "at the latest on" the day. Each case failed on the tree of the set's measurement
/// (e70bc0e), before the pass; the range "từ ngày … đến hết ngày" is still left alone.</summary>
public class HeldOut72RulesTests
{
    [Theory]
    [InlineData("Danh sách cử tri phải được niêm yết tại trụ sở ủy ban nhân dân cấp xã chậm nhất đến ngày 13/4/2021 (40 ngày trước ngày bầu cử).", "chậm nhất đến ngày 13/4/2021 = on or before 2021-04-13")]
    [InlineData("Các đơn vị phải báo cáo chậm nhất đến hết ngày 15/4/2021.", "chậm nhất đến hết ngày 15/4/2021 = on or before 2021-04-15")]
    public void At_the_latest_up_to_a_day_is_on_or_before_it(string text, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, Findings.Day("2021-04-01")));

    [Fact]
    public void A_range_up_to_the_end_of_a_day_is_left_alone() =>
        Assert.Equal(string.Empty, Findings.Deadlines("Danh sách cử tri được niêm yết công khai, bắt đầu từ ngày 3/2/2026 đến hết ngày 15/3/2026.", Findings.Day("2026-02-03")));
}
