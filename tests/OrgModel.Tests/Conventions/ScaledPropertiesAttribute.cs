using FsCheck.Xunit;

namespace OrgModel.Tests.Conventions;

/// <summary>
/// <see cref="PropertiesAttribute"/> with a number of cases that the environment can lower: <c>ORGMODEL_PROPERTY_TESTS=n</c>
/// runs at most <c>n</c> cases of each property of the class. Mutation runs (<c>eng/mutation.sh</c>) set it, so that the
/// slow properties (Calendar's working-day arithmetic takes 30–47 s each under mutation) do not time out on behaviour the
/// mutant did not change; a normal run uses the number given.
/// </summary>
// xUnit3003 asks for the source-information constructor of FactAttribute; FsCheck's PropertiesAttribute has none to pass
// it to.
#pragma warning disable xUnit3003
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly | AttributeTargets.Module)]
public sealed class ScaledPropertiesAttribute : PropertiesAttribute
{
    /// <summary>Runs <paramref name="maxTest"/> cases per property, or fewer when the environment says so.</summary>
    public ScaledPropertiesAttribute(int maxTest)
    {
        MaxTest = int.TryParse(Environment.GetEnvironmentVariable("ORGMODEL_PROPERTY_TESTS"), out int n) && n > 0 ? Math.Min(n, maxTest) : maxTest;
    }
}
#pragma warning restore xUnit3003
