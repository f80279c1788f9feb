using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Text;

namespace OrgModel.Benchmarks.Organisations;

/// <summary>Loading the embedded reference chart (no cache: every call parses the resources and builds the indexes)
/// against a naive loader (string.Split per line, public constructors, OrgChartBuilder with full validation) that
/// loads only the units and their parents.</summary>
[MemoryDiagnoser]
public class ReferenceChartLoadBenchmarks
{
    [Benchmark]
    public OrgChart SpanLoader() => ReferenceChartLoader.Load();

    [Benchmark(Baseline = true)]
    public OrgChart NaiveSplitAndBuilder()
    {
        var builder = new OrgChartBuilder();
        Load(builder, ReferenceChartLoader.OldUnitsResource, "vn.au.2025-01.", null, new LocalDate(2025, 6, 30));
        Load(builder, ReferenceChartLoader.UnitsResource, "vn.au.2025-07.", new LocalDate(2025, 7, 1), null);
        return builder.Build();
    }

    private static void Load(OrgChartBuilder builder, string resource, string prefix, LocalDate? from, LocalDate? to)
    {
        string text = Encoding.UTF8.GetString(ReferenceChartLoader.ReadResource(resource));
        foreach (string line in text.Split('\n').Skip(1).Where(l => l.Length > 0))
        {
            string[] f = line.TrimEnd('\r').Split(',');
            AdministrativeUnitType type = ReferenceChartLoader.ParseType(Encoding.ASCII.GetBytes(f[2]));
            OrgLevel level = f[3] switch { "province" => OrgLevel.Province, "district" => OrgLevel.District, _ => OrgLevel.Commune };
            builder.Add(new Organisation(OrgId.Parse(prefix + f[0]), OrganisationKind.AdministrativeUnit, level, f[1], f[0], from, to, unitType: type));
            if (f[4].Length > 0)
            {
                builder.Relate(OrgRelationKind.IsUnder, OrgId.Parse(prefix + f[0]), OrgId.Parse(prefix + f[4]), from, to);
            }
        }
    }
}

/// <summary>Queries on the reference chart of 1 July 2025 against naive scans of the public lists.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReferenceChartQueryBenchmarks
{
    private OrgChart chart = null!;
    private OrgRelation[] relations = null!;
    private Organisation[] organisations = null!;
    private OrgId commune;
    private OrgId communePartyCommittee;

    [GlobalSetup]
    public void Setup()
    {
        chart = VietnamReferenceData.OrgChart.AsOf(new LocalDate(2025, 7, 1));
        relations = [.. chart.Relations];
        organisations = [.. chart.Organisations];
        commune = chart.FindByCode("00004")!.Id;
        communePartyCommittee = chart.BodiesOf(commune)!.PartyCommittee!.Id;
    }

    [Benchmark]
    [BenchmarkCategory("Ancestors")]
    public int Ancestors()
    {
        int n = 0;
        foreach (Organisation _ in chart.Ancestors(communePartyCommittee))
        {
            n++;
        }

        return n;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Ancestors")]
    public int NaiveAncestorsByRelationScan()
    {
        int n = 0;
        OrgId current = communePartyCommittee;
        while (true)
        {
            OrgId next = default;
            foreach (OrgRelation r in relations)
            {
                if (r.Kind == OrgRelationKind.IsUnder && r.Source == current)
                {
                    next = r.Target;
                    break;
                }
            }

            if (next.IsEmpty)
            {
                return n;
            }

            n++;
            current = next;
        }
    }

    [Benchmark]
    [BenchmarkCategory("FindByCode")]
    public Organisation? FindByCode() => chart.FindByCode("26734");

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("FindByCode")]
    public Organisation? NaiveFindByCodeScan() => organisations.FirstOrDefault(o => o.Code == "26734" && o.Kind == OrganisationKind.AdministrativeUnit);

    [Benchmark]
    [BenchmarkCategory("Search")]
    public int Search() => chart.Search("ba dinh").Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Search")]
    public int NaiveSearchFoldingEveryName()
    {
        string q = VietnameseText.Fold("ba dinh");
        return organisations.Count(o => VietnameseText.Fold(o.Name).Contains(q, StringComparison.Ordinal));
    }

    [Benchmark]
    [BenchmarkCategory("Successors")]
    public int Successors() => VietnamReferenceData.OrgChart.Successors(VietnamReferenceData.UnitIdBefore2025Reform("00004"), new LocalDate(2025, 7, 1)).Count;
}
