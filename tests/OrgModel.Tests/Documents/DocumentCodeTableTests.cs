using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>
/// Every kind and issuer code the sources name (research-notes §1.3, §1.4 and §2, sourced-notes §1–2, and the web
/// titles of issue 18; docs/sources.md), one row each: written in lower case in running text, as web titles write them
/// (<c>77/2014/tt-btc</c>), a symbol is taken only when its codes are known, and it is read back in the code's canonical
/// spelling. A code dropped from the library's tables makes its own row fail.
/// </summary>
public class DocumentCodeTableTests
{
    // Kind codes of Party and State symbols, in their canonical spelling.
    public static TheoryData<string> KindCodes => new(
    [
        "NQ", "KL", "CT", "QĐ", "QĐi", "QĐNS", "QyĐ", "BC", "HD", "TB", "KH", "CTr", "CTHĐ", "TTr", "CV", "QC", "TT",
        "BS", "BB", "DA", "ĐA", "PA", "NĐ", "TTLT", "NQLT", "PL", "L", "TC", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT",
        "GNP", "PG", "PC", "PB", "SY", "TrS", "SL", "VBHN",
    ]);

    // Kind codes that begin the code part of a State symbol (30/2020/NĐ-CP).
    public static TheoryData<string> StateKindCodes => new(
    [
        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ",
        "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL", "NĐ", "TT", "TTLT", "NQLT", "PL", "L",
        "VBHN",
    ]);

    public static TheoryData<string> IssuerCodes => new(
    [
        "TW", "VPTW", "BTCTW", "UBKTTW", "BTGTW", "BTGDVTW", "BCĐTW", "BCĐ", "TU", "BTCTU", "UBKTTU", "BTGTU", "VPTU", "ĐU",
        "HU", "CB", "ĐH", "TWĐTN", "CP", "TTg", "VPQH", "BNV", "BTC", "BGDĐT", "UBND", "HĐND", "MTTW", "BCT", "BTP", "BQP",
        "BCA", "BGTVT", "VKSTC", "TATC", "BNN", "TCT", "BKH&ĐT", "QH1", "QH15", "QH20", "UBTVQH1", "UBTVQH15", "UBTVQH20",
    ]);

    [Theory]
    [MemberData(nameof(KindCodes))]
    public void Every_known_kind_code_is_cited_from_a_lower_case_Party_symbol(string kind)
    {
        string text = $"Theo văn bản 12-{kind.ToLowerInvariant()}/tw, các cấp ủy triển khai.";

        Citation citation = Assert.Single(CitationExtractor.Extract(text));

        Assert.Equal(kind, citation.Number.Party!.Value.KindCode);
        Assert.Equal("TW", citation.Number.Party!.Value.IssuerCode);
    }

    [Theory]
    [MemberData(nameof(StateKindCodes))]
    public void Every_State_kind_code_is_cited_from_a_lower_case_State_symbol(string kind)
    {
        string text = $"Xem 12/2025/{kind.ToLowerInvariant()}-cp về việc này.";

        Citation citation = Assert.Single(CitationExtractor.Extract(text));

        Assert.Equal(kind, citation.Number.State!.Value.KindCode);
        Assert.Equal(2025, citation.Number.State!.Value.Year);
    }

    [Theory]
    [MemberData(nameof(IssuerCodes))]
    public void Every_known_issuer_code_is_cited_from_a_lower_case_Party_symbol(string issuer)
    {
        string text = $"Theo văn bản 12-nq/{issuer.ToLowerInvariant()}, các cấp ủy triển khai.";

        Citation citation = Assert.Single(CitationExtractor.Extract(text));

        Assert.Equal("NQ", citation.Number.Party!.Value.KindCode);
        Assert.Equal(issuer, citation.Number.Party!.Value.IssuerCode);
    }

    [Theory]
    [MemberData(nameof(KindCodes))]
    public void Every_kind_code_reads_in_its_canonical_spelling_from_any_case(string kind)
    {
        Assert.Equal(kind, PartyDocumentNumber.Parse($"12-{kind.ToLowerInvariant()}/TW").KindCode);
        Assert.Equal(kind, PartyDocumentNumber.Parse($"12-{kind.ToUpperInvariant()}/TW").KindCode);
    }

    [Theory]
    [MemberData(nameof(IssuerCodes))]
    public void Every_issuer_code_reads_in_its_canonical_spelling_from_any_case(string issuer)
    {
        Assert.Equal(issuer, PartyDocumentNumber.Parse($"12-NQ/{issuer.ToLowerInvariant()}").IssuerCode);
        Assert.Equal(issuer, PartyDocumentNumber.Parse($"12-NQ/{issuer.ToUpperInvariant()}").IssuerCode);
    }

    [Theory]
    [InlineData("ctr", "CTr")]
    [InlineData("ttr", "TTr")]
    [InlineData("qdi", "QĐi")]
    [InlineData("qdns", "QĐNS")]
    [InlineData("nd", "NĐ")]
    [InlineData("hd", "HD")]
    [InlineData("da", "DA")]
    public void A_kind_code_written_with_D_for_Đ_reads_as_the_code_that_has_it(string written, string kind) =>
        Assert.Equal(kind, PartyDocumentNumber.Parse($"12-{written}/TW").KindCode);
}
