using System.Text;
using OrgModel.Text;

namespace OrgModel.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Hà Nội", "ha noi")]
    [InlineData("  Thành phố   Hồ Chí Minh ", "thanh pho ho chi minh")]
    [InlineData("Đắk Lắk", "dak lak")]
    [InlineData("ÐẮK LẮK", "dak lak")]
    [InlineData("Quy định", "quy dinh")]
    public void Folds_diacritics_case_and_d(string text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));

    [Property(MaxTest = 500)]
    public bool Folding_ignores_normalization_form_and_case(string? text)
    {
        text ??= string.Empty;
        string nfc = text.Normalize(NormalizationForm.FormC);
        string nfd = text.Normalize(NormalizationForm.FormD);
        return VietnameseText.Fold(nfc) == VietnameseText.Fold(nfd)
            && VietnameseText.FoldedEquals(nfc, nfd);
    }

    [Theory]
    [InlineData("Hà Nội", "ha  noi", true)]
    [InlineData("Hà Nội", "Hà Nam", false)]
    [InlineData("Tô Lâm", "TO LAM", true)]
    [InlineData("Tô Lâm", "To La", false)]
    public void FoldedEquals_matches_fold(string a, string b, bool equal)
    {
        Assert.Equal(equal, VietnameseText.FoldedEquals(a, b));
        Assert.Equal(VietnameseText.Fold(a) == VietnameseText.Fold(b), VietnameseText.FoldedEquals(a, b));
    }

    [Property(MaxTest = 500)]
    public bool FoldedEquals_agrees_with_Fold(string? a, string? b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        return VietnameseText.FoldedEquals(a, b) == (VietnameseText.Fold(a) == VietnameseText.Fold(b));
    }
}

public class VietnameseNfcTests
{
    [Theory]
    [InlineData("Hà Nội")]
    [InlineData("Trần Cẩm Tú")]
    [InlineData("Đắk Lắk")]
    [InlineData("Nguyễn Thị Kim Tiến")]
    [InlineData("Võ Văn Thưởng")]
    [InlineData("Quyết định")]
    public void ToNfc_composes_what_NFD_decomposed(string nfc)
    {
        string nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        Assert.Equal(nfc, VietnameseText.ToNfc(nfd));
        Assert.Equal(nfc, VietnameseText.ToNfc(nfc));
    }

    [Property(MaxTest = 1000)]
    public bool ToNfc_agrees_with_the_platform_on_Vietnamese_letters(NonNegativeInt seed)
    {
        const string letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯ";
        const string tones = "\u0300\u0301\u0303\u0309\u0323";
        var rng = new Random(seed.Get);
        var sb = new StringBuilder();
        for (int i = 0; i < 12; i++)
        {
            sb.Append(letters[rng.Next(letters.Length)]);
            if (rng.Next(2) == 0)
            {
                sb.Append(tones[rng.Next(tones.Length)]);
            }
        }

        string nfd = sb.ToString().Normalize(NormalizationForm.FormD);
        return VietnameseText.ToNfc(nfd) == nfd.Normalize(NormalizationForm.FormC);
    }
}
