using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

// Real symbols from ../shared/domain/facts.md, sourced-notes.md and research-notes.md (see docs/sources.md).
public class DocumentNumberExampleTests
{
    [Theory]
    [InlineData("201-KL/TW", 201, "KL", "TW")]
    [InlineData("60-NQ/TW", 60, "NQ", "TW")]
    [InlineData("45-CT/TW", 45, "CT", "TW")]
    [InlineData("520-BC/BTCTW", 520, "BC", "BTCTW")]
    [InlineData("36-HD/VPTW", 36, "HD", "VPTW")]
    [InlineData("97-QĐ/TW", 97, "QĐ", "TW")]
    [InlineData("8011-CV/BTCTW", 8011, "CV", "BTCTW")]
    [InlineData("07-QĐi/TW", 7, "QĐi", "TW")]
    [InlineData("05-QĐNS/TW", 5, "QĐNS", "TW")]
    [InlineData("01-KL/ĐU", 1, "KL", "ĐU")]
    [InlineData("06-CTr/TU", 6, "CTr", "TU")]
    [InlineData("259-TTr/BTCTW", 259, "TTr", "BTCTW")]
    [InlineData("08-HD/UBKTTW", 8, "HD", "UBKTTW")]
    [InlineData("25-HD/BCĐTW", 25, "HD", "BCĐTW")]
    [InlineData("1147-QĐ/BTGDVTW", 1147, "QĐ", "BTGDVTW")]
    public void Parses_real_Party_symbols(string text, int number, string kind, string issuer)
    {
        var n = PartyDocumentNumber.Parse(text);
        Assert.Equal(number, n.Number);
        Assert.Equal(kind, n.KindCode);
        Assert.Equal(issuer, n.IssuerCode);
        Assert.Equal(text, n.ToString());

        var any = DocumentNumber.Parse(text);
        Assert.True(any.IsParty);
        Assert.Equal(n, any.Party);
        Assert.Equal(text, any.ToString());
    }

    [Theory]
    [InlineData("30/2020/NĐ-CP", 30, 2020, "NĐ", "CP")]
    [InlineData("19/2025/QĐ-TTg", 19, 2025, "QĐ", "TTg")]
    [InlineData("01/2011/TT-BNV", 1, 2011, "TT", "BNV")]
    [InlineData("78/2025/NĐ-CP", 78, 2025, "NĐ", "CP")]
    [InlineData("64/2025/QH15", 64, 2025, null, "QH15")]
    [InlineData("202/2025/QH15", 202, 2025, null, "QH15")]
    [InlineData("81/2025/UBTVQH15", 81, 2025, null, "UBTVQH15")]
    [InlineData("759/QĐ-TTg", 759, null, "QĐ", "TTg")]
    [InlineData("1656/NQ-UBTVQH15", 1656, null, "NQ", "UBTVQH15")]
    [InlineData("126/NQ-CP", 126, null, "NQ", "CP")]
    [InlineData("1066/UBND-VXNV", 1066, null, null, "UBND-VXNV")]
    [InlineData("03/VBHN-VPQH", 3, null, "VBHN", "VPQH")]
    [InlineData("25/TT-MTTW-BTT", 25, null, "TT", "MTTW-BTT")]
    public void Parses_real_State_symbols(string text, int number, int? year, string? kind, string issuer)
    {
        var n = StateDocumentNumber.Parse(text);
        Assert.Equal(number, n.Number);
        Assert.Equal(year, n.Year);
        Assert.Equal(kind, n.KindCode);
        Assert.Equal(issuer, n.IssuerCode);
        Assert.Equal(text, n.ToString());

        var any = DocumentNumber.Parse(text);
        Assert.True(any.IsState);
        Assert.Equal(n, any.State);
        Assert.Equal(year, any.Year);
        Assert.Equal(kind, any.KindCode);
    }

