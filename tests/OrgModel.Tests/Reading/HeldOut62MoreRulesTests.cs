using NodaTime;
using NodaTime.Text;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the eighty-third pass (docs/reading.md), with sentences of held-out set 62's sources and of development
/// sets 26, 31, 37, 41 and 54 (cut to the clause a rule reads), and the cases the rules must leave alone. Every case read
/// failed on main at ddf4619, before the pass; the cases left alone pass there too.</summary>
public class HeldOut62MoreRulesTests
{
    private const string DaBac = "On September 26, the Inspection Committee (IC) of Da Bac District Party Committee said that the unit had just held a meeting to consider disciplinary action against members of the Standing Committee (SCC) of Dong Chum Commune Party Committee, term 2020 - 2025.";

    private const string Warnings = "Warnings were given to two comrades: Luong Van Hot - Party Secretary, Chairman of Dong Chum Commune People's Council and Luong Van Thinh - Deputy Party Secretary, Chairman of Dong Chum Commune People's Committee.";

    private const string Reprimands = "Reprimanded 2 comrades including: Xa Van Khuong - Standing Deputy Secretary, Chairman of the Inspection Committee of Dong Chum Commune Party Committee and Xa Van Thuan - Member of the Standing Committee of Dong Chum Commune Party Committee, Head of Commune Police.";

    private static readonly LocalDate DaBacDay = new(2024, 9, 27);

    // An English local committee's board, with its short form in brackets and no "the" before its body; a commune's bodies by
    // their place; a commune's police.
    [Theory]
    [InlineData(DaBac, "Inspection Committee (IC) of Da Bac District Party Committee = -")]
    [InlineData(DaBac, "Standing Committee (SCC) of Dong Chum Commune Party Committee = -")]
    [InlineData("Hoa Binh - Regarding the case of destroying forest land for illegal construction reported by Lao Dong Newspaper, the Inspection Committee of Da Bac District Party Committee disciplined a series of commune leaders.", "Inspection Committee of Da Bac District Party Committee = -")]
    [InlineData(Warnings, "Dong Chum Commune People's Council = -")]
    [InlineData(Warnings, "Dong Chum Commune People's Committee = -")]
    [InlineData(Reprimands, "Inspection Committee of Dong Chum Commune Party Committee = -")]
    [InlineData(Reprimands, "Commune Police = -")]
    [InlineData("In addition, the District Party Committee's Inspection Commission submitted to the Da Bac District Party Committee a decision to discipline the Party Committee of Dong Chum commune in the form of reprimand.", "Party Committee of Dong Chum commune = -")]
    [InlineData("Previously, the Inspection Committee of Hai Lang District Party Committee determined that Mr. Dong was irresponsible in his management work,", "Inspection Committee of Hai Lang District Party Committee = -")]
    [InlineData("An Luu Ward Party Committee currently has 475 members", "An Luu Ward Party Committee = -")]
    public void An_English_commune_s_bodies_and_a_local_committee_s_board_are_read(string text, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, DaBacDay).Split('|'));

    [Fact]
    public void A_count_opening_a_sentence_is_no_commune_s_place() =>
        Assert.DoesNotContain("Four", Findings.Organisations("Four Commune People’s Committee members have been reprimanded for attending a party in the middle of social distancing.", new LocalDate(2020, 6, 10)));

    [Fact]
    public void A_commune_s_police_is_no_person() =>
        Assert.Equal("Xa Van Khuong|Xa Van Thuan", Findings.People(Reprimands));

    [Fact]
    public void A_commune_s_word_with_its_mark_opens_no_name() =>
        Assert.Equal(string.Empty, Findings.People("Xã Dân chủ được thành lập trên cơ sở sáp nhập"));

    // A list of people after "two comrades:", "2 comrades including:".
    [Theory]
    [InlineData(Warnings, "Warning: Luong Van Hot, Luong Van Thinh")]
    [InlineData(Reprimands, "Reprimand: Xa Van Khuong, Xa Van Thuan")]
    public void A_form_given_to_a_list_after_a_colon_names_each(string text, string expected) =>
        Assert.Equal(expected, Findings.Decisions(text));

    [Fact]
    public void A_decision_submitted_to_a_higher_body_is_proposed() =>
        Assert.Equal(string.Empty, Findings.Decisions("In addition, the District Party Committee's Inspection Commission submitted to the Da Bac District Party Committee a decision to discipline the Party Committee of Dong Chum commune in the form of reprimand."));

    // A city's council and committee by their kind alone; the standing board without "Ban"; a union's central committee.
    [Theory]
    [InlineData("Tại kỳ họp, HĐND thành phố đã tiến hành xem xét miễn nhiệm các chức danh: Phó Chủ tịch UBND thành phố, nhiệm kỳ 2016-2011;", "2019-11-30", "HĐND thành phố = -")]
    [InlineData("Tại kỳ họp, HĐND thành phố đã tiến hành xem xét miễn nhiệm các chức danh: Phó Chủ tịch UBND thành phố, nhiệm kỳ 2016-2011;", "2019-11-30", "UBND thành phố = -")]
    [InlineData("Theo đó, với 100% số đại biểu có mặt tán thành, HĐND thành phố đã bầu ông Vũ Đình Chiến, Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy giữ chức Phó Chủ tịch UBND thành phố Tam Điệp", "2019-11-30", "Thường vụ Thành ủy = -")]
    [InlineData("Căn cứ các quy định về công tác kiểm tra, giám sát và thi hành kỷ luật của Đảng, Thường vụ Tỉnh ủy Hòa Bình quyết định thi hành kỷ luật ông Nguyễn Đức Thịnh bằng hình thức Cảnh cáo.", "2023-04-20", "Thường vụ Tỉnh ủy Hòa Bình = -")]
    [InlineData("Thực hiện sự chỉ đạo của Trung ương Hội LHPN Việt Nam, Hội LHPN tỉnh Bắc Ninh đã tích cực tổ chức Đại hội phụ nữ cấp cơ sở.", "2006-04-11", "Trung ương Hội LHPN Việt Nam = vn.front.womens-union")]
    public void A_city_s_bodies_by_their_kind_a_standing_board_and_a_union_s_central_committee_are_read(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, LocalDatePattern.Iso.Parse(date).Value).Split('|'));

    [Theory]
    [InlineData("Theo kế hoạch tổ chức đại hội MTTQ Việt Nam các cấp trong tỉnh, đại hội Mặt trận cấp xã tổ chức từ quý IV/2013 và hoàn thành trước tháng 3.2014.", "Mặt trận cấp xã = scope")]
    [InlineData("Việc tổ chức đại hội Mặt trận cấp huyện sẽ hoàn thành trước tháng 5.2014 và Đại hội MTTQ Việt Nam tỉnh hoàn thành trước tháng 7.2014.", "Mặt trận cấp huyện = scope")]
    public void The_front_at_a_level_by_its_first_words_is_a_scope(string text, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, new LocalDate(2013, 12, 20)).Split('|'));

    // The first, middle or last ten days of a month, read as the month.
    [Fact]
    public void Ten_days_of_a_month_are_read_as_the_month() =>
        Assert.Equal("in 2017-09", OrgModel.Deadlines.Deadline.ParsePhrase("vào trung tuần tháng 9/2017", new LocalDate(2017, 7, 15)).ToString());
}
