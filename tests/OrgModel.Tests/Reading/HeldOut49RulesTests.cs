using NodaTime;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>The rules added after held-out set 49 was measured (docs/reading.md, "Fifty-seventh pass"), with sentences of that
/// set's sources (docs/sources.md, "Held-out reading set 49") and cases the rules must leave alone. Each held-out case failed on
/// main at 9afe56e, before the pass; the cases left alone pass there too.</summary>
public class HeldOut49RulesTests
{
    private static readonly LocalDate Date2018 = new(2018, 10, 10);
    private static readonly LocalDate Date2022 = new(2022, 8, 14);
    private static readonly LocalDate Date2023 = new(2023, 10, 16);

    // "xóa tư cách chức vụ" voids a post held before: none of the forms, though it holds "cách chức". A form with a count alone
    // is a figure.
    [Theory]
    [InlineData("TPO - Thủ tướng quyết định kỷ luật ông Lý Vinh Quang bằng hình thức xóa tư cách chức vụ Phó Chủ tịch UBND tỉnh Lạng Sơn các nhiệm kỳ 2004-2011, 2011-2016, 2016-2021.", "")]
    [InlineData("Chỉ tính riêng 9 tháng năm 2023, Ủy ban kiểm tra các cấp đã thi hành kỷ luật 1.616 đảng viên (khiển trách 1.221, cảnh cáo 218, cách chức 12, khai trừ 165), bằng 171,7% so với nửa nhiệm kỳ 2015 - 2020.", "")]
    [InlineData("Ban Bí thư quyết định khai trừ Đảng đối với ông Lý Vinh Quang.", "Expulsion: Lý Vinh Quang")]
    [InlineData("Thủ tướng quyết định thi hành kỷ luật bằng hình thức cách chức Phó Chủ tịch UBND tỉnh đối với ông Lý Vinh Quang.", "RemovalFromPost: Lý Vinh Quang")]
    [InlineData("Ủy ban Kiểm tra đã thi hành kỷ luật bằng hình thức khiển trách 21 đồng chí.", "")]
    public void Voided_posts_and_figures_are_no_decisions(string text, string expected) =>
        Assert.Equal(expected, Findings.Decisions(text));

    // After a province's kind, a person's name that no province's name starts is the holder of the post.
    [Fact]
    public void A_name_after_a_provinces_council_is_its_holders() =>
        Assert.Equal("Nguyễn Ngọc Quang", Findings.People("Dịp này, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Ngọc Quang khẳng định."));

