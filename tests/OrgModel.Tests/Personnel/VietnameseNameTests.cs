using System.Text;
using System.Text.Json;
using OrgModel.Personnel;
using OrgModel.Testing;

namespace OrgModel.Tests.Personnel;

public class VietnameseNameTests
{
    [Theory]
    [InlineData("Tô Lâm", "Tô", "", "Lâm")]
    [InlineData("Trần Cẩm Tú", "Trần", "Cẩm", "Tú")]
    [InlineData("Nguyễn Thị Kim Tiến", "Nguyễn", "Thị Kim", "Tiến")]
    [InlineData("  nguyễn   xuân PHÚC ", "Nguyễn", "Xuân", "Phúc")]
    [InlineData("Ðỗ Ðức Duy", "Đỗ", "Đức", "Duy")]
    public void Parse_splits_family_middle_given(string text, string family, string middle, string given)
    {
        VietnameseName name = VietnameseName.Parse(text);
        Assert.Equal(family, name.Family);
        Assert.Equal(middle, name.Middle);
        Assert.Equal(given, name.Given);
    }

    [Fact]
    public void Nfd_input_gives_the_nfc_display_form()
    {
        string nfd = "To\u0302 La\u0302m";
        VietnameseName name = VietnameseName.Parse(nfd);
        Assert.Equal("Tô Lâm", name.ToString());
        Assert.Equal(VietnameseName.Parse("Tô Lâm"), name);
    }

    [Theory]
    [InlineData("To Lam")]
    [InlineData("TÔ LÂM")]
    [InlineData("  tô   lâm ")]
    [InlineData("To\u0302 La\u0302m")]
    public void Matches_ignores_diacritics_case_and_spacing(string text) =>
        Assert.True(VietnameseName.Parse("Tô Lâm").Matches(text));

    [Theory]
    [InlineData("Do Duc Duy")]
    [InlineData("ĐỖ ĐỨC DUY")]
    [InlineData("Ðỗ Ðức Duy")]
    public void Matches_treats_D_and_eth_as_dj(string text) => Assert.True(VietnameseName.Parse("Đỗ Đức Duy").Matches(text));

    [Theory]
    [InlineData("To Lan")]
    [InlineData("Lâm")]
    [InlineData("")]
    [InlineData(null)]
    public void Matches_rejects_other_names(string? text) => Assert.False(VietnameseName.Parse("Tô Lâm").Matches(text));

    [Fact]
    public void Short_reference_uses_the_given_name() =>
        Assert.Equal("General Secretary Lâm", VietnameseName.Parse("Tô Lâm").ShortReference("General Secretary"));

    [Fact]
    public void Sorts_by_given_name_then_family_then_middle()
    {
        string[] names = ["Vương Đình Huệ", "Nguyễn Xuân Phúc", "Võ Văn Thưởng", "Lê Minh Khái", "Nguyễn Thị Kim Tiến", "Đỗ Đức Duy", "Võ Chí Công"];
        string[] sorted = names.Select(VietnameseName.Parse).Order(VietnameseName.Comparer).Select(n => n.ToString()).ToArray();
        Assert.Equal(["Võ Chí Công", "Đỗ Đức Duy", "Vương Đình Huệ", "Lê Minh Khái", "Nguyễn Xuân Phúc", "Võ Văn Thưởng", "Nguyễn Thị Kim Tiến"], sorted);
    }

    [Theory]
    [InlineData("Lê An", "Lê Ăn")]
    [InlineData("Lê Ăn", "Lê Ân")]
    [InlineData("Lê Ân", "Lê Bình")]
    [InlineData("Lê Dũng", "Lê Đức")]
    [InlineData("Lê Duy", "Lê Đa")]
    [InlineData("Lê Em", "Lê Ên")]
    [InlineData("Lê Ot", "Lê Ôt")]
    [InlineData("Lê Ôt", "Lê Ơt")]
    [InlineData("Lê Ut", "Lê Ưt")]
    [InlineData("Lê Lam", "Lê Lâm")]
    [InlineData("Tô Lâm", "Trần Lâm")]
    [InlineData("Lê Lám", "Tô Lam")]
    [InlineData("Lê Ma", "Lê Mà")]
    [InlineData("Lê Mà", "Lê Mả")]
    [InlineData("Lê Mả", "Lê Mã")]
    [InlineData("Lê Mã", "Lê Má")]
    [InlineData("Lê Má", "Lê Mạ")]
    [InlineData("Lê Má", "Lê Mac")]
    [InlineData("Lê Tú", "Lê Túc")]
    [InlineData("Hồ Văn An", "Hồ Văn Anh")]
    [InlineData("Nguyễn An", "Nguyễn Văn An")]
    public void Vietnamese_letter_order(string earlier, string later)
    {
        VietnameseName a = VietnameseName.Parse(earlier);
        VietnameseName b = VietnameseName.Parse(later);
        Assert.True(VietnameseName.Comparer.Compare(a, b) < 0, $"{earlier} < {later}");
        Assert.True(VietnameseName.Comparer.Compare(b, a) > 0, $"{later} > {earlier}");
        Assert.True(a < b);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("Lâm", 4)]
    [InlineData("Tô 2Lâm", 4)]
    [InlineData("Tô Lâm!", 7)]
    public void Parse_reports_where_and_why(string text, int position)
    {
        FormatException e = Assert.Throws<FormatException>(() => VietnameseName.Parse(text));
        Assert.Contains($"at character {position}", e.Message, StringComparison.Ordinal);
        Assert.False(VietnameseName.TryParse(text, out VietnameseName result));
        Assert.True(result.IsEmpty);
    }

