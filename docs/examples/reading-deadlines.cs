#:project ../../src/OrgModel/OrgModel.csproj
// Deadlines in running text: `dotnet run docs/examples/reading-deadlines.cs` from the repository root.
// The article is made of sentences of the deadline corpus (tests/OrgModel.Tests/Reading/Corpus), from the news about
// Conclusion 201-KL/TW of 31 October 2025 (vtcnews.vn, tienphong.vn, en.vietnamplus.vn, xe.today; docs/sources.md).
using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Serialization;

Console.OutputEncoding = System.Text.Encoding.UTF8;

const string article =
    "Ngày 31/10, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận số 201-KL/TW. "
    + "Đề nghị các cấp uỷ, tổ chức đảng trực thuộc Trung ương triển khai ngay các công việc sau đại hội. "
    + "(i) Khẩn trương hoàn thiện và ban hành ngay các quy chế làm việc. "
    + "Kết luận nêu rõ, sẽ tiếp tục bố trí 100% các chức danh chủ tịch UBND, chủ nhiệm uỷ ban kiểm tra, chánh thanh tra tỉnh "
    + "không phải là người địa phương, hoàn thành trước ngày 15/12/2025. Tính đến ngày 5/11, có 20 chủ tịch UBND tỉnh không phải là người địa phương.\n"
    + "Politburo member Tran Cam Tu on October 31 signed Conclusion No. 201-KL/TW for the 2025–2030 tenure. "
    + "This initiative must be fully executed by December 15, 2025. "
    + "A report on a regulation on political and ideological work must be submitted to the Politburo in November.";

// The article's date supplies a missing year ("in November" is November 2025).
var published = new LocalDate(2025, 10, 31);
IReadOnlyList<DeadlineMention> mentions = DeadlineExtractor.Extract(article, published);

Console.WriteLine($"{mentions.Count} deadlines in {article.Length} characters:");
foreach (DeadlineMention m in mentions)
{
    string due = m.Deadline.HasDueDate ? m.Deadline.DueDate(published).ToString("uuuu-MM-dd", null) : "at once";
    Console.WriteLine($"  [{m.Start,4}+{m.Length,-2}] {m.Text,-26} {m.Cue,-12} {m.Deadline,-24} due {due,-10} ← {m.Clause}");
}

// Each finding travels as JSON, for a tool that asks a person to confirm it.
Console.WriteLine(JsonSerializer.Serialize(mentions[^1], OrgModelJsonContext.Default.DeadlineMention));
