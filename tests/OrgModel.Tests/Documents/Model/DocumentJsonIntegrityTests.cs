using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;

namespace OrgModel.Tests.Documents.Model;

/// <summary>Issue 15: the documents' JSON never writes what it cannot read back, fails closed on classified content and
/// quotes at most about 100 characters of the input in its errors.</summary>
public class DocumentJsonIntegrityTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;

    [Fact]
    public void Default_values_are_refused_by_the_writers_instead_of_writing_what_cannot_be_read_back()
    {
        Assert.Contains("default", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(DocumentNumber), Ctx.DocumentNumber)).Message, StringComparison.Ordinal);
        Assert.Contains("default", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(PartyDocumentNumber), Ctx.PartyDocumentNumber)).Message, StringComparison.Ordinal);
        Assert.Contains("default", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(StateDocumentNumber), Ctx.StateDocumentNumber)).Message, StringComparison.Ordinal);
        Assert.Contains("default", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(CentralConferenceNumber), Ctx.CentralConferenceNumber)).Message, StringComparison.Ordinal);
        Assert.Contains("default", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(DocumentReference), Ctx.DocumentReference)).Message, StringComparison.Ordinal);

        // Valid values keep their wire form.
        Assert.Equal("\"201-KL/TW\"", JsonSerializer.Serialize(DocumentNumber.Parse("201-KL/TW"), Ctx.DocumentNumber));
        Assert.Equal("""{"ordinal":11,"termOrdinal":13}""", JsonSerializer.Serialize(new CentralConferenceNumber(11, 13), Ctx.CentralConferenceNumber));
    }

    [Fact]
    public void A_cleared_document_whose_confidentiality_member_was_removed_does_not_read_back_as_unmarked()
    {
        var secret = new Document(
            DocumentNumber.Parse("60-NQ/TW"), DocumentKind.Resolution, [OrgId.Parse("vn.party.central-committee")],
            new LocalDate(2025, 4, 12), "The secret subject", confidentiality: ConfidentialityMark.Secret);
        OrgModelJsonContext cleared = OrgModelJson.WithClearance(ConfidentialityMark.TopSecret);
        JsonObject json = JsonNode.Parse(JsonSerializer.Serialize(secret, cleared.Document))!.AsObject();
        Assert.True(json.Remove("confidentiality"));
        JsonAssert.Fails(json.ToJsonString(), Ctx.Document, "confidentiality");
        JsonAssert.Fails(json.ToJsonString(), cleared.Document, "confidentiality");
        JsonAssert.Fails($$"""{"documents":[{{json.ToJsonString()}}]}""", cleared.DocumentRegistry, "confidentiality");
    }

    [Fact]
    public void Error_messages_quote_at_most_about_100_characters_of_the_input()
    {
        string huge = new('q', 1_000_000);
        string document = $$"""{"number":"60-NQ/TW","kind":"{{huge}}","issuingBodies":["vn.party.central-committee"],"issueDate":"2025-04-12","title":"x","confidentiality":"none"}""";
        Short(JsonAssert.Fails(document, Ctx.Document, "$.kind"));
        Short(JsonAssert.Fails($"\"{huge}\"", Ctx.DocumentKind));
        Short(JsonAssert.Fails($"\"party:{huge}\"", Ctx.DocumentIssuer));
        Short(JsonAssert.Fails($"\"{huge}\"", Ctx.DocumentIssuer));
        Short(JsonAssert.Fails($"\"{huge}\"", Ctx.DocumentNumber));
        Short(JsonAssert.Fails($$"""{"number":"{{huge}}"}""", Ctx.DocumentReference));
    }

    private static void Short(JsonException e) =>
        Assert.True(e.Message.Length < 400, $"The message is {e.Message.Length} characters long: {e.Message[..Math.Min(200, e.Message.Length)]}…");
}
