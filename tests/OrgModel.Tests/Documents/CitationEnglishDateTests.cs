using NodaTime;
using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>
/// Every English month name and abbreviation, every ordinal suffix and both orders ("October 2nd, 2020", "2nd of October
/// 2020") give a citation its date, as English news and translations write them ("Decree 15/2020/ND-CP dated Oct. 2,
/// 2020"). One row per spelling: a spelling dropped from the reader's tables makes its own row fail.
/// </summary>
public class CitationEnglishDateTests
{
    private static readonly string[] Names =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static TheoryData<int> MonthNumbers => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(MonthNumbers))]
    public void Each_month_by_name_and_abbreviation_dates_a_citation(int month)
    {
        string name = Names[month - 1];
        foreach (string written in new[] { name, name.ToUpperInvariant(), name[..3] + ".", name[..3] })
        {
            Assert.Equal(new LocalDate(2020, month, 9), DateOf($"Under Decree 15/2020/ND-CP dated {written} 9, 2020, the ministries act."));
            Assert.Equal(new LocalDate(2020, month, 9), DateOf($"Under Decree 15/2020/ND-CP dated 9 {written} 2020, the ministries act."));
        }
    }

    [Theory]
    [InlineData("1st", 1)]
    [InlineData("2nd", 2)]
    [InlineData("3rd", 3)]
    [InlineData("4th", 4)]
    [InlineData("22ND", 22)]
    public void Each_ordinal_suffix_is_read_in_both_orders(string day, int number)
    {
        Assert.Equal(new LocalDate(2020, 10, number), DateOf($"Decree 15/2020/ND-CP dated October {day}, 2020 applies."));
        Assert.Equal(new LocalDate(2020, 10, number), DateOf($"Decree 15/2020/ND-CP dated {day} of October 2020 applies."));
    }

    [Theory]
    [InlineData("dated")]
    [InlineData("of")]
    [InlineData("on")]
    [InlineData("issued on")]
    [InlineData("signed on")]
    [InlineData("adopted on")]
    [InlineData("promulgated on")]
    public void Each_English_introducer_dates_a_citation(string introducer)
    {
        Assert.Equal(new LocalDate(2020, 10, 2), DateOf($"Decree 15/2020/ND-CP {introducer} October 2, 2020 applies."));
    }

    [Theory]
    [InlineData("Decree 15/2020/ND-CP dated 2ndly October 2020 applies.")]
    [InlineData("Decree 15/2020/ND-CP dated Octob 2, 2020 applies.")]
    [InlineData("Decree 15/2020/ND-CP signed October 2, 2020 applies.")]
    [InlineData("Decree 15/2020/ND-CP dated October 2, 20201 applies.")]
    public void A_date_written_otherwise_gives_no_date(string text)
    {
        Assert.Null(DateOf(text));
    }

    private static LocalDate? DateOf(string text) => Assert.Single(CitationExtractor.Extract(text)).Date;
}
