using System.Text.Json;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Documents.Model;

/// <summary>The issuer catalogue (research-notes.md §1.4, §2) mapped to the reference chart.</summary>
public class DocumentIssuerTests
{
    [Fact]
    public void TW_stands_for_the_Central_Committee_the_Politburo_and_the_Secretariat()
    {
        Assert.True(DocumentIssuer.TryFind(DocumentNumber.Parse("201-KL/TW"), out DocumentIssuer? tw));
        Assert.Equal(["vn.party.central-committee", "vn.party.politburo", "vn.party.secretariat"], tw.Organisations.Select(o => o.ToString()));
        Assert.Equal([PartyIssuerRole.CentralCommittee, PartyIssuerRole.Politburo, PartyIssuerRole.Secretariat], tw.Roles);
        Assert.False(tw.CanStandFor(OrgId.Parse("vn.party.central-office")));
    }

    [Theory]
    [InlineData("36-HD/VPTW", "VPTW", "vn.party.central-office")]
    [InlineData("520-BC/BTCTW", "BTCTW", "vn.party.central-organisation-commission")]
    [InlineData("08-HD/UBKTTW", "UBKTTW", "vn.party.central-inspection-commission")]
    [InlineData("94-KH/BTGDVTW", "BTGDVTW", "vn.party.central-information-education-mass-mobilisation-commission")]
    [InlineData("30/2020/NĐ-CP", "CP", "vn.state.government")]
    [InlineData("202/2025/QH15", "QH", "vn.state.national-assembly")]
    [InlineData("1656/NQ-UBTVQH15", "UBTVQH", "vn.state.national-assembly-standing-committee")]
    [InlineData("01/2011/TT-BNV", "BNV", "vn.state.ministry.home-affairs")]
    public void Codes_map_to_one_organisation(string symbol, string code, string id)
    {
        Assert.True(DocumentIssuer.TryFind(DocumentNumber.Parse(symbol), out DocumentIssuer? issuer));
        Assert.Equal(code, issuer.Code);
        Assert.Equal(id, Assert.Single(issuer.Organisations).ToString());
    }

    [Theory]
    [InlineData("13-TT/TU", "TU")]
    [InlineData("01-KL/ĐU", "ĐU")]
    [InlineData("759/QĐ-TTg", "TTg")]
    [InlineData("1066/UBND-VXNV", "UBND")]
    public void Generic_codes_and_bodies_outside_the_chart_map_to_none(string symbol, string code)
    {
        Assert.True(DocumentIssuer.TryFind(DocumentNumber.Parse(symbol), out DocumentIssuer? issuer));
        Assert.Equal(code, issuer.Code);
        Assert.Empty(issuer.Organisations);
        Assert.True(issuer.CanStandFor(OrgId.Parse("vn.anything")));
    }

    [Fact]
    public void Every_mapped_organisation_is_in_the_reference_chart_and_codes_are_unique_per_system()
    {
        OrgChart chart = VietnamReferenceData.OrgChart;
        foreach (DocumentIssuer issuer in DocumentIssuer.All)
        {
            foreach (OrgId id in issuer.Organisations)
            {
                Assert.True(chart.Find(id) is not null, $"{issuer.Code}: {id}");
            }
        }

        Assert.Equal(DocumentIssuer.All.Count, DocumentIssuer.All.Select(i => (i.System, i.Code)).Distinct().Count());
    }

    [Theory]
    [InlineData("202/2025/QH15", 15)]
    [InlineData("81/2025/UBTVQH15", 15)]
    [InlineData("1656/NQ-UBTVQH15", 15)]
    [InlineData("30/2020/NĐ-CP", null)]
    [InlineData("60-NQ/TW", null)]
    public void Legislature_is_read_from_the_code(string symbol, int? legislature) =>
        Assert.Equal(legislature, DocumentIssuer.LegislatureOf(DocumentNumber.Parse(symbol)));

    [Fact]
    public void Unknown_codes_and_the_default_number_find_nothing()
    {
        Assert.False(DocumentIssuer.TryFind("XYZ", DocumentSystem.Party, out _));
        Assert.False(DocumentIssuer.TryFind("TW", DocumentSystem.State, out _));
        Assert.False(DocumentIssuer.TryFind((string?)null, DocumentSystem.Party, out _));
        Assert.False(DocumentIssuer.TryFind(default(DocumentNumber), out _));
        Assert.False(DocumentIssuer.TryFind("QHX", DocumentSystem.State, out _));
        Assert.Null(DocumentIssuer.LegislatureOf(default));
    }

    [Fact]
    public void Json_round_trips_and_rejects_unknown_codes()
    {
        foreach (DocumentIssuer issuer in DocumentIssuer.All)
        {
            string json = JsonSerializer.Serialize(issuer, JsonOptions.Options);
            Assert.Same(issuer, JsonSerializer.Deserialize<DocumentIssuer>(json, JsonOptions.Options));
        }

        Assert.Equal("\"party:TW\"", JsonSerializer.Serialize(DocumentIssuer.All[0], JsonOptions.Options));
        Assert.Equal($"TW ({DocumentIssuer.All[0].EnglishName})", DocumentIssuer.All[0].ToString());
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentIssuer>("\"TW\"", JsonOptions.Options));
        // The message says which system's catalogue lacks the code.
        Assert.Contains("\"XYZ\" is not a catalogued Party issuer code", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentIssuer>("\"party:XYZ\"", JsonOptions.Options)).Message, StringComparison.Ordinal);
        Assert.Contains("\"QH15\" is not a catalogued State issuer code", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentIssuer>("\"state:QH15\"", JsonOptions.Options)).Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentIssuer>("true", JsonOptions.Options));
    }
}
