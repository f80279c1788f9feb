using NodaTime;
using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>Issue 18: dates that real texts write apart from the number: after the issuer, after a parenthetical alias,
/// and on the place-and-date line of an official text's header. Sources: docs/sources.md.</summary>
public class CitationDatePlacementTests
{
    [Theory]
    [InlineData("Nghị định 108/2016/NĐ-CP của Chính phủ ngày 01/7/2016", 2016, 7, 1)]
    [InlineData("Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn", 2013, 2, 22)]
    [InlineData("Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương ngày 12 tháng 4 năm 2025", 2025, 4, 12)]
    [InlineData("Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày 14/4/2025", 2025, 4, 14)]
    [InlineData("Decree 13/2023/ND-CP (Decree 13) dated 17 April 2023", 2023, 4, 17)]
    [InlineData("Nghị định 13/2023/NĐ-CP (Nghị định 13) ngày 17/4/2023", 2023, 4, 17)]
    public void A_date_after_the_issuer_or_an_alias_is_the_documents(string text, int year, int month, int day)
    {
        Citation c = CitationExtractor.Extract(text)[0];
        Assert.Equal(new LocalDate(year, month, day), c.Date);
    }

    [Theory]
    [InlineData("Nghị định 108/2016/NĐ-CP của Chính phủ, ngày 01/7/2016")]
    [InlineData("Quyết định 759/QĐ-TTg của Thủ tướng về việc tổ chức hội nghị ngày 14/4/2025")]
    [InlineData("Nghị định 108/2016/NĐ-CP của Chính phủ và Thông báo ngày 01/7/2016")]
    [InlineData("Decree 13/2023/ND-CP (a long aside that runs on and on for far too many words) dated 17 April 2023")]
    [InlineData("Resolution 60-NQ/TW of the Central Committee, dated April 12, 2025")]
    public void A_date_further_away_or_across_a_title_or_another_citation_is_left_out(string text) =>
        Assert.Null(CitationExtractor.Extract(text)[0].Date);

    [Theory]
    [InlineData("CHÍNH PHỦ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 205/NQ-CP\n\nHà Nội, ngày 06 tháng 7 năm 2025\n\nNGHỊ QUYẾT", "205/NQ-CP", 2025, 7, 6)]
    [InlineData("CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 223/NQ-CP | Hà Nội, ngày 31 tháng 7 năm 2025 |\nNGHỊ QUYẾT", "223/NQ-CP", 2025, 7, 31)]
    [InlineData("Số: 406/NQ-CP |\nHà Nội, ngày 10 tháng 12 năm 2025 |", "406/NQ-CP", 2025, 12, 10)]
    [InlineData("BỘ TÀI CHÍNH -------\nSố: 391/QĐ-BTC\n\nthủ đô hà nội, ngày 20 tháng 03 năm 2019\n\nQUYẾT ĐỊNH", "391/QĐ-BTC", 2019, 3, 20)]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 367-QĐ/TWĐTN-VP\nHà Nội, ngày 29 tháng 10 năm 2013", "367-QĐ/TWĐTN-VP", 2013, 10, 29)]
    [InlineData("THE GOVERNMENT OF VIETNAM\nNo.: 80/2023/ND-CP\nHanoi, November 17, 2023\n", "80/2023/NĐ-CP", 2023, 11, 17)]
    [InlineData("Number: 11 /2016/ND-CP\nHanoi, February 3, 2016", "11/2016/NĐ-CP", 2016, 2, 3)]
    [InlineData("Số: 66.7/2025/NQ-CP\nHà Nội, ngày 15 tháng 11 năm 2025", "66.7/2025/NQ-CP", 2025, 11, 15)]
    public void The_header_of_an_official_text_gives_the_place_and_date_of_issue(string text, string number, int year, int month, int day)
    {
        Citation c = Assert.Single(CitationExtractor.Extract(text));
        Assert.Equal(number, c.Number.ToString());
        Assert.Equal(new LocalDate(year, month, day), c.Date);
    }

    [Theory]
    [InlineData("theo 205/NQ-CP\nHà Nội, ngày 06 tháng 7 năm 2025")] // no "Số:": not a header
    [InlineData("Số: 205/NQ-CP\nHà Nội và các tỉnh, thành phố khác nhau nữa, ngày 06 tháng 7 năm 2025")]
    [InlineData("Số: 205/NQ-CP\nHà Nội, ngày 31 tháng 4 năm 2025")]
    [InlineData("Số: 205/NQ-CP\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nHà Nội, ngày 06 tháng 7 năm 2025")]
    public void A_place_and_date_that_is_not_a_header_line_is_left_out(string text) =>
        Assert.Null(Assert.Single(CitationExtractor.Extract(text)).Date);
}
