using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Deadlines;

// The phrases of issue 18 ("Deadlines in running text"), in sentences written as the news about Conclusion 201-KL/TW write
// them (facts.md "Instructions and deadlines in the news"); the text's date, 31 Oct 2025, supplies a missing year.
public class DeadlineExtractorTests
{
    private static readonly LocalDate Conclusion201 = new(2025, 10, 31);

    public static TheoryData<string, string, string, string> Found() => new()
    {
        { "Grassroots congresses completed before July 31, 2025.", "before July 31, 2025", "on or before 2025-07-31", "Grassroots congresses completed" },
        { "Provincial Party committees must complete the draft before June 30, 2025.", "before June 30, 2025", "on or before 2025-06-30", "Provincial Party committees must complete the draft" },
        { "Chairs of provincial People's Committees are non-locals, with completion before December 15, 2025.", "before December 15, 2025", "on or before 2025-12-15", "Chairs of provincial People's Committees are non-locals, with completion" },
        { "A report on the issue must be submitted to the Politburo in November.", "in November", "in 2025-11", "A report on the issue must be submitted to the Politburo" },
        { "The Government Party Committee will make a comprehensive summary after 6 months.", "after 6 months", "after P6M", "The Government Party Committee will make a comprehensive summary" },
        { "until the end of 2025", "until the end of 2025", "by the end of 2025", "" },
        { "Đại hội chi bộ hoàn thành trước ngày 31/7/2025.", "trước ngày 31/7/2025", "on or before 2025-07-31", "Đại hội chi bộ hoàn thành" },
        { "Báo cáo Bộ Chính trị chậm nhất ngày 15/12/2025.", "chậm nhất ngày 15/12/2025", "on or before 2025-12-15", "Báo cáo Bộ Chính trị" },
        { "Hoàn thành sắp xếp trong quý I/2026.", "trong quý I/2026", "in 2026-Q1", "Hoàn thành sắp xếp" },
        { "ngay sau Hội nghị", "ngay sau Hội nghị", "immediately", "" },
        { "Triển khai ngay sau Hội nghị, các cấp ủy quán triệt nghị quyết.", "ngay sau Hội nghị", "immediately", "Triển khai" },
        { "from now until June 30, 2025", "until June 30, 2025", "on or before 2025-06-30", "from now" },
        { "Hoàn thành trước Đại hội XIV của Đảng.", "trước Đại hội XIV của Đảng", "strictly before 2026-01-19", "Hoàn thành" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Finds_the_phrase_its_deadline_and_its_clause(string text, string phrase, string canonical, string clause)
    {
        DeadlineMention m = Assert.Single(DeadlineExtractor.Extract(text, Conclusion201));

        Assert.Equal(phrase, m.Text);
        Assert.Equal(phrase, text.Substring(m.Start, m.Length));
        Assert.Equal(canonical, m.Deadline.ToString());
        Assert.Equal(clause, m.Clause);
        Assert.Equal(clause, text.Substring(m.ClauseStart, m.ClauseLength));
        Assert.Equal(Deadline.ParsePhrase(phrase, Conclusion201), m.Deadline);
    }

    [Theory]
    [InlineData("Tran Cam Tu on October 31 signed Conclusion No. 201-KL/TW of the Politburo and the Secretariat.")]
    [InlineData("The report (Report No. 520-BC/BTCTW dated April 12, 2025) must be submitted.")]
    [InlineData("The 80th anniversary of the State (September 2, 1945 – September 2, 2025) must be marked.")]
    [InlineData("Congresses of the Party organisations for the 2025–2030 term must be completed.")]
    [InlineData("Congresses must be completed in the 2025–2030 term.")]
    [InlineData("Congresses must be held in 2025–2030.")]
    [InlineData("Ngày 31/10, đồng chí Trần Cẩm Tú ký ban hành Kết luận số 201-KL/TW.")]
    [InlineData("Tổng Bí thư ký ban hành Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương.")]
    [InlineData("The economy grew in 2025 and in November.")]
    [InlineData("Kết quả đạt được sau 8 năm thực hiện Nghị quyết số 18-NQ/TW.")]
    [InlineData("Phải hoàn thành, như đã làm trong 5 năm qua.")]
    [InlineData("Nghị định có hiệu lực kể từ ngày ký; ngày 15/12/2025 là ngày hội.")]
    [InlineData("Ngay cả khi có báo cáo, trước hết phải hoàn thành.")]
    [InlineData("The documents were discussed before the Politburo.")]
    public void Takes_no_date_that_is_not_a_deadline(string text) =>
        Assert.Empty(DeadlineExtractor.Extract(text, Conclusion201));

    [Fact]
    public void Finds_several_in_order_with_the_clause_after_the_previous_one()
    {
        const string text = "Grassroots congresses completed before July 31, 2025; provincial congresses before October 31, 2025. "
            + "Khẩn trương hoàn thiện các quy chế.";
        var found = DeadlineExtractor.Extract(text, Conclusion201);

        Assert.Equal(["before July 31, 2025", "before October 31, 2025", "Khẩn trương"], found.Select(m => m.Text));
        Assert.Equal("provincial congresses", found[1].Clause);
        Assert.Equal("hoàn thiện các quy chế", found[2].Clause);
        Assert.Equal(DeadlineCue.Urgent, found[2].Cue);
        Assert.Equal(DeadlineCue.Before, found[0].Cue);
    }

    [Fact]
    public void A_missing_year_comes_from_the_reference_date()
    {
        DeadlineMention m = Assert.Single(DeadlineExtractor.Extract("Hoàn thành trước ngày 15/12.", Conclusion201));
        Assert.Equal(Deadline.OnOrBefore(new LocalDate(2025, 12, 15)), m.Deadline);
    }

    [Fact]
    public void The_span_overload_finds_the_same() =>
        Assert.Equal(
            DeadlineExtractor.Extract("Phải hoàn thành trước ngày 31/7/2025.", Conclusion201),
            DeadlineExtractor.Extract("Phải hoàn thành trước ngày 31/7/2025.".AsSpan(), Conclusion201));

    [Fact]
    public void A_reference_date_in_another_calendar_is_refused() =>
        Assert.Throws<ArgumentException>(() => DeadlineExtractor.Extract("before July 31", new LocalDate(2025, 7, 1, CalendarSystem.Julian)));

    [Fact]
    public void A_mention_round_trips_through_json()
    {
        DeadlineMention m = DeadlineExtractor.Extract("Đại hội chi bộ hoàn thành trước ngày 31/7/2025.", Conclusion201)[0];
        string json = System.Text.Json.JsonSerializer.Serialize(m, OrgModel.Serialization.OrgModelJsonContext.Default.DeadlineMention);

        Assert.Equal(m, System.Text.Json.JsonSerializer.Deserialize(json, OrgModel.Serialization.OrgModelJsonContext.Default.DeadlineMention));
        Assert.Contains("\"cue\":\"before\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"start\":-1,\"text\":\"ngay\",\"deadline\":\"immediately\",\"cue\":\"urgent\",\"clauseStart\":0,\"clause\":\"\"}")]
    [InlineData("{\"start\":0,\"text\":\"\",\"deadline\":\"immediately\",\"cue\":\"urgent\",\"clauseStart\":0,\"clause\":\"\"}")]
    [InlineData("{\"start\":0,\"text\":\"ngay\",\"deadline\":\"immediately\",\"cue\":\"soon\",\"clauseStart\":0,\"clause\":\"\"}")]
    [InlineData("{\"start\":5,\"text\":\"ngay\",\"deadline\":\"immediately\",\"cue\":\"urgent\",\"clauseStart\":0,\"clause\":\"abcdefg\"}")]
    [InlineData("{\"start\":0,\"text\":\"ngay\",\"deadline\":\"immediately\",\"cue\":\"urgent\",\"clauseStart\":0}")]
    public void Bad_json_is_a_json_exception(string json) =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize(json, OrgModel.Serialization.OrgModelJsonContext.Default.DeadlineMention));

    [Fact]
    public void A_mention_is_valid_by_construction()
    {
        Assert.Throws<ArgumentException>(() => new DeadlineMention(-1, "ngay", Deadline.Urgent, DeadlineCue.Urgent, 0, ""));
        Assert.Throws<ArgumentException>(() => new DeadlineMention(0, "", Deadline.Urgent, DeadlineCue.Urgent, 0, ""));
        Assert.Throws<ArgumentException>(() => new DeadlineMention(5, "ngay", Deadline.Urgent, DeadlineCue.Urgent, 0, "abcdefg"));
        Assert.ThrowsAny<ArgumentException>(() => new DeadlineMention(0, "ngay", Deadline.Urgent, (DeadlineCue)99, 0, ""));
    }
}
