using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.ReferenceData;

/// <summary>
/// The bodies every administrative unit has by law, derived per unit, and their relations, as docs/organisations.md ("The
/// structure of the reference chart") and docs/sources.md state them: from 1 July 2025 every province and commune has a
/// Party committee (tỉnh ủy / thành ủy for a province, đảng ủy below), a People's Council and a People's Committee; every
/// province also an inspection commission (Party Charter arts. 20 and 32, Regulation 22-QĐ/TW), a People's Court
/// (Resolution 81/2025/UBTVQH15) and a People's Procuracy (Resolution 84/2025/UBTVQH15); the 63 provinces before the
/// reform had their Party committee, inspection commission, court and procuracy until 30 June 2025.
/// </summary>
public class LocalBodiesRuleTests
{
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate LastOldDay = new(2025, 6, 30);
    private static readonly OrgId CentralCommittee = OrgId.Parse("vn.party.central-committee");
    private static readonly OrgId Government = OrgId.Parse("vn.state.government");
    private static readonly OrgId SupremeCourt = OrgId.Parse("vn.state.supreme-peoples-court");
    private static readonly OrgId SupremeProcuracy = OrgId.Parse("vn.state.supreme-peoples-procuracy");

    private static OrgId Body(string unitId, string suffix) => OrgId.Parse(unitId + suffix);

    // "Tỉnh Lai Châu" → "tỉnh Lai Châu": the area's name in running text after the body's title.
    private static string InText(string areaName) => char.ToLowerInvariant(areaName[0]) + areaName[1..];

    // Thành ủy for a centrally-run city, tỉnh ủy for a province, followed by the name without its title.
    private static string ProvincialCommitteeName(ReferenceCsv.Unit province) =>
        province.Type == "municipality" ? "Thành ủy " + province.Name["Thành phố ".Length..] : "Tỉnh ủy " + province.Name["Tỉnh ".Length..];

    private static (OrganisationKind, OrgLevel, string, LocalDate?, LocalDate?) Shape(Organisation o) => (o.Kind, o.Level, o.Name, o.ValidFrom, o.ValidTo);

    private static string Show(OrgRelation r) => r.ToString();

    /// <summary>Every body of every unit of both lists, with its kind, level, name and days, and no other local body.</summary>
    [Fact]
    public void Every_unit_has_the_bodies_of_its_level_named_after_it()
    {
        var expected = new Dictionary<OrgId, (OrganisationKind, OrgLevel, string, LocalDate?, LocalDate?)>();
        foreach (ReferenceCsv.Unit u in ReferenceCsv.Units2025)
        {
            string id = "vn.au.2025-07." + u.Code;
            OrgLevel level = u.Level == "province" ? OrgLevel.Province : OrgLevel.Commune;
            string party = level == OrgLevel.Province ? ProvincialCommitteeName(u) : "Đảng ủy " + InText(u.Name);
            expected[Body(id, ".party-committee")] = (OrganisationKind.PartyCommittee, level, party, Reform, null);
            expected[Body(id, ".peoples-council")] = (OrganisationKind.PeoplesCouncil, level, "Hội đồng nhân dân " + InText(u.Name), Reform, null);
            expected[Body(id, ".peoples-committee")] = (OrganisationKind.PeoplesCommittee, level, "Ủy ban nhân dân " + InText(u.Name), Reform, null);
            if (level == OrgLevel.Province)
            {
                AddProvincial(expected, id, u, Reform, null);
            }
        }

        foreach (ReferenceCsv.Unit u in ReferenceCsv.Units2025January.Where(u => u.Level == "province"))
        {
            string id = "vn.au.2025-01." + u.Code;
            expected[Body(id, ".party-committee")] = (OrganisationKind.PartyCommittee, OrgLevel.Province, ProvincialCommitteeName(u), null, LastOldDay);
            AddProvincial(expected, id, u, null, LastOldDay);
        }

        List<Organisation> local = [.. Chart.Organisations.Where(o => o.Level != OrgLevel.Central && o.Kind != OrganisationKind.AdministrativeUnit)];
        Assert.Equal(expected.Count, local.Count);
        foreach (Organisation o in local)
        {
            Assert.True(expected.TryGetValue(o.Id, out var shape), $"unexpected {o}");
            Assert.Equal(shape, Shape(o));
            Assert.Null(o.Code);
            Assert.Null(o.UnitType);
            Assert.Null(o.EnglishName);
        }

        Assert.Equal((3355 * 3) + (34 * 3) + (63 * 4), expected.Count);

        static void AddProvincial(Dictionary<OrgId, (OrganisationKind, OrgLevel, string, LocalDate?, LocalDate?)> expected, string id, ReferenceCsv.Unit u, LocalDate? from, LocalDate? to)
        {
            expected[Body(id, ".inspection-commission")] = (OrganisationKind.PartyCommission, OrgLevel.Province, "Ủy ban Kiểm tra " + ProvincialCommitteeName(u), from, to);
            expected[Body(id, ".peoples-court")] = (OrganisationKind.Court, OrgLevel.Province, "Tòa án nhân dân " + InText(u.Name), from, to);
            expected[Body(id, ".peoples-procuracy")] = (OrganisationKind.Procuracy, OrgLevel.Province, "Viện kiểm sát nhân dân " + InText(u.Name), from, to);
        }
    }

