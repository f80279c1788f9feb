using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Testing;

namespace OrgModel.Tests.Organisations;

public class OrgChartBuilderTests
{
    private static OrgId Id(string s) => OrgId.Parse(s);

    private static Organisation Org(string id, OrgLevel level = OrgLevel.Central, LocalDate? from = null, LocalDate? to = null) =>
        new(Id(id), OrganisationKind.PartyCommittee, level, "Đảng ủy " + id, validFrom: from, validTo: to);

    [Fact]
    public void ReportsEveryProblemAtOnce_AndBuildsNothing()
    {
        var b = new OrgChartBuilder();
        b.Add(Org("a")).Add(Org("a")).Add(Org("b")).Add(Org("c", OrgLevel.Commune)).Add(Org("d", OrgLevel.District));
        b.Relate(OrgRelationKind.IsUnder, Id("a"), Id("b"));
        b.Relate(OrgRelationKind.IsUnder, Id("b"), Id("a"));
        b.Relate(OrgRelationKind.IsUnder, Id("c"), Id("d"), new LocalDate(2025, 1, 1));
        b.Relate(OrgRelationKind.IsLedBy, Id("c"), Id("missing"));
        b.Add(default(OrgRelation));

        IReadOnlyList<OrgChartProblem> problems = b.Validate();
        Assert.Contains(problems, p => p.Kind == OrgChartProblemKind.DuplicateId && p.Subject == Id("a"));
        Assert.Contains(problems, p => p.Kind == OrgChartProblemKind.Cycle);
        Assert.Contains(problems, p => p.Kind == OrgChartProblemKind.CommuneUnderDistrictAfterReform && p.Subject == Id("c"));
        Assert.Contains(problems, p => p.Kind == OrgChartProblemKind.DanglingReference && p.Subject == Id("missing"));
        Assert.Contains(problems, p => p.Kind == OrgChartProblemKind.DanglingReference && p.Subject.IsEmpty);
        Assert.False(b.TryBuild(out OrgChart? chart, out _));
        Assert.Null(chart);
        OrgChartValidationException e = Assert.Throws<OrgChartValidationException>(() => b.Build());
        Assert.Equal(problems.Count, e.Problems.Count);
        Assert.Contains("Cycle", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommuneUnderADistrictBeforeTheReform_IsFine()
    {
        var b = new OrgChartBuilder();
        b.Add(Org("c", OrgLevel.Commune)).Add(Org("d", OrgLevel.District));
        b.Relate(OrgRelationKind.IsUnder, Id("c"), Id("d"), validTo: new LocalDate(2025, 6, 30));
        Assert.Empty(b.Validate());
    }

    [Fact]
    public void ParentsInDisjointPeriods_AreFine_OverlappingOnesAreNot()
    {
        var b = new OrgChartBuilder();
        b.Add(Org("c")).Add(Org("p1")).Add(Org("p2"));
        b.Relate(OrgRelationKind.IsUnder, Id("c"), Id("p1"), validTo: new LocalDate(2025, 6, 30));
        b.Relate(OrgRelationKind.IsUnder, Id("c"), Id("p2"), new LocalDate(2025, 7, 1));
        Assert.Empty(b.Validate());
        OrgChart chart = b.Build();
        Assert.Equal(Id("p1"), chart.AsOf(new LocalDate(2025, 6, 30)).Parent(Id("c"))?.Id);
        Assert.Equal(Id("p2"), chart.AsOf(new LocalDate(2025, 7, 1)).Parent(Id("c"))?.Id);
        Assert.Equal(Id("p2"), chart.Parent(Id("c"))?.Id);

        b.Relate(OrgRelationKind.IsUnder, Id("c"), Id("p1"), new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 31));
        Assert.Contains(b.Validate(), p => p.Kind == OrgChartProblemKind.MultipleParents);
    }

    [Fact]
    public void ACycleOnlyOnSomeDays_IsFound()
    {
        var b = new OrgChartBuilder();
        b.Add(Org("a")).Add(Org("b"));
        b.Relate(OrgRelationKind.IsUnder, Id("a"), Id("b"));
        b.Relate(OrgRelationKind.IsUnder, Id("b"), Id("a"), new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31));
        Assert.Single(b.Validate(), p => p.Kind == OrgChartProblemKind.Cycle);
    }

