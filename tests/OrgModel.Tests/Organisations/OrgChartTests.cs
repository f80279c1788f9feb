using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;

namespace OrgModel.Tests.Organisations;

public class OrgChartTests
{
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate Before = new(2025, 6, 30);

    private static OrgId Id(string s) => OrgId.Parse(s);

    // A small two-era chart: province P with district D and commune C1 (code 00004) until 30 June 2025,
    // then province P2 with commune C2 (reusing code 00004) from 1 July 2025.
    private static OrgChart Build()
    {
        var b = new OrgChartBuilder();
        b.Add(new Organisation(Id("t.p"), OrganisationKind.AdministrativeUnit, OrgLevel.Province, "Thành phố Hà Nội", "01", validTo: Before, unitType: AdministrativeUnitType.Municipality));
        b.Add(new Organisation(Id("t.d"), OrganisationKind.AdministrativeUnit, OrgLevel.District, "Quận Ba Đình", "001", validTo: Before, unitType: AdministrativeUnitType.UrbanDistrict));
        b.Add(new Organisation(Id("t.c1"), OrganisationKind.AdministrativeUnit, OrgLevel.Commune, "Phường Trúc Bạch", "00004", validTo: Before, unitType: AdministrativeUnitType.Ward));
        b.Add(new Organisation(Id("t.c1b"), OrganisationKind.AdministrativeUnit, OrgLevel.Commune, "Phường Quán Thánh", "00013", validTo: Before, unitType: AdministrativeUnitType.Ward));
        b.Add(new Organisation(Id("t.p2"), OrganisationKind.AdministrativeUnit, OrgLevel.Province, "Thành phố Hà Nội", "01", Reform, unitType: AdministrativeUnitType.Municipality));
        b.Add(new Organisation(Id("t.c2"), OrganisationKind.AdministrativeUnit, OrgLevel.Commune, "Phường Ba Đình", "00004", Reform, unitType: AdministrativeUnitType.Ward));
        b.Add(new Organisation(Id("t.c3"), OrganisationKind.AdministrativeUnit, OrgLevel.Commune, "Phường Hoàn Kiếm", "00070", Reform, unitType: AdministrativeUnitType.Ward));
        b.Relate(OrgRelationKind.IsUnder, Id("t.d"), Id("t.p"), validTo: Before);
        b.Relate(OrgRelationKind.IsUnder, Id("t.c1"), Id("t.d"), validTo: Before);
        b.Relate(OrgRelationKind.IsUnder, Id("t.c1b"), Id("t.d"), validTo: Before);
        b.Relate(OrgRelationKind.IsUnder, Id("t.c2"), Id("t.p2"), Reform);
        b.Relate(OrgRelationKind.IsUnder, Id("t.c3"), Id("t.p2"), Reform);
        b.Add(new OrgChangeEvent(OrgChangeKind.Merged, Reform, [Id("t.c1"), Id("t.c1b")], [Id("t.c2")]));
        b.Add(new OrgChangeEvent(OrgChangeKind.Continued, Reform, [Id("t.p")], [Id("t.p2")], DocumentNumber.Parse("202/2025/QH15")));
        return b.Build();
    }

    [Fact]
    public void AsOf_ShowsTheStructureInForceThatDay()
    {
        OrgChart chart = Build();
        OrgChart old = chart.AsOf(Before);
        OrgChart now = chart.AsOf(Reform);
        Assert.Equal(4, old.Organisations.Count);
        Assert.Equal(3, now.Organisations.Count);
        Assert.Equal(Before, old.Date);
        Assert.Null(chart.Date);
        Assert.Equal(7, chart.Organisations.Count);
        Assert.Equal(3, old.Relations.Count);
        Assert.Equal(2, now.Relations.Count);
    }

    [Fact]
    public void CodesResolveInTheChartOfADay()
    {
        OrgChart chart = Build();
        Assert.Equal("Phường Trúc Bạch", chart.AsOf(Before).FindByCode("00004")?.Name);
        Assert.Equal("Phường Ba Đình", chart.AsOf(Reform).FindByCode(" 00004 ")?.Name);
        Assert.Equal("Phường Ba Đình", chart.FindByCode("00004")?.Name);
        Assert.Null(chart.AsOf(Reform).FindByCode("001"));
        Assert.Null(chart.FindByCode("99999"));
    }

    [Fact]
    public void Navigation()
    {
        OrgChart old = Build().AsOf(Before);
        Assert.Equal("Quận Ba Đình", old.Parent(Id("t.c1"))?.Name);
        Assert.Null(old.Parent(Id("t.p")));
        Assert.Null(old.Parent(Id("t.c2")));
        Assert.Equal(["Phường Trúc Bạch", "Phường Quán Thánh"], old.Children(Id("t.d")).Select(o => o.Name));
        Assert.Equal([Id("t.d"), Id("t.p")], old.Ancestors(Id("t.c1")).Select(o => o.Id));
        Assert.Equal(2, old.Ancestors(Id("t.c1")).Count);
        Assert.Equal(2, old.Depth(Id("t.c1")));
        Assert.Equal(-1, old.Depth(Id("t.c2")));
        Assert.Equal([Id("t.p"), Id("t.d"), Id("t.c1")], old.Path(Id("t.c1")).Select(o => o.Id));
        Assert.Equal([Id("t.d"), Id("t.c1"), Id("t.c1b")], old.Descendants(Id("t.p")).Select(o => o.Id));
        Assert.Equal(Id("t.d"), old.LowestCommonAncestor(Id("t.c1"), Id("t.c1b"))?.Id);
        Assert.Equal(Id("t.d"), old.LowestCommonAncestor(Id("t.d"), Id("t.c1b"))?.Id);
        Assert.Null(old.LowestCommonAncestor(Id("t.c1"), Id("t.c2")));
        Assert.Empty(old.Ancestors(Id("t.unknown")));
        Assert.Empty(old.Children(Id("t.unknown")));
    }

    [Fact]
    public void SuccessorsAndPredecessors_FollowEvents()
    {
        OrgChart chart = Build();
        Assert.Equal([Id("t.c1")], chart.Successors(Id("t.c1"), Before).Select(o => o.Id));
        Assert.Equal([Id("t.c2")], chart.Successors(Id("t.c1"), Reform).Select(o => o.Id));
        Assert.Equal([Id("t.p2")], chart.Successors(Id("t.p"), Reform).Select(o => o.Id));
        Assert.Empty(chart.Successors(Id("t.d"), Reform));
        Assert.Equal([Id("t.c1"), Id("t.c1b")], chart.Predecessors(Id("t.c2")).Select(o => o.Id));
        Assert.Empty(chart.Predecessors(Id("t.c1")));
        Assert.Equal(DocumentNumber.Parse("202/2025/QH15"), Assert.Single(chart.EventsOf(Id("t.p2"))).LegalBasis);
    }

    [Fact]
    public void Search_IgnoresDiacriticsCaseAndD()
    {
        OrgChart now = Build().AsOf(Reform);
        Assert.Equal([Id("t.p2")], now.Search("ha noi").Select(o => o.Id));
        Assert.Equal([Id("t.c2")], now.Search("BA DINH").Select(o => o.Id));
        Assert.Equal([Id("t.c2")], now.Search("Phường Ba Đình").Select(o => o.Id));
        Assert.Empty(now.Search("inh"));
        Assert.Empty(now.Search("  "));
    }
}
