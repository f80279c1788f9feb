namespace OrgModel.Tests.Robustness;

internal static partial class FuzzTargets
{
    private static partial IEnumerable<FuzzTarget> More() => [];
}