    /// <summary>docs/organisations.md: the Party committees under the provincial committee or the Central Committee
    /// (DirectSuperior mirroring it), the Councils and Committees under those of the province, the provincial Committees
    /// under the Government, both led by the unit's Party committee; courts and procuracies under the supreme ones; each body
    /// of its unit's area; the units under their parents. Every relation of the chart not between central bodies.</summary>
    [Fact]
    public void The_local_relations_are_exactly_those_of_the_rules()
    {
        var expected = new List<OrgRelation>();
        foreach (ReferenceCsv.Unit u in ReferenceCsv.Units2025)
        {
            string id = "vn.au.2025-07." + u.Code;
            var unit = OrgId.Parse(id);
            bool province = u.ParentCode.Length == 0;
            string? parent = province ? null : "vn.au.2025-07." + u.ParentCode;
            OrgId party = Body(id, ".party-committee"), council = Body(id, ".peoples-council"), committee = Body(id, ".peoples-committee");
            OrgId partyAbove = parent is null ? CentralCommittee : Body(parent, ".party-committee");
            if (parent is not null)
            {
                expected.Add(new(OrgRelationKind.IsUnder, unit, OrgId.Parse(parent), Reform));
                expected.Add(new(OrgRelationKind.IsUnder, council, Body(parent, ".peoples-council"), Reform));
            }

            expected.Add(new(OrgRelationKind.IsUnder, party, partyAbove, Reform));
            expected.Add(new(OrgRelationKind.DirectSuperior, party, partyAbove, Reform));
            expected.Add(new(OrgRelationKind.BodyOfArea, party, unit, Reform));
            expected.Add(new(OrgRelationKind.IsLedBy, council, party, Reform));
            expected.Add(new(OrgRelationKind.BodyOfArea, council, unit, Reform));
            expected.Add(new(OrgRelationKind.IsUnder, committee, parent is null ? Government : Body(parent, ".peoples-committee"), Reform));
            expected.Add(new(OrgRelationKind.IsLedBy, committee, party, Reform));
            expected.Add(new(OrgRelationKind.GovernsArea, committee, unit, Reform));
            if (province)
            {
                AddProvincial(expected, id, Reform, null);
            }
        }

        foreach (ReferenceCsv.Unit u in ReferenceCsv.Units2025January)
        {
            string id = "vn.au.2025-01." + u.Code;
            var unit = OrgId.Parse(id);
            if (u.ParentCode.Length > 0)
            {
                expected.Add(new(OrgRelationKind.IsUnder, unit, OrgId.Parse("vn.au.2025-01." + u.ParentCode), null, LastOldDay));
                continue;
            }

            OrgId party = Body(id, ".party-committee");
            expected.Add(new(OrgRelationKind.IsUnder, party, CentralCommittee, null, LastOldDay));
            expected.Add(new(OrgRelationKind.DirectSuperior, party, CentralCommittee, null, LastOldDay));
            expected.Add(new(OrgRelationKind.BodyOfArea, party, unit, null, LastOldDay));
            AddProvincial(expected, id, null, LastOldDay);
        }

        List<OrgRelation> local = [.. Chart.Relations.Where(r => Chart.Find(r.Source)!.Level != OrgLevel.Central)];
        Assert.Equal(expected.Select(Show).Order(StringComparer.Ordinal), local.Select(Show).Order(StringComparer.Ordinal));

        static void AddProvincial(List<OrgRelation> expected, string id, LocalDate? from, LocalDate? to)
        {
            var unit = OrgId.Parse(id);
            expected.Add(new(OrgRelationKind.IsUnder, Body(id, ".inspection-commission"), Body(id, ".party-committee"), from, to));
            expected.Add(new(OrgRelationKind.IsUnder, Body(id, ".peoples-court"), SupremeCourt, from, to));
            expected.Add(new(OrgRelationKind.BodyOfArea, Body(id, ".peoples-court"), unit, from, to));
            expected.Add(new(OrgRelationKind.IsUnder, Body(id, ".peoples-procuracy"), SupremeProcuracy, from, to));
            expected.Add(new(OrgRelationKind.BodyOfArea, Body(id, ".peoples-procuracy"), unit, from, to));
        }
    }

