using OrgModel.Tenures;

namespace OrgModel.Testing;

/// <summary>
/// FsCheck generators of OrgModel values and of their text forms, for property tests of code that uses OrgModel.
/// </summary>
/// <remarks>
/// <para>Each capability adds its generators in a file of its own (this class is partial).
/// Generators of domain types produce only valid values; the <c>…Text</c> generators produce canonical text.</para>
/// <para>Thread safety: generators are immutable and thread-safe.</para>
/// </remarks>
public static partial class OrgGenerators
{
    /// <summary>Numbers that have a Roman numeral: 1 to 3999.</summary>
    public static Gen<int> RomanNumeralValue { get; } = Gen.Choose(RomanNumeral.MinValue, RomanNumeral.MaxValue);

    /// <summary>Canonical upper-case Roman numerals for 1 to 3999.</summary>
    public static Gen<string> RomanNumeralText { get; } = RomanNumeralValue.Select(RomanNumeral.Format);
}
