namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-thirteenth pass (docs/reading.md), with sentences of held-out set 86's sources (`HeldOut86/`,
/// development set 87 since). Every case read failed on the tree of the set's measurement, before the pass, but the one that says
/// what stays as it was.</summary>
public class HeldOut86RulesTests
{
    // "chậm nhất trong ngày …": within that day, so on or before it; "chậm nhất trong tháng …" stays within the month.
    [Theory]
    [InlineData("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam có trách nhiệm gửi biên bản hội nghị hiệp thương lần thứ hai đến Ủy ban Thường vụ Quốc hội và Hội đồng bầu cử quốc gia chậm nhất trong ngày 3/2/2026; gửi danh sách.",
        "chậm nhất trong ngày 3/2/2026 = on or before 2026-02-03")]
    [InlineData("Về thời gian tiến hành Đại hội Đảng bộ các cấp: Đại hội cấp cơ sở bắt đầu từ tháng 4.2015 và hoàn thành chậm nhất trong tháng 6.2015.", "chậm nhất trong tháng 6.2015 = in 2015-06")]
    public void At_the_latest_within_a_day_is_on_or_before_it(string text, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, Findings.Day("2026-01-20")));

    // A province's committee by "Party Executive Committee"; a town's committee, its place first; a district's Youth Union with
    // its place; a board of the city's committee named by the city's one-word short name.
    [Theory]
    [InlineData("The Party Executive Committee of Nghe An province has just held a meeting.",
        "Party Executive Committee of Nghe An province = vn.au.2025-01.40.party-committee", "2024-07-01")]
    [InlineData("Secretary of Cua Lo Town Party Committee, Ms. Pham Thi Hong Toan. Photo: NTV",
        "Cua Lo Town Party Committee = -", "2024-07-01")]
    [InlineData("năm 2019, khi thấy vợ là bà Nguyễn Thị Hà – Bí thư Huyện đoàn Yên Định (Thanh Hóa) thờ ơ việc gia đình.",
        "Huyện đoàn Yên Định = -", "2020-06-15")]
    [InlineData("Thường trực Thành ủy TPHCM thông báo kết luận về tình hình tổ chức Tết Bính Ngọ 2026.",
        "Thường trực Thành ủy TPHCM = -", "2026-02-26")]
    public void Bodies_are_read(string text, string expected, string day) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));

    // A district's name after a local Youth Union is no person; "Đảng viên" before a name is a title; the degree a finding gives
    // the violations ("đến mức phải khai trừ") is not the expulsion decided after it.
    [Fact]
    public void The_member_and_the_one_expulsion_are_read()
    {
        Assert.Equal("Nguyễn Thị Hà", Findings.People("năm 2019, khi thấy vợ là bà Nguyễn Thị Hà – Bí thư Huyện đoàn Yên Định (Thanh Hóa) thờ ơ việc gia đình."));
        const string text = "Ủy ban Kiểm tra Tỉnh ủy nhận thấy khuyết điểm, vi phạm của bà Nguyễn Thị Hà đến mức phải khai trừ ra khỏi Đảng và đề nghị Huyện ủy Yên Định xử lý kỷ luật với Đảng viên Nguyễn Thị Hà. Tiếp đó, Ban Thường vụ Huyện ủy Yên Định đã thống nhất với đề nghị của Ủy ban Kiểm tra Tỉnh ủy và quyết định thi hành kỷ luật bằng hình thức khai trừ ra khỏi Đảng đối với bà Nguyễn Thị Hà.";
        Assert.Equal("Nguyễn Thị Hà|Nguyễn Thị Hà|Nguyễn Thị Hà", Findings.People(text));
        Assert.Equal("Expulsion: Nguyễn Thị Hà", Findings.Decisions(text));
    }
}