    [Fact]
    public void Create_checks_its_parts()
    {
        Assert.Equal("Trần Cẩm Tú", VietnameseName.Create("trần", " cẩm ", "TÚ").ToString());
        Assert.Throws<ArgumentException>(() => VietnameseName.Create("Trần Lê", "", "Tú"));
        Assert.Throws<ArgumentException>(() => VietnameseName.Create("Trần", "", ""));
        Assert.Throws<ArgumentException>(() => VietnameseName.Create("Trần", "1", "Tú"));
    }

    [Fact]
    public void Default_is_empty_and_harmless()
    {
        VietnameseName d = default;
        Assert.True(d.IsEmpty);
        Assert.Equal(string.Empty, d.ToString());
        Assert.Equal(string.Empty, d.Given);
        Assert.False(d.Matches(string.Empty));
        Assert.True(d < VietnameseName.Parse("Tô Lâm"));
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Parse_round_trips(VietnameseName name) =>
        VietnameseName.Parse(name.ToString()) == name && VietnameseName.TryParse(name.ToString(), out VietnameseName again) && again == name;

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Comparison_is_invariant_under_nfd_and_case(VietnameseName a, VietnameseName b)
    {
        VietnameseName a2 = VietnameseName.Parse(Decompose(a.ToString()).ToUpperInvariant());
        VietnameseName b2 = VietnameseName.Parse(Decompose(b.ToString()).ToLowerInvariant());
        return a2 == a && b2 == b
            && Math.Sign(VietnameseName.Comparer.Compare(a2, b2)) == Math.Sign(VietnameseName.Comparer.Compare(a, b))
            && a.Matches(Decompose(a.ToString()).ToUpperInvariant());
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Order_is_antisymmetric_and_consistent_with_equality(VietnameseName a, VietnameseName b)
    {
        int ab = VietnameseName.Comparer.Compare(a, b);
        int ba = VietnameseName.Comparer.Compare(b, a);
        return Math.Sign(ab) == -Math.Sign(ba) && (ab == 0) == (a == b) && (a != b || a.GetHashCode() == b.GetHashCode());
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Order_is_transitive(VietnameseName a, VietnameseName b, VietnameseName c)
    {
        VietnameseName[] s = [a, b, c];
        Array.Sort(s, VietnameseName.Comparer);
        return VietnameseName.Comparer.Compare(s[0], s[1]) <= 0 && VietnameseName.Comparer.Compare(s[1], s[2]) <= 0
            && VietnameseName.Comparer.Compare(s[0], s[2]) <= 0;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Tones_only_break_ties(VietnameseName a, VietnameseName b)
    {
        // Stripping tones cannot reverse a strict order decided by letters.
        VietnameseName ta = StripTones(a);
        VietnameseName tb = StripTones(b);
        int letters = VietnameseName.Comparer.Compare(ta, tb);
        return letters == 0 || Math.Sign(letters) == Math.Sign(VietnameseName.Comparer.Compare(a, b));
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Json_round_trips(VietnameseName name) => JsonRoundTrip(name) == name;

    [Theory]
    [InlineData("\"Lâm\"")]
    [InlineData("\"\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Json_rejects_bad_input(string json) =>
        Assert.Throws<JsonException>(() => ReadJson(json));

    [Fact]
    public void Json_writes_the_display_form()
    {
        Assert.Equal("\"Tô Lâm\"", Encoding.UTF8.GetString(WriteJson(VietnameseName.Parse("to\u0302 la\u0302m"))).Replace("\\u00F4", "ô").Replace("\\u00E2", "â"));
        Assert.Throws<JsonException>(() => WriteJson(default));
    }

    [Fact]
    public void TryParse_never_throws_on_odd_input()
    {
        string[] inputs = ["\u0302\u0302", "A \u0300", new string('a', 500) + " b", "\uD800 x", "A-B C'D", "   ", "\0 \0"];
        foreach (string s in inputs)
        {
            _ = VietnameseName.TryParse(s, out _);
        }

        Assert.True(VietnameseName.TryParse("A-B C'D", out VietnameseName hyphenated));
        Assert.Equal("A-b", hyphenated.Family);
    }

    internal static string Decompose(string s)
    {
        // Tone marks as combining characters after the (possibly modified) base letter: NFD as far as tones go.
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            (char b, char? mark) = SplitTone(c);
            sb.Append(b);
            if (mark is { } m)
            {
                sb.Append(m);
            }
        }

        return sb.ToString();
    }

    private static VietnameseName StripTones(VietnameseName n)
    {
        static string Strip(string s) => new(s.Select(c => SplitTone(c).Base).ToArray());
        return VietnameseName.Create(Strip(n.Family), Strip(n.Middle), Strip(n.Given));
    }

    private static (char Base, char? Mark) SplitTone(char c)
    {
        string[] rows = ["aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị", "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ"];
        char[] marks = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
        bool upper = char.IsUpper(c);
        char lower = char.ToLowerInvariant(c);
        foreach (string row in rows)
        {
            int i = row.IndexOf(lower, StringComparison.Ordinal);
            if (i > 0)
            {
                return (upper ? char.ToUpperInvariant(row[0]) : row[0], marks[i - 1]);
            }
        }

        return (c, null);
    }

    private static VietnameseName JsonRoundTrip(VietnameseName name)
    {
        byte[] bytes = WriteJson(name);
        return ReadJson(Encoding.UTF8.GetString(bytes));
    }

    private static byte[] WriteJson(VietnameseName name)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new VietnameseNameJsonConverter().Write(writer, name, JsonSerializerOptions.Default);
        }

        return stream.ToArray();
    }

    private static VietnameseName ReadJson(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new VietnameseNameJsonConverter().Read(ref reader, typeof(VietnameseName), JsonSerializerOptions.Default);
    }
}
