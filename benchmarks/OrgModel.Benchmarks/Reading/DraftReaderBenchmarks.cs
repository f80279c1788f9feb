using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Benchmarks.Reading;

/// <summary>
/// Reading 1 MB of mixed Vietnamese and English news-style text (sentences of the reading corpus,
/// tests/OrgModel.Tests/Reading/Corpus) into a draft record, against a naive Regex-based reader that finds body names,
/// titled names, terms, discipline words and task words with one pattern each (no resolution, no spans checked, no
/// meaning). Throughput in MB/s = 1 / mean seconds.
/// </summary>
[MemoryDiagnoser]
public partial class DraftReaderBenchmarks
{
    private static readonly LocalDate Date = new(2025, 10, 31);

    private static readonly string[] Sentences =
    [
        "Politburo member and permanent member of the Secretariat Tran Cam Tu on October 31 signed to issue Conclusion No. 201-KL/TW for the 2025–2030 tenure. ",
        "Second, the Politburo and Secretariat requested the Party committees and organisations under the Party Central Committee to immediately implement post-congress tasks and prepare well for the 14th National Party Congress. ",
        "The Secretariat decided to expel Nguyễn Văn Thi, Lê Anh Xuân and Phạm Tấn Hoàng from the Party, and to remove Đỗ Minh Tuấn from all Party positions. ",
        "Provincial Party committees must complete the draft congress documents before June 30, 2025. ",
        "Ngày 31/10, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư (Kết luận số 201-KL/TW). ",
        "Bộ Chính trị, Ban Bí thư yêu cầu Bộ Y tế, Bộ Giáo dục và Đào tạo, Bộ Nội vụ khẩn trương sắp xếp các trạm y tế cấp xã trước ngày 31-12-2025. ",
        "Điều 1, thi hành kỷ luật đồng chí Trịnh Xuân Thanh bằng hình thức khai trừ ra khỏi Đảng. ",
        "Hội nghị lần thứ 15 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày 22/12 đến ngày 23/12/2025; nhân sự khóa XIV, nhiệm kỳ 2026 - 2031 được giới thiệu. ",
    ];

    private readonly OrgChart chart = VietnamReferenceData.OrgChart;

    private string text = string.Empty;

    // The corpus sentences over and over, cut at 1 MB; the chart's name table is built once, before measuring.
    [GlobalSetup]
    public void Setup()
    {
        string all = string.Concat(Sentences);
        text = string.Concat(Enumerable.Repeat(all, ((1 << 20) / all.Length) + 1))[..(1 << 20)];
        _ = DraftReader.Read(Sentences[0], Date, chart);
    }

    [Benchmark]
    public int OrgModelRead()
    {
        DraftRecord r = DraftReader.Read(text, Date, chart);
        return r.Citations.Count + r.Deadlines.Count + r.Organisations.Count + r.People.Count + r.Terms.Count + r.Decisions.Count + r.Tasks.Count;
    }

    // What a quick script would do: one pattern per kind, every match kept with its place.
    [Benchmark(Baseline = true)]
    public int NaiveRegexReader() =>
        Count(BodyRegex()) + Count(TitledNameRegex()) + Count(TermRegex()) + Count(DisciplineRegex()) + Count(TaskRegex());

    private int Count(Regex regex) => regex.Matches(text).Select(m => (m.Value, m.Index)).ToList().Count;

    [GeneratedRegex(@"\b(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Chính phủ|Bộ (?:Y tế|Nội vụ|Giáo dục và Đào tạo)|Politburo|Secretariat|Party Central Committee|Government)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BodyRegex();

    [GeneratedRegex(@"(?:đồng chí|Tổng Bí thư|Thường trực Ban Bí thư|comrades?|General Secretary|Politburo member|Secretariat)\s+((?:\p{Lu}\p{Ll}*\s?){2,4})", RegexOptions.CultureInvariant)]
    private static partial Regex TitledNameRegex();

    [GeneratedRegex(@"(?:khóa|nhiệm kỳ)\s+(?:[IVXL]+|\d{4}\s*[-–]\s*\d{4})|\b\d{4}[-–]\d{4}\b|\b\d+(?:st|nd|rd|th) National Party Congress", RegexOptions.CultureInvariant)]
    private static partial Regex TermRegex();

    [GeneratedRegex(@"khai trừ ra khỏi Đảng|cách (?:chức )?tất cả các chức vụ trong Đảng|thôi giữ (?:các )?chức(?: vụ)?|expel\w*|from all (?:Party )?positions", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DisciplineRegex();

    [GeneratedRegex(@"\b(?:yêu cầu|giao|phải|requested|assigned|must|were urged to)\b[^.;]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TaskRegex();
}
