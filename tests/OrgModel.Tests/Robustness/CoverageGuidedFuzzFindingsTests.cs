using OrgModel.Documents;

namespace OrgModel.Tests.Robustness;

/// <summary>Inputs that AFL++ found through SharpFuzz (eng/fuzz.sh, docs/quality.md "Coverage-guided fuzzing"), each a
/// regression test before its fix.</summary>
public class CoverageGuidedFuzzFindingsTests
{
    // documentnumber-tryparse, 2026-12-01 (14 crashes in 2,045 s): a Party number whose issuer is long enough that its canonical
    // form passes 64 characters was accepted, and its ToString gave "" (the stack buffer of the formatter was too short and its
    // failure was not looked at), so the value did not read back. The first crash file, and one with "Số:" before it.
    [Theory]
    [InlineData("45-CT/91q59L05X-CE\u01115519X-C-975551752T5X-Cm\u0111551759X-C-9X-C-\u0111551752T5X-C-\u01115517596-CN\u011055")]
    [InlineData("S\u1ED0: 45-CT/91T59X-C-\u0111551752T5X-C-\u01115X-C-\u0111O519L05X-C-9X-C\u0111551752T5X-C-\u01115")]
    [InlineData("917749-KL/DTg749-KT5iBTViBTVQ\u00D0-UBTVQ\u00D0-UBT-\u00F0749-KT5UQ\u00D0-UBTVF\u00D0-UBv-\u00F0759-KT5UBT-\u00F0749-KT")]
    public void A_long_number_accepted_reads_back_from_its_canonical_form(string input)
    {
        Assert.True(DocumentNumber.TryParse(input, out DocumentNumber number));
        string canonical = number.ToString();

        Assert.NotEqual(string.Empty, canonical);
        Assert.Equal(number, DocumentNumber.Parse(canonical));
        Assert.Equal(canonical, DocumentNumber.Parse(canonical).ToString());
    }
}
