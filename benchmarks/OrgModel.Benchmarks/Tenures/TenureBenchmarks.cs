using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NodaTime;
using OrgModel.Tenures;

namespace OrgModel.Benchmarks.Tenures;

/// <summary>Term parsing, formatting and date look-up, each against a naive baseline (for parsing: normalise, then Regex,
/// understanding only year ranges and "khóa" + Roman numeral). Each operation runs over all its inputs: the time is per
/// call over 5 (canonical parse, format) or 6 (mixed parse, look-up) inputs, not per input.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class TenureBenchmarks
{
    // The forms Tenure writes itself ("G", "R", "V", "F" of a national Party term; "V" of a local one): what a service
    // reading its own output, or a text that cites a term properly, parses all day.
    private static readonly string[] CanonicalInputs = ["2025–2030", "XIV", "khóa XIII", "nhiệm kỳ 2025–2030", "khóa XIII (2021–2026)"];

    // Ways texts write terms besides those (a spaced hyphen, NFD), and one non-canonical numeral the parse must reject.
    private static readonly string[] MixedInputs =
    [
        "2025–2030", "nhiệm kỳ 2025 - 2030", "khóa XIII", "XIV", "Nhie\u0302\u0323m ky\u0300 2025-2030", "khóa IIII",
    ];

    private static readonly LocalDate[] Dates = [new(2011, 6, 1), new(2021, 1, 25), new(2021, 1, 26), new(2026, 1, 19), new(2026, 1, 20), new(2030, 12, 31)];

    [Benchmark]
    [BenchmarkCategory("ParseCanonical")]
    public int OrgModelTryParseCanonical() => OrgModelTryParse(CanonicalInputs);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ParseCanonical")]
    public int NaiveRegexParseCanonical() => NaiveRegexParse(CanonicalInputs);

    [Benchmark]
    [BenchmarkCategory("ParseMixed")]
    public int OrgModelTryParse() => OrgModelTryParse(MixedInputs);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ParseMixed")]
    public int NaiveRegexParse() => NaiveRegexParse(MixedInputs);

    private static int OrgModelTryParse(string[] inputs)
    {
        int sum = 0;
        foreach (string s in inputs)
        {
            if (Tenure.TryParse(s.AsSpan(), out Tenure t))
            {
                sum += t.StartYear;
            }
        }

        return sum;
    }

    private static int NaiveRegexParse(string[] inputs)
    {
        int sum = 0;
        foreach (string s in inputs)
        {
            string folded = Fold(s);
            Match range = YearRange().Match(folded);
            if (range.Success)
            {
                int start = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
                int end = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
                if (end - start == 5)
                {
                    sum += start;
                }

                continue;
            }

            Match roman = RomanOrdinal().Match(folded);
            if (roman.Success && RomanNumeral.TryParse(roman.Groups[1].Value, out int n) && n >= 11)
            {
                sum += 2011 + ((n - 11) * 5);
            }
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("Format")]
    public int OrgModelFormat()
    {
        int length = 0;
        Span<char> buffer = stackalloc char[64];
        foreach (Tenure t in Terms)
        {
            t.TryFormat(buffer, out int n, "F", null);
            length += n;
        }

        return length;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Format")]
    public int NaiveFormat()
    {
        int length = 0;
        foreach (Tenure t in Terms)
        {
            length += (t.Ordinal is int o ? $"khóa {RomanNumeral.Format(o)} ({t.StartYear}–{t.EndYear})" : $"nhiệm kỳ {t.StartYear}–{t.EndYear}").Length;
        }

        return length;
    }

    [Benchmark]
    [BenchmarkCategory("TermOn")]
    public int OrgModelNationalPartyTermOn()
    {
        int sum = 0;
        foreach (LocalDate d in Dates)
        {
            sum += Tenure.NationalPartyTermOn(d).Ordinal!.Value;
        }

        return sum;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("TermOn")]
    public int NaiveLinqTermOn()
    {
        int sum = 0;
        foreach (LocalDate d in Dates)
        {
            sum += TenureFacts.NationalPartyCongresses.Where(c => c.Opening <= d).OrderByDescending(c => c.Opening).First().Ordinal;
        }

        return sum;
    }

    private static readonly Tenure[] Terms = [Tenure.NationalParty(13), Tenure.NationalParty(14), Tenure.LocalParty(2025), Tenure.NationalAssembly(16), Tenure.PeoplesCouncil(2026)];

    private static string Fold(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c == 'đ' || c == 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"(\d{4})\s*[-–—]\s*(\d{4})")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(?:khoa\s+)?([ivxlcdm]+)$")]
    private static partial Regex RomanOrdinal();
}
