using OrgModel.Personnel;
using OrgModel.Testing;
using OrgModel.Text;

namespace OrgModel.Tests.Personnel;

public class PersonIdFromNameTests
{
    [Theory]
    [InlineData("Tô Lâm", "to-lam")]
    [InlineData("Trần Cẩm Tú", "tran-cam-tu")]
    [InlineData("Đỗ Đức Duy", "do-duc-duy")]
    [InlineData("To\u0302 La\u0302m", "to-lam")]
    [InlineData("Nguyễn Thị Kim Tiến", "nguyen-thi-kim-tien")]
    [InlineData("Minh-Khai O'Neil", "minh-khai-o-neil")]
    public void The_slug_folds_diacritics_and_joins_words_with_hyphens(string name, string id) =>
        Assert.Equal(id, PersonId.FromName(VietnameseName.Parse(name)).ToString());

    [Fact]
    public void Namesakes_get_the_same_id_unless_a_disambiguator_tells_them_apart()
    {
        VietnameseName name = VietnameseName.Parse("Nguyễn Văn An");
        Assert.Equal(PersonId.FromName(name), PersonId.FromName(VietnameseName.Parse("Nguyen Van An")));
        Assert.Equal("nguyen-van-an-1970", PersonId.FromName(name, "1970").ToString());
        Assert.Equal("nguyen-van-an-ha-noi", PersonId.FromName(name, "Hà Nội").ToString());
        Assert.Equal(PersonId.FromName(name), PersonId.FromName(name, string.Empty));
    }

    [Fact]
    public void A_long_name_is_cut_at_a_hyphen_and_keeps_the_disambiguator()
    {
        string middle = string.Join(' ', Enumerable.Repeat("Thị", 20));
        VietnameseName name = VietnameseName.Create("Nguyễn", middle, "An");
        PersonId plain = PersonId.FromName(name);
        PersonId marked = PersonId.FromName(name, "1970");
        Assert.True(plain.ToString().Length <= PersonId.MaxLength);
        Assert.DoesNotContain("--", plain.ToString());
        Assert.False(plain.ToString().EndsWith('-'));
        Assert.EndsWith("-thi", plain.ToString());
        Assert.True(marked.ToString().Length <= PersonId.MaxLength);
        Assert.EndsWith("-thi-1970", marked.ToString());
    }

    [Fact]
    public void Bad_arguments_are_refused_with_their_name()
    {
        VietnameseName name = VietnameseName.Parse("Tô Lâm");
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => PersonId.FromName(default(VietnameseName))).ParamName);
        Assert.Equal("disambiguator", Assert.Throws<ArgumentNullException>(() => PersonId.FromName(name, null!)).ParamName);
        Assert.Equal("disambiguator", Assert.Throws<ArgumentException>(() => PersonId.FromName(name, "--")).ParamName);
        Assert.Equal("disambiguator", Assert.Throws<ArgumentException>(() => PersonId.FromName(name, new string('x', 33))).ParamName);
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool The_slug_always_parses_back_as_the_same_id(VietnameseName name, PositiveInt year)
    {
        PersonId plain = PersonId.FromName(name);
        PersonId marked = PersonId.FromName(name, year.Get.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return PersonId.Parse(plain.ToString()) == plain && PersonId.Parse(marked.ToString()) == marked && !plain.IsEmpty;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Names_equal_after_folding_give_equal_ids(VietnameseName name) =>
        PersonId.FromName(VietnameseName.Parse(VietnameseText.Fold(name.ToString()))) == PersonId.FromName(name);
}