    [Fact]
    public void RelationsOutsideValidity_AndCodesInUseTwice_AreFound()
    {
        var b = new OrgChartBuilder();
        b.Add(Org("short", from: new LocalDate(2020, 1, 1), to: new LocalDate(2020, 12, 31))).Add(Org("long"));
        b.Relate(OrgRelationKind.IsLedBy, Id("short"), Id("long"), new LocalDate(2020, 6, 1));
        b.Add(new Organisation(Id("u1"), OrganisationKind.AdministrativeUnit, OrgLevel.Commune, "Xã A", "00004", validTo: new LocalDate(2025, 6, 30), unitType: AdministrativeUnitType.Commune));
        b.Add(new Organisation(Id("u2"), OrganisationKind.AdministrativeUnit, OrgLevel.Commune, "Phường B", "00004", new LocalDate(2025, 7, 1), unitType: AdministrativeUnitType.Ward));
        Assert.DoesNotContain(b.Validate(), p => p.Kind == OrgChartProblemKind.DuplicateCode);
        b.Add(new Organisation(Id("u3"), OrganisationKind.AdministrativeUnit, OrgLevel.Commune, "Phường C", "00004", new LocalDate(2025, 7, 1), unitType: AdministrativeUnitType.Ward));
        IReadOnlyList<OrgChartProblem> problems = b.Validate();
        Assert.Contains(problems, p => p.Kind == OrgChartProblemKind.RelationOutsideValidity && p.Subject == Id("short"));
        Assert.Single(problems, p => p.Kind == OrgChartProblemKind.DuplicateCode);
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 60)]
    public bool AcceptsEveryValidGeneratedChart(GeneratedOrgChart content) => content.ToBuilder().Validate().Count == 0;

    [Property(MaxTest = 60)]
    public Property ReportsEveryInjectedDefect() =>
        Prop.ForAll(
            OrgGenerators.DefectiveOrgChart.ToArbitrary(),
            content =>
            {
                var found = content.ToBuilder().Validate().Select(p => p.Kind).ToHashSet();
                return content.InjectedDefects.All(found.Contains) && !content.ToBuilder().TryBuild(out _, out _);
            });

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 60)]
    public bool ABuilderStartedFromAChart_BuildsAnEqualChartWhenNothingChanges(OrgChart chart, int offset)
    {
        OrgChart again = chart.ToBuilder().Build();
        LocalDate day = new LocalDate(2020, 1, 1).PlusDays(Math.Abs(offset % 5000));
        return Json(again) == Json(chart)
            && again.AsOf(day).Organisations.Select(o => o.Id).SequenceEqual(chart.AsOf(day).Organisations.Select(o => o.Id))
            && again.AsOf(day).Relations.SequenceEqual(chart.AsOf(day).Relations)
            && again.Organisations.All(o => chart.Parent(o.Id)?.Id == again.Parent(o.Id)?.Id);
    }

    [Fact]
    public void ABuilderStartedFromTheReferenceChart_AddsOneCourtWithoutCopying()
    {
        OrgChart chart = VietnamReferenceData.OrgChart;
        var court = new Organisation(Id("test.court"), OrganisationKind.Court, OrgLevel.Province, "Tòa án nhân dân thử", validFrom: new LocalDate(2025, 7, 1));
        OrgChart bigger = chart.ToBuilder().Add(court).Relate(OrgRelationKind.BodyOfArea, court.Id, Id("vn.au.2025-07.01"), new LocalDate(2025, 7, 1)).Build();
        Assert.Equal(chart.Organisations.Count + 1, bigger.Organisations.Count);
        Assert.Equal(chart.Relations.Count + 1, bigger.Relations.Count);
        Assert.Equal(chart.Events, bigger.Events);
        Assert.Equal(chart.AsOf(new LocalDate(2025, 6, 30)).Organisations, bigger.AsOf(new LocalDate(2025, 6, 30)).Organisations);
        Assert.Equal("Tòa án nhân dân thử", Assert.Single(bigger.AsOf(new LocalDate(2025, 7, 1)).RelatedFrom(Id("vn.au.2025-07.01"), OrgRelationKind.BodyOfArea), o => o.Kind == OrganisationKind.Court && o.Id == court.Id).Name);
    }

    private static string Json(OrgChart chart) => JsonSerializer.Serialize(chart, OrgModelJsonContext.Default.OrgChart);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 60)]
    public bool ANodeIsNeverItsOwnAncestor(OrgChart chart, int offset)
    {
        OrgChart day = chart.AsOf(new LocalDate(2020, 1, 1).PlusDays(Math.Abs(offset % 5000)));
        foreach (OrgChart view in (OrgChart[])[chart, day])
        {
            foreach (Organisation o in view.Organisations)
            {
                foreach (Organisation a in view.Ancestors(o.Id))
                {
                    if (a.Id == o.Id)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 60)]
    public bool AsOfNeverShowsARelationOrOrganisationOutsideItsValidity(OrgChart chart, int offset)
    {
        LocalDate date = new LocalDate(2020, 1, 1).PlusDays(Math.Abs(offset % 5000));
        OrgChart day = chart.AsOf(date);
        return day.Relations.All(r => r.IsInForceOn(date) && day.Find(r.Source) is { } s && s.IsInForceOn(date) && day.Find(r.Target) is { } t && t.IsInForceOn(date))
            && day.Organisations.All(o => o.IsInForceOn(date))
            && day.Organisations.All(o => day.Parent(o.Id) is not { } p || p.IsInForceOn(date));
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 60)]
    public bool PathChildrenAndLowestCommonAncestorAgree(OrgChart chart)
    {
        foreach (Organisation o in chart.Organisations)
        {
            IReadOnlyList<Organisation> path = chart.Path(o.Id);
            if (path[^1].Id != o.Id || path.Count != chart.Depth(o.Id) + 1 || chart.LowestCommonAncestor(o.Id, o.Id)?.Id != o.Id)
            {
                return false;
            }

            if (chart.Children(o.Id).Any(c => chart.Parent(c.Id)?.Id != o.Id))
            {
                return false;
            }

            if (chart.Parent(o.Id) is { } p && chart.LowestCommonAncestor(o.Id, p.Id)?.Id != p.Id)
            {
                return false;
            }
        }

        return true;
    }
}

public class OrganisationGeneratorTests
{
    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 30)]
    public bool GeneratedProblemsNameTheirSubjectOrAreAboutDefaultRelations(OrgChartProblem problem) =>
        problem.Message.Length > 0 && (!problem.Subject.IsEmpty || problem.Kind == OrgChartProblemKind.DanglingReference);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 20)]
    public bool GeneratedAreaBodiesAreComplete(AreaBodies bodies) =>
        bodies.PartyCommittee is not null && bodies.PeoplesCouncil is not null && bodies.PeoplesCommittee is not null
        && bodies.Unit.Kind == OrganisationKind.AdministrativeUnit;
}
