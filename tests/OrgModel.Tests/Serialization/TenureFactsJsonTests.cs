using System.Text.Json;
using FsCheck.Xunit;
using OrgModel.Serialization;
using OrgModel.Tenures;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

[Properties(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
public class TenureFactsJsonTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;

    [Fact]
    public void Every_shipped_entry_round_trips_to_the_same_instance()
    {
        Assert.All(TenureFacts.NationalPartyCongresses, c => Assert.Same(c, JsonAssert.RoundTrip(c, Ctx.NationalPartyCongress)));
        Assert.All(TenureFacts.CentralConferences, c => Assert.Same(c, JsonAssert.RoundTrip(c, Ctx.CentralConference)));
        Assert.All(TenureFacts.NationalAssemblyTerms, t => Assert.Same(t, JsonAssert.RoundTrip(t, Ctx.NationalAssemblyTerm)));
        Assert.All(TenureFacts.LocalCongressSchedule2025To2030, m => Assert.Same(m, JsonAssert.RoundTrip(m, Ctx.LocalCongressMilestone)));
    }

    [Property]
    public bool Kinds_round_trip(TenureKind k) => JsonAssert.RoundTrip(k, Ctx.TenureKind) == k;

    [Fact]
    public void An_entry_that_is_not_in_the_reference_data_is_refused()
    {
        string json = JsonSerializer.Serialize(TenureFacts.NationalPartyCongresses[^1], Ctx.NationalPartyCongress);
        JsonAssert.Fails(json.Replace("\"closing\":\"2026", "\"closing\":\"2027", StringComparison.Ordinal), Ctx.NationalPartyCongress, "reference data");
        JsonAssert.Fails(json.Replace("{", "{\"extra\":1,", StringComparison.Ordinal), Ctx.NationalPartyCongress, "reference data");
        JsonAssert.Fails("[1]", Ctx.CentralConference, "object was expected");
        JsonAssert.Fails("{\"ordinal\":", Ctx.NationalAssemblyTerm);
    }
}
