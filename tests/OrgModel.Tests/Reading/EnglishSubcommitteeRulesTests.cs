namespace OrgModel.Tests.Reading;

/// <summary>The rule of the hundred-and-forty-sixth pass (docs/reading.md) on a congress's subcommittee named "Subcommittee" alone
/// or by its purpose after "on", with sentences of held-out set 39's sources (`HeldOut39/`). Every case read failed before the
/// pass, but the guard, which passed both ways.</summary>
public class EnglishSubcommitteeRulesTests
{
    // vietnam.vn (held-out set 39): the purpose after "on" and the congress it serves after "for".
    [Fact]
    public void Purpose_and_congress() => Assert.Contains("Subcommittee on Documents for the 15th Provincial Party Congress = -", Findings.OrganisationKeys(
        "On the morning of June 12th, the Subcommittee on Documents for the 15th Provincial Party Congress (2025-2030 term) held its first meeting to implement the task of preparing the documents",
        Findings.Day("2024-06-12")).Split('|'));

    // vietnam.vn (held-out set 39): the purpose alone, with the hyphen.
    [Fact]
    public void Purpose_alone() => Assert.Contains("Sub-committee on Documents = -", Findings.OrganisationKeys(
        "the draft plan for drafting documents and other materials for the Congress; and the proposal to establish an editorial team to assist the Sub-committee on Documents.",
        Findings.Day("2024-06-12")).Split('|'));

    // en.baodienbienphu.com.vn (held-out set 39): "Subcommittee" alone, its head's and the subject's.
    [Theory]
    [InlineData("The meeting was chaired by Trần Quốc Cường, Member of the Party Central Committee and Secretary of the Provincial Party Committee, who is also Head of the Subcommittee.")]
    [InlineData("The Subcommittee was established by Decision No 4896-QĐ/TU on August 2, 2024 by the Điện Biên Provincial Party Committee, and consists of 27 members, with Secretary Trần Quốc Cường as its head.")]
    public void Subcommittee_alone(string text) =>
        Assert.Contains("Subcommittee = -", Findings.OrganisationKeys(text, Findings.Day("2024-08-02")).Split('|'));

    // vietnam.vn (held-out set 39): "Sub-committee" alone, as before.
    [Fact]
    public void Hyphened_alone() => Assert.Contains("Sub-committee = -", Findings.OrganisationKeys(
        "At the meeting, delegates focused their discussions and provided feedback on issues such as: the assignment of tasks to members of the Sub-committee;", Findings.Day("2024-06-12")).Split('|'));
}
