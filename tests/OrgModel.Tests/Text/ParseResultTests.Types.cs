using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgModel.Calendar;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Tenures;
using OrgModel.Text;

namespace OrgModel.Tests.Text;

/// <summary>The law of <see cref="ParseResultTests"/> for every parsable type of the library, on the examples of each
/// type's own tests (good and bad) and on any text, and through both the string and the span entry points.</summary>
public partial class ParseResultTests
{
    private static readonly string[] DocumentSamples =
    [
        "201-KL/TW", "Số 201-KL/TW", "số 201 - kl/tw", "  201 - KL / TW  ", "201–KL/TW", "01-KL/ĐU", "07-qdi/TW", "520-BC/BTCTW",
        "30/2020/NĐ-CP", "Số: 30/2020/NĐ-CP", "759 / QĐ – TTg", "202/2025/QH15", "1066/UBND-VXNV", "25/TT-MTTW-BTT",
        "", "201", "0-KL/TW", "201-/TW", "201-KL/", "201-KL/1", "201-KL TW", "201-KL/TW/nb", "201\n-\nKL\n/\nTW",
        "30/1800/NĐ-CP", "30/20/NĐ-CP", "00/2020/NĐ-CP", "30/2020/NĐ\n-CP", "9999999999-KL/TW", "201-KLKLKLKLKLKLKLKLKL/TW",
    ];

    private static readonly string[] OrgIdSamples =
    [
        "vn.au.2025-07.00004", "  VN.AU.2025-01.00004 ", "vn.party.central-committee", "x", "", "   ", "-vn", "vn.", "vn..au",
        "vn au", "vn.au-", "vn/au", "vn.ău", new string('a', 129), " " + new string('a', 129),
    ];

    private static readonly string[] PersonIdSamples =
        ["to-lam", "  P0 ", "nguyen_xuan.phuc", "", "   ", "tô-lâm", "a b", new string('a', 65), "a/b"];

    private static readonly string[] NameSamples =
    [
        "Tô Lâm", "  nguyễn   xuân PHÚC ", "Nguyễn Thị Kim Tiến", "To\u0302 La\u0302m", "Zơ Rạ Jơ Wi Fê", "Lâm", "", "   ",
        "Tô 2Lâm", "Tô Lâm!", "Tô\nLâm", "Tô \u039Bâm", "Tô La\u0301\u0301m", "Tô L--âm",
    ];

    private static readonly string[] LunarSamples =
        ["15/6n/2025", "10/3/2025", "1/1/2025", "15/5 nhuận/2025", "", "15/6", "1/13/2025", "1/1/1898", "30/2/2026", "1/1x/2025", "1/1/2025 x", "123/1/2025"];

    private static readonly string[] RomanSamples =
        ["XIV", "xiii", " MMMCMXCIX ", "I", "", "IIII", "IC", "VX", "IL", "XM", "MMMM", "XIIIa", "14", "IXI", new string('X', 20)];

