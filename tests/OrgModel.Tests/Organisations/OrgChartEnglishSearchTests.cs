using System.Text.Json;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;

namespace OrgModel.Tests.Organisations;

public class OrgChartEnglishSearchTests
{
    [Theory]
    [InlineData("National Assembly", "vn.state.national-assembly")]
    [InlineData("national assembly", "vn.state.national-assembly")]
    [InlineData("Fatherland Front", "vn.front.vietnam-fatherland-front")]
    [InlineData("Government", "vn.state.government")]
    [InlineData("Central Organisation Commission", "vn.party.central-organisation-commission")]
    public void English_names_are_found(string query, string id) =>
        Assert.Equal(id, VietnamReferenceData.OrgChart.Search(query)[0].Id.ToString());

    // The English renderings of facts.md and research-notes.md, and the news' aliases listed in docs/sources.md.
    [Theory]
    [InlineData("Central Propaganda and Mass Mobilization Commission", "vn.party.central-information-education-mass-mobilisation-commission")]
    [InlineData("central propaganda and mass mobilization department", "vn.party.central-information-education-mass-mobilisation-commission")]
    [InlineData("Central Commission for Information and Mass Mobilisation", "vn.party.central-information-education-mass-mobilisation-commission")]
    [InlineData("Commission for Information, Education and Mass Mobilisation", "vn.party.central-information-education-mass-mobilisation-commission")]
    [InlineData("Information, Education and Mass Mobilisation Commission", "vn.party.central-information-education-mass-mobilisation-commission")]
    [InlineData("Central Organizing Committee", "vn.party.central-organisation-commission")]
    [InlineData("CENTRAL ORGANIZATION COMMITTEE", "vn.party.central-organisation-commission")]
    [InlineData("Organisation Commission", "vn.party.central-organisation-commission")]
    [InlineData("Central Inspection Committee", "vn.party.central-inspection-commission")]
    [InlineData("Inspection Commission", "vn.party.central-inspection-commission")]
    [InlineData("Office of the Party Central Committee", "vn.party.central-office")]
    [InlineData("Central Party Office", "vn.party.central-office")]
    [InlineData("Government Party Committee", "vn.party.government-party-committee")]
    [InlineData("National Assembly Party Committee", "vn.party.national-assembly-party-committee")]
    [InlineData("Party Committee of Central Party Agencies", "vn.party.central-party-agencies-party-committee")]
    [InlineData("Central Public Security Party Committee", "vn.party.central-public-security-party-committee")]
    [InlineData("Central Military Commission", "vn.party.central-military-commission")]
    [InlineData("National Assembly Standing Committee", "vn.state.national-assembly-standing-committee")]
    [InlineData("Supreme People's Court", "vn.state.supreme-peoples-court")]
    [InlineData("Vietnam Fatherland Front", "vn.front.vietnam-fatherland-front")]
    [InlineData("Trade Union Confederation", "vn.front.trade-union")]
    [InlineData("Politburo", "vn.party.politburo")]
    public void The_renderings_of_the_facts_and_the_news_are_found(string query, string id) =>
        Assert.Equal(id, VietnamReferenceData.OrgChart.Search(query)[0].Id.ToString());

    [Fact]
    public void Vietnamese_matches_come_before_english_ones()
    {
        IReadOnlyList<Organisation> hits = VietnamReferenceData.OrgChart.Search("Quốc hội");
        Assert.Equal("vn.state.national-assembly", hits[0].Id.ToString());
    }

    [Fact]
    public void Aliases_are_found_ignoring_case_and_diacritics_and_travel_in_json()
    {
        Organisation court = new Organisation(OrgId.Parse("x.court"), OrganisationKind.Court, OrgLevel.Province, "Tòa án nhân dân tỉnh X")
            .WithAliases(" People's Court of Province X ", "Tòa án tỉnh X", "People's Court of Province X");
        Assert.Equal(["People's Court of Province X", "Tòa án tỉnh X"], court.Aliases);
        OrgChart chart = new OrgChartBuilder().Add(court).Build();
        Assert.Equal([court], chart.Search("people's court of province x"));
        Assert.Equal([court], chart.Search("toa an tinh x"));

        string json = JsonSerializer.Serialize(court, OrgModelJsonContext.Default.Organisation);
        using (JsonDocument doc = JsonDocument.Parse(json))
        {
            Assert.Equal(["People's Court of Province X", "Tòa án tỉnh X"], doc.RootElement.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        }
        Assert.Equal(court.Aliases, JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.Organisation)!.Aliases);
        Assert.DoesNotContain("aliases", JsonSerializer.Serialize(court.WithAliases(), OrgModelJsonContext.Default.Organisation), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => court.WithAliases(" "));
    }
}
