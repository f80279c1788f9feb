namespace OrgModel.Testing;

/// <summary>
/// FsCheck arbitraries (generator plus shrinker) for OrgModel types, to register with
/// <c>[Properties(Arbitrary = new[] { typeof(OrgArbitraries) })]</c> or <c>Config.Default.WithArbitrary(...)</c>.
/// </summary>
/// <remarks>
/// <para>Every arbitrary generates only valid values and shrinks towards simpler valid values.
/// Each capability adds its arbitraries in a file of its own (this class is partial).</para>
/// <para>Thread safety: arbitraries are immutable and thread-safe.</para>
/// </remarks>
public static partial class OrgArbitraries
{
    /// <summary>Numbers that have a Roman numeral (1–3999), shrinking towards 1.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<int> RomanNumeralValues() =>
        Arb.From(OrgGenerators.RomanNumeralValue, n => ArbMap.Default.ArbFor<int>().Shrinker(n).Where(v => v >= 1 && v <= 3999));
}
