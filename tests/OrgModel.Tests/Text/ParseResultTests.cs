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

/// <summary>
/// The parse pipeline's law: <c>ParseToResult</c>, <c>TryParse</c> and <c>Parse</c> of one type agree on every
/// input: the same success, the same value, and on failure the result's exception is the one <c>Parse</c> throws.
/// </summary>
public partial class ParseResultTests
{
    private static readonly string[] TenureSamples =
        ["2025–2030", "nhiệm kỳ 2025-2030", "khóa XIII", "XIV", "13th tenure", "Quốc hội khóa XV", "2025-2031", "khóa", "", "  ", "khóa MMXXV", "2025–2030 x"];

    /// <summary>Checks the law for one input of one type.</summary>
    internal static void Agrees<T>(string text, Func<string, T> parse, TryParse<T> tryParse, Func<string?, ParseResult<T>> toResult)
    {
        ParseResult<T> result = toResult(text);
        bool ok = tryParse(text, out T value);
        Assert.Equal(ok, result.Success);
        if (ok)
        {
            Assert.Equal(value, result.Value);
            Assert.Equal(value, parse(text));
            Assert.Equal(-1, result.ErrorIndex);
            Assert.Null(result.Reason);
            Assert.Throws<InvalidOperationException>(() => result.Exception);
        }
        else
        {
            FormatException thrown = Assert.Throws<FormatException>(() => parse(text));
            Assert.Equal(thrown.Message, result.Exception.Message);
            Assert.Same(result.Exception, result.Exception);
            Assert.Equal(thrown.Message, Assert.Throws<FormatException>(() => result.Value).Message);
            Assert.InRange(result.ErrorIndex, 0, text.Length);
            Assert.False(string.IsNullOrEmpty(result.Reason));
            Assert.Contains(result.Reason, thrown.Message, StringComparison.Ordinal);
            Assert.False(result.TryGetValue(default!, out _));
        }
    }

    /// <summary>A BCL-shaped TryParse.</summary>
    internal delegate bool TryParse<T>(string? text, out T value);

    [Fact]
    public void TenureExamplesAgree()
    {
        foreach (string text in TenureSamples)
        {
            Agrees<Tenure>(text, Tenure.Parse, Tenure.TryParse, Tenure.ParseToResult);
        }
    }

    [Property(MaxTest = 300)]
    public Property TenureAgreesOnAnyText() =>
        Prop.ForAll(
            Gen.OneOf(Gen.Elements(TenureSamples), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null))
                .Select(s => s).ToArbitrary(),
            text => Agrees<Tenure>(text, Tenure.Parse, Tenure.TryParse, Tenure.ParseToResult));

    [Fact]
    public void NullIsAFailedResultNotAnException()
    {
        ParseResult<Tenure> result = Tenure.ParseToResult(null);
        Assert.False(result.Success);
        Assert.Equal(0, result.ErrorIndex);
        Assert.IsType<FormatException>(result.Exception);
    }

    [Fact]
    public void FailureQuotesABoundedPartOfTheInput()
    {
        string text = "khóa " + new string('X', 10_000);
        ParseResult<Tenure> result = Tenure.ParseToResult(text);
        Assert.False(result.Success);
        Assert.True(result.Exception.Message.Length < 400, result.Exception.Message);
    }

    [Fact]
    public void TryGetValueGivesTheFailureValue()
    {
        Assert.False(Tenure.ParseToResult("nonsense").TryGetValue(Tenure.NationalParty(14), out Tenure fallback));
        Assert.Equal(Tenure.NationalParty(14), fallback);
        Assert.True(Tenure.ParseToResult("XIV").TryGetValue(default, out Tenure parsed));
        Assert.Equal(Tenure.NationalParty(14), parsed);
    }
}
