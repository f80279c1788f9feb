using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>Issue 21: the extractor jumps from slash to slash and tries only the numbers that can reach the slash; the
/// scan it replaced tried every number that starts a word. Both must find the same citations.</summary>
public class CitationSlashScanTests
{
    // The words that stand before and after numbers, and each of them cut at every letter (a kind word whose start or
    // end is missing must be read as the old scan read it).
    private static readonly string[] Words =
    [
        "Nghị quyết", "nghi\u0323 quye\u0301t", "NGHỊ QUYẾT", "Quyết định", "quy định", "Thông tư liên tịch", "Chương trình hành động",
        "Resolution", "Conclusion", "Joint Circular", "Decree", "luật", "lệnh", "Mẫu", "Tờ khai", "Form", "ngày", "ban hành",
        "dated", "issued on", "của Chính phủ", "Hà Nội", "Số", "số", "So", "No.", "No", "number", "nº",
    ];

    // Pieces of symbols and what stands around them: digits, codes (upper and lower case, with Đ), every slash and dash
    // the parser takes, dots, spaces of each kind, line breaks, format characters (soft hyphen, zero-width space and
    // joiner, word joiner, byte order mark) and dates.
    private static readonly string[] SymbolPieces =
    [
        "1", "30", "201", "0", "2020", "1234567890", "/", "\u2044", "\u2215", "\uFF0F", "-", "\u2013", "\u2212", ".", ".7", ",", ":",
        " ", "  ", "\t", "\u00A0", "\u200B", "\n", "\r\n", "\u00AD", "\u200D", "\u2060", "\uFEFF", "KL", "TW", "NĐ", "CP", "NĐ-CP",
        "QĐ", "qd", "TTg", "QH15", "BTC", "tt", "btc", "ND", "x", "đ", "(", ")", "%", "_", "12/4/2025", "12 tháng 4 năm 2025",
        "April 12, 2025", "201-KL/TW", "30/2020/NĐ-CP", "84 QĐ/TWĐTN", "66.7/2025/NQ-CP", "số31-QĐ/TW", "QCVN 15: 2018/BGTVT",
    ];

    private static readonly string[] Pieces = [.. SymbolPieces, .. Words, .. Words.SelectMany(Cuts)];

    [Property(MaxTest = 4000)]
    public bool The_slash_scan_finds_what_the_digit_scan_found(byte[] picks)
    {
        string text = string.Concat(picks.Take(40).Select(p => Pieces[p % Pieces.Length]));
        return CitationExtractor.Extract(text).SequenceEqual(CitationExtractor.ExtractByDigits(text));
    }

    [Property(MaxTest = 6000)]
    public bool The_slash_scan_finds_what_the_digit_scan_found_in_symbol_pieces_only(byte[] picks)
    {
        // Mostly digits, codes, separators and spaces: the characters the step back from a slash walks over.
        string text = string.Concat(picks.Take(30).Select(p => SymbolPieces[p % SymbolPieces.Length]));
        return CitationExtractor.Extract(text).SequenceEqual(CitationExtractor.ExtractByDigits(text));
    }

    [Fact]
    public void Both_scans_agree_on_the_shapes_before_a_first_slash()
    {
        string[] texts =
        [
            "Kết luận số 201 - KL / TW ngày 12/4/2025", "Nghị định 66.7/2025/NQ-CP", "Quyết định 84 QĐ/TWĐTN", "abc 12 / 2020 / NĐ-CP x",
            "số31-QĐ/TW", "Số: 30/2020/NĐ-CP\nHà Nội, ngày 5 tháng 3 năm 2020", "Nghị định 30/2020/N\u00ADĐ-CP",
            "Nghị định 3\u200B0/2020/NĐ-CP", "\u200B201-KL/TW", "0000000000201-KL/TW",
        ];
        foreach (string text in texts)
        {
            Assert.NotEmpty(CitationExtractor.Extract(text));
            Assert.Equal(CitationExtractor.ExtractByDigits(text), CitationExtractor.Extract(text));
        }

        // And where a number is not a symbol's: a standard's year, a number run into another one.
        foreach (string text in new[] { "QCVN 15: 2018/BGTVT", "1-2-KL/TW 3.4.5/2020/NĐ-CP", "12/4/2025" })
        {
            Assert.Equal(CitationExtractor.ExtractByDigits(text), CitationExtractor.Extract(text));
        }
    }

    private static IEnumerable<string> Cuts(string word)
    {
        for (int at = 1; at < word.Length; at++)
        {
            yield return word[..at];
            yield return word[at..];
        }
    }
}
