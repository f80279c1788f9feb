using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>Issue 18: the real forms of <see cref="RealWorldSymbolTests"/> in running text, and the look-alikes that are
/// not citations. Sentences are from, or follow closely, the public pages listed in docs/sources.md.</summary>
public class RealWorldCitationTests
{
    [Theory]
    [InlineData("Thông tư 77/2014/tt-btc hướng dẫn nghị định 46/2014/nđ-cp", new[] { "77/2014/TT-BTC", "46/2014/NĐ-CP" })]
    [InlineData("Thông tư 77/2014/tt-btc hướng dẫn nghị định 46/2014/nð-cp", new[] { "77/2014/TT-BTC", "46/2014/NĐ-CP" })]
    [InlineData("Decree 22/2012/nd-Cp: Regulations On Mining Rights Auctions", new[] { "22/2012/NĐ-CP" })]
    [InlineData("Circular No. 18/2008/tt-Btc: Guide The Financial Regime", new[] { "18/2008/TT-BTC" })]
    [InlineData("thông tư liên tịch 17/2015/ttlt-btp-bqp", new[] { "17/2015/TTLT-BTP-BQP" })]
    [InlineData("thông tư 40/2016/tt-bct", new[] { "40/2016/TT-BCT" })]
    [InlineData("Thông tư liên tịch 01/2018/ttlt-vkstc-tatc-bca-bqp-btp-btc-bnn quy định", new[] { "01/2018/TTLT-VKSTC-TATC-BCA-BQP-BTP-BTC-BNN" })]
    [InlineData("Quyết định 759/qd-ttg", new[] { "759/QĐ-TTg" })]
    [InlineData("Ngày 15 tháng 11 năm 2025, Chính phủ đã ban hành Nghị quyết 66.7/2025/NQ-CP nhằm", new[] { "66.7/2025/NQ-CP" })]
    [InlineData("theo Thông tư 86/2024//TT-BTC của Bộ Tài chính", new[] { "86/2024/TT-BTC" })]
    [InlineData("căn cứ Quy định số31-QĐ/TW và", new[] { "31-QĐ/TW" })]
    [InlineData("Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 và Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006", new[] { "84-QĐ/TWĐTN", "1836-QĐ/TWĐTN" })]
    [InlineData("Căn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành", new[] { "298-KH/TWĐTN" })]
    [InlineData("Quyết định số 367-QĐ/TWĐTN-VP về việc ban hành Quy định", new[] { "367-QĐ/TWĐTN-VP" })]
    public void Real_forms_are_found_in_running_text(string text, string[] expected)
    {
        IReadOnlyList<Citation> found = CitationExtractor.Extract(text);
        Assert.Equal(expected, found.Select(c => c.Number.ToString()));
        foreach (Citation c in found)
        {
            Assert.Equal(c.Number, DocumentNumber.Parse(text.AsSpan(c.Start, c.Length)));
        }
    }

    [Theory]
    [InlineData("có 5 QĐ/TW mới")] // a space for the hyphen only where a kind word or "số" says a symbol follows
    [InlineData("Tỷ lệ 3 KH/DN")]
    [InlineData("A 5-star/hotel")]
    [InlineData("2-ct/xyz and 12/hd-abc")] // lower case only where the codes are known
    [InlineData("Nghị quyết 60-NQ/TW-nghị quyết")]
    public void Loose_forms_are_not_taken_from_prose(string text)
    {
        IReadOnlyList<Citation> found = CitationExtractor.Extract(text);
        Assert.All(found, c => Assert.Equal("60-NQ/TW", c.Number.ToString()));
    }

    [Fact]
    public void A_kind_word_before_an_official_letter_wins_over_a_first_group_that_looks_like_a_kind()
    {
        Citation c = Assert.Single(CitationExtractor.Extract("Công văn 21036/CT-CBc của Cục Thuế"));
        Assert.Equal("21036/CT-CBC", c.Number.ToString());
        Assert.Equal("official letter", c.Kind?.EnglishName);

        c = Assert.Single(CitationExtractor.Extract("Công văn 10453/CT-TTHT năm 2016 về thuế suất"));
        Assert.Equal("10453/CT-TTHT", c.Number.ToString());
        Assert.Equal("official letter", c.Kind?.EnglishName);
    }

    [Theory]
    [InlineData("Thông tư 42/2015/TT- 64 và")]
    [InlineData("Thông tư 42/2015/TT-\u00A064")]
    public void A_page_number_after_a_dangling_hyphen_is_never_an_issuer(string text) =>
        Assert.Empty(CitationExtractor.Extract(text));

    [Theory]
    [InlineData("Tờ khai lệ phí trước bạ, nhà đất mẫu 01/LPTB")]
    [InlineData("theo Mẫu số 03/PLI ban hành kèm theo")]
    [InlineData("Mẫu số 02/TB- ĐĐKD")]
    [InlineData("Tờ khai 01/TSMH")]
    [InlineData("tờ khai số 01/TSMH")]
    [InlineData("Form No. 01/LPTB")]
    [InlineData("QCVN 41: 2019/BGTVT về báo hiệu đường bộ")]
    [InlineData("QCVN 15:  2018/BGTVT")]
    [InlineData("https://example.vn/van-ban/Nghi-dinh%20113/2015/N%C4%90-CP")]
    [InlineData("tai-ve?q=nghi+dinh+%20113%2F2015%2FN%C4%90-CP")]
    [InlineData("Nghị định 113/2015/N%C4%90-CP")]
    public void Forms_standards_and_encoded_links_are_not_citations(string text) =>
        Assert.Empty(CitationExtractor.Extract(text));

    [Fact]
    public void A_real_citation_beside_a_form_number_is_still_found()
    {
        const string text = "Mẫu số 03/PLI ban hành kèm theo Nghị định 126/2020/NĐ-CP; QCVN 41:2019/BGTVT theo Thông tư 54/2019/TT-BGTVT.";
        Assert.Equal(["126/2020/NĐ-CP", "54/2019/TT-BGTVT"], CitationExtractor.Extract(text).Select(c => c.Number.ToString()));
    }
}
