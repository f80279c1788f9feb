using NodaTime;
using OrgModel.Personnel;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>Rules of the reader for terms, congresses and Central Conferences, and for the people named after a title, which no
/// test stated: a numbered sitting that is no congress before a term; "thị trấn" in a congress's name; a congress list's first
/// "đại hội" is not the numbered one's; a short term with "tenure" after or before its years; a short term of sixteen years; a
/// Central Conference ends on a word, not on "of the"; "Hội nghị Ban Chấp hành Trung ương lần thứ 10"; "Hội nghị Trung ương 6
/// (lần 2) khóa VIII" is not the current term's; a conference of a term the reference data does not hold; "Hội nghị Trung ương
/// 10, khóa XIII" as one; a two-word name with "Phan" or "Trịnh"; a title in a list and "nguyên"; a commission's name is no
/// title; "Bí thư Trung ương Đảng" after a name; "on/upon being elected"; a dismissal is no post of the name; the Party
/// committee of a body and "for the … terms" in a title. Written from the survivors of Reading's fourth mutation sample
/// (docs/quality.md, "Reading").</summary>
public class TermAndPersonSurvivorRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    private static DraftRecord Read(string text) => Findings.Record(text, Day);

    private static TermMention OnlyTerm(string text) => Assert.Single(Read(text).Terms);

    // --- Congresses before a term ---

    // A committee's numbered meeting is no congress: the search for "Đại hội" before "lần thứ 17" stops at the sentence's comma,
    // and the term stands alone.
    [Fact]
    public void A_numbered_meeting_that_is_no_congress_leaves_the_term_alone() =>
        Assert.Equal("nhiệm kỳ 2020 – 2025", OnlyTerm("Sáng 5/3, Ban Chấp hành Đảng bộ tỉnh họp lần thứ 17, nhiệm kỳ 2020 – 2025.").Text);

    // "thị trấn" is a level word of whose congress it is, as "tỉnh" and "xã" are; since the hundred-and-seventieth pass "Đảng bộ
    // thị trấn" is also a body's name, so the term is first the body's, then the congress's.
    [Fact]
    public void A_town_congress_is_taken_with_its_term()
    {
        TermMention term = OnlyTerm("Đại hội Đảng bộ thị trấn nhiệm kỳ 2025 – 2030 thành công tốt đẹp.");
        Assert.Equal("Đại hội Đảng bộ thị trấn nhiệm kỳ 2025 – 2030", term.Text);
        Assert.EndsWith(", of the congress named before it", term.Reason, StringComparison.Ordinal);
    }

    // Two congresses in a list: the numbered one starts at its own "đại hội", not at the first of the list.
    [Fact]
    public void A_numbered_congress_starts_at_its_own_dai_hoi()
    {
        TermMention term = OnlyTerm("Tổ chức tốt đại hội đảng bộ cơ sở và đại hội Đảng bộ tỉnh lần thứ XVIII.");
        Assert.Equal("đại hội Đảng bộ tỉnh lần thứ XVIII", term.Text);
        Assert.Equal(18, term.MeetingNumber);
    }

    // --- Short terms (years not five apart) ---

    // "tenure" after the years is the term's, as "term" is; before them it says the years are a term, and since the
    // hundred-and-fifty-third pass it is taken with them.
    [Theory]
    [InlineData("All Party cells have elected their committees for the 2025-2027 tenure.", "2025-2027 tenure")]
    [InlineData("Party cell committees for tenure 2025-2027 were elected.", "tenure 2025-2027")]
    public void A_short_term_beside_tenure_is_a_local_term(string text, string written) =>
        Assert.Contains(Read(text).Terms, t => t.Text == written
            && t.Reason.StartsWith("a local term whose years are not the nominal five; the text does not say which kind", StringComparison.Ordinal));

    // Up to sixteen years apart is still a term's range; the cell's committee before its cell is the body's (since the
    // hundred-and-seventy-sixth pass, as development set 31 labels "Chi ủy Chi bộ nhiệm kỳ 2020 - 2022").
    [Fact]
    public void A_short_term_may_span_sixteen_years() =>
        Assert.Equal("Chi ủy Chi bộ nhiệm kỳ 2004 - 2020", OnlyTerm("Chi ủy Chi bộ nhiệm kỳ 2004 - 2020 đã hoàn thành nhiệm vụ.").Text);

    // --- Central Conferences ---

    // A conference ends on a word that names it: "of the" before a name that is not its term is left out.
    [Fact]
    public void A_conference_does_not_end_on_of_the()
    {
        TermMention term = OnlyTerm("The 10th Central Conference of the Communist Party of Vietnam closed.");
        Assert.Equal(("10th Central Conference", "vn.party.central-conference.13.10"), (term.Text, term.EventId));
    }

    // "Ban Chấp hành Trung ương" before the number names the conference as "Trung ương" does.
    [Fact]
    public void The_Central_Committees_name_before_the_number_names_the_conference()
    {
        TermMention term = OnlyTerm("Hội nghị Ban Chấp hành Trung ương lần thứ 10 đã bế mạc.");
        Assert.Equal(("Hội nghị Ban Chấp hành Trung ương lần thứ 10", "vn.party.central-conference.13.10"), (term.Text, term.EventId));
    }

    // "Hội nghị Trung ương 6 (lần 2) khóa VIII" (1999): "lần 2" is read through to the term, which is not the one in force, so the
    // conference is not the 13th term's 6th.
    [Fact]
    public void A_second_session_of_an_old_terms_conference_is_not_the_current_terms()
    {
        DraftRecord r = Read("Nghị quyết Hội nghị Trung ương 6 (lần 2) khóa VIII về xây dựng Đảng.");
        Assert.Contains(r.Terms, t => t.Text == "Hội nghị Trung ương 6" && t.EventId is null);
        Assert.Contains(r.Terms, t => t.Text == "khóa VIII");
    }

    // "XXVIII" (six letters) is a Roman number that names the term, so the conference is of that term, which the data does not hold.
    [Fact]
    public void A_conference_of_a_term_the_data_does_not_hold_has_no_event()
    {
        TermMention term = OnlyTerm("Hội nghị Trung ương 8 khóa XXVIII");
        Assert.Equal("Hội nghị Trung ương 8 khóa XXVIII", term.Text);
        Assert.Null(term.EventId);
    }

    // A comma before "khóa" does not end the conference: its term is part of it.
    [Fact]
    public void A_conference_and_its_term_after_a_comma_are_one()
    {
        TermMention term = OnlyTerm("Hội nghị Trung ương 10, khóa XIII bế mạc.");
        Assert.Equal(("Hội nghị Trung ương 10, khóa XIII", "vn.party.central-conference.13.10"), (term.Text, term.EventId));
    }

    // --- People ---

    // "Phan" and "Trịnh" begin no place, so a name of two words after them, before a title, is a person's.
    [Theory]
    [InlineData("Phan Dũng, Phó Chủ tịch UBND huyện, phát biểu tại hội nghị.", "Phan Dũng")]
    [InlineData("Trịnh Hùng, Phó Chủ tịch UBND huyện, phát biểu tại hội nghị.", "Trịnh Hùng")]
    public void A_two_word_name_with_a_family_name_that_begins_no_place_is_a_person(string text, string name) =>
        Assert.Contains(Read(text).People, p => p.Text == name && p.Title == "Phó Chủ tịch");

    // The title runs over every title before the name: a list of posts, "nguyên" (former), a body's Party committee, the term of
    // the post.
    [Theory]
    [InlineData("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú phát biểu.", "Trần Cẩm Tú", "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư")]
    [InlineData("nguyên Bộ trưởng Nguyễn Bắc Son", "Nguyễn Bắc Son", "nguyên Bộ trưởng")]
    [InlineData("Secretary of the Party Committee of the Provincial People's Committee Nguyen Van Hai spoke.", "Nguyen Van Hai",
        "Secretary of the Party Committee of the Provincial People's Committee")]
    [InlineData("Permanent Vice Chairman of the provincial People's Committee for the 2021-2026 terms Do Tien Dong spoke.", "Do Tien Dong",
        "Permanent Vice Chairman of the provincial People's Committee for the 2021-2026 terms")]
    public void The_title_holds_every_post_before_the_name(string text, string name, string title) =>
        Assert.Contains(Read(text).People, p => p.Text == name && p.Title == title);

    // A commission named before a comma is the body the speaker stands for, not a title: the title is the post after it.
    [Fact]
    public void A_commissions_name_is_no_title()
    {
        DraftRecord r = Read("Thay mặt Ban Tổ chức Trung ương, Phó Trưởng ban Nguyễn Quang Dương trình bày báo cáo.");
        Assert.Contains(r.People, p => p.Text == "Nguyễn Quang Dương" && p.Title == "Phó Trưởng ban");
        Assert.Contains(r.Organisations, o => o.Text == "Ban Tổ chức Trung ương" && o.Id?.ToString() == "vn.party.central-organisation-commission");
    }

    // "Bí thư Trung ương Đảng" after a name is one post, not "Bí thư" and a body.
    [Fact]
    public void A_secretary_of_the_Central_Committee_after_the_name_is_one_post() =>
        Assert.Contains(Read("Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị.").People,
            p => p.Text == "Lê Minh Hưng" && p.Title == "Bí thư Trung ương Đảng");

    // "on being elected", "upon being elected", with "as" or without it (development set 37): the post the name is given.
    [Theory]
    [InlineData("Provincial leaders give flowers to Nguyễn Thanh Trúc upon being elected as Vice Chairman of the provincial People's Committee.")]
    [InlineData("Provincial leaders give flowers to Nguyễn Thanh Trúc on being elected Vice Chairman of the provincial People's Committee.")]
    public void The_post_one_is_elected_to_is_the_names(string text) =>
        Assert.Contains(Read(text).People, p => p.Text == "Nguyễn Thanh Trúc" && p.Title == "Vice Chairman");

    // A dismissal without "from his post as" gives the name no post: the Chairman further on is the one who speaks.
    [Fact]
    public void A_dismissal_gives_the_name_no_post_named_later()
    {
        PersonMention chairman = Assert.Single(Read("Tran Van Nam was dismissed, according to the Chairman of the provincial People's Committee, Le Van Huong.").People);
        Assert.Equal(("Le Van Huong", "Chairman of the provincial People's Committee"), (chairman.Text, chairman.Title));
    }
}
