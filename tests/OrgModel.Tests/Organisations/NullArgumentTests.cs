using OrgModel.Tests.Conventions;

namespace OrgModel.Tests.Organisations;

/// <summary>Every public constructor and method of <c>OrgModel.Organisations</c> rejects a null argument with an <see cref="ArgumentNullException"/> naming it.</summary>
public sealed class NullArgumentTests
{
    [Fact]
    public void Every_public_member_rejects_null_naming_the_argument() => NullArgumentRule.Check("OrgModel.Organisations", minimumChecked: 10);
}
