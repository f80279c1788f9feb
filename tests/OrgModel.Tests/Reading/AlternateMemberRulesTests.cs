using OrgModel.Reading;

namespace OrgModel.Tests.Reading;

/// <summary>An alternate member of the Party Central Committee is a title: before a name ("Ủy viên dự khuyết Trung ương Đảng
/// Nguyễn Phi Long") it opens the name, after one ("Nguyen Phi Long, an alternate member of the Party Central Committee") it is the
/// whole post, not "alternate member of" (development sets 29, 31 and 65 write the post; written before held-out set 71 was measured).</summary>
public class AlternateMemberRulesTests
{
    [Theory]
    [InlineData("Tham dự có Ủy viên dự khuyết Trung ương Đảng Nguyễn Phi Long.", "Ủy viên dự khuyết Trung ương Đảng", "Nguyễn Phi Long")]
    [InlineData("Tham dự có Uỷ viên dự khuyết BCH Trung ương Đảng Nguyễn Khắc Toàn.", "Uỷ viên dự khuyết BCH Trung ương Đảng", "Nguyễn Khắc Toàn")]
    [InlineData("Phát biểu tại hội nghị, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng Nguyễn Phi Long đề nghị …", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Nguyễn Phi Long")]
    [InlineData("Alternate member of the Party Central Committee Nguyen Phi Long chaired the meeting.", "Alternate member of the Party Central Committee", "Nguyen Phi Long")]
    public void The_post_before_a_name_opens_it(string text, string title, string name)
    {
        PersonMention person = Assert.Single(PersonExtractor.Extract(text));
        Assert.Equal((title, name), (person.Title, person.Text));
    }

    [Theory]
    [InlineData("The meeting was chaired by Nguyen Phi Long, an alternate member of the Party Central Committee and Secretary of the Hoa Binh provincial Party Committee.", "Nguyen Phi Long")]
    [InlineData("Nguyễn Văn Hiếu, alternate member of the Party Central Committee, attended.", "Nguyễn Văn Hiếu")]
    public void The_post_after_a_name_is_the_whole_post(string text, string name)
    {
        PersonMention person = Assert.Single(PersonExtractor.Extract(text));
        Assert.Equal(("alternate member of the Party Central Committee", name), (person.Title, person.Text));
    }
}
