using NodaTime;
using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>A citation's summary shows each part the text gave, its equality weighs each of its six parts, and its
/// constructor places the kind word strictly before the symbol.</summary>
public class CitationSummaryTests
{
    private static readonly DocumentNumber Number = DocumentNumber.Parse("201-KL/TW");

    [Fact]
    public void The_summary_shows_the_kind_the_number_the_date_and_the_place()
    {
        const string text = "Theo Kết luận số 201-KL/TW ngày 31/10/2025 của Bộ Chính trị.";

        Citation c = Assert.Single(CitationExtractor.Extract(text));

        Assert.Equal($"conclusion (KL) 201-KL/TW of 2025-10-31 at {text.IndexOf("201", StringComparison.Ordinal)}+9", c.ToString());
        Assert.Equal("201-KL/TW at 3+9", new Citation(Number, null, null, null, 3, 9).ToString());
        Assert.Equal("201-KL/TW of 0900-01-02 at 3+9", new Citation(Number, null, null, new LocalDate(900, 1, 2), 3, 9).ToString());
    }

    [Fact]
    public void Each_part_of_a_citation_counts_in_its_equality()
    {
        CitationKindWord conclusion = CitationKindWord.ForPartyCode("KL")[0];
        var date = new LocalDate(2025, 10, 31);
        var c = new Citation(Number, conclusion, 1, date, 10, 9);
        Citation[] others =
        [
            new(DocumentNumber.Parse("202-KL/TW"), conclusion, 1, date, 10, 9),
            new(Number, CitationKindWord.ForPartyCode("NQ")[0], 1, date, 10, 9),
            new(Number, null, 1, date, 10, 9),
            new(Number, conclusion, 2, date, 10, 9),
            new(Number, conclusion, null, date, 10, 9),
            new(Number, conclusion, 1, date.PlusDays(1), 10, 9),
            new(Number, conclusion, 1, null, 10, 9),
            new(Number, conclusion, 1, date, 11, 9),
            new(Number, conclusion, 1, date, 10, 10),
        ];

        Assert.True(c.Equals(new Citation(Number, conclusion, 1, date, 10, 9)));
        Assert.Equal(c.GetHashCode(), new Citation(Number, conclusion, 1, date, 10, 9).GetHashCode());
        Assert.All(others, o => Assert.False(c.Equals(o), o.ToString()));
        Assert.All(others, o => Assert.False(o.Equals(c), o.ToString()));
        Assert.False(c.Equals(null));
        Assert.False(c.Equals((object)"201-KL/TW"));
    }

    [Fact]
    public void The_kind_word_starts_strictly_before_the_symbol()
    {
        CitationKindWord conclusion = CitationKindWord.ForPartyCode("KL")[0];

        Assert.Equal(9, new Citation(Number, conclusion, 9, null, 10, 9).KindStart);
        ArgumentException e = Assert.Throws<ArgumentException>(() => new Citation(Number, conclusion, 10, null, 10, 9));
        Assert.Equal("kindStart", e.ParamName);
        Assert.Contains("The kind word must start before the symbol.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Citation(Number, conclusion, 11, null, 10, 9));
    }
}
