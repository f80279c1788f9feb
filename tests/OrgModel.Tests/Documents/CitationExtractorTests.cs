using NodaTime;
using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

// Sentences written in the style of the Vietnamese and English news about Conclusion 201-KL/TW (vtcnews.vn, dantri.com.vn,
// en.vietnamplus.vn, en.nhandan.vn, 31 Oct 2025) and of the sources in docs/sources.md; every number and date in them is a
// fact from ../shared/domain.
public class CitationExtractorTests
{
    [Fact]
    public void Vietnamese_news_sentence_with_report_and_directive()
    {
        const string text = "Tại phiên họp ngày 31/10/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương (Báo cáo số 520-BC/BTCTW, "
            + "ngày 27/10/2025), Bộ Chính trị, Ban Bí thư biểu dương việc tổ chức đại hội theo Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị.";
        var found = CitationExtractor.Extract(text);

        Assert.Equal(2, found.Count);
        AssertCitation(text, found[0], "520-BC/BTCTW", "report", "Báo cáo", new LocalDate(2025, 10, 27));
        AssertCitation(text, found[1], "45-CT/TW", "directive", "Chỉ thị", new LocalDate(2025, 4, 14));
    }

    [Fact]
    public void English_news_sentence_with_dated_and_issued_on()
    {
        const string text = "Tran Cam Tu on October 31 signed Conclusion No. 201-KL/TW of the Politburo and the Secretariat, after a report "
            + "(Report No. 520-BC/BTCTW, dated October 27, 2025), in line with the Politburo's Directive No. 45-CT/TW, issued on April 14, 2025.";
        var found = CitationExtractor.Extract(text);

        Assert.Equal(3, found.Count);
        AssertCitation(text, found[0], "201-KL/TW", "conclusion", "Conclusion", null);
        AssertCitation(text, found[1], "520-BC/BTCTW", "report", "Report", new LocalDate(2025, 10, 27));
        AssertCitation(text, found[2], "45-CT/TW", "directive", "Directive", new LocalDate(2025, 4, 14));
    }

    [Fact]
    public void Long_Vietnamese_date_and_State_documents()
    {
        const string text = "Căn cứ Nghị quyết số 60-NQ/TW ngày 12 tháng 4 năm 2025 của Ban Chấp hành Trung ương, Quyết định số 759/QĐ-TTg "
            + "ngày 14/4/2025 của Thủ tướng Chính phủ và Nghị quyết 126/NQ-CP ngày 09/5/2025, Quốc hội thông qua Nghị quyết số 202/2025/QH15.";
        var found = CitationExtractor.Extract(text);

        Assert.Equal(4, found.Count);
        AssertCitation(text, found[0], "60-NQ/TW", "resolution", "Nghị quyết", new LocalDate(2025, 4, 12));
        AssertCitation(text, found[1], "759/QĐ-TTg", "decision", "Quyết định", new LocalDate(2025, 4, 14));
        AssertCitation(text, found[2], "126/NQ-CP", "resolution", "Nghị quyết", new LocalDate(2025, 5, 9));
        AssertCitation(text, found[3], "202/2025/QH15", "resolution", "Nghị quyết", null);
        Assert.Null(found[3].Number.KindCode);
    }

    [Fact]
    public void Party_QD_is_resolved_by_the_word_before_it()
    {
        const string text = "Quy định 66-QĐ/TW ngày 06/02/2017 và Quyết định số 243-QĐ/TW ngày 24/1/2025; còn 97-QĐ/TW thì không rõ.";
        var found = CitationExtractor.Extract(text);

        Assert.Equal(3, found.Count);
        Assert.Equal("regulation", found[0].Kind!.Value.EnglishName);
        Assert.Equal(new LocalDate(2017, 2, 6), found[0].Date);
        Assert.Equal("decision", found[1].Kind!.Value.EnglishName);
        Assert.Equal(new LocalDate(2025, 1, 24), found[1].Date);
        Assert.Null(found[2].Kind);
        Assert.Null(found[2].KindStart);
    }

    [Fact]
    public void Kind_comes_from_the_code_when_no_word_names_it()
    {
        var found = CitationExtractor.Extract("Theo 201-KL/TW và 30/2020/NĐ-CP.");
        Assert.Equal(2, found.Count);
        Assert.Equal("conclusion", found[0].Kind!.Value.EnglishName);
        Assert.Null(found[0].KindStart);
        Assert.Equal("decree", found[1].Kind!.Value.EnglishName);
    }

