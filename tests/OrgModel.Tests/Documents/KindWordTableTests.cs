using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>
/// Every kind word of the citation extractor's table, one row each (research-notes §1.3–§1.4, docs/sources.md): its code,
/// Vietnamese and English names and the systems it serves are what <see cref="CitationKindWord.All"/> lists, and each
/// spelling a text writes before a number, accented or not, Vietnamese or English, names that kind. A word or a code
/// dropped from the table makes its own row fail (the mutation sample of issue 22 found such drops unseen).
/// </summary>
public class KindWordTableTests
{
    // Code, Vietnamese, English, Party, State, and the spellings (folded) a text may write before the number.
    public static TheoryData<string?, string, string, bool, bool, string[]> Rows => new()
    {
        { "NQ", "nghị quyết", "resolution", true, true, ["nghi quyet", "resolution"] },
        { "KL", "kết luận", "conclusion", true, false, ["ket luan", "conclusion"] },
        { "CT", "chỉ thị", "directive", true, true, ["chi thi", "directive"] },
        { "QĐ", "quy định", "regulation", true, false, ["quy dinh", "regulation"] },
        { "QĐ", "quyết định", "decision", true, true, ["quyet dinh", "decision"] },
        { "QĐi", "quy định", "regulation", true, false, [] },
        { "QĐNS", "quyết định nhân sự", "personnel decision", true, false, ["quyet dinh nhan su", "personnel decision"] },
        { "QyĐ", "quy định", "regulation", true, true, [] },
        { "BC", "báo cáo", "report", true, true, ["bao cao", "report"] },
        { "HD", "hướng dẫn", "guideline", true, true, ["huong dan", "guideline", "guidelines", "guidance", "instruction"] },
        { "TB", "thông báo", "notice", true, true, ["thong bao", "notice", "announcement"] },
        { "KH", "kế hoạch", "plan", true, true, ["ke hoach", "plan"] },
        { "CTr", "chương trình", "programme", true, true, ["chuong trinh", "programme", "program"] },
        { "CTHĐ", "chương trình hành động", "action programme", true, false, ["chuong trinh hanh dong", "action programme", "action program"] },
        { "TTr", "tờ trình", "submission", true, true, ["to trinh", "submission"] },
        { "CV", "công văn", "official letter", true, false, ["cong van", "official letter", "official dispatch", "dispatch"] },
        { "QC", "quy chế", "rules", true, true, ["quy che", "rules"] },
        { "TT", "thông tri", "circular note", true, false, ["thong tri", "circular note"] },
        { "BS", "bản sao", "copy", true, false, ["ban sao"] },
        { "NĐ", "nghị định", "decree", false, true, ["nghi dinh", "decree"] },
        { "TT", "thông tư", "circular", false, true, ["thong tu", "circular"] },
        { "TTLT", "thông tư liên tịch", "joint circular", false, true, ["thong tu lien tich", "joint circular"] },
        { "NQLT", "nghị quyết liên tịch", "joint resolution", false, true, ["nghi quyet lien tich", "joint resolution"] },
        { "PL", "pháp lệnh", "ordinance", false, true, ["phap lenh", "ordinance"] },
        { "L", "lệnh", "order", false, true, ["lenh"] },
        { "VBHN", "văn bản hợp nhất", "consolidated text", false, true, ["van ban hop nhat", "consolidated text"] },
        { null, "luật", "law", false, true, ["luat", "law"] },
    };

    [Fact]
    public void The_table_lists_every_kind_word_in_order()
    {
        var expected = Rows.Select(r => ((string?)r.Data.Item1, r.Data.Item2, r.Data.Item3));

        Assert.Equal(expected, CitationKindWord.All.Select(k => (k.Code, k.VietnameseName, k.EnglishName)));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_code_names_its_kind_in_the_systems_it_serves(
        string? code, string vietnamese, string english, bool party, bool state, string[] spellings)
    {
        _ = spellings;
        if (code is null)
        {
            return;
        }

        Assert.Equal(party, CitationKindWord.ForPartyCode(code).Any(k => k.VietnameseName == vietnamese && k.EnglishName == english));
        CitationKindWord? stateKind = CitationKindWord.ForStateCode(code);
        Assert.Equal(state, stateKind is { } k && k.VietnameseName == vietnamese && k.EnglishName == english);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_spelling_before_a_number_names_its_kind(
        string? code, string vietnamese, string english, bool party, bool state, string[] spellings)
    {
        _ = (code, vietnamese, party, state);
        foreach (string spelling in spellings)
        {
            // A symbol with no kind code of its own, so that the word alone says the kind.
            string text = $"Theo {spelling} so 15/UBND-VP, cac so nganh trien khai.";

            Citation citation = Assert.Single(CitationExtractor.Extract(text));

            Assert.Equal(english, citation.Kind?.EnglishName);
            Assert.Equal(text.IndexOf(spelling, StringComparison.Ordinal), citation.KindStart);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_Vietnamese_name_as_written_names_its_kind(
        string? code, string vietnamese, string english, bool party, bool state, string[] spellings)
    {
        _ = (code, party, state, spellings);
        string text = $"Căn cứ {vietnamese} số 15/UBND-VP ngày 3/3/2025.";

        Citation citation = Assert.Single(CitationExtractor.Extract(text));

        // "quy định" is the first of its three entries (QĐ, QĐi, QyĐ), which share their names.
        Assert.Equal((vietnamese, english), (citation.Kind?.VietnameseName, citation.Kind?.EnglishName));
    }
}
