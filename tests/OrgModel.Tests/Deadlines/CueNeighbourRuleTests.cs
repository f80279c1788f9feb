using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Tests.Reading;

namespace OrgModel.Tests.Deadlines;

/// <summary>More words around a cue that its rules name, one by one: a modal before an adverb of urgency ("must immediately set
/// up": "set" is then the verb asked for, not a past tense), "built" as a past verb, the month "Jun", "by the fourth quarter",
/// "requested the prompt …", "trong vòng" and "within" with a number, "trước Đại hội", "ngay trong năm", the middle ten days of
/// a month ("vào trung tuần tháng 9"); and the words that make a cue none: "triển khai kịp thời" (a manner), "earlier this
/// year", "within 11 months of 2025" (months a report counts). With the members of a mention and of a deadline that equality
/// and <see cref="Deadline.Year"/> read (docs/reading.md, "Deadlines in running text"). Written from the survivors of the
/// unbiased Deadlines sample at 614f3ce (docs/quality.md, "Deadlines").</summary>
public class CueNeighbourRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    private static string Found(string text) => Findings.Deadlines(text, Day);

    [Theory]
    [InlineData("The ministries must immediately set up a steering committee.", "immediately = immediately")]
    [InlineData("The provinces should promptly put in place the measures.", "promptly = immediately")]
    [InlineData("The ministries shall urgently set up working groups.", "urgently = immediately")]
    [InlineData("The ministries must complete the report by Jun 30.", "by Jun 30 = on or before 2025-06-30")]
    [InlineData("The ministries must complete the report by the fourth quarter.", "by the fourth quarter = in 2025-Q4")]
    [InlineData("The ministries must complete the report by the fourth quarter of 2025.", "by the fourth quarter of 2025 = in 2025-Q4")]
    [InlineData("The Prime Minister requested the prompt completion of the review.", "prompt = immediately")]
    [InlineData("The ministries must complete the report within 30 days.", "within 30 days = within P30D")]
    [InlineData("Các bộ phải báo cáo trong vòng 30 ngày.", "trong vòng 30 ngày = within P30D")]
    [InlineData("Các bộ phải hoàn thành trước Đại hội.", "trước Đại hội = before the event (Đại hội)")]
    [InlineData("Các bộ phải hoàn thành ngay trong năm 2025.", "trong năm 2025 = by the end of 2025")]
    public void A_word_its_rule_names_opens_the_deadline(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // "Dự kiến Đại hội CCB tỉnh sẽ được tổ chức vào trung tuần tháng 9/2017" (held-out set 62, whose pass taught the phrase
    // grammar the three tens of days but not the cue that opens them).
    [Theory]
    [InlineData("Các bộ phải báo cáo vào trung tuần tháng 9/2025.", "vào trung tuần tháng 9/2025 = in 2025-09")]
    [InlineData("Các đơn vị phải hoàn thành trong thượng tuần tháng 10/2025.", "trong thượng tuần tháng 10/2025 = in 2025-10")]
    [InlineData("Các bộ phải hoàn thành hạ tuần tháng 6/2025.", "hạ tuần tháng 6/2025 = in 2025-06")]
    public void A_ten_day_part_of_a_month_is_due_within_the_month(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("The ministries promptly built field hospitals.")]
    [InlineData("Các địa phương triển khai kịp thời các chính sách hỗ trợ.")]
    [InlineData("The ministries must report on the plan adopted earlier this year.")]
    [InlineData("The province must report its revenue within 11 months of 2025.")]
    public void A_word_its_rule_names_leaves_the_cue_alone(string text) =>
        Assert.Equal("", Found(text));

    [Fact]
    public void Mentions_are_equal_only_when_every_member_is()
    {
        var deadline = Deadline.OnOrBefore(new LocalDate(2025, 6, 30));
        var mention = new DeadlineMention(40, "before June 30", deadline, DeadlineCue.Before, 0, "The ministries must complete");
        Assert.Equal(mention, new DeadlineMention(40, "before June 30", deadline, DeadlineCue.Before, 0, "The ministries must complete"));
        Assert.NotEqual(mention, new DeadlineMention(41, "before June 30", deadline, DeadlineCue.Before, 0, "The ministries must complete"));
        Assert.NotEqual(mention, new DeadlineMention(40, "before June 3", deadline, DeadlineCue.Before, 0, "The ministries must complete"));
        Assert.NotEqual(mention, new DeadlineMention(40, "before June 30", Deadline.OnOrBefore(new LocalDate(2025, 6, 29)), DeadlineCue.Before, 0, "The ministries must complete"));
        Assert.NotEqual(mention, new DeadlineMention(40, "before June 30", deadline, DeadlineCue.NoLaterThan, 0, "The ministries must complete"));
        Assert.NotEqual(mention, new DeadlineMention(40, "before June 30", deadline, DeadlineCue.Before, 1, "The ministries must complete"));
        Assert.NotEqual(mention, new DeadlineMention(40, "before June 30", deadline, DeadlineCue.Before, 0, "The ministries must finish"));
    }

    [Fact]
    public void Only_a_month_a_quarter_or_a_year_has_a_year()
    {
        Assert.Equal(2025, Deadline.WithinMonth(new YearMonth(2025, 6)).Year);
        Assert.Equal(2025, Deadline.WithinQuarter(2025, 2).Year);
        Assert.Equal(2025, Deadline.ByEndOfYear(2025).Year);
        Assert.Null(Deadline.OnOrBefore(new LocalDate(2025, 6, 30)).Year);
        Assert.Null(Deadline.Urgent.Year);
        Assert.Null(Deadline.Within(Period.FromDays(30)).Year);
    }
}
