using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OrgModel.Tests.Robustness;

/// <summary>
/// The doubling test of the integrity rules: an input family is run at 64 KB, 128 KB … 4 MB, and the test fails when
/// time or allocation grows more than 2.5× from one size to the next (n log n grows about 2.1×, n² 4×).
/// </summary>
/// <remarks>
/// Allocation is counted exactly on the running thread. Time is the best of several runs, and a step that looks too
/// steep is measured again before it fails, because the machine is shared; steps under a millisecond are judged by
/// allocation only (timer noise). A single run over <see cref="HangLimit"/> fails at once: that is the curve of a
/// quadratic path, and waiting for 4 MB of it would take minutes.
/// </remarks>
internal static class CostCurve
{
    public const int From = 64 * 1024;
    public const int To = 4 * 1024 * 1024;
    public const double MaxGrowth = 2.5;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan NoiseFloor = TimeSpan.FromMilliseconds(1);

    /// <summary>Checks the growth of <paramref name="run"/> over inputs made by <paramref name="make"/> for sizes 64 KB…4 MB.</summary>
    /// <param name="family">The input family, for the message and the printed curve.</param>
    /// <param name="make">Makes an input of about the given size in characters or bytes (not measured).</param>
    /// <param name="run">The entry point under test; it may throw (a refused input is a result too).</param>
    /// <returns>The curve, one line per size, for docs/quality.md.</returns>
    public static string AssertNearLinear<T>(string family, Func<int, T> make, Action<T> run, int from = From, int to = To)
    {
        var sizes = new List<int>();
        for (int n = from; n <= to; n *= 2)
        {
            sizes.Add(n);
        }

        var inputs = sizes.Select(make).ToArray();
        var time = new TimeSpan[sizes.Count];
        var bytes = new long[sizes.Count];
        for (int i = 0; i < sizes.Count; i++)
        {
            (time[i], bytes[i]) = Measure(family, sizes[i], inputs[i], run, repeats: 3);
        }

        var curve = new StringBuilder();
        for (int i = 0; i < sizes.Count; i++)
        {
            curve.AppendLine(CultureInfo.InvariantCulture, $"{family}: {sizes[i] / 1024,5} KB  {time[i].TotalMilliseconds,10:F2} ms  {bytes[i],13:N0} B");
        }

        for (int i = 1; i < sizes.Count; i++)
        {
            double allocGrowth = (double)Math.Max(bytes[i], 1) / Math.Max(bytes[i - 1], 1);
            bool smallAllocation = bytes[i] < 64 * 1024;
            Assert.True(smallAllocation || allocGrowth <= MaxGrowth,
                $"{family}: allocation grew {allocGrowth:F2}× from {sizes[i - 1] / 1024} KB to {sizes[i] / 1024} KB.\n{curve}");
            if (time[i] < NoiseFloor || time[i] <= time[i - 1] * MaxGrowth)
            {
                continue;
            }

            // Too steep: measure both sizes again, longer, before calling it.
            (TimeSpan before, _) = Measure(family, sizes[i - 1], inputs[i - 1], run, repeats: 7);
            (TimeSpan after, _) = Measure(family, sizes[i], inputs[i], run, repeats: 7);
            Assert.True(after <= before * MaxGrowth,
                $"{family}: time grew {after / before:F2}× from {sizes[i - 1] / 1024} KB ({before.TotalMilliseconds:F2} ms) to {sizes[i] / 1024} KB ({after.TotalMilliseconds:F2} ms).\n{curve}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(curve.ToString());
        return curve.ToString();
    }

    private static (TimeSpan Time, long Bytes) Measure<T>(string family, int size, T input, Action<T> run, int repeats)
    {
        TimeSpan best = TimeSpan.MaxValue;
        long allocated = long.MaxValue;
        for (int r = 0; r < repeats; r++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            try
            {
                run(input);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or System.Text.Json.JsonException or InvalidOperationException)
            {
                // A refused input is an answer; its cost is what is measured.
            }

            TimeSpan took = Stopwatch.GetElapsedTime(start);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            best = took < best ? took : best;
            Assert.True(took < HangLimit, $"{family}: one run at {size / 1024} KB took {took.TotalSeconds:F1} s.");
        }

        return (best, allocated);
    }
}
