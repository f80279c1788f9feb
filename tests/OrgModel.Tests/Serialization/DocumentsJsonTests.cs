using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Serialization;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

[Properties(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 100)]
public class DocumentsJsonTests
{
    private static readonly OrgModelJsonContext Cleared = OrgModelJson.WithClearance(ConfidentialityMark.TopSecret);

    [Property]
    public bool DocumentsRoundTrip_WithFullClearance(Document d)
    {
        Document back = JsonAssert.RoundTrip(d, Cleared.Document);
        return back.Title == d.Title && back.Number == d.Number && back.Confidentiality == d.Confidentiality && back.ToString(ConfidentialityMark.TopSecret) == d.ToString(ConfidentialityMark.TopSecret);
    }

    [Property]
    public bool RegistriesRoundTrip_WithFullClearance(DocumentRegistry r) =>
        JsonAssert.RoundTrip(r, Cleared.DocumentRegistry).Documents.Count == r.Documents.Count;

    [Property]
    public bool ReferencesRoundTrip(DocumentReference r) => JsonAssert.RoundTrip(r, OrgModelJson.Context.DocumentReference) == r;

    [Property]
    public bool RelationsRoundTrip(DocumentRelation r) => JsonAssert.RoundTrip(r, OrgModelJson.Context.DocumentRelation).Equals(r);

    [Property]
    public bool SignersRoundTrip(DocumentSigner s) => JsonAssert.RoundTrip(s, OrgModelJson.Context.DocumentSigner).Equals(s);

    [Property]
    public bool ConferencesRoundTrip(CentralConferenceNumber c) => JsonAssert.RoundTrip(c, OrgModelJson.Context.CentralConferenceNumber) == c;

    [Property]
    public bool MarksRoundTrip(ConfidentialityMark c, UrgencyMark u, SigningCapacity s, DocumentRelationKind k) =>
        JsonAssert.RoundTrip(c, OrgModelJson.Context.ConfidentialityMark) == c && JsonAssert.RoundTrip(u, OrgModelJson.Context.UrgencyMark) == u
        && JsonAssert.RoundTrip(s, OrgModelJson.Context.SigningCapacity) == s && JsonAssert.RoundTrip(k, OrgModelJson.Context.DocumentRelationKind) == k;

    [Property]
    public Property Classified_titles_never_leak_below_their_mark(Document generated) =>
        Prop.ForAll(
            Gen.Elements(ConfidentialityMark.Confidential, ConfidentialityMark.Secret, ConfidentialityMark.TopSecret).ToArbitrary(),
            Gen.Choose(1000, 999_999).ToArbitrary(),
            (mark, n) =>
            {
                string secret = $"Kế hoạch tuyệt mật số {n} Q{n}Z";
                Document d = Marked(generated, secret, mark);
                var registry = new DocumentRegistry([d]);
                var below = OrgModelJson.WithClearance(mark - 1);
                string[] outputs =
                [
                    JsonSerializer.Serialize(d, OrgModelJson.Context.Document),
                    JsonSerializer.Serialize(d, OrgModelJsonContext.Default.Document),
                    JsonSerializer.Serialize(d, OrgModelJson.Options.GetTypeInfo(typeof(Document))),
                    JsonSerializer.Serialize(d, below.Document),
                    JsonSerializer.Serialize(registry, OrgModelJson.Context.DocumentRegistry),
                    JsonSerializer.Serialize(registry, below.DocumentRegistry),
                    d.ToString(),
                    $"{d}",
                    d.ToString(mark - 1),
                    registry.Resolve(d.Number).ToString() ?? string.Empty,
                    string.Join(";", registry.Resolve(d.Number).Candidates),
                    ReadError(JsonSerializer.Serialize(d, OrgModelJson.Context.Document)),
                    ReadError(JsonSerializer.Serialize(registry, OrgModelJson.Context.DocumentRegistry), registry: true),
                ];
                bool shown = JsonSerializer.Serialize(d, OrgModelJson.WithClearance(mark).Document).Contains(secret, StringComparison.Ordinal)
                    && d.ToString(mark).Contains(secret, StringComparison.Ordinal);
                return shown && outputs.All(o => !o.Contains(secret, StringComparison.Ordinal) && !o.Contains($"Q{n}Z", StringComparison.Ordinal));
            });

