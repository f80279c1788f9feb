using OrgModel.Personnel;

namespace OrgModel.Testing;

/// <content>Arbitraries for attestations.</content>
public static partial class OrgArbitraries
{
    /// <summary>Valid attestations, shrinking towards the General Secretary.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Attestation> Attestations() => Arb.From(
        OrgGenerators.AttestationValue,
        t => t.Post.Equals(Post.GeneralSecretary) ? [] : [new Attestation(t.Person, Post.GeneralSecretary, t.Date, t.Source)]);
}
