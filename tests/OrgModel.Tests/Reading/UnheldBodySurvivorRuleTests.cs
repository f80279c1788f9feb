using NodaTime;
using OrgModel.Personnel;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>Rules of the reader for bodies the chart does not hold, which no test stated: an association's name with a long field,
/// or with its province after "Tỉnh" at the field's end; a body of an association's office; a local Front committee in a post's
/// title; a local trade union federation only by its own name; "Mặt trận TQVN" of a place; an English local branch without "The";
/// a ward's Party committee in English; a place before its kind word has a name; an English department before an honorific or
/// its director's name; the Party organisations under a committee, "cấp có thẩm quyền", the remaining communes; the board of a
/// centrally-run city's committee; a subcommittee's purpose; a commune's People's Committee by its kind alone; a
/// district's board with its place on the same line, or with its number. Written from the survivors of Reading's fourth mutation
/// sample (docs/quality.md, "Reading").</summary>
public class UnheldBodySurvivorRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    private static DraftRecord Read(string text) => Findings.Record(text, Day);

    private static void HasBody(string text, string written, string reason) =>
        Assert.Contains(Read(text).Organisations, o => o.Text == written && o.Id is null && o.Reason == reason);

    // An association's field may run to six words ("Doanh nhân Cựu chiến binh") before "Việt Nam" closes the name; "Tỉnh" with its
    // capital closes the field as the province after it does, even at the field's sixth word (held-out set 60).
    [Theory]
    [InlineData("Đồng chí dự Đại hội Hội Doanh nhân Cựu chiến binh Việt Nam.", "Hội Doanh nhân Cựu chiến binh Việt Nam")]
    [InlineData("Đồng chí dự Đại hội Hội Nạn nhân chất độc da cam Tỉnh Quảng Trị.", "Hội Nạn nhân chất độc da cam Tỉnh Quảng Trị")]
    public void An_association_is_read_to_the_end_of_its_name(string text, string association) =>
        HasBody(text, association, "an association; the chart does not hold it");

    // "Đảng ủy Cơ quan": the Party committee of the association's office, not of any body (held-out set 19).
    [Fact]
    public void The_Party_committee_of_an_associations_office_is_a_body_of_that_office() =>
        HasBody("Đảng ủy Cơ quan Trung ương Hội Chữ thập đỏ Việt Nam tổ chức đại hội.", "Đảng ủy Cơ quan Trung ương Hội Chữ thập đỏ Việt Nam",
            "a body of an association's office; the chart does not hold it");

    // The title runs over the whole committee, its place too, so the words after it are the holder's name (held-out set 21).
    [Theory]
    [InlineData("Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Tuyên Quang Nguyễn Văn Hùng phát biểu.", "Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Tuyên Quang")]
    [InlineData("Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Văn Hùng phát biểu.", "Chủ tịch Ủy ban MTTQ tỉnh")]
    public void A_local_Front_committee_in_a_title_is_followed_by_its_holder(string text, string title) =>
        Assert.Contains(Read(text).People, p => p.Text == "Nguyễn Văn Hùng" && p.Title == title);

    // "Liên đoàn Lao động tỉnh Tuyên Quang" (held-out set 20) is one by its name: any capitalised word three before "Đông" and a
    // level is none.
    [Fact]
    public void A_local_trade_union_federation_is_read_by_its_name() =>
        HasBody("Liên đoàn Lao động tỉnh Tuyên Quang tổ chức hội nghị.", "Liên đoàn Lao động tỉnh Tuyên Quang",
            "a local trade union federation; the chart does not hold it");

    [Theory]
    [InlineData("Ông Nguyễn Văn Đông xã Hòa Bình dự họp.")]
    [InlineData("Trường THCS Lê Văn Đông huyện Yên Sơn tổ chức hội nghị.")]
    public void A_name_ending_in_Dong_before_a_level_is_no_trade_union_federation(string text) =>
        Assert.DoesNotContain(Read(text).Organisations, o => o.Reason == "a local trade union federation; the chart does not hold it");

    // "Mặt trận TQVN" is the Front's name as "MTTQ" is (held-out set 40).
    [Theory]
    [InlineData("Mặt trận TQVN huyện Yên Sơn tổ chức hội nghị.", "Mặt trận TQVN huyện Yên Sơn")]
    [InlineData("Ủy ban Mặt trận TQVN tỉnh Tuyên Quang tổ chức hội nghị.", "Ủy ban Mặt trận TQVN tỉnh Tuyên Quang")]
    public void The_Front_of_a_place_by_its_short_name_is_a_local_Front(string text, string front) =>
        HasBody(text, front, "a local Fatherland Front; the chart holds it at the centre only");

    // "The" opening a sentence is the article, not the place's first word (held-out set 63).
    [Theory]
    [InlineData("The Provincial Veterans Association held its congress.", "Provincial Veterans Association")]
    [InlineData("The Bac Son District Veterans Association held its congress.", "Bac Son District Veterans Association")]
    public void A_local_branch_in_English_starts_after_The(string text, string branch) =>
        HasBody(text, branch, "a local branch of a mass organisation; the chart holds it at the centre only");

    // A ward's Party committee in English is named as its Vietnamese name is, "Đảng ủy phường".
    [Theory]
    [InlineData("Ben Nghe Ward Party Committee held a meeting.", "Ben Nghe Ward Party Committee")]
    [InlineData("The Party Committee of Ben Nghe ward held a meeting.", "Party Committee of Ben Nghe ward")]
    public void A_wards_Party_committee_in_English_is_named_in_Vietnamese(string text, string written) =>
        Assert.Contains(Read(text).Organisations, o => o.Text == written && o.Name == "Đảng ủy phường Ben Nghe" && o.Id is null);

    // A place is capitalised words before its kind ("Lam Dong province"): a kind word with no name before it ("District 3", a
    // district by its number) is no place, so no body is read as ending on it. (Which body "the Front in District 3" is, the
    // reader does not say yet; this states only the place rule.)
    [Theory]
    [InlineData("The Vietnam Fatherland Front in District 3 held a meeting.")]
    [InlineData("The National Assembly delegation of District 1 met voters.")]
    public void A_kind_word_with_no_name_before_it_is_no_place(string text) =>
        Assert.DoesNotContain(Read(text).Organisations, o => o.Text.EndsWith("District", StringComparison.Ordinal));

    // "Ms" after the comma opens a name, not a field (held-out set 51).
    [Fact]
    public void An_honorific_after_a_comma_ends_a_departments_field() =>
        HasBody("Attending were the provincial Department of Publicity and Training, Ms Nguyen Thi Hoa and others.",
            "provincial Department of Publicity and Training", "a department of a province; the chart does not hold it");

    // A name of two words right after the field is the director's: the field is the ministry's that ends before it (held-out
    // set 38).
    [Fact]
    public void A_departments_field_ends_before_its_directors_name()
    {
        DraftRecord r = Read("Director of the Department of Home Affairs Dang Quang attended the meeting.");
        Assert.Contains(r.Organisations, o => o.Text == "Department of Home Affairs" && o.Reason == "a department of a province; the chart does not hold it");
        Assert.Contains(r.People, p => p.Text == "Dang Quang" && p.Title == "Director of the Department of Home Affairs");
    }

    [Fact]
    public void A_department_before_a_name_with_no_title_is_read_too() =>
        HasBody("The meeting heard a report by the Department of Finance Le Hung.", "Department of Finance",
            "a department of a province; the chart does not hold it");

    // "các đảng bộ trực thuộc Đảng ủy" takes the committee they are under; "cấp có thẩm quyền" is the competent level; "còn lại"
    // (the remaining ones) belongs to the group (development set 57).
    [Theory]
    [InlineData("Các đảng bộ trực thuộc Đảng ủy tổ chức đại hội.", "Các đảng bộ trực thuộc Đảng ủy")]
    [InlineData("Đề án được trình cấp có thẩm quyền phê duyệt.", "cấp có thẩm quyền")]
    [InlineData("UBND các xã còn lại hoàn thành trước ngày 30/6.", "UBND các xã còn lại")]
    public void A_group_of_bodies_is_read_whole(string text, string group) =>
        Assert.Contains(Read(text).Organisations, o => o.Text == group && o.IsScope && o.Reason == "a group of kinds of body, not one body");

    // "Ban Thường vụ Thành ủy TP.HCM" (held-out set 47): the board of a centrally-run city's committee, not a district's body.
    [Fact]
    public void The_board_of_a_centrally_run_citys_committee_is_a_board() =>
        HasBody("Ban Thường vụ Thành ủy Đà Nẵng họp phiên thường kỳ.", "Ban Thường vụ Thành ủy Đà Nẵng",
            "a board of a provincial Party committee; the chart does not hold it");

    // A purpose outside the known ones runs to "do" (by whom it is headed) or the first lower-case verb (held-out set 23).
    [Theory]
    [InlineData("Tiểu ban Phục vụ Đại hội do đồng chí Phó Bí thư Thường trực làm trưởng ban.", "Tiểu ban Phục vụ Đại hội")]
    [InlineData("Tiểu ban Lễ tân đã họp phiên đầu tiên.", "Tiểu ban Lễ tân")]
    public void A_subcommittee_is_named_with_its_purpose(string text, string subcommittee) =>
        HasBody(text, subcommittee, "a subcommittee preparing a congress; the chart does not hold it");

    // "Ủy ban nhân dân xã" with no name after it is the commune the text is about (held-out sets 21 and 48).
    [Theory]
    [InlineData("Ủy ban nhân dân xã đã tổ chức họp dân.", "Ủy ban nhân dân xã")]
    [InlineData("Ủy ban nhân dân huyện đã ban hành kế hoạch.", "Ủy ban nhân dân huyện")]
    public void A_communes_or_districts_committee_by_its_kind_alone_is_a_body(string text, string committee) =>
        HasBody(text, committee, "a district's or commune's body; the chart does not hold it");

    // A district's place is on the board's line: the words after a tab (a document's two-column header) are not its place; a
    // district named by its number keeps the number ("Quận ủy Quận 6", held-out set 71).
    [Theory]
    [InlineData("Ban Tuyên giáo Huyện ủy\tĐảng Cộng sản Việt Nam", "Ban Tuyên giáo Huyện ủy")]
    [InlineData("Ban Tổ chức Quận ủy Quận 6 tổ chức hội nghị.", "Ban Tổ chức Quận ủy Quận 6")]
    [InlineData("Ủy ban Kiểm tra Quận ủy Quận 10 họp.", "Ủy ban Kiểm tra Quận ủy Quận 10")]
    public void A_district_boards_place_is_read_as_written(string text, string board) =>
        HasBody(text, board, "a board of a provincial Party committee; the chart does not hold it");
}
