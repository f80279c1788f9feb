using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The general rules added after held-out set 15 was measured (docs/reading.md, "Fourteenth pass"), one category each,
/// with a sentence of that set's sources (docs/sources.md, "Held-out reading set 15") and a case the rule must leave alone. Each
/// held-out case failed on main at fd704a8.</summary>
public class HeldOut15RulesTests
{
    private static readonly LocalDate Date2024 = new(2024, 10, 7);

    [Theory]
    [InlineData("Ban Chấp hành Trung ương Đảng đã thảo luận, kết luận, biểu quyết,\nquyết định thi hành kỷ luật đồng chí Vũ Huy Hoàng, nguyên Ủy viên Trung\nương Đảng bằng hình thức khai trừ ra khỏi Đảng; thi hành kỷ luật đồng\nchí Trần Văn Nam, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy bằng hình thức cách chức tất\ncả các chức vụ trong Đảng.",
        "Expulsion: Vũ Huy Hoàng|RemovalFromAllPartyPosts: Trần Văn Nam")]
    public void A_line_broken_inside_a_sentence_does_not_end_it(string text, string expected) => Assert.Equal(expected, Findings.Decisions(text));

    [Theory]
    [InlineData("Các đơn vị phải hoàn thành trước ngày 15/12/2025\nBáo cáo kết quả về Văn phòng", "trước ngày 15/12/2025 = on or before 2025-12-15")]
    [InlineData("Ban Bí thư quyết định:\n- khai trừ ra khỏi Đảng đồng chí Nguyễn Văn A.", "Expulsion: Nguyễn Văn A")]
    public void A_line_that_opens_with_a_capital_or_a_mark_still_ends_one(string text, string expected) =>
        Assert.Equal(expected, text.Contains("trước", StringComparison.Ordinal) ? Findings.Deadlines(text, Date2024) : Findings.Decisions(text));

    [Theory]
    [InlineData("He called for concerted efforts and drastic actions of sectors and localities to complete the set goal by December 31 next year, with housing support.",
        "by December 31 next year = on or before 2025-12-31")]
    [InlineData("the emulation movement on working together to remove temporary and dilapidated houses by 2025 launched by the Prime Minister",
        "by 2025 = by the end of 2025")]
    public void A_day_of_next_year_and_a_year_alone_after_by(string text, string expected) => Assert.Equal(expected, Findings.Deadlines(text, Date2024));

    [Theory]
    [InlineData("trước ngày 31/12 năm sau", "on or before 2025-12-31")]
    [InlineData("chậm nhất ngày 15/12 năm nay", "on or before 2024-12-15")]
    [InlineData("by December 31 this year", "on or before 2024-12-31")]
    public void The_grammar_reads_a_year_given_by_words(string phrase, string expected) =>
        Assert.Equal(expected, OrgModel.Deadlines.Deadline.ParsePhrase(phrase, Date2024).ToString());

    [Fact]
    public void A_year_by_words_without_a_reference_date_fails_saying_why() =>
        Assert.Contains("reference date", Assert.Throws<FormatException>(() => OrgModel.Deadlines.Deadline.Parse("before December 31 next year")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("Ministries must finish the report by 2025-12-31.", "by 2025-12-31 = on or before 2025-12-31")]
    [InlineData("Ministries must finish the report by December 31.", "by December 31 = on or before 2024-12-31")]
    public void A_full_date_after_by_is_still_read_as_one(string text, string expected) => Assert.Equal(expected, Findings.Deadlines(text, Date2024));

    [Theory]
    [InlineData("the enthusiastic response of ministries, agencies, secretaries of the provincial and municipal party committees, and businesses",
        "ministries, agencies = scope|provincial and municipal party committees = scope")]
    [InlineData("handled according to their authority or proposed to competent authority to handle", "competent authority = scope")]
    [InlineData("the elections of deputies to the National Assembly and all-level People’s Councils", "National Assembly = vn.state.national-assembly|all-level People’s Councils = scope")]
    public void Kinds_of_body_written_as_groups(string text, string expected) => Assert.Equal(expected, Findings.OrganisationKeys(text, new LocalDate(2021, 5, 1)));

    [Theory]
    [InlineData("Cựu Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Bắc Son và Trương Minh Tuấn đã bị thi hành kỷ luật.", "Nguyễn Bắc Son|Trương Minh Tuấn")]
    [InlineData("đối với nguyên Ủy viên Trung ương Đảng khóa X, nguyên Phó Trưởng Ban Tuyên giáo Trung ương Nguyễn Bắc Son và", "Nguyễn Bắc Son")]
    public void A_second_full_name_after_a_title_for_one_and_the_heads_of_dissolved_commissions(string text, string expected) =>
        Assert.Equal(expected, Findings.People(text));

    [Theory]
    [InlineData("Thủ tướng Phạm Minh Chính và Bộ Chính trị đã thống nhất.", "Phạm Minh Chính")]
    [InlineData("Bộ trưởng Nguyễn Văn An và Hà Nội đã ký kết.", "Nguyễn Văn An")]
    public void A_body_or_a_place_after_va_is_no_second_name(string text, string expected) => Assert.Equal(expected, Findings.People(text));
}
