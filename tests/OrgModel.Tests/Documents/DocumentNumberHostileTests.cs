using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>Issue 15: the symbol parsers treat only horizontal spaces as spaces, and refuse what no symbol can be.</summary>
public class DocumentNumberHostileTests
{
    [Theory]
    [InlineData("201\n-\nKL\n/\nTW")]
    [InlineData("201\r\n-KL/TW")]
    [InlineData("201-KL\u2028/TW")]
    [InlineData("201\u2029-KL/TW")]
    [InlineData("201-\u0085KL/TW")]
    [InlineData("201-KL/\vTW")]
    [InlineData("201\f-KL/TW")]
    [InlineData("201\0-KL/TW")]
    [InlineData("Số\n201-KL/TW")]
    [InlineData("30\n/2020/NĐ-CP")]
    [InlineData("30/2020/NĐ\n-CP")]
    [InlineData("30/2020\u2028/NĐ-CP")]
    [InlineData("759/QĐ-\nTTg")]
    public void Line_breaks_and_control_characters_inside_a_symbol_are_not_spaces(string text)
    {
        Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
        Assert.False(DocumentNumber.TryParse(text, out _));
        Assert.False(PartyDocumentNumber.TryParse(text, out _));
        Assert.False(StateDocumentNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("Nghị định 30/2020/NĐ\n-CP ngày 1/1/2020")]
    [InlineData("Nghị định 30/2020/NĐ\r\n- CP")]
    [InlineData("Quyết định 759/QĐ\u2028-TTg")]
    [InlineData("Kết luận 201-KL\n/TW")]
    public void A_symbol_broken_by_a_line_break_in_running_text_is_not_cited_cut_short(string text) =>
        Assert.Empty(CitationExtractor.Extract(text));

    [Theory]
    [InlineData("201 - KL / TW", "201-KL/TW")]
    [InlineData("201\u00A0-\u00A0KL/TW", "201-KL/TW")]
    [InlineData("201\t-KL/TW", "201-KL/TW")]
    [InlineData("Số 201\u202F-\u2009KL/TW", "201-KL/TW")]
    [InlineData("\n 201-KL/TW \r\n", "201-KL/TW")]
    [InlineData("30 / 2020 / NĐ - CP", "30/2020/NĐ-CP")]
    public void Ordinary_spaces_and_their_look_alikes_still_separate_the_parts(string text, string canonical) =>
        Assert.Equal(canonical, DocumentNumber.Parse(text).ToString());

    [Theory]
    [InlineData("201-KL/1")]
    [InlineData("201-KL/15")]
    [InlineData("Số 5-NQ/ 2020")]
    public void A_Party_issuer_code_of_digits_only_is_refused(string text)
    {
        FormatException e = Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
        Assert.Contains("at character", e.Message, StringComparison.Ordinal);
        Assert.Contains("letter", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => PartyDocumentNumber.Parse(text));
        Assert.False(DocumentNumber.TryParse(text, out _));
        Assert.False(PartyDocumentNumber.TryParse(text.AsSpan(), out _));
        Assert.Empty(CitationExtractor.Extract("Kết luận " + text + " ngày 1/1/2025"));
    }

    [Fact]
    public void The_constructor_refuses_a_Party_issuer_code_of_digits_only()
    {
        Assert.Equal("issuerCode", Assert.Throws<ArgumentException>(() => new PartyDocumentNumber(201, "KL", "1")).ParamName);
        Assert.Equal("201-KL/TW1", new PartyDocumentNumber(201, "KL", "TW1").ToString());
    }
}
