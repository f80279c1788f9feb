using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OrgModel.Tests.Robustness;

/// <summary>
/// The doubling test of the integrity rules: an input family is run at 64 KB, 128 KB … 4 MB, and the test fails when
/// time or allocation grows more than 2.5× from one size to the next (n log n grows about 2.1×, n² 4×).
/// </summary>
/// <remarks>
/// <para>Allocation is counted exactly on the running thread, and every doubling must stay within 2.5×.</para>
/// <para>Time is the CPU time of the running thread (on Linux; wall time elsewhere), the best of several runs, so that
/// other processes and other tests on a 2-core machine do not count. Cache and collector effects still make single
/// steps noisy (a step of 3× next to one of 1.5× on the same code), so time is judged over the whole range: the growth
/// per doubling averaged over 64 KB…4 MB must be at most 2.5× (n² averages 4×; an average above it is measured again at
/// its two ends, longer, before it fails), and no single step, measured again,
/// may reach 6× (n² is 4× on every step). Runs are made inside a no-GC region where the allocation fits, and
/// elsewhere the collections' pause time is taken out of the run's time, so a collection that happens to fall in one run is not
/// charged to that size. A single run over <see cref="HangLimit"/> fails at once: that is the curve of a quadratic path, and
/// waiting for 4 MB of it would take minutes.</para>
/// <para>Tests that use it belong to the <see cref="CostCurveTests"/> collection, which runs alone.</para>
/// </remarks>
internal static class CostCurve
{
    private const double MaxStep = 6.0;

    public const int From = 64 * 1024;
    public const int To = 4 * 1024 * 1024;
    public const double MaxGrowth = 2.5;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan NoiseFloor = TimeSpan.FromMilliseconds(1);

    /// <summary>A text of about <paramref name="chars"/> characters: <paramref name="unit"/> repeated until it is that long.</summary>
    public static string Repeat(string unit, int chars)
    {
        var b = new StringBuilder(chars + unit.Length);
        while (b.Length < chars)
        {
            b.Append(unit);
        }

        return b.ToString();
    }

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
            if (time[i] < NoiseFloor || time[i] <= time[i - 1] * MaxStep)
            {
                continue;
            }

            // A steep step: measure both sizes again, longer, before calling it.
            (TimeSpan before, _) = Measure(family, sizes[i - 1], inputs[i - 1], run, repeats: 7);
            (TimeSpan after, _) = Measure(family, sizes[i], inputs[i], run, repeats: 7);
            Assert.True(after <= before * MaxStep,
                $"{family}: time grew {after / before:F2}× from {sizes[i - 1] / 1024} KB ({before.TotalMilliseconds:F2} ms) to {sizes[i] / 1024} KB ({after.TotalMilliseconds:F2} ms).\n{curve}");
        }

        int first = Enumerable.Range(0, sizes.Count).FirstOrDefault(i => time[i] >= NoiseFloor, sizes.Count - 1);
        int steps = sizes.Count - 1 - first;
        if (steps > 0)
        {
            double average = Math.Pow(time[^1] / time[first], 1.0 / steps);
            if (average > MaxGrowth)
            {
                // As for a steep step: measure both ends again, longer, before calling it (a loaded machine slows single runs).
                (TimeSpan low, _) = Measure(family, sizes[first], inputs[first], run, repeats: 7);
                (TimeSpan high, _) = Measure(family, sizes[^1], inputs[^1], run, repeats: 7);
                average = Math.Pow(Min(high, time[^1]) / Min(low, time[first]), 1.0 / steps);
            }

            Assert.True(average <= MaxGrowth,
                $"{family}: time grew {average:F2}× per doubling on average from {sizes[first] / 1024} KB to {sizes[^1] / 1024} KB.\n{curve}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(curve.ToString());
        return curve.ToString();
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static (TimeSpan Time, long Bytes) Measure<T>(string family, int size, T input, Action<T> run, int repeats)
    {
        TimeSpan best = TimeSpan.MaxValue;
        long allocated = long.MaxValue;
        for (int r = 0; r < repeats; r++)
        {
            // A collection left over from the previous run would be charged to this one.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long before = GC.GetAllocatedBytesForCurrentThread();
            bool noGc = allocated < long.MaxValue && allocated < NoGcLimit && GC.TryStartNoGCRegion(allocated + (16 << 20));
            TimeSpan paused = GC.GetTotalPauseDuration();
            TimeSpan start = ThreadTime();
            try
            {
                run(input);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or System.Text.Json.JsonException or InvalidOperationException)
            {
                // A refused input is an answer; its cost is what is measured.
            }

            // Where the allocation does not fit a no-GC region (the largest sizes of families that allocate 100 MB and more), the
            // collections' pauses are taken out, so that they are not charged to that size either (allocation, counted exactly,
            // still is).
            TimeSpan took = ThreadTime() - start - (GC.GetTotalPauseDuration() - paused);
            took = took < TimeSpan.Zero ? TimeSpan.Zero : took;
            if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }

            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            best = took < best ? took : best;
            Assert.True(took < HangLimit, $"{family}: one run at {size / 1024} KB took {took.TotalSeconds:F1} s.");
        }

        return (best, allocated);
    }

    // CPU time of the calling thread: clock_gettime(CLOCK_THREAD_CPUTIME_ID) on Linux, wall time elsewhere.
    private static TimeSpan ThreadTime()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out TimeSpec t) == 0)
        {
            return TimeSpan.FromTicks((t.Seconds * 1_000_000_000L + t.Nanoseconds) / 100);
        }

        return Stopwatch.GetElapsedTime(0);
    }

    private const int ThreadCpuClock = 3;
    private const long NoGcLimit = 200L << 20;

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code, which the test project does not allow for one call.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

/// <summary>The cost-curve tests run alone, after the parallel ones, so that their timings see an idle process.</summary>
[CollectionDefinition(nameof(CostCurveTests), DisableParallelization = true)]
public sealed class CostCurveTests;
