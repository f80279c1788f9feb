using System.Globalization;
using OrgModel.Calendar;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Personnel;
using OrgModel.Text;

namespace OrgModel.Tests.Text;

/// <summary>
/// The <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/> members that generic code reaches (the
/// ones <c>ICanonicalParsable</c> supplies once for every type) agree with each type's own <c>ParseToResult</c>, and the
/// non-generic <see cref="IComparable.CompareTo"/> keeps the BCL's contract.
/// </summary>
public class CanonicalParsableTests
{
    public static TheoryData<string> Texts() =>
    [
        "201-KL/TW", "30/2020/NĐ-CP", "số 201 - kl/tw", "to-lam", "a b", "Tô Lâm", "  nguyễn   xuân PHÚC ", "15/6n/2025",
        "1/13/2025", "", "   ", "x",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void GenericEntryPointsAgreeWithParseToResult(string text)
    {
        Agrees(text, PartyDocumentNumber.ParseToResult);
        Agrees(text, StateDocumentNumber.ParseToResult);
        Agrees(text, DocumentNumber.ParseToResult);
        Agrees(text, DocumentKey.ParseToResult);
        Agrees(text, PersonId.ParseToResult);
        Agrees(text, VietnameseName.ParseToResult);
        Agrees(text, VietnameseLunarDate.ParseToResult);
    }

    [Fact]
    public void GenericEntryPointsRefuseNull()
    {
        RefusesNull<PartyDocumentNumber>();
        RefusesNull<StateDocumentNumber>();
        RefusesNull<DocumentNumber>();
        RefusesNull<DocumentKey>();
        RefusesNull<PersonId>();
        RefusesNull<VietnameseName>();
        RefusesNull<VietnameseLunarDate>();
    }

    [Fact]
    public void BoxedComparisonSortsNullFirstAndRefusesOtherTypes()
    {
        Boxed(PersonId.Parse("a"), PersonId.Parse("b"), "PersonId");
        Boxed(VietnameseName.Parse("Lê Văn An"), VietnameseName.Parse("Lê Văn Bình"), "VietnameseName");
        Boxed(PartyDocumentNumber.Parse("1-KL/TW"), PartyDocumentNumber.Parse("2-KL/TW"), "PartyDocumentNumber");
        Boxed(StateDocumentNumber.Parse("1/2020/NĐ-CP"), StateDocumentNumber.Parse("2/2020/NĐ-CP"), "StateDocumentNumber");
        Boxed(DocumentNumber.Parse("1-KL/TW"), DocumentNumber.Parse("2-KL/TW"), "DocumentNumber");
        Boxed(VietnameseLunarDate.Parse("1/1/2025"), VietnameseLunarDate.Parse("2/1/2025"), "VietnameseLunarDate");
    }

    private static void Agrees<T>(string text, Func<string?, ParseResult<T>> toResult)
        where T : ISpanParsable<T>
    {
        ParseResult<T> expected = toResult(text);
        Assert.Equal(expected.Success, T.TryParse(text, CultureInfo.InvariantCulture, out T? fromString));
        Assert.Equal(expected.Success, T.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out T? fromSpan));
        if (expected.Success)
        {
            Assert.Equal(expected.Value, fromString);
            Assert.Equal(expected.Value, fromSpan);
            Assert.Equal(expected.Value, T.Parse(text, null));
            Assert.Equal(expected.Value, T.Parse(text.AsSpan(), null));
        }
        else
        {
            Assert.Equal(expected.Exception.Message, Assert.Throws<FormatException>(() => T.Parse(text, null)).Message);
            Assert.Equal(expected.Exception.Message, Assert.Throws<FormatException>(() => T.Parse(text.AsSpan(), null)).Message);
        }
    }

    private static void RefusesNull<T>()
        where T : IParsable<T>
    {
        Assert.Throws<ArgumentNullException>(() => T.Parse(null!, null));
        Assert.False(T.TryParse(null, null, out _));
    }

    private static void Boxed<T>(T low, T high, string typeName)
        where T : IComparable
    {
        Assert.Equal(1, low.CompareTo(null));
        Assert.True(low.CompareTo(high) < 0);
        Assert.True(high.CompareTo(low) > 0);
        Assert.Equal(0, low.CompareTo(low));
        ArgumentException e = Assert.Throws<ArgumentException>(() => low.CompareTo("not a value"));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith($"The object is not a {typeName}.", e.Message, StringComparison.Ordinal);
    }
}
