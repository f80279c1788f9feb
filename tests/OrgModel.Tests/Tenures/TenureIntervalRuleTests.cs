using NodaTime;
using OrgModel.Tenures;
using OrgModel.Testing;

namespace OrgModel.Tests.Tenures;

/// <summary>The actual intervals of national terms against the reference data they come from, and the year arithmetic of
/// terms against its definitions: a term is in force from its own opening to the next one's, half-open; years overlap when
/// they share a year.</summary>
public class TenureIntervalRuleTests
{
    public static TheoryData<int> Congresses => [.. Enumerable.Range(TenureData.FirstNationalCongress, TenureData.LastNationalCongress - TenureData.FirstNationalCongress + 1)];

    public static TheoryData<int> Assemblies => [.. Enumerable.Range(TenureData.FirstNationalAssembly, TenureData.LastNationalAssembly - TenureData.FirstNationalAssembly + 1)];

    [Theory]
    [MemberData(nameof(Congresses))]
    public void A_Party_term_is_in_force_from_its_congress_to_the_next(int ordinal)
    {
        Tenure term = Tenure.NationalParty(ordinal);
        LocalDate opening = TenureData.FindNationalCongress(ordinal)!.Opening;
        LocalDate? next = TenureData.FindNationalCongress(ordinal + 1)?.Opening;
        Assert.Equal(opening, term.ActualStart);
        Assert.Equal(next, term.ActualEnd);
        Assert.False(term.IsInForceOn(opening.PlusDays(-1)));
        Assert.False(term.Contains(opening.PlusDays(-1)));
        Assert.True(term.IsInForceOn(opening));
        Assert.True(term.Contains(opening));
        if (next is { } end)
        {
            Assert.True(term.IsInForceOn(end.PlusDays(-1)));
            Assert.False(term.IsInForceOn(end));
        }
        else
        {
            // The latest congress of the data: in force until a later one is recorded.
            Assert.True(term.IsInForceOn(opening.PlusYears(20)));
        }
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void An_Assembly_sits_from_its_first_session_to_the_next_one_s(int ordinal)
    {
        Tenure term = Tenure.NationalAssembly(ordinal);
        NationalAssemblyTerm data = TenureData.FindNationalAssembly(ordinal)!;
        NationalAssemblyTerm? successor = TenureData.FindNationalAssembly(ordinal + 1);
        Assert.Equal(data.FirstSessionOpening, term.ActualStart);
        if (data.FirstSessionOpening is not { } opening)
        {
            Assert.Null(term.ActualEnd);
            Assert.Null(term.IsInForceOn(data.Election.PlusYears(1)));
            Assert.Throws<InvalidOperationException>(() => term.Contains(data.Election.PlusYears(1)));
            return;
        }

        Assert.False(term.IsInForceOn(opening.PlusDays(-1)));
        Assert.True(term.IsInForceOn(opening));
        Assert.Equal(successor?.FirstSessionOpening, term.ActualEnd);
        if (successor?.FirstSessionOpening is { } end)
        {
            Assert.True(term.IsInForceOn(end.PlusDays(-1)));
            Assert.False(term.IsInForceOn(end));
        }
        else if (successor is not null)
        {
            // Elected, its first session not yet in the data: this one sits until the election, then the data cannot tell.
            Assert.True(term.IsInForceOn(successor.Election.PlusDays(-1)));
            Assert.Null(term.IsInForceOn(successor.Election));
            Assert.Throws<InvalidOperationException>(() => term.Contains(successor.Election));
        }
        else
        {
            Assert.True(term.IsInForceOn(opening.PlusYears(20)));
        }
    }

    [Property(MaxTest = 300)]
    public bool A_local_term_has_no_actual_interval(int year)
    {
        Tenure term = Tenure.LocalParty(1930 + (Math.Abs(year % 150)));
        return term.ActualStart is null && term.ActualEnd is null && term.IsInForceOn(new LocalDate(2025, 1, 1)) is null;
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(OrgArbitraries)])]
    public bool Years_overlap_exactly_when_the_terms_share_a_year(Tenure a, Tenure b)
    {
        bool share = Enumerable.Range(a.StartYear, a.EndYear - a.StartYear).Intersect(Enumerable.Range(b.StartYear, b.EndYear - b.StartYear)).Any();
        return a.OverlapsYears(b) == share && b.OverlapsYears(a) == share;
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(OrgArbitraries)])]
    public bool The_next_term_of_a_local_kind_follows_it_and_its_previous_is_it(Tenure term)
    {
        if (term.Ordinal is not null || term.EndYear + Tenure.NominalLength > 2200)
        {
            return true;
        }

        Tenure next = term.Next();
        return next.Kind == term.Kind && next.StartYear == term.EndYear && next.EndYear == term.EndYear + Tenure.NominalLength
            && next.Previous().StartYear == term.EndYear - Tenure.NominalLength && next.Previous().Kind == term.Kind;
    }

    [Theory]
    [MemberData(nameof(Congresses))]
    public void The_next_and_previous_national_terms_have_the_next_and_previous_ordinals(int ordinal)
    {
        Tenure term = Tenure.NationalParty(ordinal);
        Assert.Equal(ordinal + 1, term.Next().Ordinal);
        Assert.Equal(term, term.Next().Previous());
        if (ordinal > TenureData.FirstNationalCongress)
        {
            Assert.Equal(ordinal - 1, term.Previous().Ordinal);
            Assert.Equal(term.StartYear, term.Previous().EndYear);
        }
    }

    [Fact]
    public void Next_and_previous_stop_at_the_supported_years()
    {
        Assert.Equal((9994, 9999), (Tenure.LocalParty(9989).Next().StartYear, Tenure.LocalParty(9989).Next().EndYear));
        InvalidOperationException after = Assert.Throws<InvalidOperationException>(() => Tenure.LocalParty(9994).Next());
        Assert.Contains("would end after 9999", after.Message, StringComparison.Ordinal);
        Assert.Equal((1930, 1935), (Tenure.PeoplesCouncil(1935).Previous().StartYear, Tenure.PeoplesCouncil(1935).Previous().EndYear));
        InvalidOperationException before = Assert.Throws<InvalidOperationException>(() => Tenure.PeoplesCouncil(1930).Previous());
        Assert.Contains("would start before 1930", before.Message, StringComparison.Ordinal);

        // A national term far beyond the data, with years of its own: the next ordinal's projected years lie past 9999.
        Tenure far = Tenure.Create(TenureKind.NationalParty, 9990, 9995, 3999);
        InvalidOperationException outside = Assert.Throws<InvalidOperationException>(() => far.Next());
        Assert.Contains("is outside the supported range", outside.Message, StringComparison.Ordinal);
        InvalidOperationException first = Assert.Throws<InvalidOperationException>(() => Tenure.NationalParty(1).Previous());
        Assert.Contains("does not give the years of the term before", first.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Projected terms beyond the data, and a term of the data's ordinal beyond it with other years: no actual interval.
    [InlineData(TenureKind.NationalParty, 20)]
    [InlineData(TenureKind.NationalAssembly, 20)]
    public void A_term_beyond_the_data_has_no_actual_interval(TenureKind kind, int ordinal)
    {
        Tenure projected = kind == TenureKind.NationalParty ? Tenure.NationalParty(ordinal) : Tenure.NationalAssembly(ordinal);
        Assert.Null(projected.ActualStart);
        Assert.Null(projected.ActualEnd);
        Assert.Null(projected.IsInForceOn(new LocalDate(2100, 1, 1)));
        Tenure other = Tenure.Create(kind, projected.StartYear + 1, projected.EndYear + 1, ordinal);
        Assert.Null(other.ActualStart);
    }
}
