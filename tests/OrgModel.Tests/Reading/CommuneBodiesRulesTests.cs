using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>The bodies of a commune, ward or special zone (docs/reading.md, "Forty-seventh pass"), which the chart holds from
/// 1 July 2025: 243 names of the 3,321 belong to two or more communes, and a text may name a former commune of the name of a
/// current one elsewhere, so a commune's body takes its id only where the text names the commune's province. Sentences of the
/// sources of development sets 33, 37, 39 and 42 (docs/sources.md). The Tam Quang, Xuân Lộc, Minh Sơn and Bình Trưng cases
/// failed on main at 24c0cd4, before the pass (a wrong province's id, the first of several, no id for "Đảng bộ"); the Biển
/// Bạch cases pass there too.</summary>
public class CommuneBodiesRulesTests
{
    private static readonly LocalDate August2025 = new(2025, 8, 10);

    // "UBND xã Tam Quang, huyện Núi Thành, tỉnh Quảng Nam (cũ)": a former commune of Quảng Nam; the chart's Xã Tam Quang of
    // 1 July 2025 is in Nghệ An, which the text does not name.
    [Fact]
    public void A_commune_of_a_province_the_text_does_not_name_takes_no_id()
    {
        string[] found = Findings.Organisations("Cụ thể gồm: bà Huỳnh Thị Mỹ Dung, đảng viên Chi bộ thôn Sâm Linh Tây thuộc Đảng bộ xã Núi Thành, TP Đà Nẵng; nguyên Phó Bí thư Đảng ủy, nguyên Chủ tịch UBND xã Tam Quang, huyện Núi Thành, tỉnh Quảng Nam (cũ).", new LocalDate(2025, 9, 7)).Split('|');
        Assert.Contains("Đảng bộ xã Núi Thành = vn.au.2025-07.20965.party-committee", found);
        Assert.Contains("UBND xã Tam Quang = -", found);
    }

    // Three communes are named Xuân Lộc (Hà Tĩnh, Đắk Lắk, Đồng Nai): the province the text names says which.
    [Theory]
    [InlineData("Chiều ngày 10/8/2025, Đảng bộ xã Xuân Lộc, tỉnh Hà Tĩnh tổ chức phiên thứ nhất Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030.",
        "Đảng bộ xã Xuân Lộc = vn.au.2025-07.18481.party-committee")]
    [InlineData("Đại hội đại biểu Đảng bộ xã Xuân Lộc lần thứ I, nhiệm kỳ 2025-2030 có 150 đại biểu tham dự, đại diện cho 1.128 đảng viên trong toàn Đảng bộ.",
        "Đảng bộ xã Xuân Lộc = -")]
    public void A_commune_name_several_communes_share_takes_the_id_of_the_one_in_the_province_the_text_names(string text, string expected) =>
        Assert.StartsWith(expected, Findings.Organisations(text, August2025), StringComparison.Ordinal);

    [Theory]
    [InlineData("Vì vậy, Đảng ủy xã Biển Bạch gặp khó trong việc xử lý nên xin ý kiến hướng dẫn của UBKT Tỉnh ủy Cà Mau.",
        "Đảng ủy xã Biển Bạch = vn.au.2025-07.32069.party-committee|UBKT Tỉnh ủy Cà Mau = vn.au.2025-07.96.inspection-commission")]
    [InlineData("Chiều 14-8, Đảng bộ phường Bình Trưng (TP HCM) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Tại đại hội, Ban Chấp hành Đảng bộ phường Bình Trưng nhiệm kỳ 2025-2030 đã ra mắt.",
        "Đảng bộ phường Bình Trưng = vn.au.2025-07.27097.party-committee|Ban Chấp hành Đảng bộ phường Bình Trưng = vn.au.2025-07.27097.party-committee")]
    public void A_commune_s_Party_organisation_and_committee_are_its_Party_committee_in_the_province_the_text_names(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, August2025));

    // Before 1 July 2025 the chart holds no commune's bodies.
    [Fact]
    public void A_commune_s_body_before_the_reform_takes_no_id() => Assert.Equal(
        "Đảng ủy xã Biển Bạch = -|UBKT Tỉnh ủy Cà Mau = vn.au.2025-01.96.inspection-commission",
        Findings.Organisations("Vì vậy, Đảng ủy xã Biển Bạch gặp khó trong việc xử lý nên xin ý kiến hướng dẫn của UBKT Tỉnh ủy Cà Mau.", new LocalDate(2025, 6, 1)));

    // Xã Minh Sơn (Tuyên Quang, Thanh Hóa) and Xã Phú Lương (Tuyên Quang, Thái Nguyên) are not in Cà Mau, the one province
    // this sentence names.
    [Fact]
    public void A_commune_name_no_commune_of_the_named_province_bears_takes_no_id() => Assert.Equal(
        "Đảng ủy xã Minh Sơn = -|UBND xã Phú Lương = -|Đảng ủy xã Biển Bạch = vn.au.2025-07.32069.party-committee",
        Findings.Organisations("Đảng ủy xã Minh Sơn và UBND xã Phú Lương họp với Đảng ủy xã Biển Bạch, tỉnh Cà Mau.", August2025));
}
