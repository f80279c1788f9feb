using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.ReferenceData;

public class ReferenceChartFactsTests
{
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate LastOldDay = new(2025, 6, 30);
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;

    private static List<Organisation> Units(OrgChart chart, OrgLevel level) =>
        chart.Organisations.Where(o => o.Kind == OrganisationKind.AdministrativeUnit && o.Level == level).ToList();

    [Fact]
    public void From1July2025_34Provinces_6Municipalities_28Provinces()
    {
        List<Organisation> provinces = Units(Chart.AsOf(Reform), OrgLevel.Province);
        Assert.Equal(34, provinces.Count);
        Assert.Equal(6, provinces.Count(p => p.UnitType == AdministrativeUnitType.Municipality));
        Assert.Equal(28, provinces.Count(p => p.UnitType == AdministrativeUnitType.Province));
        Assert.Equal(34, VietnamReferenceData.Provinces(Reform).Count);
    }

    [Fact]
    public void From1July2025_3321Communes_WithTheTypeCountsOfTheData()
    {
        List<Organisation> communes = Units(Chart.AsOf(Reform), OrgLevel.Commune);
        Assert.Equal(3321, communes.Count);
        Assert.Equal(2621, communes.Count(c => c.UnitType == AdministrativeUnitType.Commune));
        Assert.Equal(687, communes.Count(c => c.UnitType == AdministrativeUnitType.Ward));
        Assert.Equal(13, communes.Count(c => c.UnitType == AdministrativeUnitType.SpecialZone));
        Assert.Empty(Units(Chart.AsOf(Reform), OrgLevel.District));
    }

    [Fact]
    public void On30June2025_TheThreeTierListOf4January2025()
    {
        OrgChart old = Chart.AsOf(LastOldDay);
        Assert.Equal(63, Units(old, OrgLevel.Province).Count);
        Assert.Equal(691, Units(old, OrgLevel.District).Count);
        List<Organisation> listed = Units(old, OrgLevel.Commune).Where(c => c.Id.ToString().StartsWith("vn.au.2025-01.", StringComparison.Ordinal)).ToList();
        Assert.Equal(10051, listed.Count);
        Assert.Equal(7718, listed.Count(c => c.UnitType == AdministrativeUnitType.Commune));
        Assert.Equal(1715, listed.Count(c => c.UnitType == AdministrativeUnitType.Ward));
        Assert.Equal(618, listed.Count(c => c.UnitType == AdministrativeUnitType.Township));
    }

    [Fact]
    public void On4January2025_ExactlyTheUnitsOfThatList()
    {
        OrgChart day = Chart.AsOf(new LocalDate(2025, 1, 4));
        Assert.Equal(63, Units(day, OrgLevel.Province).Count);
        Assert.Equal(691, Units(day, OrgLevel.District).Count);
        Assert.Equal(10051, Units(day, OrgLevel.Commune).Count);
    }

    [Fact]
    public void EveryCommuneAfterTheReform_HasItsProvinceAsParent()
    {
        OrgChart now = Chart.AsOf(Reform);
        foreach (Organisation c in Units(now, OrgLevel.Commune))
        {
            Organisation? parent = now.Parent(c.Id);
            Assert.NotNull(parent);
            Assert.Equal(OrganisationKind.AdministrativeUnit, parent.Kind);
            Assert.Equal(OrgLevel.Province, parent.Level);
        }
    }

    [Theory]
    [InlineData("01", "Thành phố Hà Nội")]
    [InlineData("79", "Thành phố Hồ Chí Minh")]
    [InlineData("48", "Thành phố Đà Nẵng")]
    public void WellKnownProvinceCodesResolve(string code, string name)
    {
        Organisation? unit = Chart.AsOf(Reform).FindByCode(code);
        Assert.NotNull(unit);
        Assert.Equal(name, unit.Name);
        Assert.Equal(AdministrativeUnitType.Municipality, unit.UnitType);
    }