    [Fact]
    public void Resolution_18_of_two_terms_is_found_twice_with_its_dates()
    {
        const string text = "Resolution No. 18-NQ/TW dated October 25, 2017 and Resolution 18-NQ/TW of June 16, 2022 are different documents.";
        var found = CitationExtractor.Extract(text);
        Assert.Equal(2, found.Count);
        Assert.Equal(found[0].Number, found[1].Number);
        Assert.Equal(new LocalDate(2017, 10, 25), found[0].Date);
        Assert.Equal(new LocalDate(2022, 6, 16), found[1].Date);
    }

    [Theory]
    [InlineData("ngày 12/4/2025")]
    [InlineData("ngày 12-4-2025")]
    [InlineData("ngày 12.4.2025")]
    [InlineData("ngày 12 tháng 4 năm 2025")]
    [InlineData("ngày 12 tháng 04 năm 2025")]
    [InlineData("ngày 12 thang 4 nam 2025")]
    [InlineData(", ban hành ngày 12/4/2025")]
    [InlineData("dated April 12, 2025")]
    [InlineData("dated 12 April 2025")]
    [InlineData(", dated Apr. 12, 2025")]
    [InlineData("issued on April 12, 2025")]
    [InlineData("signed on 12th April 2025")]
    [InlineData("of April 12, 2025")]
    [InlineData("(dated 12/4/2025)")]
    public void Reads_the_date_forms_news_use(string after)
    {
        var found = Assert.Single(CitationExtractor.Extract("Resolution 60-NQ/TW " + after + " says so."));
        Assert.Equal(new LocalDate(2025, 4, 12), found.Date);
    }

    [Theory]
    [InlineData("ngày 31/4/2025")]
    [InlineData("ngày 12/13/2025")]
    [InlineData("dated Octember 12, 2025")]
    [InlineData("of the Central Committee, dated April 12, 2025")]
    [InlineData("ngày 12/4")]
    public void Leaves_the_date_out_when_there_is_no_valid_date_right_after(string after)
    {
        var found = Assert.Single(CitationExtractor.Extract("Nghị quyết 60-NQ/TW " + after + "."));
        Assert.Null(found.Date);
    }

    [Theory]
    [InlineData("Ngày 12/4/2025 và năm 2021-2026, tỷ lệ 50/50, hỗ trợ 24/7.")]
    [InlineData("A 5-star/hotel and COVID-19/2020 and x201-KL/TW and 201-KL/TWx.")]
    [InlineData("Số 1.201-KL/TW là số tiền, 3,45-CT/TW cũng vậy.")]
    [InlineData("term 2025–2030 and 63 → 34 provinces, 3,321 communes")]
    [InlineData("")]
    public void Does_not_match_inside_words_numbers_or_dates(string text)
    {
        Assert.Empty(CitationExtractor.Extract(text));
    }

    [Fact]
    public void Messy_spellings_in_text_are_found()
    {
        const string text = "Kết luận số 201 - KL / TW và Nghị định 30/2020/ND-CP, Chỉ thị 45–CT/TW.";
        var found = CitationExtractor.Extract(text);
        Assert.Equal(["201-KL/TW", "30/2020/NĐ-CP", "45-CT/TW"], found.Select(c => c.Number.ToString()));
        Assert.Equal("201 - KL / TW", text.Substring(found[0].Start, found[0].Length));
    }

    [Fact]
    public void Nfd_text_is_read_like_nfc()
    {
        const string nfd = "Nghi\u0323 quye\u0302\u0301t so\u0302\u0301 60-NQ/TW nga\u0300y 12 tha\u0301ng 4 na\u0306m 2025";
        var found = Assert.Single(CitationExtractor.Extract(nfd));
        Assert.Equal("resolution", found.Kind!.Value.EnglishName);
        Assert.Equal(new LocalDate(2025, 4, 12), found.Date);
        Assert.Equal(0, found.KindStart);
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => CitationExtractor.Extract((string)null!));
    }

    private static void AssertCitation(string text, Citation c, string number, string kind, string kindWord, LocalDate? date)
    {
        Assert.Equal(number, c.Number.ToString());
        Assert.Equal(number, text.Substring(c.Start, c.Length));
        Assert.Equal(kind, c.Kind!.Value.EnglishName);
        Assert.Equal(kindWord, c.Kind.Value.Written);
        Assert.StartsWith(kindWord, text[c.KindStart!.Value..c.Start], StringComparison.Ordinal);
        Assert.Equal(date, c.Date);
    }
}
