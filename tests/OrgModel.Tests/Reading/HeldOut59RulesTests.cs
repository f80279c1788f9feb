using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the seventy-seventh pass (docs/reading.md), with sentences of held-out set 59's sources (cut to the clause a
/// rule reads) and the cases each rule must leave alone. Every case read failed on main at ab7cca9, before the pass; the cases left
/// alone pass there too.</summary>
public class HeldOut59RulesTests
{
    private static readonly LocalDate Day = new(2022, 1, 6);

    // An election after a dismissal is another act: its people are not the dismissal's.
    [Fact]
    public void A_dismissal_is_not_given_to_the_people_elected_after_it() =>
        Assert.Equal("RemovalFromPost: Nguyen Ngoc Van", Findings.Decisions("At the meeting, delegates voted to elect comrade Nguyen Dinh Viet, Deputy Secretary of the Provincial Party Committee, to hold the position of Chairman of the People's Committee of Son La province, term XV; dismissed comrade Nguyen Ngoc Van from the position of member of the Provincial People's Committee, term XV, term 2021 - 2026 due to being assigned other work by competent authorities; voted to elect comrade Dang Trong Cuong, Director of the Provincial Police, as member of the Provincial People's Committee, term XV."));

    // "kì" is the older spelling of "kỳ"; "kỳ họp lần thứ 9" is the ninth sitting.
    [Theory]
    [InlineData("Trước đó (ngày 15/7), tại kì họp lần thứ 9, HĐND tỉnh Gia Lai đã thống nhất miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Phạm Thế Dũng, chờ nghỉ hưu theo chế độ.", "kì họp lần thứ 9")]
    [InlineData("Tại kỳ họp lần thứ 9, HĐND tỉnh Gia Lai đã thống nhất.", "kỳ họp lần thứ 9")]
    public void A_sitting_written_with_ki_or_lan_thu_is_read(string text, string expected) =>
        Assert.Contains(expected, Findings.DraftTerms(text, new LocalDate(2015, 9, 8)).Split('|'));

    [Fact]
    public void A_bare_ki_is_no_sitting() =>
        Assert.Equal("", Findings.DraftTerms("Ki họp lần thứ 9 là tên một con vật.", new LocalDate(2015, 9, 8)));

    // A congress with ", tenure" and its years; a conference of a provincial committee with its number in digits.
    [Theory]
    [InlineData("The participants of the conference listened, discussed and contributed ideas to the Draft of Collective and individual review report of Provincial Party Standing Committee of 2019 and the Draft Document of the 11th Provincial Party Congress, tenure 2020-2025.", 2020, 2, 12, "11th Provincial Party Congress, tenure 2020-2025")]
    [InlineData("The 23rd conference of the Provincial Party Executive Committee will be held in March; the 24th conference will be held in June; the 25th conference will be held in August and the 26th conference will be held in September 2025.", 2025, 1, 15, "23rd conference")]
    public void Terms_of_set_59_are_read(string text, int year, int month, int day, string expected) =>
        Assert.Contains(expected, Findings.DraftTerms(text, new LocalDate(year, month, day)).Split('|'));

    [Fact]
    public void A_first_conference_in_words_still_needs_its_term() =>
        Assert.Equal("", Findings.DraftTerms("Ha Giang Party Committee Secretary at the first conference held on July 3.", new LocalDate(2025, 7, 4)));

    // The Youth Union of a province, of a commune; a department with its province; a province's police.
    [Theory]
    [InlineData("Tỉnh Đoàn Hải Dương vừa tổ chức hội nghị báo cáo viên, cộng tác viên, tuyên truyền viên quý I/2022 và Họp báo tổ chức Đại hội Đoàn các cấp, tiến tới Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Hải Dương, lần thứ XIV, nhiệm kỳ 2022-2027.", "Tỉnh Đoàn Hải Dương = -")]
    [InlineData("Tỉnh Đoàn Hải Dương vừa tổ chức hội nghị báo cáo viên, cộng tác viên, tuyên truyền viên quý I/2022 và Họp báo tổ chức Đại hội Đoàn các cấp, tiến tới Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Hải Dương, lần thứ XIV, nhiệm kỳ 2022-2027.", "Đoàn TNCS Hồ Chí Minh tỉnh Hải Dương = -")]
    [InlineData("Ban Thường vụ Tỉnh đoàn chọn Đoàn thanh niên xã Yết Kiêu, huyện Gia Lộc tổ chức Đại hội điểm cấp cơ sở của tỉnh.", "Ban Thường vụ Tỉnh đoàn = -")]
    [InlineData("Ban Thường vụ Tỉnh đoàn chọn Đoàn thanh niên xã Yết Kiêu, huyện Gia Lộc tổ chức Đại hội điểm cấp cơ sở của tỉnh.", "Đoàn thanh niên xã Yết Kiêu = -")]
    [InlineData("Trước khi được bầu làm Chủ tịch UBND tỉnh, ông từng ở những cương vị như GĐ Sở Tài chính Gia Lai, Chủ tịch UBND TP Pleiku, Bí thư Thành ủy TP Pleiku, Phó Chủ tịch UBND tỉnh Gia Lai.", "Sở Tài chính Gia Lai = -")]
    [InlineData("Thủ tướng phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Tuyên Quang nhiệm kỳ 2016 - 2021 đối với ông Nguyễn Thế Giang, Tỉnh ủy viên, Giám đốc Sở Kế hoạch và Đầu tư tỉnh.", "Sở Kế hoạch và Đầu tư tỉnh = -")]
    [InlineData("voted to elect comrade Dang Trong Cuong, Director of the Provincial Police, as member of the Provincial People's Committee, term XV.", "Provincial Police = -")]
    [InlineData("the heads of relevant agencies and units are required to urgently complete and submit their proposals to the Ho Chi Minh City Department of Internal Affairs by July 21", "Ho Chi Minh City Department of Internal Affairs = -")]
    public void Bodies_of_set_59_are_read_whole(string text, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Day).Split('|'));

    [Theory]
    [InlineData("Ông Hùng, Phó Giám đốc Sở Nội vụ tỉnh này, đã nhận quyết định.", "Sở Nội vụ = -")]
    [InlineData("Đại hội Đoàn TNCS Hồ Chí Minh lần thứ XII thành công.", "Đoàn TNCS Hồ Chí Minh = vn.front.youth-union")]
    public void Neighbours_of_the_new_rules_are_left_as_they_were(string text, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Day).Split('|'));
}