    [Fact]
    public void The_area_bodies_of_each_unit_are_its_own()
    {
        OrgChart now = Chart.AsOf(Reform);
        foreach (ReferenceCsv.Unit u in ReferenceCsv.Units2025)
        {
            string id = "vn.au.2025-07." + u.Code;
            AreaBodies bodies = now.BodiesOf(OrgId.Parse(id))!;
            Assert.Equal(
                (Body(id, ".party-committee"), Body(id, ".peoples-council"), Body(id, ".peoples-committee")),
                (bodies.PartyCommittee!.Id, bodies.PeoplesCouncil!.Id, bodies.PeoplesCommittee!.Id));
        }

        OrgChart before = Chart.AsOf(LastOldDay);
        foreach (ReferenceCsv.Unit u in ReferenceCsv.Units2025January.Where(u => u.Level == "province"))
        {
            AreaBodies bodies = before.BodiesOf(VietnamReferenceData.UnitIdBefore2025Reform(u.Code))!;
            Assert.Equal(ProvincialCommitteeName(u), bodies.PartyCommittee?.Name);
            Assert.Null(bodies.PeoplesCouncil);
            Assert.Null(bodies.PeoplesCommittee);
        }
    }

    [Theory]
    [InlineData("Tỉnh Lai Châu", "Tòa án nhân dân ", "Tòa án nhân dân tỉnh Lai Châu")]
    [InlineData("Thành phố Hà Nội", "Ủy ban nhân dân ", "Ủy ban nhân dân thành phố Hà Nội")]
    [InlineData("Đặc khu Phú Quốc", "Đảng ủy ", "Đảng ủy đặc khu Phú Quốc")]
    [InlineData("Xã Ẳng Nưa", "Hội đồng nhân dân ", "Hội đồng nhân dân xã Ẳng Nưa")]
    [InlineData("xã a", "Đảng ủy ", "Đảng ủy xã a")]
    [InlineData("1 X", "Đảng ủy ", "Đảng ủy 1 X")]
    [InlineData("", "Đảng ủy ", "Đảng ủy ")]
    public void A_body_s_name_is_its_title_and_the_area_s_name_in_running_text(string area, string title, string name) =>
        Assert.Equal(name, ProvincialBodies.OfArea(title, area));

    [Theory]
    [InlineData("Thành phố Huế", "Thành phố ", "Huế")]
    [InlineData("Tỉnh Huế", "Thành phố ", "Tỉnh Huế")]
    [InlineData("Thành phố", "Thành phố ", "Thành phố")]
    [InlineData("thành phố Huế", "Thành phố ", "thành phố Huế")]
    public void Only_the_title_itself_is_stripped(string name, string prefix, string stripped) =>
        Assert.Equal(stripped, ProvincialBodies.StripPrefix(name, prefix));
}
