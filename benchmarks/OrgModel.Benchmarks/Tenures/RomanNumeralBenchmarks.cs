using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using OrgModel.Tenures;

namespace OrgModel.Benchmarks.Tenures;

/// <summary>Strict Roman numeral parsing against a naive Regex-validated baseline.</summary>
[MemoryDiagnoser]
public partial class RomanNumeralBenchmarks
{
    private static readonly string[] Inputs = ["XIII", "XIV", "MCMXCIV", "MMMCMXCIX", "IIII", "xii"];

    [Benchmark]
    public int OrgModelTryParse()
    {
        int sum = 0;
        foreach (string s in Inputs)
        {
            if (RomanNumeral.TryParse(s.AsSpan(), out int v))
            {
                sum += v;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true)]
    public int NaiveRegexParse()
    {
        int sum = 0;
        foreach (string s in Inputs)
        {
            if (!StrictRoman().IsMatch(s))
            {
                continue;
            }

            string u = s.ToUpperInvariant();
            int total = 0;
            for (int i = 0; i < u.Length; i++)
            {
                int c = Value(u[i]);
                int n = i + 1 < u.Length ? Value(u[i + 1]) : 0;
                total += n > c ? -c : c;
            }

            sum += total;
        }

        return sum;
    }

    private static int Value(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, _ => 1000 };

    [GeneratedRegex("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex StrictRoman();
}
