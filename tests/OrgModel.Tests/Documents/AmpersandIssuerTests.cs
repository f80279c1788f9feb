using System.Text.Json;
using OrgModel.Documents;
using OrgModel.Serialization;

namespace OrgModel.Tests.Documents;

/// <summary>Issue 18: an issuer named by two short forms joined by '&amp;' ("Kế hoạch &amp; Đầu tư"), as real texts write
/// it. The sentences are from development set 141 (hethongphapluat.com, Nghệ An's plan of 9 June 2020) and development
/// set 130 (moj.gov.vn, 15 July 2025), both in docs/sources.md.</summary>
public class AmpersandIssuerTests
{
    [Theory]
    [InlineData(
        "Căn cứ Thông tư liên tịch số 19/2012/TTLT-BTC-BKH&ĐT-BTTTT ngày 15/02/2012 của Bộ Tài chính, Bộ Kế hoạch & đầu tư, Bộ Thông tin và Truyền thông",
        "19/2012/TTLT-BTC-BKH&ĐT-BTTTT")]
    [InlineData(
        "Ngày 15/7/2025, Bộ Tư pháp đã có Công văn số 4243/BTP-KTVB&QLXLVPHC đôn đốc Tòa án nhân dân tối cao",
        "4243/BTP-KTVB&QLXLVPHC")]
    public void A_real_symbol_with_an_ampersand_is_cited_whole(string text, string symbol)
    {
        Citation c = Assert.Single(CitationExtractor.Extract(text));

        Assert.Equal(symbol, text.Substring(c.Start, c.Length));
        Assert.Equal(symbol, c.Number.ToString());
        Assert.Equal(c.Number, DocumentNumber.Parse(text.AsSpan(c.Start, c.Length)));
    }

    [Theory]
    [InlineData("19/2012/TTLT-BTC-BKH&ĐT-BTTTT", "19/2012/TTLT-BTC-BKH&ĐT-BTTTT")]
    [InlineData("Số: 4243/BTP-KTVB&QLXLVPHC", "4243/BTP-KTVB&QLXLVPHC")]
    [InlineData("19/2012/ttlt-btc-bkh&đt-btttt", "19/2012/TTLT-BTC-BKH&ĐT-BTTTT")]
    [InlineData("19/2012/TTLT-BTC-BKH&DT-BTTTT", "19/2012/TTLT-BTC-BKH&ĐT-BTTTT")]
    [InlineData("19/2012/TTLT - BTC - BKH&ÐT - BTTTT", "19/2012/TTLT-BTC-BKH&ĐT-BTTTT")]
    [InlineData("12-CV/BCS&TW", "12-CV/BCS&TW")]
    [InlineData("No. 837/1996/vbhn–bkh&Ðt", "837/1996/VBHN-BKH&ĐT")] // DocumentNumberProperties, replay (6205964854385808020,501959106215077711,73)
    public void The_ampersand_stays_inside_its_code(string text, string canonical) =>
        Assert.Equal(canonical, DocumentNumber.Parse(text).ToString());

    [Theory]
    [InlineData("12/2020/TT-BTC&")] // at the end of a code
    [InlineData("12/2020/TT-&BTC")] // at the start of a code
    [InlineData("12/2020/TT-BTC&&BNV")]
    [InlineData("12/2020/TT-BTC & BNV")] // with spaces it is prose
    [InlineData("12/QĐ-UBND15&16")] // between digits
    [InlineData("12/2020/TT-BTC&bnv")] // a change of case is a word run on, not a code
    [InlineData("12/2020/TT-BTC&nbsp;")] // an HTML entity
    [InlineData("12/2020/tt-btc&amp;")]
    [InlineData("12&CV/TW")] // never in a kind code
    [InlineData("12-CV&A/TW")]
    public void An_ampersand_that_joins_no_two_letters_of_a_code_is_refused(string text)
    {
        Assert.False(DocumentNumber.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
    }

    [Theory]
    [InlineData("Nghị định 30/2020/NĐ-CP&nbsp;quy định", "30/2020/NĐ-CP")]
    [InlineData("nghị định 30/2020/nđ-cp&amp; thông tư", "30/2020/NĐ-CP")]
    [InlineData("Thông tư 12/2020/TT-BTC & Nghị định", "12/2020/TT-BTC")]
    [InlineData("Thông tư 12/2020/TT-BTC&, và", "12/2020/TT-BTC")]
    public void In_running_text_an_ampersand_outside_a_code_ends_the_symbol(string text, string symbol)
    {
        Citation c = Assert.Single(CitationExtractor.Extract(text));

        Assert.Equal(symbol, c.Number.ToString());
        Assert.DoesNotContain('&', text.Substring(c.Start, c.Length));
    }

    [Fact]
    public void The_constructors_take_an_ampersand_between_two_letters()
    {
        var joint = new StateDocumentNumber(19, 2012, "TTLT", "btc-bkh&đt-btttt");
        Assert.Equal("19/2012/TTLT-BTC-BKH&ĐT-BTTTT", joint.ToString());
        Assert.Equal("BTC-BKH&ĐT-BTTTT", joint.IssuerCode);
        Assert.Equal("4243/BTP-KTVB&QLXLVPHC", new StateDocumentNumber(4243, null, null, "BTP-KTVB&QLXLVPHC").ToString());
        Assert.Equal("12-CV/BCS&TW", new PartyDocumentNumber(12, "CV", "BCS&TW").ToString());
    }

    [Theory]
    [InlineData("BTC&")]
    [InlineData("&BTC")]
    [InlineData("BTC&&BNV")]
    [InlineData("BTC-&BNV")]
    [InlineData("UBND15&16")]
    [InlineData("BTC&bnv")]
    [InlineData("BTC & BNV")]
    public void The_constructors_refuse_an_ampersand_elsewhere(string issuer)
    {
        var e = Assert.Throws<ArgumentException>(() => new StateDocumentNumber(12, 2020, "TT", issuer));
        Assert.Equal("issuerCode", e.ParamName);
        Assert.Contains("'&' between two letters", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PartyDocumentNumber(12, "CV", issuer));
    }

    [Fact]
    public void A_kind_code_never_holds_an_ampersand() =>
        Assert.Throws<ArgumentException>("kindCode", () => new PartyDocumentNumber(12, "C&V", "TW"));

    [Fact]
    public void A_symbol_with_an_ampersand_round_trips_through_JSON()
    {
        var number = DocumentNumber.Parse("19/2012/TTLT-BTC-BKH&ĐT-BTTTT");

        string json = JsonSerializer.Serialize(number, OrgModelJsonContext.Default.DocumentNumber);

        Assert.Equal(number, JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.DocumentNumber));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"12/2020/TT-BTC&\"", OrgModelJsonContext.Default.DocumentNumber));
    }
}
