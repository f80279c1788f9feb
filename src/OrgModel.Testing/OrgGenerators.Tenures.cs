using OrgModel.Tenures;

namespace OrgModel.Testing;

/// <summary>Generators for the Tenures capability.</summary>
public static partial class OrgGenerators
{
    /// <summary>The kinds of term.</summary>
    public static Gen<TenureKind> TenureKind { get; } =
        Gen.Elements(Tenures.TenureKind.LocalParty, Tenures.TenureKind.NationalParty, Tenures.TenureKind.NationalAssembly, Tenures.TenureKind.PeoplesCouncil);

    /// <summary>
    /// Nominal (five-year) terms of every kind: national Party terms XI–XL, National Assembly terms XV–L, local Party and
    /// People's Council terms starting 1930–2500. Exactly the terms that <see cref="Tenure.Parse(string)"/> can produce.
    /// </summary>
    public static Gen<Tenure> Tenure { get; } = Gen.OneOf(
        Gen.Choose(11, 40).Select(Tenures.Tenure.NationalParty),
        Gen.Choose(15, 50).Select(Tenures.Tenure.NationalAssembly),
        Gen.Choose(Tenures.Tenure.MinYear, 2500).Select(Tenures.Tenure.LocalParty),
        Gen.Choose(Tenures.Tenure.MinYear, 2500).Select(Tenures.Tenure.PeoplesCouncil));

    /// <summary>
    /// Any valid term, including explicitly created local ones of 1 to <see cref="Tenures.Tenure.MaxLength"/> years and
    /// every national Party term of the reference data (I–XIV, some of which lasted 16 years).
    /// </summary>
    public static Gen<Tenure> AnyTenure { get; } = Gen.OneOf(
        Tenure,
        from kind in Gen.Elements(Tenures.TenureKind.LocalParty, Tenures.TenureKind.PeoplesCouncil)
        from start in Gen.Choose(Tenures.Tenure.MinYear, 2500)
        from length in Gen.Choose(1, Tenures.Tenure.MaxLength)
        select Tenures.Tenure.Create(kind, start, start + length),
        from ordinal in Gen.Choose(1, 14)
        select Tenures.Tenure.NationalParty(ordinal));

    /// <summary>Texts of nominal terms as people write them: any of the formats, with dash, case and prefix variations.</summary>
    public static Gen<(Tenure Tenure, string Text)> TenureText { get; } =
        from t in Tenure
        from format in Gen.Elements("V", "E", "F")
        from dash in Gen.Elements("–", "-", " - ", " – ", "—")
        from upper in Gen.Elements(false, true)
        let text = t.ToString(format, null).Replace("–", dash, StringComparison.Ordinal)
        select (t, upper ? text.ToUpperInvariant() : text);

    /// <summary>The National Party congresses of the reference data.</summary>
    public static Gen<NationalPartyCongress> NationalPartyCongress { get; } = Gen.Elements(TenureFacts.NationalPartyCongresses.ToArray());

    /// <summary>The Central Conferences of the reference data.</summary>
    public static Gen<CentralConference> CentralConference { get; } = Gen.Elements(TenureFacts.CentralConferences.ToArray());

    /// <summary>The National Assembly terms of the reference data.</summary>
    public static Gen<NationalAssemblyTerm> NationalAssemblyTerm { get; } = Gen.Elements(TenureFacts.NationalAssemblyTerms.ToArray());

    /// <summary>The milestones of the 2025–2030 local congress schedule.</summary>
    public static Gen<LocalCongressMilestone> LocalCongressMilestone { get; } = Gen.Elements(TenureFacts.LocalCongressSchedule2025To2030.ToArray());
}
