using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OrgModel.Documents;
using OrgModel.Testing;

namespace OrgModel.Tests.Documents;

/// <summary>Issue 15: an invisible format character (Unicode category Cf) inside a cited symbol never cuts it short; the
/// extractor reads through it.</summary>
[Properties(Arbitrary = [typeof(OrgArbitraries)])]
public class CitationInvisibleCharacterTests
{
    private static readonly string[] FormatCharacters = AllFormatCharacters();

    public static TheoryData<string, string> Sentences => new()
    {
        { "Nghị định ", "30/2020/NĐ-CP" },
        { "Kết luận số ", "201-KL/TW" },
        { "Quyết định ", "759/QĐ-TTg" },
        { "Nghị quyết ", "202/2025/QH15" },
        { "Quy định ", "232-QĐ/TW" },
        { "Hướng dẫn ", "36-HD/VPTW" },
    };

    [Fact]
    public void The_soft_hyphen_of_the_issue_no_longer_cuts_a_decree_number()
    {
        Citation c = Assert.Single(CitationExtractor.Extract("Nghị định 30/2020/N\u00ADĐ-CP"));
        Assert.Equal("30/2020/NĐ-CP", c.Number.ToString());
        Assert.Equal(10, c.Start);
        Assert.Equal(14, c.Length);
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Every_format_character_at_every_position_inside_a_symbol_is_read_through(string before, string symbol)
    {
        DocumentNumber expected = DocumentNumber.Parse(symbol);
        foreach (string cf in FormatCharacters)
        {
            for (int at = 1; at < symbol.Length; at++)
            {
                string written = symbol[..at] + cf + symbol[at..];
                string text = before + written + " ngày 12/4/2025.";
                Citation c = Assert.Single(CitationExtractor.Extract(text));
                Assert.True(expected == c.Number, $"U+{char.ConvertToUtf32(cf, 0):X4} at {at}: {c.Number} instead of {expected}");
                Assert.Equal(before.Length, c.Start);
                Assert.Equal(written.Length, c.Length);
                Assert.Equal(new NodaTime.LocalDate(2025, 4, 12), c.Date);
            }
        }
    }

    [Property]
    public void Format_characters_anywhere_never_change_or_cut_what_is_cited(DocumentNumber number, PositiveInt seed)
    {
        string symbol = number.ToString();
        var random = new Random(seed.Get);
        var written = new StringBuilder();
        foreach (char c in symbol)
        {
            written.Append(c);
            if (random.Next(3) == 0)
            {
                written.Append(FormatCharacters[random.Next(FormatCharacters.Length)]);
            }
        }

        IReadOnlyList<Citation> plain = CitationExtractor.Extract("theo văn bản " + symbol + " ngày 1/2/2020");
        IReadOnlyList<Citation> hidden = CitationExtractor.Extract("theo văn bản " + written + " ngày 1/2/2020");
        Assert.Equal(plain.Select(c => c.Number), hidden.Select(c => c.Number));
        Assert.Equal(plain.Select(c => c.Date), hidden.Select(c => c.Date));
    }

    [Fact]
    public void Format_characters_never_make_a_number_out_of_nothing_and_text_of_them_alone_is_fine()
    {
        Assert.Empty(CitationExtractor.Extract(string.Concat(FormatCharacters)));
        Assert.Empty(CitationExtractor.Extract("\u200B\u00AD\uFEFF"));
        Assert.Empty(CitationExtractor.Extract("abc\u200D201-KL/TW"));
    }

    private static string[] AllFormatCharacters()
    {
        var found = new List<string>();
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.Format)
            {
                found.Add(char.ConvertFromUtf32(cp));
            }
        }

        Assert.True(found.Count > 150, $"only {found.Count} format characters");
        return [.. found];
    }
}