    [Fact]
    public void Code00004_IsTrucBachBeforeTheReform_AndBaDinhAfter()
    {
        Organisation? before = Chart.AsOf(LastOldDay).FindByCode("00004");
        Organisation? after = Chart.AsOf(Reform).FindByCode("00004");
        Assert.Equal("Phường Trúc Bạch", before?.Name);
        Assert.Equal("Phường Ba Đình", after?.Name);
        Assert.NotEqual(before!.Id, after!.Id);
        Assert.Equal("Quận Ba Đình", Chart.AsOf(LastOldDay).Parent(before.Id)?.Name);
        Assert.Equal("Thành phố Hà Nội", Chart.AsOf(Reform).Parent(after.Id)?.Name);
    }

    [Fact]
    public void SuccessorsOfAnOldCommune_AreItsNewCommune_AndThenItsProvince()
    {
        OrgId trucBach = VietnamReferenceData.UnitIdBefore2025Reform("00004");
        Assert.Equal(["Phường Trúc Bạch"], Chart.Successors(trucBach, LastOldDay).Select(o => o.Name));
        IReadOnlyList<Organisation> after = Chart.Successors(trucBach, Reform);
        Organisation baDinh = Assert.Single(after);
        Assert.Equal("Phường Ba Đình", baDinh.Name);
        Assert.Equal("01", Chart.AsOf(Reform).Parent(baDinh.Id)?.Code);

        // Phường Cống Vị went partly to Ngọc Hà and partly elsewhere: several successors.
        IReadOnlyList<Organisation> congVi = Chart.Successors(VietnamReferenceData.UnitIdBefore2025Reform("00007"), Reform);
        Assert.Contains(congVi, o => o.Name == "Phường Ngọc Hà");
        Assert.True(congVi.Count > 1);
    }

    [Fact]
    public void SuccessorsOfAnOldProvince_AreDerivedFromItsCommunes()
    {
        // Hà Giang (02) merged into Tuyên Quang (08); Bắc Giang (24 old list? code 24 is Bắc Giang) into Bắc Ninh.
        OrgChart old = Chart.AsOf(LastOldDay);
        Organisation haGiang = old.FindByCode("02")!;
        Assert.Equal("Tỉnh Hà Giang", haGiang.Name);
        Organisation successor = Assert.Single(Chart.Successors(haGiang.Id, Reform));
        Assert.Equal("Tỉnh Tuyên Quang", successor.Name);
        Assert.Equal("08", successor.Code);

        OrgChangeEvent e = Assert.Single(Chart.EventsOf(successor.Id), ev => ev.Kind != OrgChangeKind.Abolished);
        Assert.Equal(OrgChangeKind.Merged, e.Kind);
        Assert.Equal("202/2025/QH15", e.LegalBasis?.ToString());
        Assert.Equal(Reform, e.EffectiveDate);
        Assert.Equal(2, e.Predecessors.Count);

        // Hà Nội continued unchanged under a new id.
        Organisation hanoi = Assert.Single(Chart.Successors(old.FindByCode("01")!.Id, Reform));
        Assert.Equal("Thành phố Hà Nội", hanoi.Name);
        Assert.Equal(OrgChangeKind.Continued, Chart.EventsOf(hanoi.Id).Single(ev => ev.Kind != OrgChangeKind.Abolished).Kind);
        Assert.Equal(30, Chart.EventsOf(hanoi.Id).Count(ev => ev.Kind == OrgChangeKind.Abolished));
    }

    [Fact]
    public void ProvinceSuccession_63Become34()
    {
        HashSet<OrgId> targets = [];
        foreach (Organisation p in Units(Chart.AsOf(LastOldDay), OrgLevel.Province))
        {
            Organisation successor = Assert.Single(Chart.Successors(p.Id, Reform));
            Assert.Equal(OrgLevel.Province, successor.Level);
            targets.Add(successor.Id);
        }

        Assert.Equal(34, targets.Count);
        int unchanged = Units(Chart.AsOf(Reform), OrgLevel.Province).Count(p => Chart.Predecessors(p.Id).Count(o => o.Level == OrgLevel.Province) == 1);
        Assert.Equal(11, unchanged);
    }

