using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>The short cuts of the citation extractor against the readings they short-cut: the one backward reading of
/// the words before a number, and the one-word reject of what cannot introduce a date.</summary>
public class CitationFastPathTests
{
    // Words and pieces that stand around citations: kind words (both scripts, NFC and NFD, any case), number words, form
    // words, words that introduce dates and words that do not, dates, punctuation, white space.
    private static readonly string[] Pieces =
    [
        " ", "  ", "\n", ", ", "(", ")", ":", ".", "số", "Số:", "So", "No.", "No", "number", "nº", "Nghị quyết", "nghi\u0323 quye\u0301t",
        "NGHỊ QUYẾT", "Quyết định", "quy định", "Thông tư", "thông tư liên tịch", "Chương trình hành động", "Resolution",
        "Conclusion", "Joint Circular", "Decree", "luật", "Law", "lệnh", "Mẫu", "Tờ khai", "Form", "ngày", "Ngày", "NGA\u0300Y",
        "ngay", "ban hành", "Ban Hành", "ký", "ky\u0301", "dated", "Dated", "DATED", "of", "Of", "on", "issued", "Issued on",
        "signed", "adopted", "promulgated", "Promulgated", "promulgate", "ngàyx", "của", "Chính phủ", "về", "Hà Nội", "x", "đ",
        "12/4/2025", "31/10/2025", "12 tháng 4 năm 2025", "April 12, 2025", "12 April 2025", "12th of April, 2025",
        "201-KL/TW", "30/2020/NĐ-CP", "45", "2025",
        // The kind names as texts write them (matched before any folding), with what stands around them: the longer
        // spellings they end ("Joint Resolution", "Pháp lệnh", "Personnel Decision"), letters, marks, format characters,
        // non-ASCII spaces and NUL before them, look-alikes of Đ and NFD.
        "Joint Resolution", "Pháp lệnh", "PHÁP LỆNH", "Lệnh", "Personnel Decision", "Action Programme", "Báo cáo", "BÁO CÁO",
        "Chỉ thị", "Directive", "Nghị định", "NGHỊ ĐỊNH", "Nghi\u0323 đi\u0323nh", "NGHỊ ÐỊNH", "Quy định", "Copy", "Bản sao",
        "Hướng dẫn", "guidelines", "Kết luận", "Circular", "Văn bản hợp nhất", "joint", "Action", "Pháp", "PHÁP", "t", "a", "\u0301", "\u200B", "\u00A0", "\0", "-", "/",
    ];

    [Property(MaxTest = 3000)]
    public bool Reading_the_words_before_a_number_once_agrees_with_the_separate_readings(byte[] picks)
    {
        string text = Join(picks);
        for (int end = 0; end <= text.Length; end++)
        {
            KindWordTable.Before before = KindWordTable.ReadBefore(text, end);
            bool form = KindWordTable.IsFormWordBefore(text, end);
            bool numberWord = KindWordTable.HasNumberWordBefore(text, end);
            bool kind = CitationKindWord.TryFindBefore(text, end, out CitationKindWord word, out int start);
            bool same = before.Form == form && before.NumberWord == numberWord
                && (form || (before.HasKind == kind && (!kind || (before.Kind.Equals(word) && before.KindStart == start))));
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 3000)]
    public bool The_one_word_reject_never_changes_the_date_read_after_a_number(byte[] picks)
    {
        string text = Join(picks);
        for (int i = 0; i <= text.Length; i++)
        {
            bool fast = CitationDates.TryReadAfter(text, i, out LocalDate date, fastReject: true);
            bool full = CitationDates.TryReadAfter(text, i, out LocalDate fullDate, fastReject: false);
            if (fast != full || date != fullDate)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Every_word_that_introduces_a_date_still_does()
    {
        foreach (string intro in new[] { "ngày", "NGÀY", "nga\u0300y", "ban hành ngày", "ký ngày", "dated", "Dated", "of", "on", "issued on", "signed on", "adopted on", "promulgated on" })
        {
            Assert.True(CitationDates.TryReadAfter(" " + intro + " 12/4/2025", 0, out LocalDate read), intro);
            Assert.Equal(new LocalDate(2025, 4, 12), read);
        }
    }

    private static string Join(byte[] picks) => string.Concat(picks.Take(24).Select(p => Pieces[p % Pieces.Length]));
}
