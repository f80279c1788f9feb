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
}
