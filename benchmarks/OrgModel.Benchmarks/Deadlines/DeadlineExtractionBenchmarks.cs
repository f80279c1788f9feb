using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Benchmarks.Deadlines;

/// <summary>
/// Deadline extraction over 1 MB of mixed Vietnamese and English news-style text (the sentences of the deadline corpus,
/// tests/OrgModel.Tests/Reading/Corpus), against a naive Regex that only finds a cue word followed by a date, month or
/// period (no meaning, no clause, no task-word rule). Throughput in MB/s = 1 / mean seconds.
/// </summary>
[MemoryDiagnoser]
public partial class DeadlineExtractionBenchmarks
{
    private static readonly LocalDate Reference = new(2025, 10, 31);

    private static readonly string[] Sentences =
    [
        "Grassroots congresses completed before July 31, 2025; congresses of the Party committees of communes, wards and special zones before October 31, 2025. ",
        "A report on a regulation on political and ideological work must be submitted to the Politburo in November. ",
        "Politburo member Tran Cam Tu on October 31 signed to issue Conclusion No. 201-KL/TW for the 2025–2030 tenure. ",
        "This initiative must be fully executed by December 15, 2025. ",
        "Kết luận nêu rõ, sẽ bố trí các chức danh không phải là người địa phương, hoàn thành trước ngày 15/12/2025. ",
        "Tại phiên họp ngày 31/10/2025, sau khi nghe Báo cáo số 520-BC/BTCTW, ngày 27/10/2025, Bộ Chính trị kết luận như sau. ",
        "(i) Khẩn trương hoàn thiện và ban hành ngay các quy chế làm việc, chương trình làm việc toàn khoá. ",
        "Hội nghị lần thứ 15 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày 22/12 đến ngày 23/12/2025 tại Thủ đô Hà Nội. ",
        "Chính phủ yêu cầu các bộ, địa phương chú trọng triển khai nhiệm vụ trọng tâm từ nay đến cuối năm 2025. ",
    ];

    private string text = string.Empty;

    // The corpus sentences over and over, cut at 1 MB.
    [GlobalSetup]
    public void Setup()
    {
        string all = string.Concat(Sentences);
        text = string.Concat(Enumerable.Repeat(all, ((1 << 20) / all.Length) + 1))[..(1 << 20)];
    }

    [Benchmark]
    public int OrgModelExtract() => DeadlineExtractor.Extract(text, Reference).Count;

    // What a quick script would do: one pattern, every match kept with its place.
    [Benchmark(Baseline = true)]
    public int NaiveRegexFindCuedDates() =>
        CuedDateRegex().Matches(text).Select(m => (Phrase: m.Value, Index: m.Index)).ToList().Count;

    [GeneratedRegex(
        @"\b(?:before|by|until|no later than|in|within|after|trước(?: ngày)?|chậm nhất(?: ngày)?|trong|sau|đến(?: hết)?)\s+(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,\s*\d{4})?|\d+\s+(?:months?|days?|tháng|ngày)|quý\s+[IV]+/\d{4}|năm\s+\d{4}|the end of \d{4})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CuedDateRegex();
}
