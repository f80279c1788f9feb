using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>Issue 18: the forms in which real texts write document symbols, each a category. The symbols are from the
/// public pages listed in docs/sources.md ("Identifiers as the real world writes them"), or from the held-out set.</summary>
public class RealWorldSymbolTests
{
    [Theory]
    [InlineData("102/2017/nð-cp", "102/2017/NĐ-CP")]
    [InlineData("46/2014/nð-cp", "46/2014/NĐ-CP")]
    [InlineData("46/2014/nđ-cp", "46/2014/NĐ-CP")]
    [InlineData("07-qði/TW", "07-QĐi/TW")]
    [InlineData("97-qð/tw", "97-QĐ/TW")]
    public void Lower_case_eth_is_read_as_đ(string text, string canonical) =>
        Assert.Equal(canonical, DocumentNumber.Parse(text).ToString());

    // "30-QĐ/TƯ" (thanhnien.vn, held-out set 43): "TƯ", the Vietnamese short form of "Trung ương", for "TW"; never "TU"
    // (a provincial Party committee, "Tỉnh ủy").
    [Theory]
    [InlineData("30-QĐ/TƯ", "30-QĐ/TW")]
    [InlineData("Số 30-QĐ/TƯ", "30-QĐ/TW")]
    [InlineData("35-CT/TƯ", "35-CT/TW")]
    [InlineData("30-QĐ/TU", "30-QĐ/TU")]
    public void TU_with_its_horn_is_TW(string text, string canonical) => Assert.Equal(canonical, DocumentNumber.Parse(text).ToString());

    // Only "TƯ" written in capitals, after T: "tư" is a Vietnamese word (fourth, private), and "Ư" alone is no code letter.
    [Theory]
    [InlineData("30-QĐ/tư")]
    [InlineData("30-QĐ/Ư")]
    [InlineData("30-QĐ/ƯT")]
    public void U_with_a_horn_elsewhere_is_refused(string text) => Assert.False(DocumentNumber.TryParse(text, out _));

    [Fact]
    public void TU_with_its_horn_is_found_in_running_text()
    {
        const string text = "Hội nghị quán triệt Quy định số 30-QĐ/TƯ của Ban Chấp hành Trung ương về thi hành Chương Kiểm tra.";
        Citation c = Assert.Single(CitationExtractor.Extract(text));
        Assert.Equal("30-QĐ/TƯ", text.Substring(c.Start, c.Length));
        Assert.Equal("30-QĐ/TW", c.Number.ToString());
    }

    [Theory]
    [InlineData("Số: 66.16/2026/NQ-CP", "66.16/2026/NQ-CP")]
    [InlineData("66.7/2025/NQ-CP", "66.7/2025/NQ-CP")]
    [InlineData("66.7 / 2025 / nq-cp", "66.7/2025/NQ-CP")]
    public void Dotted_numbers_keep_their_dot(string text, string canonical)
    {
        Assert.Equal(canonical, StateDocumentNumber.Parse(text).ToString());
        Assert.Equal(canonical, DocumentNumber.Parse(text).ToString());
    }

    [Theory]
    [InlineData("1.234/QĐ-TTg")] // a thousands separator, not a dotted number: never read as 1.234 or 1234
    [InlineData("66./2025/NQ-CP")]
    [InlineData("66.0/2025/NQ-CP")]
    [InlineData("66.7-NQ/TW")]
    [InlineData("66.7.1/2025/NQ-CP")]
    public void What_only_looks_dotted_is_refused(string text) => Assert.False(DocumentNumber.TryParse(text, out _));

    [Theory]
    [InlineData("01/2018/ttlt-vkstc-tatc-bca-bqp-btp-btc-bnn", "TTLT", "VKSTC-TATC-BCA-BQP-BTP-BTC-BNN")]
    [InlineData("17/2015/ttlt-btp-bqp", "TTLT", "BTP-BQP")]
    public void Joint_circulars_of_many_issuers(string text, string kind, string issuer)
    {
        StateDocumentNumber n = StateDocumentNumber.Parse(text);
        Assert.Equal(kind, n.KindCode);
        Assert.Equal(issuer, n.IssuerCode);
    }

    [Theory]
    [InlineData("367-QĐ/TWĐTN-VP", "QĐ", "TWĐTN-VP")]
    [InlineData("Số: 367 - QĐ/TWĐTN-VP", "QĐ", "TWĐTN-VP")]
    public void Party_symbols_with_a_hyphenated_issuer(string text, string kind, string issuer)
    {
        PartyDocumentNumber n = PartyDocumentNumber.Parse(text);
        Assert.Equal(kind, n.KindCode);
        Assert.Equal(issuer, n.IssuerCode);
        Assert.Equal("367-QĐ/TWĐTN-VP", n.ToString());
        Assert.Equal(n, new PartyDocumentNumber(367, "QĐ", "TWĐTN-VP"));
        Assert.Throws<ArgumentException>(() => new PartyDocumentNumber(367, "QĐ", "TWĐTN-15"));
        Assert.False(DocumentNumber.TryParse("367-QĐ/TWĐTN-15", out _));
    }

    [Theory]
    [InlineData("84 QĐ/TWĐTN", "84-QĐ/TWĐTN")]
    [InlineData("Số 1836 QĐ/TWĐTN", "1836-QĐ/TWĐTN")]
    [InlineData("298 KH/TWĐTN", "298-KH/TWĐTN")]
    public void A_space_for_the_hyphen_of_a_Party_symbol(string text, string canonical)
    {
        Assert.Equal(canonical, DocumentNumber.Parse(text).ToString());
        Assert.Equal(canonical, PartyDocumentNumber.Parse(text).ToString());
    }

    [Theory]
    [InlineData("84 XY/TWĐTN")] // only a kind code of Party symbols may stand after the space
    [InlineData("30 NĐ/CP")]
    [InlineData("84 QĐ TWĐTN")]
    [InlineData("84 QĐ/15")]
    public void A_space_is_a_hyphen_only_before_a_known_Party_kind(string text) => Assert.False(DocumentNumber.TryParse(text, out _));

    [Theory]
    [InlineData("số31-QĐ/TW", "31-QĐ/TW")]
    [InlineData("Số31-QĐ/TW", "31-QĐ/TW")]
    public void A_number_glued_to_so(string text, string canonical) => Assert.Equal(canonical, DocumentNumber.Parse(text).ToString());

    [Theory]
    [InlineData("86/2024//TT-BTC", "86/2024/TT-BTC")]
    [InlineData("86//2024/TT-BTC", "86/2024/TT-BTC")]
    public void A_doubled_slash(string text, string canonical) => Assert.Equal(canonical, DocumentNumber.Parse(text).ToString());

    [Theory]
    [InlineData("86/2024///TT-BTC")]
    [InlineData("86-KL//TW")]
    public void Only_one_slash_may_be_doubled(string text) => Assert.False(DocumentNumber.TryParse(text, out _));

    [Theory]
    [InlineData("42/2015/TT- 64")]
    [InlineData("42/2015/TT-64")]
    [InlineData("1066/UBND-15")]
    public void An_issuer_group_of_digits_only_is_refused(string text)
    {
        Assert.False(DocumentNumber.TryParse(text, out _));
        Assert.Contains("letter", Assert.Throws<FormatException>(() => StateDocumentNumber.Parse(text)).Message, StringComparison.Ordinal);
        Assert.Equal("issuerCode", Assert.Throws<ArgumentException>(() => new StateDocumentNumber(42, 2015, "TT", "BTC-64")).ParamName);
    }
}
