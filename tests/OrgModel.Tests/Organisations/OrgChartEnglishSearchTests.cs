using OrgModel.Organisations;
using OrgModel.ReferenceData;

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

    [Fact]
    public void Vietnamese_matches_come_before_english_ones()
    {
        IReadOnlyList<Organisation> hits = VietnamReferenceData.OrgChart.Search("Quốc hội");
        Assert.Equal("vn.state.national-assembly", hits[0].Id.ToString());
    }
}
