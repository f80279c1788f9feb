using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Reading;

/// <summary>The general rules added after held-out set 9 was measured (docs/reading.md, "Ninth pass"), one category each, with
/// a sentence of that set's sources (docs/sources.md, "Held-out reading set 9") and a case the rule must leave alone. Each
/// held-out case failed on main at 678708c.</summary>
public class HeldOut9RulesTests
{
    private static readonly LocalDate Before2025 = new(2022, 6, 5);
    private static readonly LocalDate After2025 = new(2025, 10, 6);

    [Theory]
    [InlineData("nguyên Bí thư Tỉnh uỷ, Uỷ viên Trung ương Đảng khoá XIII.", "Trung ương Đảng khoá XIII")]
    [InlineData("Chương trình làm việc toàn khóa của Ban Chấp hành Trung ương khóa XIV; điều chỉnh thời gian.", "Ban Chấp hành Trung ương khóa XIV")]
    [InlineData("Ban Chỉ đạo xây dựng Báo cáo kiểm điểm của Ban Chấp hành Trung ương khóa XIII và Ban Bí thư khóa XIII.", "Ban Chấp hành Trung ương khóa XIII|Ban Bí thư khóa XIII")]
    [InlineData("Hội nghị BCH Trung ương Đảng khóa XII và BCHTW Đảng khóa XIII.", "BCH Trung ương Đảng khóa XII|BCHTW Đảng khóa XIII")]
    public void A_term_takes_the_body_written_before_khoa(string text, string expected) =>
        Assert.Equal(expected, Findings.Terms(text, After2025));

    [Theory]
    [InlineData("Ủy ban Kiểm tra Trung ương khóa XIII đã họp.", "khóa XIII")]
    [InlineData("Ủy ban Kiểm tra Trung ương Đảng khóa XIII đã họp.", "khóa XIII")]
    [InlineData("Các đại biểu bị phê bình ở nhiệm kỳ 2020 - 2025 bị kỷ luật.", "nhiệm kỳ 2020 - 2025")]
    [InlineData("Trung ương. Khóa XIII đã kết thúc.", "Khóa XIII")]
    public void A_term_leaves_another_body_a_sentence_before_and_the_passive_bi_alone(string text, string expected) =>
        Assert.Equal(expected, Findings.Terms(text, After2025));

    [Theory]
    [InlineData("warning to the Party committees of the 2016-2021 tenure at the Ministry of Science and Technology", "2016-2021 tenure")]
    [InlineData("the 15th National Assembly for a meeting", "15th National Assembly")]
    public void A_term_never_ends_on_at_or_for(string text, string expected) => Assert.Equal(expected, Findings.Terms(text, After2025));

    [Theory]
    [InlineData("Anh is currently Vice Secretary of the Party Committee of Hanoi and Chairman of the Hanoi People's Committee.",
        "Party Committee of Hanoi = vn.au.2025-01.01.party-committee|Hanoi People's Committee = -")]
    [InlineData("the Party Committee of Ha Nam province and the People's Council of Dong Nai province",
        "Party Committee of Ha Nam province = vn.au.2025-01.35.party-committee|People's Council of Dong Nai province = -")]
    [InlineData("the Standing Board of the Party Committee of Đồng Nai Province", "Standing Board of the Party Committee of Đồng Nai Province = -")]
    public void An_English_local_body_is_found_by_its_place_kind_first_or_place_first(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, Before2025));

    [Theory]
    [InlineData("the Party Committee of the Consular Department and the Party Committee of Vietcombank", "")]
    [InlineData("The Hanoi People's Committee met.", "Hanoi People's Committee = vn.au.2025-07.01.peoples-committee")]
    public void A_local_body_by_place_needs_a_place_of_the_chart_and_resolves_on_the_day(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, After2025));

    [Theory]
    [InlineData("nguyên Chủ tịch HĐND tỉnh Thanh Hoá.", "HĐND tỉnh Thanh Hoá = vn.au.2025-07.38.peoples-council")]
    [InlineData("Chủ tịch UBND thành phố Hà Nội", "UBND thành phố Hà Nội = vn.au.2025-07.01.peoples-committee")]
    public void HDND_and_UBND_abbreviate_a_council_and_a_committee_of_the_chart(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, After2025));

    [Theory]
    [InlineData("requested provincial-level People’s Committees to report", "provincial-level People’s Committees = scope")]
    [InlineData("concerned ministries and agencies shall act", "concerned ministries and agencies = scope")]
    public void Provincial_level_and_concerned_open_a_scope(string text, string expected) =>
        Assert.Equal(expected, Findings.OrganisationKeys(text, Before2025));

    [Theory]
    [InlineData("The Secretariat decided to expel Pham Cong Tac, member of the Party committee at the MoST, from the Party.", "Pham Cong Tac")]
    [InlineData("disciplinary measures against Chu Ngoc Anh, who is member of the Party Central Committee, and Nguyen Thanh Long who is member of the Party Central Committee",
        "Chu Ngoc Anh|Nguyen Thanh Long")]
    public void A_full_name_with_who_is_or_member_of_after_it_is_a_person(string text, string expected) =>
        Assert.Equal(expected, Findings.People(text));

    [Theory]
    [InlineData("Hanoi who is member of the group", "")]
    [InlineData("Ho Chi Minh, who is member of nothing", "")]
    public void A_place_before_who_is_is_no_person(string text, string expected) => Assert.Equal(expected, Findings.People(text));

    [Theory]
    [InlineData("showed a lack of responsibility and allowing officials to take bribes.Chu Xuan Dung, member of the Party Committee, was expelled from the Party.", 2)]
    [InlineData("Chủ tịch UBND Tp.Hồ Chí Minh đã ký.", 1)]
    [InlineData("TP.HCM và T.Ư ngày 31.7.2025 đã họp.", 1)]
    public void A_full_stop_glued_to_a_capitalised_word_ends_a_sentence(string text, int sentences)
    {
        DeadlineTextTokens k = DeadlineTextTokens.Read(text);
        int boundaries = Enumerable.Range(0, k.Count).Count(t => k.IsBoundary(text, t) && t < k.Count - 1);
        Assert.Equal(sentences - 1, boundaries);
    }
}
