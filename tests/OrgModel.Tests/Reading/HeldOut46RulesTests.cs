using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rule added after held-out set 46 was measured (docs/reading.md, "Fifty-second pass"), with sentences of that set's
/// sources (docs/sources.md, "Held-out reading set 46") and a case it must leave alone. The set's case failed on main at cecfe5c,
/// before the pass; the case left alone passes there too.</summary>
public class HeldOut46RulesTests
{
    // "từ tháng 7 đến tháng 12-2019 triển khai …": a range of months, as "từ ngày 22/12 đến ngày 23/12" is a range of days, not a
    // deadline; "đến tháng 12-2019" without "từ" before it still is one in a sentence that assigns work.
    [Theory]
    [InlineData("Ban Thường vụ Huyện ủy Châu Phú dự kiến: từ tháng 7 đến tháng 12-2019 triển khai quán triệt các văn bản; từ tháng 1 đến tháng 3-2020 sẽ tiến hành đại hội các chi bộ.", "")]
    [InlineData("Các đơn vị phải hoàn thành việc rà soát đến tháng 12-2019.", "đến tháng 12-2019 = in 2019-12")]
    public void A_range_of_months_is_no_deadline(string text, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, new LocalDate(2019, 8, 15)));
}
