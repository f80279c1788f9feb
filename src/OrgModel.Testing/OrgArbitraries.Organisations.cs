using OrgModel.Organisations;

namespace OrgModel.Testing;

/// <content>Arbitraries (with shrinkers) for <see cref="OrgModel.Organisations"/>.</content>
public static partial class OrgArbitraries
{
    /// <summary>Valid organisation ids, shrinking by dropping trailing segments.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgId> OrgIds() => Arb.From(OrgGenerators.OrgId, ShrinkId);

    /// <summary>Valid organisations, shrinking towards no code, no open-ended validity and shorter ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Organisation> Organisations() => Arb.From(OrgGenerators.Organisation, ShrinkOrganisation);

    /// <summary>Valid relations, shrinking towards open validity.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgRelation> OrgRelations() => Arb.From(OrgGenerators.OrgRelation, ShrinkRelation);

    /// <summary>Valid change events, shrinking towards no legal basis.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgChangeEvent> OrgChangeEvents() => Arb.From(OrgGenerators.OrgChangeEvent, ShrinkEvent);

    /// <summary>Valid chart contents, shrinking by removing the last organisation (still valid).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneratedOrgChart> GeneratedOrgCharts() => Arb.From(OrgGenerators.ValidOrgChart, ShrinkChart);

    /// <summary>Valid built charts, shrinking through their content.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgChart> OrgCharts() =>
        Arb.From(OrgGenerators.OrgChart, chart => ShrinkChart(Content(chart)).Select(c => c.ToBuilder().Build()));

    /// <summary>Chart problems, shrinking towards problems of simpler charts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgChartProblem> OrgChartProblems() =>
        Arb.From(OrgGenerators.OrgChartProblem, p => p.Kind == OrgChartProblemKind.DuplicateId ? [] : DuplicateIdProblem());

    /// <summary>Bodies of reference units, shrinking towards the bodies of province 01.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AreaBodies> AreaBodies() =>
        Arb.From(OrgGenerators.AreaBodies, b => b.Unit.Code == "01" ? [] : [FirstProvinceBodies()]);

    /// <summary>Organisation kinds, shrinking towards <see cref="OrganisationKind.AdministrativeUnit"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrganisationKind> OrganisationKinds() => Arb.From(OrgGenerators.OrganisationKind, k => ShrinkEnum(k));

    /// <summary>Levels, shrinking towards <see cref="OrgLevel.Central"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgLevel> OrgLevels() => Arb.From(OrgGenerators.OrgLevel, k => ShrinkEnum(k));

    /// <summary>Unit types, shrinking towards <see cref="AdministrativeUnitType.Municipality"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AdministrativeUnitType> AdministrativeUnitTypes() => Arb.From(OrgGenerators.AdministrativeUnitType, k => ShrinkEnum(k));

    /// <summary>Relation kinds, shrinking towards <see cref="OrgRelationKind.IsUnder"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgRelationKind> OrgRelationKinds() => Arb.From(OrgGenerators.OrgRelationKind, k => ShrinkEnum(k));

    /// <summary>Change kinds, shrinking towards <see cref="OrgChangeKind.Established"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgChangeKind> OrgChangeKinds() => Arb.From(OrgGenerators.OrgChangeKind, k => ShrinkEnum(k));

    /// <summary>Problem kinds, shrinking towards <see cref="OrgChartProblemKind.DuplicateId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgChartProblemKind> OrgChartProblemKinds() => Arb.From(OrgGenerators.OrgChartProblemKind, k => ShrinkEnum(k));

    private static AreaBodies FirstProvinceBodies()
    {
        var day = new NodaTime.LocalDate(2025, 7, 1);
        OrgChart chart = ReferenceData.VietnamReferenceData.OrgChart.AsOf(day);
        return chart.BodiesOf(chart.FindByCode("01")!.Id)!;
    }

    private static IEnumerable<OrgChartProblem> DuplicateIdProblem()
    {
        var id = OrgId.Parse("x.dup");
        var builder = new OrgChartBuilder()
            .Add(new Organisation(id, OrganisationKind.PartyCommittee, OrgLevel.Central, "Đảng ủy A"))
            .Add(new Organisation(id, OrganisationKind.PartyCommittee, OrgLevel.Central, "Đảng ủy B"));
        return builder.Validate();
    }

    private static IEnumerable<T> ShrinkEnum<T>(T value)
        where T : struct, Enum
    {
        T first = Enum.GetValues<T>()[0];
        if (!EqualityComparer<T>.Default.Equals(value, first))
        {
            yield return first;
        }
    }

    private static IEnumerable<OrgId> ShrinkId(OrgId id)
    {
        string s = id.ToString();
        int dot = s.LastIndexOf('.');
        if (dot > 0)
        {
            yield return OrgId.Parse(s[..dot]);
        }
    }

    private static IEnumerable<Organisation> ShrinkOrganisation(Organisation o)
    {
        if (o.Code is not null || o.ValidFrom is not null || o.ValidTo is not null)
        {
            yield return new Organisation(o.Id, o.Kind, o.Level, o.Name, unitType: o.UnitType);
        }

        foreach (OrgId id in ShrinkId(o.Id))
        {
            yield return new Organisation(id, o.Kind, o.Level, o.Name, o.Code, o.ValidFrom, o.ValidTo, o.EnglishName, o.ShortName, o.UnitType);
        }
    }

    private static IEnumerable<OrgRelation> ShrinkRelation(OrgRelation r)
    {
        if (r.ValidFrom is not null || r.ValidTo is not null)
        {
            yield return new OrgRelation(r.Kind, r.Source, r.Target);
        }
    }

    private static IEnumerable<OrgChangeEvent> ShrinkEvent(OrgChangeEvent e)
    {
        if (e.LegalBasis is not null || e.PartialPredecessors.Count > 0)
        {
            yield return new OrgChangeEvent(e.Kind, e.EffectiveDate, e.Predecessors, e.Successors);
        }
    }

    private static IEnumerable<GeneratedOrgChart> ShrinkChart(GeneratedOrgChart chart)
    {
        if (chart.Organisations.Count > 1)
        {
            yield return chart.WithoutLast();
        }
    }

    private static GeneratedOrgChart Content(OrgChart chart) =>
        new([.. chart.Organisations], [.. chart.Relations], [.. chart.Events], [], null);
}
