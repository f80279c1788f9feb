using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using OrgModel.Organisations;

namespace OrgModel.Benchmarks.Organisations;

/// <summary>How costs grow with the size of a chart: a synthetic tree with branching factor 8 (depth about log8 n),
/// every node an administrative unit with a code, built through <see cref="OrgChartBuilder"/> (full validation).</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class SyntheticChartBenchmarks
{
    private OrgChart chart = null!;
    private OrgChart day = null!;
    private OrgId deepest;
    private OrgId[] ids = null!;
    private string lastCode = null!;

    [Params(1_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ids = new OrgId[N];
        for (int i = 0; i < N; i++)
        {
            ids[i] = OrgId.Parse("s.n" + i);
        }

        chart = Build(N, ids);
        day = chart.AsOf(new LocalDate(2025, 7, 1));
        deepest = ids[N - 1];
        lastCode = (N - 1).ToString("D7");
    }

    [Benchmark]
    [BenchmarkCategory("Build")]
    public OrgChart BuildWithValidation() => Build(N, ids);

    [Benchmark]
    [BenchmarkCategory("Queries")]
    public int AncestorsOfDeepestNode()
    {
        int n = 0;
        foreach (Organisation _ in day.Ancestors(deepest))
        {
            n++;
        }

        return n;
    }

    [Benchmark]
    [BenchmarkCategory("Queries")]
    public Organisation? FindById() => day.Find(deepest);

    [Benchmark]
    [BenchmarkCategory("Queries")]
    public Organisation? FindByCode() => day.FindByCode(lastCode);

    [Benchmark]
    [BenchmarkCategory("Queries")]
    public Organisation? LowestCommonAncestor() => day.LowestCommonAncestor(deepest, ids[N / 2]);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Queries")]
    public Organisation? NaiveFindByCodeScan()
    {
        foreach (Organisation o in day.Organisations)
        {
            if (o.Code == lastCode)
            {
                return o;
            }
        }

        return null;
    }

    private static OrgChart Build(int n, OrgId[] ids)
    {
        var builder = new OrgChartBuilder();
        for (int i = 0; i < n; i++)
        {
            builder.Add(new Organisation(ids[i], OrganisationKind.AdministrativeUnit, i == 0 ? OrgLevel.Province : OrgLevel.Commune, "Đơn vị " + i, i.ToString("D7"), unitType: i == 0 ? AdministrativeUnitType.Province : AdministrativeUnitType.Commune));
            if (i > 0)
            {
                builder.Add(new OrgRelation(OrgRelationKind.IsUnder, ids[i], ids[(i - 1) / 8]));
            }
        }

        return builder.Build();
    }
}