    [Fact]
    public void AnOldDistrict_LeadsToItsProvince()
    {
        Organisation baDinhDistrict = Chart.AsOf(LastOldDay).FindByCode("001")!;
        Assert.Equal("Quận Ba Đình", baDinhDistrict.Name);
        Organisation province = Assert.Single(Chart.Successors(baDinhDistrict.Id, Reform));
        Assert.Equal("01", province.Code);
    }

    [Fact]
    public void SuccessionCounts_AsTheDataGives()
    {
        OrgChart now = Chart.AsOf(Reform);
        int withPredecessors = Units(now, OrgLevel.Commune).Count(c => Chart.Predecessors(c.Id).Count > 0);
        Assert.Equal(3316, withPredecessors);
        List<Organisation> oldCommunes = Units(Chart.AsOf(LastOldDay), OrgLevel.Commune);
        int listedWithSuccessors = oldCommunes.Count(c => c.Id.ToString().StartsWith("vn.au.2025-01.", StringComparison.Ordinal) && Chart.Successors(c.Id, Reform).Count > 0);
        Assert.Equal(10025, listedWithSuccessors);
        int interim = oldCommunes.Count(c => c.Id.ToString().StartsWith("vn.au.2025-interim.", StringComparison.Ordinal));
        Assert.Equal(10, interim);
    }

    [Fact]
    public void CorrectionsToTheConversionTable_AreApplied()
    {
        OrgChart old = Chart.AsOf(LastOldDay);
        Organisation myHung = old.FindByCode("01651")!;
        Assert.Equal("Xã Mỹ Hưng", myHung.Name);
        Assert.NotEmpty(Chart.Successors(myHung.Id, Reform));
        Assert.Equal("Xã Phục Hòa", Assert.Single(Chart.Successors(myHung.Id, Reform)).Name);
        Assert.Equal("Xã Hồng Quang", old.FindByCode("01615")!.Name);
        Assert.DoesNotContain(Chart.Successors(old.FindByCode("01615")!.Id, Reform), o => o.Name == "Xã Phục Hòa");

        Organisation phuThinh = old.FindByCode("02482")!;
        Assert.Equal("Xã Phú Thịnh", phuThinh.Name);
        Assert.Equal("Xã Thái Bình", Assert.Single(Chart.Successors(phuThinh.Id, Reform)).Name);

        Organisation dangXa = old.FindByCode("00556")!;
        Assert.Equal("Xã Đặng Xá", dangXa.Name);
        Assert.NotEmpty(Chart.Successors(dangXa.Id, Reform));

        Organisation hoaThang = old.FindByCode("23053")!;
        Assert.Contains(Chart.Successors(hoaThang.Id, Reform), o => o.Code == "23041" && o.Name == "Xã Hồng Thái");
    }

    [Fact]
    public void BodiesOfProvince01()
    {
        OrgChart now = Chart.AsOf(Reform);
        AreaBodies bodies = now.BodiesOf(now.FindByCode("01")!.Id)!;
        Assert.Equal("Thành ủy Hà Nội", bodies.PartyCommittee?.Name);
        Assert.Equal("Hội đồng nhân dân thành phố Hà Nội", bodies.PeoplesCouncil?.Name);
        Assert.Equal("Ủy ban nhân dân thành phố Hà Nội", bodies.PeoplesCommittee?.Name);
        Assert.Equal("Ban Chấp hành Trung ương", now.Parent(bodies.PartyCommittee!.Id)?.Name);
        Assert.Equal([bodies.PartyCommittee], now.Related(bodies.PeoplesCommittee!.Id, OrgRelationKind.IsLedBy));
        Assert.Equal([bodies.Unit], now.Related(bodies.PeoplesCommittee.Id, OrgRelationKind.GovernsArea));
        Assert.Equal("Chính phủ", now.Parent(bodies.PeoplesCommittee.Id)?.Name);
    }

