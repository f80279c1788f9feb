#:project ../../src/OrgModel/OrgModel.csproj
// A whole text into a draft record: `dotnet run docs/examples/reading.cs` from the repository root.
// The article is made of sentences of the reading corpus (tests/OrgModel.Tests/Reading/Corpus; sources in docs/sources.md).
using System.Text.Json;
using NodaTime;
using OrgModel.Documents.Model;
using OrgModel.Personnel;
using OrgModel.Reading;
using OrgModel.ReferenceData;
using OrgModel.Serialization;

Console.OutputEncoding = System.Text.Encoding.UTF8;

const string article =
    "Ngày 31/10, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư "
    + "về công tác đại hội đảng bộ trực thuộc Trung ương nhiệm kỳ 2025-2030 (Kết luận số 201-KL/TW). "
    + "Bộ Chính trị, Ban Bí thư yêu cầu Bộ Y tế, Bộ Giáo dục và Đào tạo, Bộ Nội vụ khẩn trương sắp xếp các cơ sở giáo dục công lập "
    + "cấp xã và các trạm y tế cấp xã trước ngày 31-12-2025.\n"
    + "Second, the Politburo and Secretariat requested the Party committees and organisations under the Party Central Committee "
    + "to immediately implement post-congress tasks and prepare well for the 14th National Party Congress. "
    + "Điều 1, thi hành kỷ luật đồng chí Trịnh Xuân Thanh bằng hình thức khai trừ ra khỏi Đảng.";

// The chart resolves bodies as of the article's date; the record resolves people (here, one person the caller knows);
// the registry resolves the documents it cites.
var published = new LocalDate(2025, 10, 31);
PersonnelRecord people = PersonnelRecord.Empty.WithPerson(new Person(PersonId.Parse("tran-cam-tu"), VietnameseName.Parse("Trần Cẩm Tú")));
DraftRecord record = DraftReader.Read(article, published, VietnamReferenceData.OrgChart, people, DocumentRegistry.Vietnam);

Console.WriteLine(record);
foreach (var c in record.Citations)
{
    Console.WriteLine($"  citation     [{c.Start,4}] {article.Substring(c.Start, c.Length)} ({c.Kind})");
}

foreach (var d in record.Documents)
{
    Console.WriteLine($"  document     [{d.Start,4}] {d.Text} = {d.Status}{(d.Key is { } key ? " " + key : string.Empty)}: {d.Reason}");
}

foreach (var d in record.Deadlines)
{
    Console.WriteLine($"  deadline     [{d.Start,4}] {d.Text} = {d.Deadline} ({d.Cue})");
}

foreach (var o in record.Organisations)
{
    Console.WriteLine($"  organisation [{o.Start,4}] {o.Text} = {(o.IsScope ? "scope: " + o.Name : o.Id?.ToString() ?? "unresolved: " + o.Name)}");
}

foreach (var p in record.People)
{
    Console.WriteLine($"  person       [{p.Start,4}] {p.Title} {p.Text} = {p.Person?.ToString() ?? "not in the record"}");
}

foreach (var t in record.Terms)
{
    Console.WriteLine($"  term         [{t.Start,4}] {t.Text} = {string.Join(" | ", t.Terms.Select(x => x.ToString("F", null)))} {t.EventId}{(t.MeetingNumber is int n ? $" (sitting {n})" : "")}");
}

foreach (var d in record.Decisions)
{
    Console.WriteLine($"  decision     [{d.Start,4}] {d.Kind} ({d.Form}) of {string.Join(", ", d.People.Select(p => p.Text))}: \"{d.Text}\"");
}

foreach (var t in record.Tasks)
{
    Console.WriteLine($"  task         [{t.Start,4}] \"{t.Cue}\" → {(t.Assignee.Length == 0 ? "(no assignee named)" : t.Assignee)}: {t.Action}"
        + (t.Deadlines.Count == 0 ? string.Empty : $" by {t.Deadlines[0].Deadline}"));
}

// The record travels as JSON, for a tool that asks a person to confirm each finding.
string json = JsonSerializer.Serialize(record, OrgModelJsonContext.Default.DraftRecord);
Console.WriteLine($"JSON: {json.Length} characters; reads back equal: {record.Equals(JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.DraftRecord))}");
