using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization.Popolo;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

public class PopoloJsonTests
{
    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
    public bool ExportImportExport_GivesTheSameText(OrgChart chart)
    {
        string first = PopoloJson.Export(chart);
        return PopoloJson.Export(PopoloJson.Import(first)) == first;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
    public bool ImportKeepsEveryFieldPopoloHas(OrgChart chart)
    {
        OrgChart back = PopoloJson.Import(PopoloJson.Export(chart));
        return chart.Organisations.All(o => back.Find(o.Id) is { } b
            && b.Name == o.Name && b.Kind == o.Kind && b.Level == o.Level && b.Code == o.Code && b.UnitType == o.UnitType
            && b.EnglishName == o.EnglishName && b.ShortName == o.ShortName && b.ValidFrom == o.ValidFrom && b.ValidTo == o.ValidTo
            && back.Parent(o.Id)?.Id == chart.Parent(o.Id)?.Id);
    }

    [Fact]
    public void TheProvincesAndCommunesOf1July2025_Export()
    {
        OrgChart day = VietnamReferenceData.OrgChart.AsOf(new LocalDate(2025, 7, 1));
        string json = PopoloJson.Export(day);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement hanoi = doc.RootElement.GetProperty("organizations").EnumerateArray()
            .Single(o => o.TryGetProperty("identifiers", out JsonElement ids) && ids[0].GetProperty("identifier").GetString() == "01");
        Assert.Equal("Thành phố Hà Nội", hanoi.GetProperty("name").GetString());
        Assert.Equal("administrativeUnit/province/municipality", hanoi.GetProperty("classification").GetString());
        Assert.Equal(PopoloJson.CodeScheme, hanoi.GetProperty("identifiers")[0].GetProperty("scheme").GetString());

        OrgChart back = PopoloJson.Import(json);
        Assert.Equal(day.Organisations.Count, back.Organisations.Count);
        Organisation baDinh = back.FindByCode("00004")!;
        Assert.Equal("Phường Ba Đình", baDinh.Name);
        Assert.Equal("01", back.Parent(baDinh.Id)!.Code);
    }

    [Fact]
    public void MembersOtherToolsAdd_AreIgnored()
    {
        OrgChart chart = PopoloJson.Import("""{"meta":{"x":1},"organizations":[{"id":"a","name":"Bộ Ngoại giao","classification":"ministry/central","image":"http://x","links":[]}]}""");
        Assert.Equal("Bộ Ngoại giao", chart.Find(OrgId.Parse("a"))!.Name);
    }

    [Theory]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry"}]}""", "$.organizations[0].classification")]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/planet"}]}""", "$.organizations[0].classification", "OrgLevel")]
    [InlineData("""{"organizations":[{"id":"a","classification":"ministry/central"}]}""", "$.organizations[0]", "\"name\"")]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/central","founding_date":"2025-13-01"}]}""", "$.organizations[0].founding_date")]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/central","founding_date":"2025-07-01","dissolution_date":"2025-01-01"}]}""", "$.organizations[0]", "validTo")]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/central","parent_id":"nowhere"}]}""", "valid chart", "nowhere")]
    [InlineData("""{"organizations":{}}""", "organizations")]
    [InlineData("""[1,2""", "Invalid Popolo")]
    public void InvalidDocuments_AreJsonExceptions(string json, params string[] fragments)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => PopoloJson.Import(json));
        foreach (string f in fragments)
        {
            Assert.Contains(f, e.Message, StringComparison.Ordinal);
        }
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
    public bool MutatedDocuments_AreReadOrRejected(OrgChart chart, int position, char c)
    {
        string json = PopoloJson.Export(chart);
        string mutated = json.Insert((int)((uint)position % (uint)json.Length), c.ToString());
        try
        {
            _ = PopoloJson.Import(mutated);
        }
        catch (JsonException)
        {
        }

        return true;
    }
}
