using System.Text.Json;
using OrgModel.Tenures;

namespace OrgModel.Tests.Tenures;

public partial class TenureJsonTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new TenureJsonConverter() } };

    internal static Tenure RoundTrip(Tenure t)
    {
        string json = Serialize(t);
        return Deserialize(json);
    }

    private static string Serialize(Tenure t)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new TenureJsonConverter().Write(writer, t, Options);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Tenure Deserialize(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new TenureJsonConverter().Read(ref reader, typeof(Tenure), Options);
    }

    [Fact]
    public void Writes_the_full_form()
    {
        Assert.Equal("\"kh\\u00F3a XIII (2021\\u20132026)\"", Serialize(Tenure.NationalParty(13)));
        Assert.Equal(Tenure.NationalParty(13), Deserialize("\"khóa XIII (2021–2026)\""));
        Assert.Equal(Tenure.LocalParty(2025), Deserialize("\"2025-2030\""));
    }

    [Fact]
    public void Explicit_terms_of_another_length_round_trip()
    {
        Tenure shortened = Tenure.Create(TenureKind.PeoplesCouncil, 2021, 2025);
        Assert.Equal(shortened, RoundTrip(shortened));
        Tenure historical = Tenure.Create(TenureKind.NationalParty, 2006, 2011, 10);
        Assert.Equal(historical, RoundTrip(historical));
    }

    [Theory]
    [InlineData("\"2025\"")]
    [InlineData("\"khóa IIII\"")]
    [InlineData("\"\"")]
    [InlineData("\"2025–2040\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    public void Bad_input_is_a_JsonException(string json) =>
        Assert.Throws<JsonException>(() => Deserialize(json));

    internal sealed class Holder
    {
        [System.Text.Json.Serialization.JsonPropertyName("term")]
        public Tenure Term { get; init; }
    }

    [Fact]
    public void The_attribute_makes_the_converter_the_default_in_a_source_generated_context()
    {
        string json = JsonSerializer.Serialize(new Holder { Term = Tenure.NationalAssembly(16) }, TenureTestJsonContext.Default.Holder);
        Assert.Contains("Qu\\u1ED1c h\\u1ED9i kh\\u00F3a XVI (2026\\u20132031)", json, StringComparison.Ordinal);
        Holder back = JsonSerializer.Deserialize(json, TenureTestJsonContext.Default.Holder)!;
        Assert.Equal(Tenure.NationalAssembly(16), back.Term);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"term\":\"XIV XV\"}", TenureTestJsonContext.Default.Holder));
    }

    [System.Text.Json.Serialization.JsonSerializable(typeof(Holder))]
    internal sealed partial class TenureTestJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
}
