using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the ninety-sixth pass (docs/reading.md), with sentences of development set 72's sources (held-out set
/// 71, `HeldOut71/`), and cases the rules must leave alone. Every case that a rule reads failed on the tree of the set's
/// measurement (627c62d), before the pass.</summary>
public class HeldOut71RulesTests
{
    // A town's committee's standing members and its boards, as a province's are read.
    [Theory]
    [InlineData("Theo đó, Thường trực Thị ủy yêu cầu các tổ chức cơ sở Đảng, các cơ quan, đơn vị thuộc thị xã tập trung chỉ đạo.", "Thường trực Thị ủy = -")]
    [InlineData("Thường trực Thị ủy giao Ban tuyên giáo Thị ủy chủ trì phối hợp xây dựng lộ trình cụ thể.", "Ban tuyên giáo Thị ủy = -")]
    [InlineData("Ban Tổ chức Huyện ủy Đông Sơn hướng dẫn các chi bộ.", "Ban Tổ chức Huyện ủy Đông Sơn = -")]
    public void A_towns_committee_has_its_standing_members_and_boards(string text, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Findings.Day("2015-01-07")).Split('|'));

    // The Central Military Commission's "Quân ủy" folds as a district's "Quận ủy": its standing members are a post, not a board.
    [Fact]
    public void The_central_military_commission_is_not_a_district_committee() =>
        Assert.DoesNotContain("Thường trực Quân ủy", Findings.Organisations("Đồng chí là Thường trực Quân ủy Trung ương.", Findings.Day("2015-01-07")), StringComparison.Ordinal);

    // A city's district or ward named by its number.
    [Theory]
    [InlineData("Để chuẩn bị Đại hội, ngày 07 tháng 5 năm 2020, Quận ủy Quận 6 ban hành Công văn số 1363-CV/QU.", "Quận ủy Quận 6 = -")]
    [InlineData("UBND Quận 3 đã họp.", "UBND Quận 3 = -")]
    public void A_district_named_by_its_number_keeps_it(string text, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Findings.Day("2020-05-13")).Split('|'));

    // A province's emulation council, the ministry of 2025 by the news' name, a Party organisation's executive committee by "BCH".
    [Theory]
    [InlineData("Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến nhân dân về việc chấp hành chủ trương của Đảng.", "2022-09-26", "Hội đồng Thi đua - Khen thưởng tỉnh = -")]
    [InlineData("On May 18, according to information from the Ministry of Ethnic Minorities and Religions, 4 more localities held ceremonies.", "2025-05-18", "Ministry of Ethnic Minorities and Religions = vn.state.ministry.ethnic-religious-affairs")]
    [InlineData("Ban Thường vụ Tỉnh ủy tổ chức Hội nghị BCH Đảng bộ tỉnh lần thứ 18, khóa XVII (mở rộng).", "2024-04-09", "BCH Đảng bộ tỉnh = -")]
    [InlineData("Dự hội nghị có các đồng chí Ủy viên BCH Đảng bộ tỉnh.", "2024-04-09", "BCH Đảng bộ tỉnh = -")]
    public void More_bodies_by_their_names(string text, string date, string expected) =>
        Assert.Contains(expected, Findings.Organisations(text, Findings.Day(date)).Split('|'));

    // A sitting of a Party organisation's executive committee says whose "khóa" follows it.
    [Fact]
    public void A_local_conference_with_its_khoa_is_that_bodys_term()
    {
        TermMention term = Assert.Single(DraftReader.Read("Ban Thường vụ Tỉnh ủy tổ chức Hội nghị BCH Đảng bộ tỉnh lần thứ 18, khóa XVII (mở rộng).",
            Findings.Day("2024-04-09"), VietnamReferenceData.OrgChart).Terms);
        Assert.Equal(("Hội nghị BCH Đảng bộ tỉnh lần thứ 18, khóa XVII", (int?)18, (int?)17, 0), (term.Text, term.MeetingNumber, term.TermNumber, term.Terms.Count));
    }

    // The first sitting in words.
    [Theory]
    [InlineData("Tổng Bí thư phát biểu tại phiên họp đầu tiên của Tiểu ban nhân sự ngày 13/3/2024.", "phiên họp đầu tiên")]
    [InlineData("Kỳ họp đầu tiên HĐND tỉnh khóa XVII diễn ra.", "Kỳ họp đầu tiên HĐND tỉnh khóa XVII")]
    public void The_first_sitting_in_words_is_sitting_1(string text, string expected)
    {
        TermMention term = Assert.Single(DraftReader.Read(text, Findings.Day("2024-04-09"), VietnamReferenceData.OrgChart).Terms);
        Assert.Equal((expected, (int?)1), (term.Text, term.MeetingNumber));
    }

    // A Tày family name; a post held then; a deputy head.
    [Theory]
    [InlineData("Đồng chí Bí thư Tỉnh ủy Chẩu Văn Lâm quán triệt, triển khai bài phát biểu.", "Chẩu Văn Lâm")]
    [InlineData("Trieu Tai Vinh, then-Party Secretary of Ha Giang Province in northern Vietnam, was reviewed.", "Trieu Tai Vinh")]
    [InlineData("In October this year, Vinh’s younger sister, Trieu Thi Giang, deputy head of the external economic relations division at the Ha Giang Department of Planning and Investment, was reprimanded.", "Trieu Thi Giang")]
    public void More_names_with_their_posts(string text, string expected) =>
        Assert.Equal(expected, Findings.People(text));

    // A place's "Châu Thành" before a name is the place's.
    [Theory]
    [InlineData("Chủ tịch UBND huyện Châu Thành Nguyễn Văn Bôn phát biểu.", "Nguyễn Văn Bôn")]
    [InlineData("Đoàn công tác làm việc tại huyện Châu Thành.", "")]
    public void A_place_named_Chau_is_left_alone(string text, string expected) =>
        Assert.Equal(expected, Findings.People(text));

    // The place before a body's word in capitals is the body's, not a person disciplined.
    [Fact]
    public void A_place_before_a_bodys_word_is_not_a_person_disciplined() =>
        Assert.Equal("Reprimand: Trieu Thi Giang", Findings.Decisions("In October this year, Vinh’s younger sister, Trieu Thi Giang, deputy head of the external economic relations division at the Ha Giang Department of Planning and Investment, was reprimanded by the provincial Party Inspection Committee for manipulating others to raise the scores of her niece."));
}
