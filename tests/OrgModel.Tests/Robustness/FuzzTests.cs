using System.Diagnostics;

namespace OrgModel.Tests.Robustness;

/// <summary>
/// Fuzzing of every parser. CI runs a short run (<see cref="DefaultInputs"/> inputs per parser); the long run of at
/// least 1,000,000 inputs per parser is
/// <c>ORGMODEL_FUZZ_INPUTS=1000000 dotnet test --filter-namespace 'OrgModel.Tests.Robustness*'</c>
/// (optionally with <c>ORGMODEL_FUZZ_SEED=n</c> to explore other inputs; a failure prints the seed and the input).
/// </summary>
public class FuzzTests
{
    private const int DefaultInputs = 20_000;
    // A hang detector, not a speed test (speed is measured by the benchmarks): generous enough for a loaded CI machine,
    // while the slowest input of a healthy parser takes a few milliseconds.
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Targets => [.. FuzzTargets.ByName.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void SeedsParse_AndTheirCanonicalFormsParseToThemselves(string target)
    {
        FuzzTarget t = FuzzTargets.ByName[target];
        foreach (string seed in t.Seeds)
        {
            string? canonical = t.Parse(seed);
            Assert.NotNull(canonical);
            Assert.Equal(canonical, t.Parse(canonical));
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void MutatedInputs_AreAcceptedOrRejected_AsDocumented_InBoundedTime(string target)
    {
        FuzzTarget t = FuzzTargets.ByName[target];
        int inputs = int.TryParse(Environment.GetEnvironmentVariable("ORGMODEL_FUZZ_INPUTS"), out int n) && n > 0 ? n : DefaultInputs;
        int seed = int.TryParse(Environment.GetEnvironmentVariable("ORGMODEL_FUZZ_SEED"), out int s) ? s : StableHash(target);
        var mutator = new Mutator(seed);
        FuzzCheck.WarmUp(t);
        TimeSpan slowest = TimeSpan.Zero;
        string slowestInput = string.Empty;
        int accepted = 0;
        for (int i = 0; i < inputs; i++)
        {
            string input = mutator.Next(t.Seeds);
            long start = Stopwatch.GetTimestamp();
            string? canonical = Run(t, input, seed, i);
            TimeSpan took = Stopwatch.GetElapsedTime(start);
            if (took > slowest)
            {
                (slowest, slowestInput) = (took, input);
            }

            accepted += canonical is null ? 0 : 1;
        }

        Assert.True(slowest < PerInputLimit, $"{target}: input {FuzzCheck.Quote(slowestInput)} took {slowest.TotalMilliseconds:F0} ms.");
        TestContext.Current.SendDiagnosticMessage($"{target}: {inputs} inputs, {accepted} accepted, slowest {slowest.TotalMilliseconds:F1} ms (seed {seed}).");
    }

    private static string? Run(FuzzTarget t, string input, int seed, int index)
    {
        try
        {
            return FuzzCheck.Check(t, input);
        }
        catch (Exception e)
        {
            Assert.Fail($"{t.Name}: input #{index} {FuzzCheck.Quote(input)} (seed {seed}) threw {e.GetType().Name}: {e.Message}");
            throw;
        }
    }

    private static int StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
