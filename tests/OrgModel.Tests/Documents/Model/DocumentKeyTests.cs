using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Serialization;
using OrgModel.Testing;
using OrgModel.Tenures;

namespace OrgModel.Tests.Documents.Model;

/// <summary>Texts without a number (the Resolution of the 14th National Congress, the reports submitted to it) are
/// documents like the numbered ones: keyed, registered, related to and cited.</summary>
public class DocumentKeyTests
{
    private const string CongressResolutionKey = "resolution:vn.party.congress.14:2026-01-23:resolution-of-the-14th-national-party-congress";
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;
    private static readonly LocalDate CongressClosing = new(2026, 1, 23);

    [Fact]
    public void The_resolution_of_the_14th_Congress_is_in_the_Vietnam_registry_by_its_key()
    {
        DocumentKey key = DocumentKey.Parse(CongressResolutionKey);
        Document resolution = Assert.IsType<Document>(DocumentRegistry.Vietnam.Resolve(key).Document);
        Assert.False(resolution.IsNumbered);
        Assert.Equal(default, resolution.Number);
        Assert.Equal("vn.party.congress.14", resolution.IssuedAt);
        Assert.Empty(resolution.IssuingBodies);
        Assert.Equal(Tenure.NationalParty(14), resolution.Term);
        Assert.Equal(CongressResolutionKey, resolution.Key.ToString());
        Assert.Equal("resolution (unnumbered) of 2026-01-23: Resolution of the 14th National Party Congress", resolution.ToString());
        Assert.True(TenureFacts.TryGetEvent(resolution.IssuedAt, out PoliticalEvent? congress));
        Assert.True(congress.IsOn(resolution.IssueDate));
    }

    [Fact]
    public void The_four_reports_of_the_13th_Central_Committee_to_the_14th_Congress_are_shipped()
    {
        IReadOnlyList<Document> reports = DocumentRegistry.Vietnam.Query(DocumentKind.Report, OrgId.Parse("vn.party.central-committee"), CongressClosing, CongressClosing);
        Assert.Equal(4, reports.Count);
        Assert.All(reports, r => Assert.Equal("vn.party.congress.14", r.IssuedAt));
        Assert.Contains(reports, r => r.Title.StartsWith("Political Report", StringComparison.Ordinal));
        Assert.Contains(reports, r => r.Title.Contains("Party Charter", StringComparison.Ordinal));
        Assert.Contains(reports, r => r.Title.Contains("40 years", StringComparison.Ordinal));
    }

    [Fact]
    public void Conclusions_200_and_201_summarise_Directive_45_of_2025_and_not_its_2010_namesake()
    {
        DocumentRegistry vietnam = DocumentRegistry.Vietnam;
        Document directive = vietnam.Resolve(DocumentNumber.Parse("45-CT/TW"), new LocalDate(2025, 4, 14)).Document!;
        Document older = vietnam.Resolve(DocumentNumber.Parse("45-CT/TW"), new LocalDate(2010, 7, 22)).Document!;
        Assert.Equal(["200-KL/TW", "201-KL/TW"], vietnam.RelatedTo(directive, DocumentRelationKind.Summarises).Select(d => d.Number.ToString()));
        Assert.Empty(vietnam.RelatedTo(older, DocumentRelationKind.Summarises));
    }

    [Theory]
    [InlineData("60-NQ/TW")]
    [InlineData("18-NQ/TW of 2017-10-25")]
    [InlineData("202/2025/QH15")]
    [InlineData(CongressResolutionKey)]
    [InlineData("report:vn.party.central-committee:2026-01-23:political-report")]
    public void Canonical_keys_read_back_to_themselves(string text) =>
        Assert.Equal(text, DocumentKey.Parse(text).ToString());

