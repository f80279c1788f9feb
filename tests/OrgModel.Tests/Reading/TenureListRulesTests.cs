using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the seventy-eighth pass (docs/reading.md): each tenure of a list is a term of its own, the first with the
/// body written before "các nhiệm kỳ". Sentences of development sets 35, 25, 19 and 32 (cut to the clause a rule reads). The body
/// before "các" failed on main at 6669cdc, before the pass; the lists read in halves pass there too, and hold the rule against a
/// reader that would join a list into one term.</summary>
public class TenureListRulesTests
{
    private static readonly LocalDate Day = new(2024, 8, 5);

    [Theory]
    [InlineData("Nguyễn Văn Trình, nguyên Phó Bí thư Tỉnh ủy, nguyên Bí thư Ban cán sự đảng, nguyên Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu các nhiệm kỳ 2011 - 2016, 2016 - 2021 bị kỷ luật bằng hình thức Cảnh cáo do đã có những vi phạm, khuyết điểm trong công tác.", "UBND tỉnh Bà Rịa - Vũng Tàu các nhiệm kỳ 2011 - 2016|2016 - 2021")]
    [InlineData("Trách nhiệm đối với những vi phạm, khuyết điểm nêu trên thuộc về Ban Cán sự đảng TAND tỉnh Kon Tum các nhiệm kỳ 2015 - 2020, 2020 - 2025, bà Đỗ Thị Kim Thư và 1 phó chánh án khác.", "Ban Cán sự đảng TAND tỉnh Kon Tum các nhiệm kỳ 2015 - 2020|2020 - 2025")]
    public void The_body_before_cac_nhiem_ky_opens_the_first_tenure(string text, string expected) =>
        Assert.Equal(expected, Findings.DraftTerms(text, Day));

    [Theory]
    [InlineData("the commission issued a warning against the Standing Board of the Party Committee of the VASS for 2015-2020 and 2020-2025 tenures for violating the principles on Party organisation and operation and working regulations.", "2015-2020|2020-2025 tenures")]
    [InlineData("Ban Thường vụ Tỉnh ủy đã thi hành kỷ luật bằng hình thức cách tất cả chức vụ trong Đảng đối với ông Lê Đông Nhạc – Bí thư Chi bộ cơ sở nhiệm kỳ 2010-2015, 2015-2020.", "Chi bộ cơ sở nhiệm kỳ 2010-2015|2015-2020")]
    public void Each_tenure_of_a_list_is_a_term_of_its_own(string text, string expected) =>
        Assert.Equal(expected, Findings.DraftTerms(text, Day));

    // "huyện Bố Trạch" is a place inside a body's name, not a body: "các" stays out of the term.
    [Fact]
    public void Cac_after_a_place_stays_out() =>
        Assert.Equal("nhiệm kỳ 2015-2020|2020-2025", Findings.DraftTerms("Ngày 13/12, Ban Thường vụ Huyện uỷ Bố Trạch, Quảng Bình đã có quyết định kỷ luật Đảng ủy xã Lý Trạch, huyện Bố Trạch các nhiệm kỳ 2015-2020, 2020-2025, đồng thời cách chức và xử lý kỷ luật nhiều cá nhân để xảy ra sai phạm.", Day));
}