    // What each type's Parse says, pinned: the law compares ParseToResult's message with Parse's, which would both change
    // together if a type's description changed; these do not.
    [Theory]
    [InlineData("Party", "201/KL-TW", "Cannot parse \"201/KL-TW\" as a Party document number: at character 4, a '-' was expected after the number (Party form NUMBER-KIND/ISSUER).")]
    [InlineData("State", "201-KL/TW", "Cannot parse \"201-KL/TW\" as a State document number: at character 4, a '/' was expected after the number (State form NUMBER/YEAR/KIND-ISSUER or NUMBER/KIND-ISSUER).")]
    [InlineData("Document", "201", "Cannot parse \"201\" as a document number: at character 4, a '-' (Party form NUMBER-KIND/ISSUER) or '/' (State form NUMBER/KIND-ISSUER) was expected after the number.")]
    [InlineData("OrgId", "vn..au", "Cannot parse \"vn..au\" as an organisation identifier: at character 4, '.' must stand between letters or digits.")]
    [InlineData("PersonId", "a b", "Cannot parse \"a b\" as a person id: at character 2, a person id has only a-z, 0-9, '-', '_' and '.'.")]
    [InlineData("Name", "Lâm", "Cannot parse \"Lâm\" as a Vietnamese name")]
    [InlineData("Lunar", "1/13/2025", "Cannot parse \"1/13/2025\" as a lunar date (d/M/yyyy): at character 1, the month must be 1 to 12.")]
    [InlineData("Roman", "IIII", "Cannot parse \"IIII\" as a Roman numeral: at character 2, the letters are not in the standard subtractive form")]
    public void EachTypeNamesWhatItParses(string type, string text, string expected)
    {
        FormatException result = type switch
        {
            "Party" => PartyDocumentNumber.ParseToResult(text).Exception,
            "State" => StateDocumentNumber.ParseToResult(text).Exception,
            "Document" => DocumentNumber.ParseToResult(text).Exception,
            "OrgId" => OrgId.ParseToResult(text).Exception,
            "PersonId" => PersonId.ParseToResult(text).Exception,
            "Name" => VietnameseName.ParseToResult(text).Exception,
            "Lunar" => VietnameseLunarDate.ParseToResult(text).Exception,
            _ => RomanNumeral.ParseToResult(text).Exception,
        };
        Assert.StartsWith(expected, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentNumberExamplesAgree()
    {
        foreach (string text in DocumentSamples)
        {
            AgreesBothWays<PartyDocumentNumber>(text, PartyDocumentNumber.Parse, PartyDocumentNumber.Parse, PartyDocumentNumber.TryParse, PartyDocumentNumber.TryParse, PartyDocumentNumber.ParseToResult);
            AgreesBothWays<StateDocumentNumber>(text, StateDocumentNumber.Parse, StateDocumentNumber.Parse, StateDocumentNumber.TryParse, StateDocumentNumber.TryParse, StateDocumentNumber.ParseToResult);
            AgreesBothWays<DocumentNumber>(text, DocumentNumber.Parse, DocumentNumber.Parse, DocumentNumber.TryParse, DocumentNumber.TryParse, DocumentNumber.ParseToResult);
        }
    }

    [Fact]
    public void OrgIdExamplesAgree() =>
        Assert.All(OrgIdSamples, text => AgreesBothWays<OrgId>(text, OrgId.Parse, OrgId.Parse, OrgId.TryParse, OrgId.TryParse, OrgId.ParseToResult));

    [Fact]
    public void PersonIdExamplesAgree() =>
        Assert.All(PersonIdSamples, text => AgreesBothWays<PersonId>(text, PersonId.Parse, PersonId.Parse, PersonId.TryParse, PersonId.TryParse, PersonId.ParseToResult));

    [Fact]
    public void VietnameseNameExamplesAgree() =>
        Assert.All(NameSamples, text => AgreesBothWays<VietnameseName>(text, VietnameseName.Parse, VietnameseName.Parse, VietnameseName.TryParse, VietnameseName.TryParse, VietnameseName.ParseToResult));

    [Fact]
    public void VietnameseLunarDateExamplesAgree() =>
        Assert.All(LunarSamples, text => AgreesBothWays<VietnameseLunarDate>(text, VietnameseLunarDate.Parse, VietnameseLunarDate.Parse, VietnameseLunarDate.TryParse, VietnameseLunarDate.TryParse, VietnameseLunarDate.ParseToResult));

    [Fact]
    public void RomanNumeralExamplesAgree() =>
        Assert.All(RomanSamples, text => AgreesBothWays<int>(text, RomanNumeral.Parse, RomanNumeral.Parse, RomanNumeral.TryParse, RomanNumeral.TryParse, RomanNumeral.ParseToResult));

    [Fact]
    public void EveryTypeTurnsNullIntoAFailedResult()
    {
        Assert.Equal(0, PartyDocumentNumber.ParseToResult(null).ErrorIndex);
        Assert.False(StateDocumentNumber.ParseToResult(null).Success);
        Assert.False(DocumentNumber.ParseToResult(null).Success);
        Assert.False(OrgId.ParseToResult(null).Success);
        Assert.False(PersonId.ParseToResult(null).Success);
        Assert.False(VietnameseName.ParseToResult(null).Success);
        Assert.False(VietnameseLunarDate.ParseToResult(null).Success);
        Assert.Contains("null", RomanNumeral.ParseToResult(null).Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullTextIsRefusedInTheCallersOwnParameterName()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => OrgId.Parse((string)null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => PersonId.Parse((string)null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => VietnameseLunarDate.Parse((string)null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => PartyDocumentNumber.Parse((string)null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => RomanNumeral.Parse((string)null!)).ParamName);
    }

    [Property(MaxTest = 300)]
    public Property PartyDocumentNumberAgreesOnAnyText() => ForAnyText(DocumentSamples, text =>
        AgreesBothWays<PartyDocumentNumber>(text, PartyDocumentNumber.Parse, PartyDocumentNumber.Parse, PartyDocumentNumber.TryParse, PartyDocumentNumber.TryParse, PartyDocumentNumber.ParseToResult));

    [Property(MaxTest = 300)]
    public Property StateDocumentNumberAgreesOnAnyText() => ForAnyText(DocumentSamples, text =>
        AgreesBothWays<StateDocumentNumber>(text, StateDocumentNumber.Parse, StateDocumentNumber.Parse, StateDocumentNumber.TryParse, StateDocumentNumber.TryParse, StateDocumentNumber.ParseToResult));

    [Property(MaxTest = 300)]
    public Property DocumentNumberAgreesOnAnyText() => ForAnyText(DocumentSamples, text =>
        AgreesBothWays<DocumentNumber>(text, DocumentNumber.Parse, DocumentNumber.Parse, DocumentNumber.TryParse, DocumentNumber.TryParse, DocumentNumber.ParseToResult));

    [Property(MaxTest = 300)]
    public Property OrgIdAgreesOnAnyText() => ForAnyText(OrgIdSamples, text =>
        AgreesBothWays<OrgId>(text, OrgId.Parse, OrgId.Parse, OrgId.TryParse, OrgId.TryParse, OrgId.ParseToResult));

    [Property(MaxTest = 300)]
    public Property PersonIdAgreesOnAnyText() => ForAnyText(PersonIdSamples, text =>
        AgreesBothWays<PersonId>(text, PersonId.Parse, PersonId.Parse, PersonId.TryParse, PersonId.TryParse, PersonId.ParseToResult));

    [Property(MaxTest = 300)]
    public Property VietnameseNameAgreesOnAnyText() => ForAnyText(NameSamples, text =>
        AgreesBothWays<VietnameseName>(text, VietnameseName.Parse, VietnameseName.Parse, VietnameseName.TryParse, VietnameseName.TryParse, VietnameseName.ParseToResult));

    [Property(MaxTest = 300)]
    public Property VietnameseLunarDateAgreesOnAnyText() => ForAnyText(LunarSamples, text =>
        AgreesBothWays<VietnameseLunarDate>(text, VietnameseLunarDate.Parse, VietnameseLunarDate.Parse, VietnameseLunarDate.TryParse, VietnameseLunarDate.TryParse, VietnameseLunarDate.ParseToResult));

    [Property(MaxTest = 300)]
    public Property RomanNumeralAgreesOnAnyText() => ForAnyText(RomanSamples, text =>
        AgreesBothWays<int>(text, RomanNumeral.Parse, RomanNumeral.Parse, RomanNumeral.TryParse, RomanNumeral.TryParse, RomanNumeral.ParseToResult));

    /// <summary>A span-shaped Parse.</summary>
    internal delegate T SpanParse<T>(ReadOnlySpan<char> text);

    /// <summary>A span-shaped TryParse.</summary>
    internal delegate bool SpanTryParse<T>(ReadOnlySpan<char> text, out T value);

    /// <summary>Checks the law through the string entry points and again through the span ones.</summary>
    private static void AgreesBothWays<T>(
        string text, Func<string, T> parse, SpanParse<T> spanParse, TryParse<T> tryParse, SpanTryParse<T> spanTryParse, Func<string?, ParseResult<T>> toResult)
    {
        Agrees(text, parse, tryParse, toResult);
        Agrees(text, s => spanParse(s.AsSpan()), (string? s, out T v) => spanTryParse(s.AsSpan(), out v), toResult);
    }

    // Examples, any text, and examples with one character inserted or cut short: the last two reach the failures deep
    // inside a well-formed input that random text rarely gets to.
    private static Property ForAnyText(string[] samples, Action<string> check)
    {
        Gen<string> sample = Gen.Elements(samples);
        Gen<string> any = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null);
        Gen<string> inserted =
            from s in sample
            from at in Gen.Choose(0, s.Length)
            from c in ArbMap.Default.GeneratorFor<char>()
            select s.Insert(at, c.ToString());
        Gen<string> cut =
            from s in sample
            from length in Gen.Choose(0, s.Length)
            select s[..length];
        return Prop.ForAll(Gen.OneOf(sample, any, inserted, cut).ToArbitrary(), check);
    }
}
