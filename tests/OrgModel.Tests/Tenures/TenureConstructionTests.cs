using NodaTime;
using OrgModel.Tenures;

namespace OrgModel.Tests.Tenures;

public class TenureConstructionTests
{
    [Fact]
    public void Explicit_terms_of_another_length()
    {
        Tenure shortened = Tenure.Create(TenureKind.PeoplesCouncil, 2021, 2025);
        Assert.Equal(4, shortened.LengthInYears);
        Assert.False(shortened.IsNominalLength);
        Assert.Equal("2021–2025", shortened.ToString());
        Assert.Equal(Tenure.PeoplesCouncil(2025), shortened.Next());
        Assert.False(Tenure.TryParse("2021–2025", out _));
    }

    [Theory]
    [InlineData(TenureKind.LocalParty, 1929, 1934, null, "startYear")]
    [InlineData(TenureKind.LocalParty, 2025, 2025, null, "endYear")]
    [InlineData(TenureKind.LocalParty, 2025, 2036, null, "endYear")]
    [InlineData(TenureKind.LocalParty, 2025, 2030, 3, "ordinal")]
    [InlineData(TenureKind.PeoplesCouncil, 2026, 2031, 16, "ordinal")]
    [InlineData(TenureKind.NationalParty, 2021, 2026, null, "ordinal")]
    [InlineData(TenureKind.NationalParty, 2021, 2026, 0, "ordinal")]
    [InlineData(TenureKind.NationalParty, 2020, 2025, 13, "endYear")]
    [InlineData(TenureKind.NationalAssembly, 2021, 2025, 15, "endYear")]
    [InlineData((TenureKind)9, 2021, 2026, null, "kind")]
    public void Create_rejects_invalid_terms_naming_the_argument(TenureKind kind, int start, int end, int? ordinal, string parameter)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Tenure.Create(kind, start, end, ordinal));
        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void Historical_terms_before_the_data_can_be_created_with_their_years()
    {
        Tenure x = Tenure.Create(TenureKind.NationalParty, 2006, 2011, 10);
        Assert.Equal(10, x.Ordinal);
        Assert.Null(x.ActualStart);
        Assert.Null(x.IsInForceOn(new LocalDate(2008, 1, 1)));
        Assert.Equal(Tenure.NationalParty(11), x.Next());
        Assert.Throws<InvalidOperationException>(() => x.Previous());
        Assert.Equal(x, Tenure.Parse("khóa X (2006–2011)"));
    }

    [Fact]
    public void Future_terms_are_projected_five_years_apart()
    {
        Tenure xv = Tenure.NationalParty(14).Next();
        Assert.Equal((15, 2031, 2036), (xv.Ordinal, xv.StartYear, xv.EndYear));
        Assert.Null(xv.ActualStart);
        Assert.Equal(Tenure.NationalAssembly(17), Tenure.Parse("Quốc hội khóa XVII"));
        Assert.Equal(2031, Tenure.NationalAssembly(17).StartYear);
    }

    [Fact]
    public void Default_is_documented_and_recognisable()
    {
        Tenure d = default;
        Assert.True(d.IsDefault);
        Assert.False(Tenure.LocalParty(2025).IsDefault);
        Assert.Null(d.Ordinal);
        Assert.Null(d.ActualStart);
    }

    [Fact]
    public void Local_terms_have_no_actual_interval_in_the_data()
    {
        Tenure local = Tenure.LocalParty(2025);
        Assert.Null(local.ActualStart);
        Assert.Null(local.IsInForceOn(new LocalDate(2026, 1, 1)));
        var e = Assert.Throws<InvalidOperationException>(() => local.Contains(new LocalDate(2026, 1, 1)));
        Assert.Contains("nhiệm kỳ 2025–2030", e.Message, StringComparison.Ordinal);
        Assert.False(Tenure.TryGetTermOn(TenureKind.LocalParty, new LocalDate(2026, 1, 1), out _));
    }

    [Fact]
    public void Overlap_is_by_half_open_nominal_years()
    {
        Assert.False(Tenure.NationalParty(13).OverlapsYears(Tenure.NationalParty(14)));
        Assert.True(Tenure.NationalParty(13).OverlapsYears(Tenure.LocalParty(2025)));
        Assert.True(Tenure.NationalAssembly(15).OverlapsYears(Tenure.NationalParty(13)));
    }

    [Fact]
    public void Ordering_is_chronological()
    {
        Tenure[] sorted = [Tenure.LocalParty(2025), Tenure.NationalParty(14), Tenure.NationalParty(13), Tenure.NationalAssembly(16), Tenure.PeoplesCouncil(2026)];
        Array.Sort(sorted);
        Assert.Equal([Tenure.NationalParty(13), Tenure.LocalParty(2025), Tenure.NationalParty(14), Tenure.NationalAssembly(16), Tenure.PeoplesCouncil(2026)], sorted);
        Assert.Equal(1, Tenure.LocalParty(2025).CompareTo(null));
        Assert.Throws<ArgumentException>(() => Tenure.LocalParty(2025).CompareTo("2025–2030"));
    }

    [Fact]
    public void Formats_into_spans_and_reports_short_buffers()
    {
        Tenure t = Tenure.NationalAssembly(16);
        Span<char> big = stackalloc char[64];
        Assert.True(t.TryFormat(big, out int n, "F", null));
        Assert.Equal("Quốc hội khóa XVI (2026–2031)", big[..n].ToString());
        Span<char> small = stackalloc char[10];
        Assert.False(t.TryFormat(small, out int none, "F", null));
        Assert.Equal(0, none);
        Assert.False(t.TryFormat(big, out _, "GG", null));
    }

    [Fact]
    public void ISpanParsable_is_implemented()
    {
        Assert.Equal(Tenure.NationalParty(14), ParseGeneric<Tenure>("XIV"));
        Assert.True(TryParseGeneric<Tenure>("nhiệm kỳ 2025–2030".AsSpan(), out Tenure local));
        Assert.Equal(Tenure.LocalParty(2025), local);
    }

    private static T ParseGeneric<T>(string s)
        where T : IParsable<T> => T.Parse(s, null);

    private static bool TryParseGeneric<T>(ReadOnlySpan<char> s, out T result)
        where T : struct, ISpanParsable<T> => T.TryParse(s, null, out result);
}
