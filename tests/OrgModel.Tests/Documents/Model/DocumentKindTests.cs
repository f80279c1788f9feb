using System.Text.Json;
using OrgModel.Documents;
using OrgModel.Documents.Model;

namespace OrgModel.Tests.Documents.Model;

/// <summary>The kind catalogue on real symbols (facts.md; research-notes.md §1.3, §1.6–1.7, §2).</summary>
public class DocumentKindTests
{
    [Theory]
    [InlineData("60-NQ/TW", "resolution")]
    [InlineData("201-KL/TW", "conclusion")]
    [InlineData("45-CT/TW", "directive")]
    [InlineData("520-BC/BTCTW", "report")]
    [InlineData("36-HD/VPTW", "guideline")]
    [InlineData("07-QĐi/TW", "regulation")]
    [InlineData("05-QĐNS/TW", "personnel-decision")]
    [InlineData("09-QC/TW", "rules")]
    [InlineData("259-TTr/BTCTW", "submission")]
    [InlineData("8011-CV/BTCTW", "official-letter")]
    [InlineData("13-TT/TU", "circular-note")]
    [InlineData("06-CTr/TU", "programme")]
    [InlineData("147-CTHĐ/TU", "programme")]
    [InlineData("30/2020/NĐ-CP", "decree")]
    [InlineData("01/2011/TT-BNV", "circular")]
    [InlineData("759/QĐ-TTg", "decision")]
    [InlineData("1656/NQ-UBTVQH15", "resolution")]
    [InlineData("1066/UBND-VXNV", "official-letter")]
    public void Real_symbols_have_one_kind(string symbol, string key)
    {
        IReadOnlyList<DocumentKind> kinds = DocumentKind.KindsFor(DocumentNumber.Parse(symbol));
        Assert.Equal(key, Assert.Single(kinds).Key);
    }

    [Fact]
    public void Party_QD_is_both_regulation_and_decision_and_the_word_before_it_decides()
    {
        var number = DocumentNumber.Parse("232-QĐ/TW");
        Assert.Equal([DocumentKind.Regulation, DocumentKind.Decision], DocumentKind.KindsFor(number));
        Assert.Null(DocumentKind.Resolve(number, null));

        Assert.True(CitationKindWord.TryRecognise("Quy định", out CitationKindWord regulationWord));
        Assert.True(CitationKindWord.TryRecognise("Quyết định", out CitationKindWord decisionWord));
        Assert.True(CitationKindWord.TryRecognise("Conclusion", out CitationKindWord conclusionWord));
        Assert.Same(DocumentKind.Regulation, DocumentKind.Resolve(number, regulationWord));
        Assert.Same(DocumentKind.Decision, DocumentKind.Resolve(number, decisionWord));
        Assert.Null(DocumentKind.Resolve(number, conclusionWord));
    }

    [Fact]
    public void State_QD_is_only_a_decision_and_State_regulations_are_QyD()
    {
        Assert.Same(DocumentKind.Decision, Assert.Single(DocumentKind.KindsFor(DocumentNumber.Parse("19/2025/QĐ-TTg"))));
        Assert.Equal("QyĐ", DocumentKind.Regulation.StateCode);
        Assert.Equal("QĐ", DocumentKind.Regulation.PartyCode);
        Assert.Contains("QĐi", DocumentKind.Regulation.PartyCodeVariants);
    }

    [Theory]
    [InlineData("64/2025/QH15", "law", "resolution", "Luật", "law")]
    [InlineData("202/2025/QH15", "law", "resolution", "Nghị quyết", "resolution")]
    [InlineData("81/2025/UBTVQH15", "ordinance", "resolution", "Pháp lệnh", "ordinance")]
    public void National_Assembly_symbols_without_a_code_have_two_kinds_and_the_word_decides(
        string symbol, string first, string second, string word, string resolved)
    {
        var number = DocumentNumber.Parse(symbol);
        Assert.Equal([first, second], DocumentKind.KindsFor(number).Select(k => k.Key));
        Assert.Null(DocumentKind.Resolve(number, null));
        Assert.True(CitationKindWord.TryRecognise(word, out CitationKindWord kindWord));
        Assert.Equal(resolved, DocumentKind.Resolve(number, kindWord)?.Key);
    }

