using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.ReferenceData;

/// <summary>The reference chart is built by the trusted path (<c>ChartAssembler</c>: no validation, indexes on first
/// use); the same content through <see cref="OrgChartBuilder"/> (validated, indexes from the relation list) must give the
/// same chart, index by index.</summary>
public class ReferenceChartTrustedPathTests
{
    private static (string Id, OrganisationKind Kind, OrgLevel Level, string Name, string? Code, LocalDate? From, LocalDate? To, AdministrativeUnitType? Type) Key(Organisation o) =>
        (o.Id.ToString(), o.Kind, o.Level, o.Name, o.Code, o.ValidFrom, o.ValidTo, o.UnitType);

    [Fact]
    public void TheTrustedLoad_EqualsTheValidatedBuild_IndexByIndex()
    {
        OrgChart trusted = ReferenceChartLoader.Load();
        OrgChart validated = trusted.ToBuilder().Build();
        ChartData a = trusted.Data;
        ChartData b = validated.Data;

        Assert.Equal(b.Orgs.Select(Key), a.Orgs.Select(Key));
        Assert.Equal(b.Relations, a.Relations);
        Assert.Equal(b.Events.Select(e => e.ToString()), a.Events.Select(e => e.ToString()));
        Func<ChartData, System.Collections.IEnumerable>[] indexes =
        [
            d => d.OutStart, d => d.OutList, d => d.InStart, d => d.InList, d => d.PartyOf, d => d.CouncilOf, d => d.CommitteeOf,
            d => d.SuccStart, d => d.SuccTo, d => d.SuccDate, d => d.PredStart, d => d.PredFrom, d => d.Boundaries,
        ];
        foreach (Func<ChartData, System.Collections.IEnumerable> index in indexes)
        {
            Assert.Equal(index(b).Cast<object>(), index(a).Cast<object>());
        }

        foreach (LocalDate? day in new LocalDate?[] { null, new LocalDate(2025, 1, 4), new LocalDate(2025, 6, 30), new LocalDate(2025, 7, 1) })
        {
            Snapshot sa = a.SnapshotFor(day);
            Snapshot sb = b.SnapshotFor(day);
            Assert.Equal(sb.Present is null, sa.Present is null);
            foreach (Func<Snapshot, System.Collections.IEnumerable> view in (Func<Snapshot, System.Collections.IEnumerable>[])[s => s.Present ?? [], s => s.Parent, s => s.ChildStart, s => s.ChildList])
            {
                Assert.Equal(view(sb).Cast<object>(), view(sa).Cast<object>());
            }
        }
    }

    [Fact]
    public async Task TheIndexesBuiltOnFirstUse_AreBuiltOnce_WhenFirstUsedFromManyThreads()
    {
        OrgChart chart = ReferenceChartLoader.Load();
        Organisation hanoi = chart.AsOf(new LocalDate(2025, 7, 1)).FindByCode("01")!;
        Task<(int[], int[], int[], int[], LocalDate[])>[] tasks = [.. Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            _ = chart.BodiesOf(hanoi.Id);
            _ = chart.Predecessors(hanoi.Id);
            _ = chart.Related(hanoi.Id, OrgRelationKind.IsUnder);
            _ = chart.AsOf(new LocalDate(2025, 1, 4));
            ChartData d = chart.Data;
            return (d.PartyOf, d.SuccStart, d.OutList, d.InList, d.Boundaries);
        }, TestContext.Current.CancellationToken))];
        (int[], int[], int[], int[], LocalDate[])[] results = await Task.WhenAll(tasks);
        foreach ((int[] party, int[] succ, int[] outList, int[] inList, LocalDate[] boundaries) in results)
        {
            Assert.Same(results[0].Item1, party);
            Assert.Same(results[0].Item2, succ);
            Assert.Same(results[0].Item3, outList);
            Assert.Same(results[0].Item4, inList);
            Assert.Same(results[0].Item5, boundaries);
        }
    }
}