    [Fact]
    public void A_withheld_title_is_shown_as_withheld_and_cannot_be_read_back()
    {
        Document d = Marked(DocumentRegistry.Vietnam.Documents[0], "Nội dung mật", ConfidentialityMark.Secret);
        string json = JsonSerializer.Serialize(d, OrgModelJson.Context.Document);
        Assert.Contains("\"title\":{\"withheld\":\"secret\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"confidentiality\":\"secret\"", json, StringComparison.Ordinal);
        Assert.Contains("[title withheld: Tối mật]", d.ToString(), StringComparison.Ordinal);
        JsonAssert.Fails(json, OrgModelJson.Context.Document, "$.title", "withheld");
        Assert.Equal(d.Title, JsonSerializer.Deserialize(JsonSerializer.Serialize(d, OrgModelJson.WithClearance(ConfidentialityMark.Secret).Document), OrgModelJson.Context.Document)!.Title);
    }

    [Fact]
    public void The_shipped_registry_round_trips()
    {
        DocumentRegistry back = JsonAssert.RoundTrip(DocumentRegistry.Vietnam, Cleared.DocumentRegistry);
        Assert.Equal(DocumentRegistry.Vietnam.Documents.Select(x => x.ToString()), back.Documents.Select(x => x.ToString()));
    }

    [Theory]
    [InlineData("""{"number":"60-NQ/TW","kind":"resolution","issuingBodies":["vn.party.central-committee"],"issueDate":"2025-04-12"}""", "required member \"title\"")]
    [InlineData("""{"number":"60-NQ","kind":"resolution","issuingBodies":["vn.party.central-committee"],"issueDate":"2025-04-12","title":"x"}""", "$.number")]
    [InlineData("""{"number":"60-NQ/TW","kind":"nothing","issuingBodies":["vn.party.central-committee"],"issueDate":"2025-04-12","title":"x"}""", "$.kind")]
    [InlineData("""{"number":"60-NQ/TW","kind":"resolution","issuingBodies":[],"issueDate":"2025-04-12","title":"x"}""", "issuing body")]
    [InlineData("""{"number":"60-NQ/TW","kind":"resolution","issuingBodies":["vn.party.central-committee"],"issueDate":"2025-04-12","title":"x","confidentiality":"hush"}""", "$.confidentiality")]
    [InlineData("""{"number":"60-NQ/TW","kind":"resolution","issuingBodies":["vn.party.central-committee"],"issueDate":"2025-04-12","title":"x","colour":"red"}""", "colour")]
    public void InvalidDocuments_AreJsonExceptions(string json, params string[] fragments) => JsonAssert.Fails(json, OrgModelJson.Context.Document, fragments);

    [Theory]
    [InlineData("""{"number":"18-NQ/TW","issueDate":"2017-10-25","term":"khóa XII"}""", "not both")]
    [InlineData("""{"issueDate":"2017-10-25"}""", "number")]
    public void InvalidReferences_AreJsonExceptions(string json, params string[] fragments) => JsonAssert.Fails(json, OrgModelJson.Context.DocumentReference, fragments);

    private static string ReadError(string json, bool registry = false)
    {
        try
        {
            _ = registry ? (object?)JsonSerializer.Deserialize(json, OrgModelJson.Context.DocumentRegistry) : JsonSerializer.Deserialize(json, OrgModelJson.Context.Document);
            return string.Empty;
        }
        catch (JsonException e)
        {
            return e.ToString();
        }
    }

    private static Document Marked(Document d, string title, ConfidentialityMark mark) =>
        new(d.Number, d.Kind, d.IssuingBodies, d.IssueDate, title, d.Term, d.Conference, d.Signers, mark, d.Urgency, d.Relations);
}
