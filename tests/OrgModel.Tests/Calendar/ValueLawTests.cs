using OrgModel.Tests.Conventions;

namespace OrgModel.Tests.Calendar;

/// <summary>The laws of equality and order (and the canonical text, where there is one) on every generated value type of <c>OrgModel.Calendar</c>.</summary>
public sealed class ValueLawTests
{
    [Fact]
    public void Equality_and_order_obey_their_laws() => ValueLawsRule.Check("OrgModel.Calendar", minimumTypes: 3);
}