    [Fact]
    public void EveryUnitAfterTheReform_HasThreeBodies()
    {
        OrgChart now = Chart.AsOf(Reform);
        List<Organisation> units = now.Organisations.Where(o => o.Kind == OrganisationKind.AdministrativeUnit).ToList();
        Assert.Equal(3355, units.Count);
        foreach (Organisation u in units)
        {
            AreaBodies b = now.BodiesOf(u.Id)!;
            Assert.NotNull(b.PartyCommittee);
            Assert.NotNull(b.PeoplesCouncil);
            Assert.NotNull(b.PeoplesCommittee);
        }
    }

    [Fact]
    public void CommunePartyCommittee_HasTheProvincialCommitteeAsDirectSuperior()
    {
        OrgChart now = Chart.AsOf(Reform);
        AreaBodies b = now.BodiesOf(now.FindByCode("00004")!.Id)!;
        Assert.Equal("Đảng ủy phường Ba Đình", b.PartyCommittee!.Name);
        Assert.Equal("Thành ủy Hà Nội", Assert.Single(now.Related(b.PartyCommittee.Id, OrgRelationKind.DirectSuperior)).Name);
        Assert.Equal(["Thành ủy Hà Nội", "Ban Chấp hành Trung ương"], now.Ancestors(b.PartyCommittee.Id).Select(o => o.Name));
    }

    [Theory]
    [InlineData("Ha Noi")]
    [InlineData("ha noi")]
    [InlineData("Hà Nội")]
    [InlineData("HÀ NỘI")]
    [InlineData("Thành phố Hà Nội")]
    public void SearchIgnoresDiacriticsAndCase(string query)
    {
        Organisation first = Chart.AsOf(Reform).Search(query)[0];
        Assert.Equal("01", first.Code);
    }

    [Fact]
    public void SearchTreatsDAndĐAlike_AndHoaHoàSpellings()
    {
        OrgChart now = Chart.AsOf(Reform);
        Assert.Contains(now.Search("Da Nang"), o => o.Code == "48");
        Assert.Contains(now.Search("Phường Ba Dinh"), o => o.Code == "00004");
        Assert.Equal(now.Search("Phú Hòa").Select(o => o.Id), now.Search("Phú Hoà").Select(o => o.Id));
    }

    [Fact]
    public void CentralBodies_AreInTheChart()
    {
        OrgChart now = Chart.AsOf(Reform);
        var gpc = OrgId.Parse("vn.party.government-party-committee");
        Assert.Equal("Đảng ủy Chính phủ", now.Find(gpc)?.Name);
        Assert.Contains(now.RelatedFrom(gpc, OrgRelationKind.IsLedBy), o => o.Name == "Chính phủ");
        Assert.Equal(17, now.Children(OrgId.Parse("vn.state.government")).Count(o => o.Kind == OrganisationKind.Ministry));
        Assert.Null(Chart.AsOf(new LocalDate(2025, 1, 23)).Find(gpc));
        Assert.Equal(6, now.Organisations.Count(o => o.Level == OrgLevel.Central && o.Kind == OrganisationKind.PartyCommittee
            && now.Related(o.Id, OrgRelationKind.DirectSuperior).Any(p => p.Name == "Ban Chấp hành Trung ương")));
        Assert.Contains(VietnamReferenceData.CentralBodies(Reform), o => o.Name == "Mặt trận Tổ quốc Việt Nam");
    }

    [Fact]
    public void The2026ChangesAreNotShipped()
    {
        // Đồng Nai (75) is still a province in the chart: the 2026 effective dates are not sourced.
        Organisation dongNai = Chart.AsOf(new LocalDate(2026, 11, 1)).FindByCode("75")!;
        Assert.Equal(AdministrativeUnitType.Province, dongNai.UnitType);
    }

    [Fact]
    public void TheReferenceContent_PassesTheBuilderValidation()
    {
        var builder = new OrgChartBuilder();
        foreach (Organisation o in Chart.Organisations)
        {
            builder.Add(o);
        }

        foreach (OrgRelation r in Chart.Relations)
        {
            builder.Add(r);
        }

        foreach (OrgChangeEvent e in Chart.Events)
        {
            builder.Add(e);
        }

        Assert.Empty(builder.Validate());
    }
}
