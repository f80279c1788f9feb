using System.Text.Json;
using OrgModel.Organisations;
using OrgModel.Testing;

namespace OrgModel.Tests.Organisations;

public class OrgIdTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new OrgIdJsonConverter() } };

    [Theory]
    [InlineData("vn.au.2025-07.00004", "vn.au.2025-07.00004")]
    [InlineData("  VN.AU.2025-01.00004 ", "vn.au.2025-01.00004")]
    [InlineData("vn.party.central-committee", "vn.party.central-committee")]
    public void ParsesToCanonicalForm(string text, string canonical)
    {
        Assert.Equal(canonical, OrgId.Parse(text).ToString());
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("vn..au", 4, "between")]
    [InlineData("-vn", 1, "between")]
    [InlineData("vn.au.", 6, "between")]
    [InlineData("vn.hà-nội", 5, "not allowed")]
    [InlineData("vn au", 3, "not allowed")]
    public void RejectsBadText_SayingWhereAndWhy(string text, int position, string reason)
    {
        FormatException e = Assert.Throws<FormatException>(() => OrgId.Parse(text));
        Assert.Contains($"at character {position}", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.False(OrgId.TryParse(text, out OrgId result));
        Assert.True(result.IsEmpty);
    }

    [Fact]
    public void TheSameCodeBeforeAndAfterTheReform_GivesDifferentIds()
    {
        Assert.NotEqual(OrgId.Parse("vn.au.2025-01.00004"), OrgId.Parse("vn.au.2025-07.00004"));
        Assert.True(OrgId.Parse("vn.au.2025-01.00004") < OrgId.Parse("vn.au.2025-07.00004"));
    }

    [Fact]
    public void DefaultIsEmpty_AndCannotBeWritten()
    {
        Assert.True(default(OrgId).IsEmpty);
        Assert.Equal(string.Empty, default(OrgId).ToString());
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(OrgId), Json));
        Assert.Throws<InvalidOperationException>(() => default(OrgId).Append("x"));
    }

    [Fact]
    public void Append_AddsASegment()
    {
        Assert.Equal("vn.au.2025-07.01.party-committee", OrgId.Parse("vn.au.2025-07.01").Append("party-committee").ToString());
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool RoundTripsThroughText(OrgId id) => OrgId.Parse(id.ToString()) == id;

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool ParsingIgnoresCaseAndSurroundingSpace(OrgId id) => OrgId.Parse("  " + id.ToString().ToUpperInvariant() + "\t") == id;

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool SpanFormattingMatchesToString(OrgId id)
    {
        Span<char> buffer = stackalloc char[OrgId.MaxLength];
        return id.TryFormat(buffer, out int written, default, null) && buffer[..written].SequenceEqual(id.ToString());
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool OrderingIsConsistentWithEquality(OrgId a, OrgId b) =>
        (a.CompareTo(b) == 0) == (a == b) && (a != b || a.GetHashCode() == b.GetHashCode()) && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));

    [Property]
    public bool TryParseNeverThrows(string? text) => OrgId.TryParse(text, out OrgId id) != id.IsEmpty;

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool RoundTripsThroughJson(OrgId id)
    {
        string json = JsonSerializer.Serialize(id, Json);
        return json == "\"" + id + "\"" && JsonSerializer.Deserialize<OrgId>(json, Json) == id;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool RoundTripsAsAJsonPropertyName(OrgId id)
    {
        var map = new Dictionary<OrgId, int> { [id] = 1 };
        return JsonSerializer.Deserialize<Dictionary<OrgId, int>>(JsonSerializer.Serialize(map, Json), Json)![id] == 1;
    }

    [Theory]
    [InlineData("\"vn..x\"")]
    [InlineData("42")]
    [InlineData("\"\"")]
    public void BadJson_GivesJsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrgId>(json, Json));
    }
}
