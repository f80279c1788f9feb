using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Reading;
using OrgModel.Serialization;

namespace OrgModel.Tests.Reading;

/// <summary><see cref="DraftReader"/> with a document registry: each citation resolved to the registry's document where it
/// holds one, nothing invented where it does not. Sentences of public texts (docs/sources.md; the reading corpus).</summary>
public class DraftReaderRegistryTests
{
    private static readonly DocumentRegistry Registry = DocumentRegistry.Vietnam;

    [Fact]
    public void A_dated_citation_the_registry_holds_is_found_and_one_it_lacks_is_not()
    {
        // news.laodong.vn, reading corpus en-06.
        const string text = "Tran Cam Tu signed Conclusion No. 202-KL/TW dated October 31, 2025, which asks Party committees to carry out the tasks of Conclusion No. 195-KL/TW, dated September 26, 2025.";

        DraftRecord r = DraftReader.Read(text, new LocalDate(2025, 10, 31), registry: Registry);

        Assert.Equal(2, r.Documents.Count);
        DocumentMention found = r.Documents[0];
        Assert.Equal("202-KL/TW", found.Text);
        Assert.Equal(text.IndexOf("202-KL/TW", StringComparison.Ordinal), found.Start);
        Assert.Equal(ResolutionStatus.Found, found.Status);
        Assert.Equal(DocumentKey.Numbered(DocumentNumber.Parse("202-KL/TW"), new LocalDate(2025, 10, 31)), found.Key);
        DocumentMention missing = r.Documents[1];
        Assert.Equal("195-KL/TW", missing.Text);
        Assert.Equal(ResolutionStatus.NotFound, missing.Status);
        Assert.Empty(missing.Candidates);
        Assert.Null(missing.Key);
        Assert.Equal(DocumentNumber.Parse("195-KL/TW"), missing.Number);
    }

    [Fact]
    public void A_number_reused_in_two_terms_stays_ambiguous_unless_the_texts_date_rules_one_out()
    {
        // The news' phrase (../shared/domain/facts.md): 18-NQ/TW of 2017 and of 2022.
        const string text = "summarizing Resolution No. 18-NQ/TW";

        DocumentMention later = Assert.Single(DraftReader.Read(text, new LocalDate(2025, 1, 24), registry: Registry).Documents);
        DocumentMention earlier = Assert.Single(DraftReader.Read(text, new LocalDate(2017, 10, 25), registry: Registry).Documents);

        Assert.Equal(ResolutionStatus.Ambiguous, later.Status);
        Assert.Equal([new LocalDate(2017, 10, 25), new LocalDate(2022, 6, 16)], later.Candidates.Select(c => c.IssueDate!.Value));
        Assert.Equal(ResolutionStatus.Found, earlier.Status);
        Assert.Equal(new LocalDate(2017, 10, 25), earlier.Key!.Value.IssueDate);
    }

    [Fact]
    public void The_congress_resolution_named_by_its_congress_is_the_registrys_unnumbered_resolution()
    {
        // nld.com.vn, 26 January 2026.
        const string text = "Để Nghị quyết Đại hội XIV được triển khai ngay, đồng bộ, hiệu quả, thực chất, Bộ Chính trị yêu cầu các cấp ủy, tổ chức Đảng, các cấp, các ngành tập trung thực hiện tốt một số nội dung.";

        DocumentMention m = Assert.Single(DraftReader.Read(text, new LocalDate(2026, 1, 26), registry: Registry).Documents);

        Assert.Equal("Nghị quyết Đại hội XIV", m.Text);
        Assert.Null(m.Number);
        Assert.Equal(ResolutionStatus.Found, m.Status);
        Document resolution = Registry.Resolve(m.Key!.Value).Document!;
        Assert.Equal("Resolution of the 14th National Party Congress", resolution.Title);
    }

    [Fact]
    public void The_congress_resolution_without_its_congress_is_the_last_congress_before_the_text_and_only_if_the_registry_holds_it()
    {
        // vietnamplus.vn, 3 February 2026.
        const string text = "Để đưa Nghị quyết Đại hội thành kết quả trên thực tiễn, chúng ta phải quyết tâm gấp mười lần và hành động gấp trăm lần.";

        DocumentMention after = Assert.Single(DraftReader.Read(text, new LocalDate(2026, 2, 3), registry: Registry).Documents);
        DocumentMention before = Assert.Single(DraftReader.Read(text, new LocalDate(2025, 10, 31), registry: Registry).Documents);

        Assert.Equal("Nghị quyết Đại hội", after.Text);
        Assert.Equal(ResolutionStatus.Found, after.Status);
        Assert.Equal("vn.party.congress.14", Registry.Resolve(after.Key!.Value).Document!.IssuedAt);
        Assert.Equal(ResolutionStatus.NotFound, before.Status);
        Assert.Contains("13th", before.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_congress_named_in_full_is_never_taken_for_the_last_one()
    {
        // thoibaotaichinhvietnam.vn, 7 February 2026 (XIV there; XIII here, so that the last congress would be wrong): the words
        // after "Đại hội" say which congress.
        const string text = "Bộ Chính trị, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.";

        IReadOnlyList<DocumentMention> documents = DraftReader.Read(text, new LocalDate(2026, 2, 7), registry: Registry).Documents;

        Assert.DoesNotContain(documents, d => d.Status == ResolutionStatus.Found);
    }

    [Fact]
    public void Without_a_registry_nothing_is_resolved_and_the_json_is_as_before()
    {
        const string text = "Tran Cam Tu signed Conclusion No. 202-KL/TW dated October 31, 2025.";

        DraftRecord r = DraftReader.Read(text, new LocalDate(2025, 10, 31));

        Assert.Empty(r.Documents);
        Assert.DoesNotContain("\"documents\"", JsonSerializer.Serialize(r, OrgModelJsonContext.Default.DraftRecord), StringComparison.Ordinal);
    }

    [Fact]
    public void The_resolved_documents_round_trip_as_json()
    {
        const string text = "Tran Cam Tu signed Conclusion No. 202-KL/TW dated October 31, 2025, which asks Party committees to carry out the tasks of Conclusion No. 195-KL/TW. "
            + "Để Nghị quyết Đại hội XIV được triển khai ngay, Bộ Chính trị yêu cầu các cấp ủy tập trung thực hiện. summarizing Resolution No. 18-NQ/TW";
        DraftRecord r = DraftReader.Read(text, new LocalDate(2026, 1, 26), registry: Registry);
        Assert.Equal(4, r.Documents.Count);

        string json = JsonSerializer.Serialize(r, OrgModelJsonContext.Default.DraftRecord);

        Assert.Contains("\"documents\"", json, StringComparison.Ordinal);
        Assert.Equal(r, JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.DraftRecord));
        foreach (DocumentMention m in r.Documents)
        {
            Assert.Equal(m, JsonSerializer.Deserialize(JsonSerializer.Serialize(m, OrgModelJsonContext.Default.DocumentMention), OrgModelJsonContext.Default.DocumentMention));
        }
    }

    [Fact]
    public void A_mention_checks_its_arguments()
    {
        DocumentKey key = DocumentKey.Numbered(DocumentNumber.Parse("202-KL/TW"), new LocalDate(2025, 10, 31));

        Assert.Throws<ArgumentException>("number", () => new DocumentMention(0, "x", default(DocumentNumber), [], "r"));
        Assert.Throws<ArgumentException>("candidates", () => new DocumentMention(0, "x", null, [key, key], "r"));
        Assert.Throws<ArgumentException>("candidates", () => new DocumentMention(0, "x", null, [default], "r"));
    }
}
