using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rules added after held-out set 19 was measured (docs/reading.md, "Eighteenth pass" and "Nineteenth pass"), with
/// sentences of that set's sources (docs/sources.md, "Held-out reading set 19") and of sets 6, 10, 16 and 18, and cases the rules
/// must leave alone. Each held-out case of the eighteenth pass failed on main at 9d29717, each of the nineteenth on 0f55d37.</summary>
public class HeldOut19RulesTests
{
    private static readonly LocalDate Date2017 = new(2017, 5, 24);
    private static readonly LocalDate Date2020 = new(2020, 5, 15);

    [Theory]
    [InlineData("tổng hợp ý kiến, kiến nghị của cử tri và chất vấn của Đại biểu HĐND tỉnh tại kỳ họp thứ 4", "HĐND tỉnh = -")]
    [InlineData("Đồng chí Trần Thị Xuân Thu, nguyên Bí thư Đảng đoàn, nguyên Chủ tịch Hội", "Đảng đoàn = -")]
    public void The_province_s_council_and_a_Party_delegation_named_by_their_kind(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, Date2017));

    [Theory]
    // The council with its place is read whole, not as the text's own province's council by its kind ("HĐND tỉnh"); since the
    // forty-second pass it is read at all (a province's council on a day the chart holds none, held-out set 37). "Tỉnh ủy" alone
    // is the one province's committee since the sixty-third pass (it took no id before).
    [InlineData("ông Phạm Xuân Thăng, ủy viên Trung ương Đảng, bí thư Tỉnh ủy, chủ tịch HĐND tỉnh Hải Dương.", "Trung ương Đảng = vn.party.central-committee|Tỉnh ủy = vn.au.2025-01.30.party-committee|HĐND tỉnh Hải Dương = -")]
    [InlineData("Đảng đoàn Quốc hội đã họp", "Đảng đoàn Quốc hội = -")]
    public void A_council_with_its_place_or_a_delegation_before_its_body_are_read_as_before(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, Date2017));

    [Theory]
    [InlineData("Ngày 15-5, Ủy ban Kiểm tra Tỉnh ủy Vĩnh Long đã có buổi họp báo về việc thi hành kỷ luật bốn lãnh đạo Hội Chữ thập đỏ tỉnh.",
        "Ủy ban Kiểm tra Tỉnh ủy Vĩnh Long = vn.au.2025-01.86.inspection-commission|Hội Chữ thập đỏ tỉnh = -")]
    [InlineData("Phó Chủ tịch thường trực Hội Chữ thập đỏ nhiệm kỳ 2011-2016.", "Hội Chữ thập đỏ = -")]
    [InlineData("Bà Nguyễn Thị Kiều Linh – Chi ủy viên Chi bộ cơ sở Hội Chữ thập đỏ tỉnh Vĩnh Long nhiệm kỳ 2015-2020",
        "Chi bộ cơ sở Hội Chữ thập đỏ tỉnh Vĩnh Long = -")]
    [InlineData("ông Lê Đông Nhạc – Bí thư Chi bộ cơ sở nhiệm kỳ 2010-2015", "Chi bộ cơ sở = -")]
    [InlineData("vi phạm của Đảng đoàn Hội Chữ thập đỏ Việt Nam nhiệm kỳ 2017-2022", "Đảng đoàn Hội Chữ thập đỏ Việt Nam = -")]
    [InlineData("Trần Quốc Hùng, Uỷ viên Đảng đoàn, Phó Chủ tịch Trung ương Hội; Đặng Minh Châu", "Đảng đoàn = -|Trung ương Hội = -")]
    [InlineData("Bí thư Đảng uỷ Cơ quan Trung ương Hội Chữ thập đỏ Việt Nam.", "Đảng uỷ Cơ quan Trung ương Hội Chữ thập đỏ Việt Nam = -")]
    public void An_association_and_a_Party_cell_the_chart_does_not_hold(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, Date2020));

    [Theory]
    [InlineData("Hội nghị Trung ương đã họp tại thành phố Hội An.")]
    [InlineData("Hội Nghị toàn quốc về công tác kiểm tra.")]
    public void A_meeting_or_a_city_is_no_association(string text) =>
        Assert.DoesNotContain("Hội", Findings.Organisations(text, Date2020));

    // With "Trung ương" before it since the eighty-third pass (the labels of development sets 61 and 63 take the central
    // committee as the union, its id).
    [Fact]
    public void An_association_the_chart_holds_is_read_by_its_name() =>
        Assert.Equal("Trung ương Hội Nông dân Việt Nam = vn.front.farmers-union", Findings.Organisations("Trung ương Hội Nông dân Việt Nam đã họp.", new LocalDate(2025, 8, 1)));

    // "Tỉnh ủy" alone is the one province's committee since the sixty-third pass (it took no id before).
    [Theory]
    [InlineData("Đến ngày 20-8-2020, Đảng bộ tỉnh Gia Lai có 21/21 đảng bộ trực thuộc Tỉnh ủy đã hoàn thành đại hội",
        "Đảng bộ tỉnh Gia Lai = vn.au.2025-01.64.party-committee|Tỉnh ủy = vn.au.2025-01.64.party-committee")]
    // The bare boards ("ủy viên Ban Thường vụ,", "tham gia Ban Chấp hành,") as the labels of these texts take them (ninety-seventh
    // pass; development sets 17 and 19).
    [InlineData("ủy viên Ban Thường vụ, ủy viên Ban Chấp hành Đảng bộ TP Đà Nẵng nhiệm kỳ 2015-2020",
        "Ban Thường vụ = -|Ban Chấp hành Đảng bộ TP Đà Nẵng = vn.au.2025-01.48.party-committee")]
    [InlineData("thôi tham gia Ban Chấp hành Đảng bộ TP Thanh Hóa nhiệm kỳ 2015 - 2020", "Ban Chấp hành Đảng bộ TP Thanh Hóa = -")]
    [InlineData("Đảng bộ xã Tam Thái được chọn tổ chức đại hội điểm", "Đảng bộ xã Tam Thái = -")]
    [InlineData("để tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy, giữ chức Phó Bí thư Huyện ủy Đông Sơn",
        "Ban Chấp hành = -|Ban Thường vụ Huyện ủy = -|Huyện ủy Đông Sơn = -")]
    // "Huyện ủy" alone was none in the sixteenth pass (a case it left alone, "Huyện ủy đã chỉ đạo"); every label of sets 6, 18
    // and 19 takes it as the district's committee, with no id.
    [InlineData("Huyện ủy đã chỉ đạo", "Huyện ủy = -")]
    public void A_Party_organisation_by_its_level_and_place_and_a_district_committee_by_its_kind(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, Date2020));

    [Theory]
    [InlineData("ông Lê Đông Nhạc – Bí thư Chi bộ cơ sở, Chủ tịch Hội Chữ thập đỏ nhiệm kỳ 2016-2021.", "Lê Đông Nhạc")]
    [InlineData("đồng chí Đinh Bá Tuấn, Bí thư Chi bộ, nguyên Tổng Biên tập Tạp chí điện tử Nhân đạo và Đời sống.", "Đinh Bá Tuấn")]
    [InlineData("giữ chức Phó Bí thư Huyện ủy Đông Sơn nhiệm kỳ (2015 – 2020), ông Trần Anh Chung", "Trần Anh Chung")]
    [InlineData("Phó Chủ tịch Quốc hội Tống Thị Phóng phát biểu.", "Tống Thị Phóng")]
    public void A_body_after_a_title_starts_no_name(string text, string expected) =>
        Assert.Equal(expected, Findings.People(text));
}
