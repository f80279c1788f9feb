using System.Text.Json;
using OrgModel.Serialization;
using OrgModel.Tenures;

namespace OrgModel.Tests.Tenures;

/// <summary>The wire form of the shipped term facts, written exactly so (member names, order, dates as ISO days, enums by
/// camel-case name) and read back to the shipped entry: a golden text per type, from the reference data's own entries.</summary>
public class TenureFactsWireFormTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJsonContext.Default;

    [Fact]
    public void A_national_congress()
    {
        NationalPartyCongress xiii = TenureFacts.NationalPartyCongresses.Single(c => c.Ordinal == 13);
        const string golden = """{"ordinal":13,"preparatorySession":"2021-01-25","opening":"2021-01-26","closing":"2021-02-01"}""";
        Assert.Equal(golden, JsonSerializer.Serialize(xiii, Ctx.NationalPartyCongress));
        Assert.Same(xiii, JsonSerializer.Deserialize(golden, Ctx.NationalPartyCongress));
    }

    [Fact]
    public void A_central_conference_with_its_documents()
    {
        CentralConference fourth = TenureFacts.CentralConferences.Single(c => c.TermOrdinal == 13 && c.Ordinal == 4);
        const string golden = """{"termOrdinal":13,"ordinal":4,"opening":"2021-10-04","closing":"2021-10-07","documents":["21-KL/TW","37-Q\u0110/TW"]}""";
        Assert.Equal(golden, JsonSerializer.Serialize(fourth, Ctx.CentralConference));
        Assert.Same(fourth, JsonSerializer.Deserialize(golden, Ctx.CentralConference));
    }

    [Fact]
    public void A_national_assembly_term()
    {
        NationalAssemblyTerm xv = TenureFacts.NationalAssemblyTerms.Single(t => t.Ordinal == 15);
        const string golden = """{"ordinal":15,"startYear":2021,"endYear":2026,"election":"2021-05-23","firstSessionOpening":"2021-07-20"}""";
        Assert.Equal(golden, JsonSerializer.Serialize(xv, Ctx.NationalAssemblyTerm));
        Assert.Same(xv, JsonSerializer.Deserialize(golden, Ctx.NationalAssemblyTerm));
    }

    [Fact]
    public void A_local_congress_milestone()
    {
        LocalCongressMilestone first = TenureFacts.LocalCongressSchedule2025To2030[0];
        const string golden = """{"term":"nhi\u1EC7m k\u1EF3 2025\u20132030","level":"provincial","task":"completeDraftDocuments","before":"2025-06-30","basis":"news reports of the congress timetable (facts.md)"}""";
        Assert.Equal(golden, JsonSerializer.Serialize(first, Ctx.LocalCongressMilestone));
        Assert.Same(first, JsonSerializer.Deserialize(golden, Ctx.LocalCongressMilestone));
    }
}
