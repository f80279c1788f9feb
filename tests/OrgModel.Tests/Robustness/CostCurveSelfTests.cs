namespace OrgModel.Tests.Robustness;

/// <summary>The doubling test itself: it must fail a quadratic path, re-measuring or not, and pass a linear one.</summary>
[Collection(nameof(CostCurveTests))]
public class CostCurveSelfTests
{
    private const int From = 2 * 1024;
    private const int To = 32 * 1024;

    [Fact]
    public void A_quadratic_path_fails() =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => CostCurve.AssertNearLinear("quadratic", n => n, Quadratic, From, To));

    // Enough work per size (about 4 ms at 2 KB on this machine) that every size stands above the curve's 1 ms noise floor and
    // the average is taken over four doublings: at 64 steps per unit only the last two sizes did, and the one step between them,
    // near a millisecond, once grew 2.5× on a loaded CI run (1.42 ms to 3.59 ms).
    [Fact]
    public void A_linear_path_passes() =>
        CostCurve.AssertNearLinear("linear", n => n, n => Linear(n * 1024), From, To);

    // Every pair of positions, as a naive overlap check would: about n²/2 steps.
    private static void Quadratic(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                sum += i ^ j;
            }
        }

        GC.KeepAlive(sum);
    }

    private static void Linear(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += i * 31;
        }

        GC.KeepAlive(sum);
    }
}