    [Fact]
    public void Authority_follows_the_sourced_rules_and_real_documents()
    {
        // Real documents: 45-CT/TW (Politburo), 55-CT/TW (Secretariat), 26-CT/TU (provincial).
        Assert.Equal(IssuingAuthority.Allowed, DocumentKind.Directive.Authority(PartyIssuerRole.Politburo));
        Assert.Equal(IssuingAuthority.Allowed, DocumentKind.Directive.Authority(PartyIssuerRole.ProvincialCommittee));

        // 399-QĐ/TW grassroots lists: no directives or circulars; guidelines only for the standing committee; no rules for it.
        Assert.Equal(IssuingAuthority.NotAllowed, DocumentKind.Directive.Authority(PartyIssuerRole.PartyCell));
        Assert.Equal(IssuingAuthority.NotAllowed, DocumentKind.CircularNote.Authority(PartyIssuerRole.GrassrootsExecutiveCommittee));
        Assert.Equal(IssuingAuthority.Allowed, DocumentKind.Guideline.Authority(PartyIssuerRole.GrassrootsStandingCommittee));
        Assert.Equal(IssuingAuthority.NotAllowed, DocumentKind.Guideline.Authority(PartyIssuerRole.GrassrootsExecutiveCommittee));
        Assert.Equal(IssuingAuthority.NotAllowed, DocumentKind.Rules.Authority(PartyIssuerRole.GrassrootsStandingCommittee));
        Assert.Equal(IssuingAuthority.NotAllowed, DocumentKind.Regulation.Authority(PartyIssuerRole.PartyCell));

        // Platform and Charter are congress instruments; the sources say nothing of the Politburo issuing resolutions.
        Assert.Equal(IssuingAuthority.Allowed, DocumentKind.Charter.Authority(PartyIssuerRole.NationalCongress));
        Assert.Equal(IssuingAuthority.NotAllowed, DocumentKind.Charter.Authority(PartyIssuerRole.Politburo));
        Assert.Equal(IssuingAuthority.Unknown, DocumentKind.Resolution.Authority(PartyIssuerRole.Politburo));

        // State kinds are never Party-issued.
        Assert.Equal(IssuingAuthority.NotAllowed, DocumentKind.Decree.Authority(PartyIssuerRole.CentralCommittee));
        Assert.Empty(DocumentKind.Law.PartyIssuers);
        Assert.Contains(PartyIssuerRole.Politburo, DocumentKind.Conclusion.PartyIssuers);
    }

    [Theory]
    [InlineData("Nghị quyết", "resolution")]
    [InlineData("nghi quyet", "resolution")]
    [InlineData("NGHỊ QUYẾT", "resolution")]
    [InlineData("Conclusion", "conclusion")]
    [InlineData("Quy định", "regulation")]
    [InlineData("quyết định", "decision")]
    [InlineData("Chương trình hành động", "programme")]
    [InlineData("Thông tư liên tịch", "joint-circular")]
    [InlineData("Decree", "decree")]
    [InlineData("action programme", "programme")]
    [InlineData("Action Program", "programme")]
    [InlineData("program", "programme")]
    [InlineData("Communique", "communique")]
    [InlineData("guidance", "guideline")]
    [InlineData("Guidelines", "guideline")]
    [InlineData("official dispatch", "official-letter")]
    [InlineData("Điều lệ", "charter")]
    [InlineData("Charter", "charter")]
    [InlineData("Cương lĩnh", "platform")]
    [InlineData("platform", "platform")]
    public void Words_name_kinds(string word, string key)
    {
        Assert.True(DocumentKind.TryFromWord(word, out DocumentKind? kind));
        Assert.Equal(key, kind.Key);
    }

    [Fact]
    public void Every_kind_is_found_by_its_own_Vietnamese_and_English_names()
    {
        Assert.All(DocumentKind.All, k => Assert.True(DocumentKind.TryFromWord(k.EnglishName, out DocumentKind? byName) && byName == k, k.Key));
        Assert.All(DocumentKind.All, k => Assert.True(DocumentKind.TryFromWord(k.VietnameseName, out DocumentKind? byName) && byName == k, k.Key));
    }

    [Fact]
    public void Keys_and_names_are_unique_and_every_citation_kind_word_with_a_catalogued_name_maps()
    {
        Assert.Equal(DocumentKind.All.Count, DocumentKind.All.Select(k => k.Key).Distinct().Count());
        Assert.Equal(DocumentKind.All.Count, DocumentKind.All.Select(k => k.VietnameseName).Distinct().Count());
        foreach (DocumentKind kind in DocumentKind.All)
        {
            Assert.True(DocumentKind.TryFromKey(kind.Key.ToUpperInvariant(), out DocumentKind? back));
            Assert.Same(kind, back);
        }

        foreach (CitationKindWord word in CitationKindWord.All.Where(w => w.Code != "BS"))
        {
            Assert.True(DocumentKind.TryFromCitationKind(word, out _), $"no kind for {word}");
        }
    }

    [Fact]
    public void Json_round_trips_the_key_and_rejects_unknown_keys()
    {
        foreach (DocumentKind kind in DocumentKind.All)
        {
            string json = JsonSerializer.Serialize(kind, JsonOptions.Options);
            Assert.Equal($"\"{kind.Key}\"", json);
            Assert.Same(kind, JsonSerializer.Deserialize<DocumentKind>(json, JsonOptions.Options));
        }

        Assert.Contains("\"memo\" is not the key of a document kind.", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentKind>("\"memo\"", JsonOptions.Options)).Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentKind>("12", JsonOptions.Options));
    }
}
