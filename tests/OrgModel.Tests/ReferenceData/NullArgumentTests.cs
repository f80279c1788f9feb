using OrgModel.Tests.Conventions;

namespace OrgModel.Tests.ReferenceData;

/// <summary>Every public constructor and method of <c>OrgModel.ReferenceData</c> rejects a null argument with an <see cref="ArgumentNullException"/> naming it.</summary>
public sealed class NullArgumentTests
{
    [Fact]
    public void Every_public_member_rejects_null_naming_the_argument() => NullArgumentRule.Check("OrgModel.ReferenceData", minimumChecked: 2);
}
