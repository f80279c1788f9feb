using OrgModel.Documents;
using OrgModel.Organisations;

namespace OrgModel.Testing;

/// <content>Generators for <see cref="OrgModel.Organisations"/>.</content>
public static partial class OrgGenerators
{
    private static readonly LocalDate GeneratedEpoch = new(2020, 1, 1);

    private static readonly string[] NameWords = ["Hà Nội", "Ba Đình", "Trúc Bạch", "Hòa Bình", "Hoà An", "Đồng Nai", "Sơn La", "Phú Thọ", "Quảng Ninh", "Cần Thơ"];

    private static Gen<string> Segment { get; } =
        from first in Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray())
        from restLength in Gen.Choose(0, 8)
        from rest in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-".ToCharArray()), restLength)
        from last in Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray())
        select CollapseHyphens(first + new string(rest) + last);

    private static Gen<int[]> NodeSeed { get; } = Gen.ArrayOf(Gen.Choose(0, 1_000_000), 8);

    /// <summary>Valid organisation ids: one to four segments of lower-case letters and digits, with hyphens inside.</summary>
    public static Gen<OrgId> OrgId { get; } =
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Segment, n)).Select(segments => Organisations.OrgId.Parse(string.Join('.', segments)));

    /// <summary>Organisation kinds.</summary>
    public static Gen<OrganisationKind> OrganisationKind { get; } = Gen.Elements(Enum.GetValues<OrganisationKind>());

    /// <summary>Organisation levels.</summary>
    public static Gen<OrgLevel> OrgLevel { get; } = Gen.Elements(Enum.GetValues<OrgLevel>());

    /// <summary>Administrative unit types.</summary>
    public static Gen<AdministrativeUnitType> AdministrativeUnitType { get; } = Gen.Elements(Enum.GetValues<AdministrativeUnitType>());

    /// <summary>Relation kinds.</summary>
    public static Gen<OrgRelationKind> OrgRelationKind { get; } = Gen.Elements(Enum.GetValues<OrgRelationKind>());

    /// <summary>Change kinds.</summary>
    public static Gen<OrgChangeKind> OrgChangeKind { get; } = Gen.Elements(Enum.GetValues<OrgChangeKind>());

    /// <summary>Kinds of chart problem.</summary>
    public static Gen<OrgChartProblemKind> OrgChartProblemKind { get; } = Gen.Elements(Enum.GetValues<OrgChartProblemKind>());

    /// <summary>Optional validity intervals (from, to) between 2020 and about 2030, either end possibly open.</summary>
    public static Gen<(LocalDate? From, LocalDate? To)> Validity { get; } =
        from start in Gen.Choose(-1, 3000)
        from length in Gen.Choose(-1, 1500)
        select ((LocalDate?)(start < 0 ? null : GeneratedEpoch.PlusDays(start)), (LocalDate?)(length < 0 ? null : GeneratedEpoch.PlusDays(Math.Max(start, 0) + length)));

    /// <summary>Valid organisations of any kind, with Vietnamese names and optional codes and validity.</summary>
    public static Gen<Organisation> Organisation { get; } =
        from id in OrgId
        from kind in OrganisationKind
        from level in OrgLevel
        from name in Gen.Elements(NameWords)
        from code in Gen.Choose(-1, 99999)
        from validity in Validity
        from unitType in AdministrativeUnitType
        select new Organisation(
            id,
            kind,
            level,
            name,
            code < 0 ? null : code.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            validity.From,
            validity.To,
            unitType: kind == Organisations.OrganisationKind.AdministrativeUnit ? unitType : null);

    /// <summary>Valid relations between two different ids.</summary>
    public static Gen<OrgRelation> OrgRelation { get; } =
        from kind in OrgRelationKind
        from source in OrgId
        from target in OrgId.Where(t => t != source)
        from validity in Validity
        select new OrgRelation(kind, source, target, validity.From, validity.To);

    /// <summary>Valid change events (the numbers of predecessors and successors fit the kind).</summary>
    public static Gen<OrgChangeEvent> OrgChangeEvent { get; } =
        from kind in OrgChangeKind
        from day in Gen.Choose(0, 3000)
        from ids in Gen.ArrayOf(OrgId, 6)
        from basis in Gen.Elements<DocumentNumber?>(null, DocumentNumber.Parse("202/2025/QH15"), DocumentNumber.Parse("60-NQ/TW"))
        let distinct = ids.Distinct().ToArray()
        where distinct.Length >= 3
        select MakeEvent(kind, GeneratedEpoch.PlusDays(day), distinct, basis);

    /// <summary>Valid chart contents: a forest of 1–40 organisations with time-bounded <c>IsUnder</c> and <c>IsLedBy</c>
    /// relations inside the validity of both ends, and change events whose predecessors end the day before.</summary>
    public static Gen<GeneratedOrgChart> ValidOrgChart { get; } =
        Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(NodeSeed, n)).Select(BuildValid);

    /// <summary>Chart contents with one or more defects injected into a valid chart; <see cref="GeneratedOrgChart.InjectedDefects"/> lists them.</summary>
    public static Gen<GeneratedOrgChart> DefectiveOrgChart { get; } =
        from valid in ValidOrgChart
        from defects in Gen.SubListOf(Enum.GetValues<OrgChartProblemKind>()).Where(d => d.Count > 0)
        select InjectDefects(valid, [.. defects]);

    /// <summary>Valid, built, undated charts.</summary>
    public static Gen<OrgChart> OrgChart { get; } = ValidOrgChart.Select(c => c.ToBuilder().Build());

    /// <summary>Problems reported by <see cref="OrgChartBuilder.Validate"/> for generated defective charts.</summary>
    public static Gen<OrgChartProblem> OrgChartProblem { get; } =
        DefectiveOrgChart.Select(c => c.ToBuilder().Validate()).Where(p => p.Count > 0).SelectMany(p => Gen.Elements(p.ToArray()));

    /// <summary>The bodies (Party committee, People's Council, People's Committee) of a unit of the embedded reference data in force on 1 July 2025.</summary>
    public static Gen<AreaBodies> AreaBodies { get; } =
        Gen.Choose(0, int.MaxValue).Select(i =>
        {
            OrgChart day = ReferenceData.VietnamReferenceData.OrgChart.AsOf(new LocalDate(2025, 7, 1));
            IReadOnlyList<Organisation> units = ReferenceData.VietnamReferenceData.Provinces(new LocalDate(2025, 7, 1));
            Organisation unit = units[i % units.Count];
            return day.BodiesOf(unit.Id)!;
        });

    /// <summary>The kinds of defect <see cref="DefectiveOrgChart"/> can inject (all kinds of <see cref="OrgChartProblemKind"/>).</summary>
    public static IReadOnlyList<OrgChartProblemKind> InjectableDefects { get; } = Enum.GetValues<OrgChartProblemKind>();

    private static string CollapseHyphens(string s)
    {
        while (s.Contains("--", StringComparison.Ordinal))
        {
            s = s.Replace("--", "-", StringComparison.Ordinal);
        }

        return s;
    }

    private static OrgChangeEvent MakeEvent(OrgChangeKind kind, LocalDate date, OrgId[] ids, DocumentNumber? basis) => kind switch
    {
        Organisations.OrgChangeKind.Established => new OrgChangeEvent(kind, date, [], [ids[0]], basis),
        Organisations.OrgChangeKind.Abolished => new OrgChangeEvent(kind, date, [ids[0]], [], basis),
        Organisations.OrgChangeKind.Merged => new OrgChangeEvent(kind, date, ids[1..], [ids[0]], basis, [ids[1]]),
        Organisations.OrgChangeKind.Split => new OrgChangeEvent(kind, date, [ids[0]], ids[1..], basis),
        _ => new OrgChangeEvent(kind, date, [ids[0]], [ids[1]], basis),
    };

    private static (LocalDate? From, LocalDate? To)? Intersect(Organisation a, Organisation b)
    {
        LocalDate? from = a.ValidFrom is null ? b.ValidFrom : b.ValidFrom is null ? a.ValidFrom : LocalDate.Max(a.ValidFrom.Value, b.ValidFrom.Value);
        LocalDate? to = a.ValidTo is null ? b.ValidTo : b.ValidTo is null ? a.ValidTo : LocalDate.Min(a.ValidTo.Value, b.ValidTo.Value);
        return from is { } f && to is { } t && t < f ? null : (from, to);
    }

    private static GeneratedOrgChart BuildValid(int[][] seeds)
    {
        var orgs = new List<Organisation>(seeds.Length);
        var relations = new List<OrgRelation>();
        var events = new List<OrgChangeEvent>();
        OrgLevel[] levels = [Organisations.OrgLevel.Central, Organisations.OrgLevel.Province, Organisations.OrgLevel.Commune, Organisations.OrgLevel.Grassroots];
        for (int i = 0; i < seeds.Length; i++)
        {
            int[] s = seeds[i];
            OrgLevel level = levels[s[0] % levels.Length];
            bool unit = s[1] % 3 == 0 && level is Organisations.OrgLevel.Province or Organisations.OrgLevel.Commune;
            OrganisationKind kind = unit ? Organisations.OrganisationKind.AdministrativeUnit
                : (OrganisationKind)(1 + (s[1] % (Enum.GetValues<OrganisationKind>().Length - 1)));
            LocalDate? from = s[2] % 3 == 0 ? null : GeneratedEpoch.PlusDays(s[2] % 3000);
            LocalDate? to = s[3] % 3 == 0 ? null : (from ?? GeneratedEpoch).PlusDays(s[3] % 2000);
            var org = new Organisation(
                Organisations.OrgId.Parse($"g.n{i}"),
                kind,
                level,
                NameWords[s[4] % NameWords.Length] + " " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                unit ? i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) : null,
                from,
                to,
                unitType: unit ? (level == Organisations.OrgLevel.Province ? Organisations.AdministrativeUnitType.Province : Organisations.AdministrativeUnitType.Commune) : null);
            orgs.Add(org);
            if (i == 0)
            {
                continue;
            }

            if (s[5] % 5 != 0 && Intersect(org, orgs[s[5] % i]) is { } under)
            {
                relations.Add(new OrgRelation(Organisations.OrgRelationKind.IsUnder, org.Id, orgs[s[5] % i].Id, under.From, under.To));
            }

            if (s[6] % 3 == 0 && Intersect(org, orgs[s[6] % i]) is { } led)
            {
                relations.Add(new OrgRelation(Organisations.OrgRelationKind.IsLedBy, org.Id, orgs[s[6] % i].Id, led.From, led.To));
            }

            Organisation p = orgs[s[7] % i];
            if (s[7] % 4 == 0 && p.ValidTo is { } end && org.IsInForceOn(end.PlusDays(1)))
            {
                events.Add(new OrgChangeEvent(Organisations.OrgChangeKind.Renamed, end.PlusDays(1), [p.Id], [org.Id], DocumentNumber.Parse("202/2025/QH15")));
            }
        }

        return new GeneratedOrgChart(orgs, relations, events, [], null);
    }

    private static GeneratedOrgChart InjectDefects(GeneratedOrgChart valid, OrgChartProblemKind[] defects)
    {
        var orgs = valid.Organisations.ToList();
        var relations = valid.Relations.ToList();
        var events = valid.Events.ToList();
        Organisation Fresh(string name, OrgLevel level = Organisations.OrgLevel.Central, LocalDate? from = null, LocalDate? to = null, string? code = null)
        {
            var o = new Organisation(
                Organisations.OrgId.Parse("x." + name),
                code is null ? Organisations.OrganisationKind.PartyCommittee : Organisations.OrganisationKind.AdministrativeUnit,
                level,
                "Đảng ủy " + name,
                code,
                from,
                to,
                unitType: code is null ? null : Organisations.AdministrativeUnitType.Commune);
            orgs.Add(o);
            return o;
        }

        foreach (OrgChartProblemKind defect in defects)
        {
            switch (defect)
            {
                case Organisations.OrgChartProblemKind.DuplicateId:
                    Fresh("dup");
                    Fresh("dup");
                    break;
                case Organisations.OrgChartProblemKind.DuplicateCode:
                    Fresh("code-a", Organisations.OrgLevel.Commune, code: "99999");
                    Fresh("code-b", Organisations.OrgLevel.Commune, code: "99999");
                    break;
                case Organisations.OrgChartProblemKind.DanglingReference:
                    relations.Add(new OrgRelation(Organisations.OrgRelationKind.IsLedBy, Fresh("dangling").Id, Organisations.OrgId.Parse("x.missing")));
                    break;
                case Organisations.OrgChartProblemKind.RelationOutsideValidity:
                    relations.Add(new OrgRelation(Organisations.OrgRelationKind.IsLedBy, Fresh("short", from: new LocalDate(2020, 1, 1), to: new LocalDate(2020, 12, 31)).Id, Fresh("long").Id));
                    break;
                case Organisations.OrgChartProblemKind.Cycle:
                    Organisation c1 = Fresh("cycle-a");
                    Organisation c2 = Fresh("cycle-b");
                    relations.Add(new OrgRelation(Organisations.OrgRelationKind.IsUnder, c1.Id, c2.Id));
                    relations.Add(new OrgRelation(Organisations.OrgRelationKind.IsUnder, c2.Id, c1.Id));
                    break;
                case Organisations.OrgChartProblemKind.MultipleParents:
                    Organisation m = Fresh("two-parents");
                    relations.Add(new OrgRelation(Organisations.OrgRelationKind.IsUnder, m.Id, Fresh("parent-a").Id));
                    relations.Add(new OrgRelation(Organisations.OrgRelationKind.IsUnder, m.Id, Fresh("parent-b").Id));
                    break;
                case Organisations.OrgChartProblemKind.CommuneUnderDistrictAfterReform:
                    relations.Add(new OrgRelation(Organisations.OrgRelationKind.IsUnder, Fresh("commune", Organisations.OrgLevel.Commune).Id, Fresh("district", Organisations.OrgLevel.District).Id));
                    break;
                case Organisations.OrgChartProblemKind.EventOutsideValidity:
                    events.Add(new OrgChangeEvent(Organisations.OrgChangeKind.Renamed, new LocalDate(2025, 7, 1), [Fresh("still-in-force").Id], [Fresh("renamed").Id]));
                    break;
                case Organisations.OrgChartProblemKind.TooDeep:
                    Organisation below = Fresh("deep-0");
                    for (int level = 1; level <= OrgChartBuilder.MaxDepth + 1; level++)
                    {
                        Organisation above = Fresh("deep-" + level.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        relations.Add(new OrgRelation(Organisations.OrgRelationKind.IsUnder, below.Id, above.Id));
                        below = above;
                    }

                    break;
            }
        }

        return new GeneratedOrgChart(orgs, relations, events, defects, valid);
    }
}
