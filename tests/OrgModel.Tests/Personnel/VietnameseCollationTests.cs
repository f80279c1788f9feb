using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgModel.Personnel;
using OrgModel.Text;

namespace OrgModel.Tests.Personnel;

/// <summary>
/// The table-driven collation gives the order of the plain three-level definition (letters, then tones, then lower
/// case before upper case, then code points), kept here as the oracle.
/// </summary>
public class VietnameseCollationTests
{
    private const string Letters = "aàảãáạăằẳẵắặâầẩẫấậbcdđðeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ -'zwfjAĂÂĐEÊOÔƠUƯÁẶỆ";

    private static readonly Gen<string> Words =
        Gen.Elements(Letters.ToCharArray()).ListOf().Select(cs => new string([.. cs]));

    private static readonly Gen<string> NearWords =
        from w in Words
        from i in Gen.Choose(0, 3)
        from c in Gen.Elements(Letters.ToCharArray())
        select i == 0 || w.Length == 0 ? w : w[..^1] + c;

    // Rows of characters that share a letter: a word with some of them swapped differs only in tones or case.
    private static readonly string[] Variants = ["aàảãáạAÀÁ", "ăằẳẵắặĂẶ", "âầẩẫấậÂ", "eèẻẽéẹE", "êềểễếệÊỆ", "iìỉĩíị", "oòỏõóọO", "ôồổỗốộÔ", "ơờởỡớợƠ", "uùủũúụU", "ưừửữứựƯ", "yỳỷỹýỵ", "đðĐ", "dD"];

    private static Gen<string> VariantOf(string word) =>
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            return new string([.. word.Select(c => Variants.FirstOrDefault(r => r.Contains(c, StringComparison.Ordinal)) is { } row && random.Next(3) == 0
                ? row[random.Next(row.Length)]
                : c)]);
        });

    [Property(MaxTest = 2000)]
    public Property Agrees_with_the_three_level_definition() =>
        Prop.ForAll(
            (from a in Words from b in Gen.OneOf(Words, NearWords, Gen.Constant(a), VariantOf(a)) select (a, b)).ToArbitrary(),
            pair =>
            {
                string a = VietnameseText.ToNfc(pair.a);
                string b = VietnameseText.ToNfc(pair.b);
                Assert.Equal(Math.Sign(Oracle(a, b)), Math.Sign(VietnameseCollation.CompareNfc(a, b)));
                Assert.Equal(Math.Sign(OracleLevel(a, b, primary: true)), Math.Sign(VietnameseCollation.ComparePrimaryNfc(a, b)));
                Assert.Equal(Math.Sign(Oracle(a, b)), Math.Sign(VietnameseCollation.Compare(pair.a, pair.b)));
            });

    [Theory]
    [InlineData("an", "ăn")]
    [InlineData("ăn", "ân")]
    [InlineData("dung", "đa")]
    [InlineData("lam", "lâm")]
    [InlineData("la", "là")]
    [InlineData("là", "lá")]
    [InlineData("an", "An")]
    [InlineData("An", "anh")]
    public void Orders_as_dictionaries_do(string before, string after)
    {
        Assert.True(VietnameseCollation.CompareNfc(before, after) < 0);
        Assert.True(VietnameseCollation.CompareNfc(after, before) > 0);
    }

    // The definition, letter by letter and level by level, as it stood before the table.
    private static int Oracle(string x, string y)
    {
        int c = OracleLevel(x, y, primary: true);
        if (c != 0)
        {
            return c;
        }

        c = OracleLevel(x, y, primary: false);
        if (c != 0)
        {
            return c;
        }

        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            bool ux = char.IsUpper(x[i]);
            bool uy = char.IsUpper(y[i]);
            if (ux != uy)
            {
                return ux ? 1 : -1;
            }
        }

        return string.CompareOrdinal(x, y);
    }

    private static int OracleLevel(string x, string y, bool primary)
    {
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            (int lx, int tx) = Key(x[i]);
            (int ly, int ty) = Key(y[i]);
            int c = primary ? lx.CompareTo(ly) : tx.CompareTo(ty);
            if (c != 0)
            {
                return c;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static (int Letter, int Tone) Key(char c)
    {
        const string alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
        string[] rows = ["aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị", "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ"];
        char lower = char.ToLowerInvariant(c);
        if (lower is 'ð' or 'ɖ')
        {
            lower = 'đ';
        }

        int letter = alphabet.IndexOf(lower, StringComparison.Ordinal);
        if (letter >= 0)
        {
            return (letter, 0);
        }

        foreach (string row in rows)
        {
            int tone = row.IndexOf(lower, StringComparison.Ordinal);
            if (tone > 0)
            {
                return (alphabet.IndexOf(row[0], StringComparison.Ordinal), tone);
            }
        }

        return char.IsLetter(lower) ? (alphabet.Length + lower, 0) : (lower - 0x10000, 0);
    }
}
