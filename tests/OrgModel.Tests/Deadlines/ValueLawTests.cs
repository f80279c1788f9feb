using OrgModel.Tests.Conventions;

namespace OrgModel.Tests.Deadlines;

/// <summary>The laws of equality and order (and the canonical text, where there is one) on every generated value type of <c>OrgModel.Deadlines</c>.</summary>
public sealed class ValueLawTests
{
    [Fact]
    public void Equality_and_order_obey_their_laws() => ValueLawsRule.Check("OrgModel.Deadlines", minimumTypes: 1);
}
