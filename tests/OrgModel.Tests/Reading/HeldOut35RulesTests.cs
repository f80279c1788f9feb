using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rules added after held-out set 35 was measured (docs/reading.md, "Fortieth pass"), with sentences of that set's
/// sources (docs/sources.md, "Held-out reading set 35") and cases the rules must leave alone. Each held-out case failed on main at
/// dea7cad.</summary>
public class HeldOut35RulesTests
{
    private static readonly LocalDate Date2024 = new(2024, 8, 5);

    [Theory]
    [InlineData("Văn phòng Chính phủ công bố quyết định đối với nguyên Chủ tịch UBND tỉnh Bình Dương.", "UBND tỉnh Bình Dương = -")]
    [InlineData("Văn phòng Chính phủ công bố quyết định đối với nguyên Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu các nhiệm kỳ 2011 - 2016.", "UBND tỉnh Bà Rịa - Vũng Tàu = -")]
    public void A_province_whose_last_word_is_a_family_name(string text, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Date2024).Split('|'));

    [Fact]
    public void A_family_name_after_a_province_stays_out_of_it() => Assert.Contains("UBND tỉnh Bắc Giang = -",
        Findings.Organisations("Chủ tịch UBND tỉnh Bắc Giang Dương Văn Thái phát biểu.", Date2024).Split('|'));

    [Fact]
    public void The_signer_of_a_disciplinary_decision_is_not_disciplined() => Assert.Equal("Warning: Lê Thanh Cung, Nguyễn Văn Trình", Findings.Decisions(
        "Các quyết định do Phó Thủ tướng Trần Lưu Quang ký nêu rõ, ông Lê Thanh Cung, nguyên Chủ tịch UBND tỉnh Bình Dương và ông Nguyễn Văn Trình, nguyên Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu bị kỷ luật bằng hình thức Cảnh cáo."));

    [Fact]
    public void The_National_Assembly_s_Party_organisation() => Assert.Contains("Đảng bộ Quốc hội = vn.party.national-assembly-party-committee",
        Findings.Organisations("Bộ Chính trị làm việc với Ban Thường vụ Đảng ủy Quốc hội về Đại hội đại biểu Đảng bộ Quốc hội lần thứ I.", new LocalDate(2025, 9, 12)).Split('|'));
}
