using System.Text.Json;
using OrgModel.Documents;
using OrgModel.Testing;

namespace OrgModel.Tests.Documents;

[Properties(Arbitrary = [typeof(OrgArbitraries)])]
public class DocumentNumberJsonTests
{
    // The converters are found through the [JsonConverter] attributes; only the test's own options are used.
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    [Fact]
    public void Writes_the_canonical_string()
    {
        Assert.Equal("\"201-KL/TW\"", JsonSerializer.Serialize(PartyDocumentNumber.Parse("số 201 - kl/tw"), Options));
        Assert.Equal("\"30/2020/N\\u0110-CP\"", JsonSerializer.Serialize(StateDocumentNumber.Parse("30/2020/NĐ-CP"), Options));
        Assert.Equal("\"759/Q\\u0110-TTg\"", JsonSerializer.Serialize(DocumentNumber.Parse("759/QĐ-TTg"), Options));
    }

    [Fact]
    public void Reads_forgiving_spellings()
    {
        Assert.Equal(DocumentNumber.Parse("60-NQ/TW"), JsonSerializer.Deserialize<DocumentNumber>("\"Số 60 – NQ/TW\"", Options));
        Assert.Equal(StateDocumentNumber.Parse("202/2025/QH15"), JsonSerializer.Deserialize<StateDocumentNumber>("\"202/2025/qh15\"", Options));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"0-KL/TW\"")]
    [InlineData("\"201-KL\"")]
    [InlineData("201")]
    [InlineData("null")]
    [InlineData("{}")]
    public void Bad_input_gives_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentNumber>(json, Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartyDocumentNumber>(json, Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<StateDocumentNumber>(json, Options));
    }

    [Fact]
    public void Works_as_a_dictionary_key()
    {
        var map = new Dictionary<DocumentNumber, int> { [DocumentNumber.Parse("201-KL/TW")] = 1, [DocumentNumber.Parse("64/2025/QH15")] = 2 };
        string json = JsonSerializer.Serialize(map, Options);
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<DocumentNumber, int>>(json, Options));
    }

    [Property]
    public void Round_trips(DocumentNumber n, PartyDocumentNumber p, StateDocumentNumber s)
    {
        Assert.Equal(n, JsonSerializer.Deserialize<DocumentNumber>(JsonSerializer.Serialize(n, Options), Options));
        Assert.Equal(p, JsonSerializer.Deserialize<PartyDocumentNumber>(JsonSerializer.Serialize(p, Options), Options));
        Assert.Equal(s, JsonSerializer.Deserialize<StateDocumentNumber>(JsonSerializer.Serialize(s, Options), Options));
    }
}
