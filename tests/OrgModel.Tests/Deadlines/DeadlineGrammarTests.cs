using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Testing;
using OrgModel.Tests.Text;
using OrgModel.Text;

namespace OrgModel.Tests.Deadlines;

/// <summary>
/// The two grammars have two names (<c>Parse</c>: the canonical form and phrases with a year; <c>ParsePhrase</c>: phrases
/// with a reference date), every entry point of one grammar agrees with the others, the format is honoured or refused,
/// and the struct stays small.
/// </summary>
public class DeadlineGrammarTests
{
    private static readonly LocalDate Reference = new(2025, 4, 14);

    private static readonly string[] Samples =
    [
        "on or before 2025-07-31", "strictly before 2025-07-31", "in 2025-11", "in 2026-Q1", "by the end of 2025",
        "after P6M from 2025-07-01 (the two-level local government entered operation)", "within 10 working days",
        "quarterly by day 15 of month 3", "ongoing", "trước ngày 31/7/2025", "before July 31", "quý I/2026", "sau 6 tháng",
        "before 31/2/2025", "in 2026-Q5", "", "   ", "after P0D", "within 4000 working days", "before 31/7/2025 x", "(x)",
    ];

    [Property(MaxTest = 500)]
    public Property GeneratedDeadlines_RoundTripThroughTheCanonicalParse() =>
        Prop.ForAll(OrgGenerators.Deadline.ToArbitrary(), d =>
        {
            string text = d.ToString();
            Assert.Equal(d, Deadline.Parse(text));
            Assert.Equal(d, Deadline.Parse(text.AsSpan()));
            Assert.True(Deadline.TryParse(text, out Deadline viaTry));
            Assert.Equal(d, viaTry);
            Assert.Equal(d, Deadline.ParseToResult(text).Value);
            Assert.Equal(d, ParseGeneric<Deadline>(text));
            Assert.Equal(text, Deadline.Parse(text).ToString());
        });

    [Fact]
    public void TheCanonicalParse_NeedsAYear_ThePhraseParse_TakesItFromTheReference()
    {
        Assert.False(Deadline.TryParse("before July 31", out _));
        ParseResult<Deadline> canonical = Deadline.ParseToResult("before July 31");
        Assert.False(canonical.Success);
        Assert.Contains("a year was expected", canonical.Reason, StringComparison.Ordinal);
        Assert.Equal(Deadline.OnOrBefore(new LocalDate(2025, 7, 31)), Deadline.ParsePhrase("before July 31", Reference));
        Assert.Equal(Deadline.OnOrBefore(new LocalDate(2025, 7, 31)), Deadline.ParsePhraseToResult("before July 31", Reference).Value);
    }

    [Fact]
    public void Failures_KeepPositionAndReason()
    {
        ParseResult<Deadline> result = Deadline.ParseToResult("before 31/2/2025");
        Assert.Equal(7, result.ErrorIndex);
        Assert.Equal("2025-02 has no day 31", result.Reason);
        FormatException e = Assert.Throws<FormatException>(() => Deadline.ParsePhrase("before 31/2/2025", Reference));
        Assert.Equal("Cannot parse \"before 31/2/2025\" as a deadline: at character 8, 2025-02 has no day 31.", e.Message);
        Assert.Equal(e.Message, Deadline.ParsePhraseToResult("before 31/2/2025", Reference).Exception.Message);
    }

    [Fact]
    public void ParseToResult_AgreesWithParseAndTryParse_OnSamples()
    {
        foreach (string text in Samples)
        {
            ParseResultTests.Agrees<Deadline>(text, Deadline.Parse, Deadline.TryParse, Deadline.ParseToResult);
            ParseResultTests.Agrees<Deadline>(
                text, s => Deadline.ParsePhrase(s, Reference), (string? s, out Deadline d) => Deadline.TryParsePhrase(s, Reference, out d),
                s => Deadline.ParsePhraseToResult(s, Reference));
        }
    }

