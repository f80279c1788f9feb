using OrgModel.Tests.Conventions;

namespace OrgModel.Tests.Documents.Model;

/// <summary>The laws of equality and order (and the canonical text, where there is one) on every generated value type of <c>OrgModel.Documents.Model</c>.</summary>
public sealed class ValueLawTests
{
    [Fact]
    public void Equality_and_order_obey_their_laws() => ValueLawsRule.Check("OrgModel.Documents.Model", minimumTypes: 9);
}
