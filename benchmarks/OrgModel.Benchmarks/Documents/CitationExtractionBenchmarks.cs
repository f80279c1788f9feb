using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using OrgModel.Documents;

namespace OrgModel.Benchmarks.Documents;

/// <summary>
/// Citation extraction over 1 MB of mixed Vietnamese and English news-style text, against a naive Regex that only finds
/// the symbols (no kind word, no date). Throughput in MB/s = 1 / mean seconds.
/// </summary>
[MemoryDiagnoser]
public partial class CitationExtractionBenchmarks
{
    private static readonly string[] Sentences =
    [
        "Tại phiên họp ngày 31/10/2025, sau khi nghe Báo cáo số 520-BC/BTCTW, ngày 27/10/2025, Bộ Chính trị, Ban Bí thư kết luận như sau. ",
        "Politburo member Tran Cam Tu signed Conclusion No. 201-KL/TW of the Politburo and the Secretariat on October 31. ",
        "Các cấp ủy tổ chức đại hội theo đúng tinh thần Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị. ",
        "The congresses followed the Politburo's Directive No. 45-CT/TW, issued on April 14, 2025, and Resolution 60-NQ/TW. ",
        "Căn cứ Nghị định 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 và Quyết định số 759/QĐ-TTg ngày 14/4/2025. ",
        "Quốc hội thông qua Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh, từ 63 còn 34 tỉnh, thành phố. ",
        "Từ ngày 1/7/2025, chính quyền địa phương hai cấp chính thức vận hành tại 3.321 xã, phường và đặc khu trên cả nước. ",
        "The two-tier local government model has operated since July 1, 2025, with 34 provinces and 3,321 communes. ",
        "Đại hội XIV của Đảng diễn ra từ ngày 19 đến 23/1/2026 tại Hà Nội, nhiệm kỳ 2026-2031. ",
    ];

    private string text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder(1 << 20);
        int i = 0;
        while (sb.Length < 1 << 20)
        {
            sb.Append(Sentences[i++ % Sentences.Length]);
        }

        text = sb.ToString(0, 1 << 20);
    }

    [Benchmark]
    public int OrgModelExtract() => CitationExtractor.Extract(text).Count;

    [Benchmark(Baseline = true)]
    public int NaiveRegexFindSymbols()
    {
        var found = new List<(string Symbol, int Index)>();
        foreach (Match m in SymbolRegex().Matches(text))
        {
            found.Add((m.Value, m.Index));
        }

        return found.Count;
    }

    [GeneratedRegex(@"(?<![\w/-])\d{1,9}(?:-[A-Za-zĐđ]{1,16}/[A-Za-z0-9Đđ]{1,16}|/(?:\d{4}/)?[A-Za-zĐđ0-9]{1,16}(?:-[A-Za-z0-9Đđ]{1,16})*)(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolRegex();
}
