using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Serialization;
using OrgModel.Tasks;

namespace OrgModel.Tests.Tasks;

/// <summary>Completion evidence tied to a document, numbered or not (issue 17: "reports tied to a document").</summary>
public class CompletionEvidenceTests
{
    private static readonly OrgId Assembly = OrgId.Parse("vn.state.national-assembly");

    // The resolution amending the Constitution (16 June 2025) is cited by the notes without a confirmed number.
    private static readonly DocumentKey Amendment = DocumentKey.Unnumbered(
        DocumentKind.Resolution, "vn.state.national-assembly", new LocalDate(2025, 6, 16),
        "Resolution amending and supplementing a number of articles of the 2013 Constitution");

    [Fact]
    public void UnnumberedEvidence_IsKeptByItsKey_AndHasNoNumber()
    {
        CompletionReport report = new CompletionReport("60-NQ/TW#constitution", Assembly, new LocalDate(2025, 6, 16)).WithEvidence(Amendment);
        Assert.Equal(Amendment, report.EvidenceKey);
        Assert.Null(report.Evidence);
        Assert.False(report.IsUpperBound);
        Assert.EndsWith($"({Amendment})", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NumberedEvidence_HasTheSameKeyEitherWay_AndABoundStaysABound()
    {
        var number = DocumentNumber.Parse("200-KL/TW");
        var day = new LocalDate(2025, 10, 17);
        CompletionReport byNumber = CompletionReport.NoLaterThan("t", Assembly, day, number);
        CompletionReport byKey = CompletionReport.NoLaterThan("t", Assembly, day).WithEvidence(DocumentKey.Numbered(number));
        Assert.Equal(DocumentKey.Numbered(number), byNumber.EvidenceKey);
        Assert.Equal(byNumber.EvidenceKey, byKey.EvidenceKey);
        Assert.Equal(number, byKey.Evidence);
        Assert.True(byKey.IsUpperBound);
        Assert.Equal(byNumber.ToString(), byKey.ToString());

        // A dated key keeps its date; removing the evidence removes both.
        var dated = DocumentKey.Numbered(DocumentNumber.Parse("18-NQ/TW"), new LocalDate(2017, 10, 25));
        Assert.Equal(dated, byKey.WithEvidence(dated).EvidenceKey);
        CompletionReport none = byKey.WithEvidence(null);
        Assert.Null(none.EvidenceKey);
        Assert.Null(none.Evidence);
        Assert.Equal("evidence", Assert.Throws<ArgumentException>(() => byKey.WithEvidence(default(DocumentKey))).ParamName);
    }

    [Fact]
    public void UnnumberedEvidence_RoundTripsThroughJson()
    {
        CompletionReport report = CompletionReport.NoLaterThan("60-NQ/TW#constitution", Assembly, new LocalDate(2025, 6, 16)).WithEvidence(Amendment);
        string json = JsonSerializer.Serialize(report, OrgModelJson.Context.CompletionReport);
        Assert.Contains($"\"evidence\":\"{Amendment}\"", json, StringComparison.Ordinal);
        CompletionReport back = JsonSerializer.Deserialize(json, OrgModelJson.Context.CompletionReport)!;
        Assert.Equal(Amendment, back.EvidenceKey);
        Assert.Null(back.Evidence);
        Assert.True(back.IsUpperBound);
        Assert.Equal(report.ToString(), back.ToString());
    }

    [Fact]
    public void OldJson_WithANumber_StillReads_AndIsWrittenTheSame()
    {
        const string old = "{\"taskId\":\"45-CT/TW#provincial-congresses\",\"assignee\":\"vn.state.national-assembly\",\"completedOn\":\"2025-10-17\",\"evidence\":\"200-KL/TW\",\"noLaterThan\":true}";
        CompletionReport back = JsonSerializer.Deserialize(old, OrgModelJson.Context.CompletionReport)!;
        Assert.Equal(DocumentNumber.Parse("200-KL/TW"), back.Evidence);
        Assert.Equal(DocumentKey.Numbered(DocumentNumber.Parse("200-KL/TW")), back.EvidenceKey);
        Assert.Equal(old, JsonSerializer.Serialize(back, OrgModelJson.Context.CompletionReport));

        const string without = "{\"taskId\":\"t\",\"assignee\":\"vn.state.national-assembly\",\"completedOn\":\"2025-10-17\",\"evidence\":null}";
        Assert.Null(JsonSerializer.Deserialize(without, OrgModelJson.Context.CompletionReport)!.EvidenceKey);
    }

    [Fact]
    public void BadEvidence_IsAJsonException_WithItsPath()
    {
        const string bad = "{\"taskId\":\"t\",\"assignee\":\"vn.state.national-assembly\",\"completedOn\":\"2025-10-17\",\"evidence\":\"not a key\"}";
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(bad, OrgModelJson.Context.CompletionReport));
        Assert.Contains("evidence", e.Path + " " + e.Message, StringComparison.Ordinal);
    }
}
