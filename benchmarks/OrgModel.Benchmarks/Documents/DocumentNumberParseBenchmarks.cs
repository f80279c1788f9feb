using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using OrgModel.Documents;

namespace OrgModel.Benchmarks.Documents;

/// <summary>
/// <c>TryParse</c> of a Party and a State symbol from a span, against a naive Regex-based parser that accepts the
/// same shapes (prefix, spaces, case, Đ look-alikes) and builds the same canonical parts.
/// </summary>
[MemoryDiagnoser]
public partial class DocumentNumberParseBenchmarks
{
    private const string PartyText = "Số 201-KL/TW";
    private const string StateText = "30/2020/NĐ-CP";

    [Benchmark]
    public int OrgModelTryParseParty() => PartyDocumentNumber.TryParse(PartyText.AsSpan(), out var n) ? n.Number : 0;

    [Benchmark]
    public int OrgModelTryParseState() => StateDocumentNumber.TryParse(StateText.AsSpan(), out var n) ? n.Number : 0;

    [Benchmark(Baseline = true)]
    public int NaiveRegexParty()
    {
        Match m = PartyRegex().Match(PartyText);
        if (!m.Success)
        {
            return 0;
        }

        int number = int.Parse(m.Groups["number"].Value, CultureInfo.InvariantCulture);
        string kind = Canonical(m.Groups["kind"].Value);
        string issuer = Canonical(m.Groups["issuer"].Value);
        return number > 0 && kind.Length > 0 && issuer.Length > 0 ? number : 0;
    }

    [Benchmark]
    public int NaiveRegexState()
    {
        Match m = StateRegex().Match(StateText);
        if (!m.Success)
        {
            return 0;
        }

        int number = int.Parse(m.Groups["number"].Value, CultureInfo.InvariantCulture);
        int year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : 0;
        string kind = m.Groups["kind"].Success ? Canonical(m.Groups["kind"].Value) : string.Empty;
        string issuer = Canonical(m.Groups["issuer"].Value);
        return number > 0 && issuer.Length > 0 && year >= 0 && kind is not null ? number : 0;
    }

    private static string Canonical(string code) => code.ToUpperInvariant().Replace('Ð', 'Đ');

    [GeneratedRegex(@"^\s*(?:(?:Số|So|No)[.:]?\s*)?(?<number>\d{1,9})\s*[-–—]\s*(?<kind>[A-Za-zĐđÐ]{1,16})\s*/\s*(?<issuer>[A-Za-z0-9ĐđÐ]{1,16})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartyRegex();

    [GeneratedRegex(@"^\s*(?:(?:Số|So|No)[.:]?\s*)?(?<number>\d{1,9})\s*/\s*(?:(?<year>\d{4})\s*/\s*)?(?:(?<kind>[A-Za-zĐđÐ]{1,16})\s*[-–—]\s*)?(?<issuer>[A-Za-z0-9ĐđÐ]{1,16}(?:\s*[-–—]\s*[A-Za-z0-9ĐđÐ]{1,16})*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StateRegex();
}
