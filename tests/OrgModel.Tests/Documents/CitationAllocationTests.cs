using FsCheck.Xunit;
using NodaTime;
using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>The extractor's pooled list of citations and the citation's plain argument checks.</summary>
public class CitationAllocationTests
{
    private const string Sentence = "Căn cứ Nghị định 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 và Kết luận số 201-KL/TW. ";

    [Fact]
    public void Many_citations_come_back_whole_and_in_order()
    {
        const int copies = 1500;
        string text = string.Concat(Enumerable.Repeat(Sentence, copies));
        IReadOnlyList<Citation> one = CitationExtractor.Extract(Sentence);
        IReadOnlyList<Citation> all = CitationExtractor.Extract(text);

        Assert.Equal(2, one.Count);
        Assert.Equal(one.Count * copies, all.Count);
        for (int k = 0; k < all.Count; k++)
        {
            Citation expected = one[k % one.Count];
            int shift = k / one.Count * Sentence.Length;
            Assert.Equal(
                new Citation(expected.Number, expected.Kind, expected.KindStart + shift, expected.Date, expected.Start + shift, expected.Length),
                all[k]);
        }
    }

    [Theory]
    [InlineData(-1, 5, null, "start", "Required input start cannot be negative. (Parameter 'start')")]
    [InlineData(0, 0, null, "length", "Required input length cannot be zero or negative. (Parameter 'length')")]
    [InlineData(5, 3, -1, "kindStart", "Required input kindStart cannot be negative. (Parameter 'kindStart')")]
    public void The_constructor_checks_say_what_they_said_before(int start, int length, int? kindStart, string param, string message)
    {
        DocumentNumber number = DocumentNumber.Parse("201-KL/TW");
        var e = Assert.Throws<ArgumentException>(() => new Citation(number, null, kindStart, null, start, length));
        Assert.Equal(param, e.ParamName);
        Assert.Equal(message, e.Message);
    }

    // The citation packs its date into an int (the year keeps its sign) and its kind into shared names and the spelling:
    // every ISO date, every kind and default come back as given.
    [Property(MaxTest = 2000)]
    public bool The_packed_fields_come_back_as_given(int days, byte kindPick, bool withStart)
    {
        LocalDate min = LocalDate.MinIsoValue;
        int span = Period.Between(min, LocalDate.MaxIsoValue, PeriodUnits.Days).Days;
        LocalDate date = min.PlusDays((int)(Math.Abs((long)days * 104_729) % (span + 1)));
        IReadOnlyList<CitationKindWord> all = CitationKindWord.All;
        CitationKindWord? kind = (kindPick % (all.Count + 2)) switch
        {
            0 => (CitationKindWord?)null,
            1 => default(CitationKindWord),
            int k => all[k - 2],
        };
        int? kindStart = withStart ? kindPick : null;
        var citation = new Citation(DocumentNumber.Parse("201-KL/TW"), kind, kindStart, date, 300, 9);
        var undated = new Citation(DocumentNumber.Parse("201-KL/TW"), kind, kindStart, null, 300, 9);
        return citation.Date == date && undated.Date is null && citation.KindStart == kindStart
            && Nullable.Equals(citation.Kind, kind) && citation.Kind?.Code == kind?.Code && citation.Kind?.Written == kind?.Written;
    }
}