    [Theory]
    [InlineData("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Ngọc Quang khẳng định.", "Tỉnh ủy = -|HĐND tỉnh = -")]
    [InlineData("Chủ tịch HĐND tỉnh Lâm Đồng Trần Đức Quận phát biểu.", "HĐND tỉnh Lâm Đồng = -")]
    [InlineData("HĐND tỉnh Bắc Giang họp phiên bất thường.", "HĐND tỉnh Bắc Giang = -")]
    public void A_provinces_council_and_the_name_after_it(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, Date2018));

    // A body's "khóa" after a comma joins its years; a term's qualifier ("trước", "nửa") is part of it; a local Party
    // organisation's congress is no national congress; English ", term" joins a body and its term, "for the" does not.
    [Theory]
    [InlineData("Ông Nguyễn Trung Thành – nguyên Phó Chủ tịch UBND huyện Bảo Lâm, khóa VI, nhiệm kỳ 2021 – 2026, bị khai trừ ra khỏi Đảng.", "UBND huyện Bảo Lâm, khóa VI, nhiệm kỳ 2021 – 2026")]
    [InlineData("Số lượng đảng viên nhiệm kỳ 2020 - 2025 bị kỷ luật tăng so cao với nhiệm kỳ trước 2015 - 2020.", "nhiệm kỳ 2020 - 2025|nhiệm kỳ trước 2015 - 2020")]
    [InlineData("Ủy ban kiểm tra các cấp đã thi hành kỷ luật 57 tổ chức đảng, bằng 518,2% so với nửa nhiệm kỳ 2015 - 2020.", "nửa nhiệm kỳ 2015 - 2020")]
    [InlineData("Tiến tới Đại hội đại biểu lần thứ III Đảng bộ NHPT nhiệm kỳ 2020 – 2025.", "Đại hội đại biểu lần thứ III Đảng bộ NHPT nhiệm kỳ 2020 – 2025")]
    [InlineData("The Tuong Duong District Party Committee, term 2020-2025, met.", "Tuong Duong District Party Committee, term 2020-2025")]
    [InlineData("The People's Council of Tuong Duong district, term XX, 2021-2026, held its 8th session.", "People's Council of Tuong Duong district, term XX, 2021-2026|8th session")]
    [InlineData("Members of the People's Committee of Tuong Duong district for the 2021-2026 term attended.", "2021-2026 term")]
    [InlineData("Đồng chí được bầu làm Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII, nhiệm kỳ 2021-2026.", "Ban Chấp hành Trung ương Đảng khóa XIII, nhiệm kỳ 2021-2026")]
    public void Terms_with_their_bodies_and_qualifiers(string text, string expected) =>
        Assert.Equal(expected, Findings.DraftTerms(text, Date2022));

    [Fact]
    public void A_local_congress_is_not_the_national_one() =>
        Assert.All(DraftReader.Read("Tiến tới Đại hội đại biểu lần thứ III Đảng bộ NHPT nhiệm kỳ 2020 – 2025.", Date2022, VietnamReferenceData.OrgChart).Terms,
            t => Assert.Null(t.EventId));

    // A month with no year and no day after "before" or "trước" is the text's year's, due by the month's eve.
    [Theory]
    [InlineData("He asked provinces to hand over 70 percent of land for the project before November 20, approve site clearance plans before October, speed up the selection of investors.", "before November 20 = on or before 2022-11-20|before October = on or before 2022-09-30")]
    [InlineData("Các địa phương phải hoàn thành việc phê duyệt phương án trước tháng 10.", "trước tháng 10 = on or before 2022-09-30")]
    [InlineData("Các địa phương phải hoàn thành việc phê duyệt phương án trước tháng 10/2023.", "trước tháng 10/2023 = on or before 2023-09-30")]
    [InlineData("The plan must be approved before October 15.", "before October 15 = on or before 2022-10-15")]
    public void A_month_alone_after_before(string text, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, Date2022));

    // A district's body in English with its place; the office of a local body; a province's inspectorate and police, and a
    // police's investigation agency.
    [Theory]
    [InlineData("The People's Council of Tuong Duong district held its session.", "People's Council of Tuong Duong district = -")]
    [InlineData("Chairman of Tuong Duong District People's Committee spoke.", "Tuong Duong District People's Committee = -")]
    [InlineData("The Tuong Duong District Party Committee met.", "Tuong Duong District Party Committee = -")]
    [InlineData("The Office of the Hanoi People’s Committee held a briefing.", "Office of the Hanoi People’s Committee = -")]
    [InlineData("Ngoài ra, Thanh tra tỉnh Quảng Ninh đã triển khai 114 cuộc thanh tra.", "Thanh tra tỉnh Quảng Ninh = -")]
    [InlineData("Trước đó, ông Thành bị Cơ quan Cảnh sát điều tra Công an huyện Bảo Lâm khởi tố.", "Cơ quan Cảnh sát điều tra Công an huyện Bảo Lâm = -")]
    [InlineData("Cơ quan An ninh điều tra Công an tỉnh Lạng Sơn đã khởi tố vụ án.", "Cơ quan An ninh điều tra Công an tỉnh Lạng Sơn = -")]
    [InlineData("Đến ngày 5-5, Công an tỉnh Cà Mau có thông báo.", "Công an tỉnh Cà Mau = -")]
    [InlineData("The Hanoi Party Committee met.", "Hanoi Party Committee = vn.au.2025-01.01.party-committee")]
    public void Local_bodies_by_their_place(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, Date2023.PlusYears(-2)));
}
