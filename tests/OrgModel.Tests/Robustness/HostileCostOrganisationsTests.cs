using System.Text;
using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Serialization;

namespace OrgModel.Tests.Robustness;

/// <summary>The doubling test (<see cref="CostCurve"/>) over the organisation chart's entry points, with the input
/// families that were quadratic: repeated relations, relations starting on different days, long chains.</summary>
[Collection(nameof(CostCurveTests))]
public class HostileCostOrganisationsTests
{
    private static readonly LocalDate Start = new(1900, 1, 1);

    private static Organisation Body(int i) => new(OrgId.Parse($"vn.test.b{i}"), OrganisationKind.PartyCommittee, OrgLevel.Commune, $"Đảng ủy {i}");

    // About 100 bytes of input per relation, as the JSON form of the same chart would take.
    private static int Count(int bytes) => bytes / 100;

    [Fact]
    public void Validation_of_one_relation_repeated()
    {
        CostCurve.AssertNearLinear("OrgChartBuilder, one isUnder relation repeated", Count, n =>
        {
            var b = new OrgChartBuilder().Add(Body(0)).Add(Body(1));
            for (int i = 0; i < n; i++)
            {
                b.Relate(OrgRelationKind.IsUnder, Body(1).Id, Body(0).Id);
            }

            var problems = b.Validate();
            Assert.NotEmpty(problems);
            Assert.True(problems.Count <= n + 1);
        });
    }

    [Fact]
    public void Validation_of_relations_starting_on_different_days()
    {
        CostCurve.AssertNearLinear("OrgChartBuilder, relations starting on different days", n => Chart(Count(n), chain: false), b => b.Build());
    }

    [Fact]
    public void Validation_of_a_chain_of_relations_starting_on_different_days()
    {
        CostCurve.AssertNearLinear("OrgChartBuilder, a chain growing day by day", n => Chart(Count(n), chain: true), b => b.Validate());
    }

    [Fact]
    public void Json_read_of_a_chart_with_relations_starting_on_different_days()
    {
        CostCurve.AssertNearLinear("JSON OrgChart, relations starting on different days",
            n => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Chart(Count(n) / 2, chain: false).Build(), OrgModelJsonContext.Default.OrgChart)),
            json => JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.OrgChart));
    }

    [Fact]
    public void An_organisation_name_with_a_long_mark_run()
    {
        // NFC composition tried every prefix of a mark run and sorted it by insertion: "a" + 100,000 accents took 20 s.
        CostCurve.AssertNearLinear("Organisation JSON, a name with a long run of combining marks",
            n => Encoding.UTF8.GetBytes($$"""{"id":"vn.test.a","kind":"partyCommittee","level":"province","name":"Đảng bộ a{{new string('\u0301', n / 2)}}"}"""),
            json => JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.Organisation));
    }

    [Fact]
    public void A_repeated_relation_gives_one_problem_per_copy_not_per_pair()
    {
        var b = new OrgChartBuilder().Add(Body(0)).Add(Body(1));
        for (int i = 0; i < 50; i++)
        {
            b.Relate(OrgRelationKind.IsUnder, Body(1).Id, Body(0).Id);
        }

        Assert.Equal(49, b.Validate().Count(p => p.Kind == OrgChartProblemKind.MultipleParents));
    }

    private static OrgChartBuilder Chart(int n, bool chain)
    {
        var b = new OrgChartBuilder();
        for (int i = 0; i <= n; i++)
        {
            b.Add(Body(i));
        }

        for (int i = 1; i <= n; i++)
        {
            b.Relate(OrgRelationKind.IsUnder, Body(i).Id, Body(chain ? i - 1 : 0).Id, Start.PlusDays(i));
        }

        return b;
    }
}
