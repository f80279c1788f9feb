using OrgModel.Tenures;

namespace OrgModel.Testing;

/// <summary>Arbitraries for the Tenures capability.</summary>
public static partial class OrgArbitraries
{
    /// <summary>Kinds of term, shrinking towards <see cref="TenureKind.LocalParty"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TenureKind> TenureKinds() =>
        Arb.From(OrgGenerators.TenureKind, k => k == TenureKind.LocalParty ? [] : [TenureKind.LocalParty]);

    /// <summary>Nominal terms (see <see cref="OrgGenerators.Tenure"/>), shrinking towards early ordinals and years and towards local Party terms.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Tenure> Tenures() => Arb.From(OrgGenerators.Tenure, ShrinkTenure);

    /// <summary>Any valid term (see <see cref="OrgGenerators.AnyTenure"/>): explicit terms shrink to one-year terms of the same
    /// kind, start and ordinal; nominal ones as <see cref="Tenures"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Tenure> AnyTenures() => Arb.From(OrgGenerators.AnyTenure, ShrinkAnyTenure);

    /// <summary>Nominal terms with a text people might write for them (see <see cref="OrgGenerators.TenureText"/>); shrinks the term
    /// and writes the shrunk term's canonical Vietnamese form.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<(Tenure Tenure, string Text)> TenureTexts() =>
        Arb.From(OrgGenerators.TenureText, pair => ShrinkTenure(pair.Tenure).Select(t => (t, t.ToString("V", null))));

    /// <summary>National Party congresses of the reference data, shrinking towards the first.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NationalPartyCongress> NationalPartyCongresses() =>
        Arb.From(OrgGenerators.NationalPartyCongress, c => ShrinkToFirst(TenureFacts.NationalPartyCongresses, c));

    /// <summary>Central Conferences of the reference data, shrinking towards the first.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CentralConference> CentralConferences() =>
        Arb.From(OrgGenerators.CentralConference, c => ShrinkToFirst(TenureFacts.CentralConferences, c));

    /// <summary>National Assembly terms of the reference data, shrinking towards the first.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NationalAssemblyTerm> NationalAssemblyTerms() =>
        Arb.From(OrgGenerators.NationalAssemblyTerm, t => ShrinkToFirst(TenureFacts.NationalAssemblyTerms, t));

    /// <summary>Milestones of the local congress schedule, shrinking towards the first.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalCongressMilestone> LocalCongressMilestones() =>
        Arb.From(OrgGenerators.LocalCongressMilestone, m => ShrinkToFirst(TenureFacts.LocalCongressSchedule2025To2030, m));

    private static IEnumerable<T> ShrinkToFirst<T>(IReadOnlyList<T> all, T value)
        where T : class =>
        ReferenceEquals(all[0], value) ? [] : [all[0]];

    private static IEnumerable<Tenure> ShrinkAnyTenure(Tenure t)
    {
        bool fromData = t.Ordinal is null ? t.IsNominalLength : t.Ordinal >= (t.Kind == TenureKind.NationalParty ? 1 : 15);
        if (fromData)
        {
            return ShrinkTenure(t);
        }

        return t.LengthInYears > 1 ? [Tenure.Create(t.Kind, t.StartYear, t.StartYear + 1, t.Ordinal)] : [];
    }

    private static IEnumerable<Tenure> ShrinkTenure(Tenure t)
    {
        switch (t.Kind)
        {
            case TenureKind.NationalParty:
            case TenureKind.NationalAssembly:
                yield return Tenure.LocalParty(t.StartYear);
                int first = t.Kind == TenureKind.NationalParty ? 1 : 15;
                foreach (int smaller in ArbMap.Default.ArbFor<int>().Shrinker(t.Ordinal!.Value - first).Where(d => d >= 0))
                {
                    yield return t.Kind == TenureKind.NationalParty ? Tenure.NationalParty(first + smaller) : Tenure.NationalAssembly(first + smaller);
                }

                break;
            default:
                if (t.Kind == TenureKind.PeoplesCouncil)
                {
                    yield return Tenure.LocalParty(t.StartYear);
                }

                foreach (int smaller in ArbMap.Default.ArbFor<int>().Shrinker(t.StartYear - Tenure.MinYear).Where(d => d >= 0))
                {
                    yield return Tenure.Create(t.Kind, Tenure.MinYear + smaller, Tenure.MinYear + smaller + Tenure.NominalLength);
                }

                break;
        }
    }
}
