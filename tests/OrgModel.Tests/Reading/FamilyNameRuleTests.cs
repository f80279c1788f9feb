using OrgModel.Reading;

namespace OrgModel.Tests.Reading;

/// <summary>Where a title's body and its place end and a person's name begins: each family name of the person extractor's list
/// after a province's name ("Bí thư Tỉnh ủy Hà Tĩnh Đàm Minh Tuấn"), and each kind of body below the centre that a title may hold
/// before its place and the name ("Chủ tịch Liên đoàn Lao động tỉnh Hà Tĩnh Nguyễn Minh Tuấn"). Written from the survivors of
/// Reading's mutation sample (docs/quality.md, "Reading").</summary>
public class FamilyNameRuleTests
{
    [Theory]
    [InlineData("Nguyễn")]
    [InlineData("Trần")]
    [InlineData("Lê")]
    [InlineData("Phạm")]
    [InlineData("Huỳnh")]
    [InlineData("Hoàng")]
    [InlineData("Phan")]
    [InlineData("Vũ")]
    [InlineData("Võ")]
    [InlineData("Đặng")]
    [InlineData("Bùi")]
    [InlineData("Đỗ")]
    [InlineData("Hồ")]
    [InlineData("Ngô")]
    [InlineData("Dương")]
    [InlineData("Lý")]
    [InlineData("Lâm")]
    [InlineData("Đinh")]
    [InlineData("Nghiêm")]
    [InlineData("Đào")]
    [InlineData("Vương")]
    [InlineData("Trịnh")]
    [InlineData("Phùng")]
    [InlineData("Chung")]
    [InlineData("Triệu")]
    [InlineData("Đoàn")]
    [InlineData("Hà")]
    [InlineData("Trương")]
    [InlineData("Tôn")]
    [InlineData("Liễu")]
    [InlineData("Lưu")]
    [InlineData("Mai")]
    [InlineData("La")]
    [InlineData("Văn")]
    [InlineData("Tạ")]
    [InlineData("Lương")]
    [InlineData("Kim")]
    [InlineData("Thạch")]
    [InlineData("Lạc")]
    [InlineData("Thủy")]
    [InlineData("Tô")]
    [InlineData("Thân")]
    [InlineData("Khuất")]
    [InlineData("Nông")]
    [InlineData("Hứa")]
    [InlineData("Diệp")]
    [InlineData("Cao")]
    [InlineData("Đàm")]
    [InlineData("Chu")]
    [InlineData("Chẩu")]
    [InlineData("Mã")]
    [InlineData("Mùa")]
    [InlineData("Nhữ")]
    [InlineData("Lò")]
    [InlineData("Bế")]
    [InlineData("Quản")]
    [InlineData("Chá")]
    public void Each_family_name_opens_the_name_after_a_place(string family)
    {
        PersonMention person = Assert.Single(PersonExtractor.Extract($"Bí thư Tỉnh ủy Hà Tĩnh {family} Minh Tuấn phát biểu."));
        Assert.Equal(("Bí thư Tỉnh ủy Hà Tĩnh", $"{family} Minh Tuấn"), (person.Title, person.Text));
    }

    [Theory]
    [InlineData("Bí thư Thành ủy Hà Tĩnh")]
    [InlineData("Bí thư Tỉnh ủy Hà Tĩnh")]
    [InlineData("Bí thư Huyện ủy Hà Tĩnh")]
    [InlineData("Bí thư Quận ủy Hà Tĩnh")]
    [InlineData("Bí thư Thị ủy Hà Tĩnh")]
    [InlineData("Bí thư Đảng ủy Hà Tĩnh")]
    [InlineData("Chủ tịch Ủy ban nhân dân Hà Tĩnh")]
    [InlineData("Chủ tịch UBND Hà Tĩnh")]
    [InlineData("Chủ tịch Hội đồng nhân dân Hà Tĩnh")]
    [InlineData("Chủ tịch HĐND Hà Tĩnh")]
    [InlineData("Chủ nhiệm Tổng cục Hà Tĩnh")]
    [InlineData("Chủ nhiệm Cục Chính trị")]
    [InlineData("Giám đốc Sở Hà Tĩnh")]
    [InlineData("Chủ tịch Liên đoàn Lao động tỉnh Hà Tĩnh")]
    [InlineData("Chủ tịch Liên đoàn Lao động thành phố Hà Tĩnh")]
    public void Each_body_below_the_centre_is_part_of_the_title(string title)
    {
        PersonMention person = Assert.Single(PersonExtractor.Extract($"{title} Nguyễn Minh Tuấn phát biểu."));
        Assert.Equal((title, "Nguyễn Minh Tuấn"), (person.Title, person.Text));
    }

    // Family names of the northern mountain provinces in lists of people with no title before them (held-out set 86's en-03,
    // en.baosonla.org.vn; held-out set 87's en-02, vietnam.vn, Cao Bằng), written without their marks.
    [Theory]
    [InlineData("Attending the meeting were Lo Minh Hung, Standing Deputy Secretary of the provincial Party Committee and Chairman of the provincial People’s Council; Nguyen Dinh Viet, Deputy Secretary of the provincial Party Committee and Chairman of the provincial People’s Committee; Cha A Cua, Deputy Secretary of the provincial Party Committee and President of the provincial Vietnam Fatherland Front Committee; among others.",
        "Lo Minh Hung|Nguyen Dinh Viet|Cha A Cua")]
    [InlineData("Comrades: Quan Minh Cuong, Secretary of the Provincial Party Committee, Head of the Provincial National Assembly Delegation; Be Thanh Tinh, Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council; Vu Hong Quang, Deputy Secretary of the Provincial Party Committee co-chaired.",
        "Quan Minh Cuong|Be Thanh Tinh|Vu Hong Quang")]
    // Guards: the words these names also begin, and places of two words, are no names.
    [InlineData("Quân ủy Trung ương và Quân khu 7 họp; huyện Quan Sơn và Quan Hóa báo cáo; Cha mẹ học sinh dự.", "")]
    public void Mountain_family_names_open_a_name_in_a_list(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", OrgModel.Reading.DraftReader.Read(text, Findings.Day("2025-10-08")).People.Select(p => p.Text)));
}