    [Theory]
    [InlineData("Số 201-KL/TW", "201-KL/TW")]
    [InlineData("Số: 66-QĐ/TW", "66-QĐ/TW")]
    [InlineData("số 399-QĐ/TW", "399-QĐ/TW")]
    [InlineData("No. 201-KL/TW", "201-KL/TW")]
    [InlineData("No 45-CT/TW", "45-CT/TW")]
    [InlineData("  201 - KL / TW  ", "201-KL/TW")]
    [InlineData("201-kl/tw", "201-KL/TW")]
    [InlineData("97-QD/TW", "97-QĐ/TW")]
    [InlineData("97-qđ/tw", "97-QĐ/TW")]
    [InlineData("97-QÐ/TW", "97-QĐ/TW")]
    [InlineData("201–KL/TW", "201-KL/TW")]
    [InlineData("201—KL/TW", "201-KL/TW")]
    [InlineData("So\u0302\u0301 201-KL/TW", "201-KL/TW")]
    [InlineData("1-HD/VPTW", "01-HD/VPTW")]
    [InlineData("01-KL/DU", "01-KL/ĐU")]
    [InlineData("07-qdi/TW", "07-QĐi/TW")]
    [InlineData("Số: 30/2020/ND-CP", "30/2020/NĐ-CP")]
    [InlineData("759 / QĐ – TTg", "759/QĐ-TTg")]
    [InlineData("759/qd-ttg", "759/QĐ-TTg")]
    [InlineData("202/2025/qh15", "202/2025/QH15")]
    public void Accepts_messy_spellings(string text, string canonical)
    {
        Assert.Equal(canonical, DocumentNumber.Parse(text).ToString());
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("0-KL/TW", 1)]
    [InlineData("00/2020/NĐ-CP", 1)]
    [InlineData("201", 4)]
    [InlineData("201-/TW", 5)]
    [InlineData("201-KL/", 8)]
    [InlineData("201-KL TW", 8)]
    [InlineData("201-KL/TW/nb", 10)]
    [InlineData("KL/TW", 1)]
    [InlineData("30/20/NĐ-CP", 4)]
    [InlineData("30/1800/NĐ-CP", 4)]
    [InlineData("759/QĐ-", 8)]
    [InlineData("201-K1/TW", 6)]
    public void Rejects_what_is_not_a_symbol_and_says_where(string text, int character)
    {
        Assert.False(DocumentNumber.TryParse(text, out var n));
        Assert.Equal(default, n);
        var e = Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
        Assert.Contains($"at character {character},", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Party_and_State_parsers_reject_the_other_form()
    {
        Assert.False(PartyDocumentNumber.TryParse("30/2020/NĐ-CP", out _));
        Assert.False(StateDocumentNumber.TryParse("201-KL/TW", out _));
        Assert.Throws<FormatException>(() => PartyDocumentNumber.Parse("759/QĐ-TTg"));
        Assert.Throws<FormatException>(() => StateDocumentNumber.Parse("60-NQ/TW"));
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.False(DocumentNumber.TryParse((string?)null, out _));
        Assert.False(PartyDocumentNumber.TryParse((string?)null, out _));
        Assert.False(StateDocumentNumber.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => DocumentNumber.Parse((string)null!));
    }

    [Fact]
    public void Same_symbol_from_different_spellings_is_equal_and_hashes_equal()
    {
        var a = DocumentNumber.Parse("Số 18-NQ/TW");
        var b = DocumentNumber.Parse("18 - nq / tw");
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(DocumentNumber.Parse("18-NQ/TW"), DocumentNumber.Parse("18-NQ/TU"));
    }

    [Fact]
    public void Constructors_validate_and_canonicalise()
    {
        Assert.Equal("201-KL/TW", new PartyDocumentNumber(201, "kl", "tw").ToString());
        Assert.Equal("30/2020/NĐ-CP", new StateDocumentNumber(30, 2020, "nd", "CP").ToString());
        Assert.Equal("202/2025/QH15", new StateDocumentNumber(202, 2025, null, "QH15").ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartyDocumentNumber(0, "KL", "TW"));
        Assert.Throws<ArgumentException>(() => new PartyDocumentNumber(1, "", "TW"));
        Assert.Throws<ArgumentException>(() => new PartyDocumentNumber(1, "K L", "TW"));
        Assert.Throws<ArgumentException>(() => new StateDocumentNumber(1, null, "KL", "CP"));
        Assert.Throws<ArgumentException>(() => new StateDocumentNumber(1, null, null, "NQ-CP"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StateDocumentNumber(1, 1900, "NĐ", "CP"));
        Assert.Throws<ArgumentException>(() => new DocumentNumber(default(PartyDocumentNumber)));
    }

    [Fact]
    public void Default_values_are_empty_and_harmless()
    {
        Assert.Equal(string.Empty, default(DocumentNumber).ToString());
        Assert.Equal(string.Empty, default(PartyDocumentNumber).ToString());
        Assert.Equal(string.Empty, default(StateDocumentNumber).ToString());
        Assert.False(default(DocumentNumber).IsParty);
        Assert.False(default(DocumentNumber).IsState);
        Assert.Equal(string.Empty, default(PartyDocumentNumber).KindCode);
    }

    [Fact]
    public void Party_QD_is_ambiguous_and_resolved_by_the_preceding_word()
    {
        var qd = PartyDocumentNumber.Parse("399-QĐ/TW");
        Assert.True(qd.IsKindAmbiguous);
        Assert.Equal(["regulation", "decision"], qd.PossibleKinds.Select(k => k.EnglishName));

        Assert.True(qd.TryResolveKind("Bộ Chính trị ban hành Quy định số", out var regulation));
        Assert.Equal("regulation", regulation.EnglishName);
        Assert.True(qd.TryResolveKind("the Politburo's Decision No.", out var decision));
        Assert.Equal("decision", decision.EnglishName);
        Assert.False(qd.TryResolveKind("văn bản", out _));

        var kl = PartyDocumentNumber.Parse("201-KL/TW");
        Assert.False(kl.IsKindAmbiguous);
        Assert.True(kl.TryResolveKind(string.Empty, out var conclusion));
        Assert.Equal("conclusion", conclusion.EnglishName);
    }

    [Fact]
    public void Orders_by_issuer_kind_and_number_and_puts_Party_first()
    {
        string[] sorted = [.. new[] { "759/QĐ-TTg", "60-NQ/TW", "201-KL/TW", "18-NQ/TW", "520-BC/BTCTW", "30/2020/NĐ-CP" }
            .Select(DocumentNumber.Parse).Order().Select(n => n.ToString())];
        Assert.Equal(["520-BC/BTCTW", "201-KL/TW", "18-NQ/TW", "60-NQ/TW", "30/2020/NĐ-CP", "759/QĐ-TTg"], sorted);
        Assert.True(PartyDocumentNumber.Parse("18-NQ/TW") < PartyDocumentNumber.Parse("60-NQ/TW"));
    }
}