    [Theory]
    [InlineData("", 0)]
    [InlineData("60-NQ/TW of 2025-13-01", 12)]
    [InlineData("resolution:vn.party.congress.14:2026-01-23", 0)]
    [InlineData("speech:vn.party.congress.14:2026-01-23:x", 0)]
    [InlineData("resolution:vn party:2026-01-23:x", 11)]
    [InlineData("resolution:vn.party.congress.14:23/01/2026:x", 32)]
    [InlineData("resolution:vn.party.congress.14:2026-01-23:Not-A-Slug", 43)]
    [InlineData("resolution:vn.party.congress.14:2026-01-23:a--b", 43)]
    public void Malformed_keys_are_refused_with_their_position(string text, int position)
    {
        Assert.False(DocumentKey.TryParse(text, out _));
        FormatException e = Assert.Throws<FormatException>(() => DocumentKey.Parse(text));
        Assert.Contains($"at character {position + 1},", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_folds_Vietnamese_letters_and_punctuation()
    {
        Assert.Equal("bao-cao-chinh-tri", DocumentKey.Slug("Báo cáo chính trị"));
        Assert.Equal("ket-luan-hoi-nghi-trung-uong-12", DocumentKey.Slug("  Kết luận Hội nghị Trung ương 12!"));
        Assert.Equal(string.Empty, DocumentKey.Slug("—"));
        Assert.Equal(DocumentKey.MaxSlugLength, DocumentKey.Slug(new string('a', 200)).Length);
    }

    [Fact]
    public void An_unnumbered_text_needs_an_issuer_or_an_event_and_a_valid_event_id()
    {
        OrgId[] none = [];
        Assert.Equal("issuingBodies", Assert.Throws<ArgumentException>(() => Document.Unnumbered(DocumentKind.Conclusion, none, CongressClosing, "Conclusions")).ParamName);
        Assert.Equal("issuedAt", Assert.Throws<ArgumentException>(() => Document.Unnumbered(DocumentKind.Conclusion, none, CongressClosing, "Conclusions", issuedAt: "the congress")).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => Document.Unnumbered(DocumentKind.Conclusion, none, CongressClosing, "—", issuedAt: "vn.party.congress.14")).ParamName);
        Assert.Equal("system", Assert.Throws<ArgumentOutOfRangeException>(() => Document.Unnumbered(DocumentKind.Conclusion, none, CongressClosing, "x", issuedAt: "vn.party.congress.14", system: (DocumentSystem)7)).ParamName);
    }

    [Fact]
    public void A_registry_adds_replaces_and_relates_to_unnumbered_texts()
    {
        Document conclusions = Document.Unnumbered(
            DocumentKind.Conclusion, [OrgId.Parse("vn.party.central-committee")], new LocalDate(2025, 7, 19),
            "Conclusions of the 12th Central Conference", issuedAt: "vn.party.central-conference.13.12", term: Tenure.NationalParty(13),
            conference: new CentralConferenceNumber(12, 13));
        var plan = new Document(
            DocumentNumber.Parse("99-KH/TW"), DocumentKind.Plan, [OrgId.Parse("vn.party.politburo")], new LocalDate(2025, 8, 1), "Implementing the conclusions",
            relations: [new DocumentRelation(DocumentRelationKind.Implements, conclusions.Reference)]);
        DocumentRegistry registry = new DocumentRegistry([plan]).With(conclusions);

        Assert.Same(conclusions, registry.Resolve(conclusions.Key).Document);
        Assert.Equal([plan], registry.Implementing(conclusions));
        Assert.Empty(registry.UnresolvedTargets(plan));

        Document renamed = Document.Unnumbered(DocumentKind.Conclusion, [OrgId.Parse("vn.party.central-committee")], new LocalDate(2025, 7, 19),
            "Conclusions of the 12th Central Conference!", issuedAt: "vn.party.central-conference.13.12");
        DocumentRegistry replaced = registry.With(renamed);
        Assert.Equal(2, replaced.Documents.Count);
        Assert.Same(renamed, replaced.Resolve(conclusions.Key).Document);
        Assert.Throws<ArgumentException>(() => new DocumentRegistry([conclusions, renamed]));
        Assert.Equal(ResolutionStatus.NotFound, registry.Resolve(DocumentKey.Parse(CongressResolutionKey)).Status);
    }

    [Fact]
    public void A_relation_to_an_unnumbered_text_keeps_its_wire_form_for_numbered_targets()
    {
        var numbered = new DocumentReference(DocumentNumber.Parse("18-NQ/TW"), new LocalDate(2017, 10, 25));
        Assert.Equal("""{"number":"18-NQ/TW","issueDate":"2017-10-25"}""", JsonSerializer.Serialize(numbered, Ctx.DocumentReference));
        var text = new DocumentReference(DocumentKey.Parse(CongressResolutionKey));
        string json = JsonSerializer.Serialize(text, Ctx.DocumentReference);
        Assert.Equal($$"""{"key":"{{CongressResolutionKey}}"}""", json);
        Assert.Equal(text, JsonSerializer.Deserialize(json, Ctx.DocumentReference));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize($$"""{"number":"60-NQ/TW","key":"{{CongressResolutionKey}}"}""", Ctx.DocumentReference));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("{}", Ctx.DocumentReference));
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool A_key_reads_back_from_its_text(DocumentKey key) =>
        DocumentKey.Parse(key.ToString()) == key && DocumentKey.TryParse($"  {key}\t", out DocumentKey padded) && padded == key;

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool A_key_round_trips_through_JSON_as_a_value_and_as_a_property_name(DocumentKey key)
    {
        string json = JsonSerializer.Serialize(key, Ctx.DocumentKey);
        var map = new Dictionary<DocumentKey, int> { [key] = 1 };
        string mapJson = JsonSerializer.Serialize(map, JsonOptions.Options);
        return JsonSerializer.Deserialize(json, Ctx.DocumentKey) == key
            && JsonSerializer.Deserialize<Dictionary<DocumentKey, int>>(mapJson, JsonOptions.Options)!.ContainsKey(key);
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool A_document_is_matched_by_its_own_key_and_reference(Document d) =>
        d.Key.Matches(d) && d.Reference.Matches(d) && d.IsNumbered && d.Key == DocumentKey.Numbered(d.Number, d.IssueDate);

    [Property(MaxTest = 200)]
    public FsCheck.Property An_unnumbered_text_round_trips_through_JSON_and_a_registry() =>
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(OrgGenerators.UnnumberedDocumentValue), d =>
        {
            OrgModelJsonContext cleared = OrgModelJson.WithClearance(ConfidentialityMark.TopSecret);
            Document back = JsonSerializer.Deserialize(JsonSerializer.Serialize(d, cleared.Document), cleared.Document)!;
            return !d.IsNumbered && back.Key == d.Key && back.IssuedAt == d.IssuedAt && back.System == d.System
                && back.IssuingBodies.SequenceEqual(d.IssuingBodies) && new DocumentRegistry([d]).Resolve(d.Key).Document == d
                && d.Reference.Matches(d) && !d.Reference.Matches(back) == false;
        });

    [Fact]
    public void The_default_key_is_not_written()
    {
        Assert.True(default(DocumentKey).IsDefault);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(DocumentKey), Ctx.DocumentKey));
        Assert.Throws<ArgumentException>(() => new DocumentReference(default(DocumentKey)));
    }
}