    [Property(MaxTest = 300)]
    public Property ParseToResult_AgreesWithParseAndTryParse_OnAnyText() =>
        Prop.ForAll(
            Gen.OneOf(Gen.Elements(Samples), OrgGenerators.Deadline.Select(d => d.ToString()), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)).ToArbitrary(),
            text =>
            {
                ParseResultTests.Agrees<Deadline>(text, Deadline.Parse, Deadline.TryParse, Deadline.ParseToResult);
                ParseResultTests.Agrees<Deadline>(
                    text, s => Deadline.ParsePhrase(s, Reference, BeforeInterpretation.Exclusive),
                    (string? s, out Deadline d) => Deadline.TryParsePhrase(s, Reference, BeforeInterpretation.Exclusive, out d),
                    s => Deadline.ParsePhraseToResult(s, Reference, BeforeInterpretation.Exclusive));
            });

    [Fact]
    public void NullText_IsAFailedResult()
    {
        Assert.False(Deadline.ParseToResult(null).Success);
        Assert.False(Deadline.ParsePhraseToResult(null, Reference).Success);
        Assert.False(Deadline.TryParsePhrase(null, Reference, out _));
    }

    [Fact]
    public void BadArguments_AreFalseForTryParsePhrase_AndRefusedByTheOthers()
    {
        var undefined = (BeforeInterpretation)99;
        var julian = new LocalDate(2025, 4, 14, CalendarSystem.Julian);
        Assert.False(Deadline.TryParsePhrase("trước ngày 31/7/2025", Reference, undefined, out _));
        Assert.False(Deadline.TryParsePhrase("trước ngày 31/7/2025", julian, out _));
        Assert.Equal("before", Assert.ThrowsAny<ArgumentException>(() => Deadline.ParsePhraseToResult("trước ngày 31/7/2025", Reference, undefined)).ParamName);
        Assert.Equal("before", Assert.ThrowsAny<ArgumentException>(() => Deadline.ParsePhrase("trước ngày 31/7/2025", Reference, undefined)).ParamName);
        Assert.Equal("reference", Assert.ThrowsAny<ArgumentException>(() => Deadline.ParsePhraseToResult("trước ngày 31/7/2025", julian)).ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("G")]
    public void TheGeneralFormat_IsTheCanonicalForm(string? format)
    {
        Deadline d = Deadline.After(Period.FromMonths(6), new LocalDate(2025, 7, 1), "the two-level local government entered operation");
        Assert.Equal(d.ToString(), d.ToString(format, null));
        Span<char> buffer = stackalloc char[200];
        Assert.True(d.TryFormat(buffer, out int written, format, null));
        Assert.Equal(d.ToString(), buffer[..written].ToString());
        Assert.Equal(d.ToString(), $"{d}");
    }

    [Theory]
    [InlineData("V")]
    [InlineData("g")]
    [InlineData("d")]
    [InlineData("GG")]
    public void AnyOtherFormat_IsRefused(string format)
    {
        Deadline d = Deadline.OnOrBefore(new LocalDate(2025, 7, 31));
        Assert.Throws<FormatException>(() => d.ToString(format, null));
        Assert.Throws<FormatException>(() => d.TryFormat(new char[100], out _, format, null));
        Assert.Throws<FormatException>(() => string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:" + format + "}", d));
    }

    [Fact]
    public void TheStruct_IsSmallToCopy()
    {
        Assert.True(Unsafe.SizeOf<Deadline>() <= 24, $"Deadline is {Unsafe.SizeOf<Deadline>()} bytes");
        Assert.Equal(Deadline.Ongoing, default);
        Assert.Equal(DeadlineKind.None, default(Deadline).Kind);
        Assert.Equal("ongoing", default(Deadline).ToString());
    }

    [Fact]
    public void WordingAndDetails_DoNotChangeEqualityOrHash()
    {
        Deadline plain = Deadline.OnOrBefore(new LocalDate(2025, 7, 31));
        Deadline worded = plain.WithWording("trước ngày 31/7/2025");
        Assert.Equal(plain, worded);
        Assert.Equal(plain.GetHashCode(), worded.GetHashCode());
        Assert.Equal(0, plain.CompareTo(worded));
        Assert.Equal("trước ngày 31/7/2025", worded.Wording);
        Assert.Null(plain.Wording);
        Assert.Null(worded.WithWording(null).Wording);
    }

    private static T ParseGeneric<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);
}
