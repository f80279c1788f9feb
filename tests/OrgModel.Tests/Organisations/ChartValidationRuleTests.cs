using NodaTime;
using OrgModel.Organisations;

namespace OrgModel.Tests.Organisations;

/// <summary>
/// <see cref="OrgChartBuilder.Validate"/> held to its documented rules, written plainly (a scan of every relation for every
/// question, no index, no sorting tricks): on small generated contents around the July 2025 reform with repeated ids,
/// repeated codes, missing ids, relations and units in force on a few days, overlapping parents, cycles and events, it reports
/// the same problems with the same subjects in the same order (ids, codes, relations in order of addition, parents, cycles,
/// events), and every message names its subject.
/// </summary>
public class ChartValidationRuleTests
{
    private static readonly LocalDate Day0 = new(2025, 6, 28);
    private static readonly OrgId[] Ids = [.. "abcdef".Select(c => OrgId.Parse("t." + c))];
    private static readonly OrgId Missing = OrgId.Parse("t.missing");

    /// <summary>The content of a builder: organisations, relations and events, added in this order.</summary>
    public sealed record Content(Organisation[] Orgs, OrgRelation[] Relations, OrgChangeEvent[] Events)
    {
        public OrgChartBuilder ToBuilder() => new OrgChartBuilder().AddAll(Orgs, Relations, Events);

        public override string ToString() =>
            string.Join(" | ", Orgs.Select(o => $"{o.Id} {o.Level} {o.Code} [{o.ValidFrom:uuuu-MM-dd}..{o.ValidTo:uuuu-MM-dd}]"))
            + " || " + string.Join(" | ", Relations.Select(r => r.Source.IsEmpty ? "default" : r.ToString()))
            + " || " + string.Join(" | ", Events.Select(e => e.ToString()));
    }

    private static readonly Gen<LocalDate?> Date = Gen.Frequency(
        (1, Gen.Constant<LocalDate?>(null)),
        (3, Gen.Choose(0, 6).Select(d => (LocalDate?)Day0.PlusDays(d))));

    private static readonly Gen<(LocalDate? From, LocalDate? To)> Period =
        from a in Date
        from b in Date
        select a is { } x && b is { } y && y < x ? ((LocalDate?)y, (LocalDate?)x) : (a, b);

    private static readonly Gen<Organisation> Org =
        from id in Gen.Elements(Ids)
        from level in Gen.Elements(OrgLevel.Central, OrgLevel.Province, OrgLevel.District, OrgLevel.Commune)
        from code in Gen.Elements<string?>(null, null, "1", "01", "2")
        from period in Gen.Frequency((2, Gen.Constant<(LocalDate? From, LocalDate? To)>((null, null))), (3, Period))
        select code is null
            ? new Organisation(id, OrganisationKind.PartyCommittee, level, "Đảng ủy " + id, validFrom: period.From, validTo: period.To)
            : new Organisation(id, OrganisationKind.AdministrativeUnit, level, "Xã " + id, code, period.From, period.To, unitType: AdministrativeUnitType.Commune);

    // Relations come mostly from the first three ids, so that one unit often has several parents in turn.
    private static readonly Gen<OrgId> End = Gen.Frequency((12, Gen.Elements(Ids[..3])), (6, Gen.Elements(Ids)), (1, Gen.Constant(Missing)));

    private static readonly Gen<OrgRelation> Relation = Gen.Frequency(
        (1, Gen.Constant(default(OrgRelation))),
        (30,
            from kind in Gen.Frequency((5, Gen.Constant(OrgRelationKind.IsUnder)), (1, Gen.Constant(OrgRelationKind.IsLedBy)))
            from source in End
            from target in End
            from period in Period
            where source != target
            select new OrgRelation(kind, source, target, period.From, period.To)));

    private static readonly Gen<OrgChangeEvent> Event =
        from n in Gen.Choose(1, 3)
        from preds in Gen.ArrayOf(End, n)
        from succ in End
        from day in Gen.Choose(0, 6)
        select new OrgChangeEvent(OrgChangeKind.Merged, Day0.PlusDays(day), preds.Distinct(), [succ]);

    private static readonly Gen<Content> Contents =
        from orgs in Gen.Choose(1, 7).SelectMany(n => Gen.ArrayOf(Org, n))
        from relations in Gen.Choose(0, 9).SelectMany(n => Gen.ArrayOf(Relation, n))
        from events in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Event, n))
        select new Content(orgs, relations, events);

    private static IEnumerable<Content> Shrink(Content c)
    {
        for (int i = 0; i < c.Relations.Length; i++)
        {
            yield return c with { Relations = [.. c.Relations.Take(i), .. c.Relations.Skip(i + 1)] };
        }

        for (int i = 0; i < c.Events.Length; i++)
        {
            yield return c with { Events = [.. c.Events.Take(i), .. c.Events.Skip(i + 1)] };
        }

        for (int i = 1; i < c.Orgs.Length; i++)
        {
            yield return c with { Orgs = [.. c.Orgs.Take(i), .. c.Orgs.Skip(i + 1)] };
        }
    }

    [Property(MaxTest = 2000)]
    public Property Validation_reports_what_the_rules_say_in_their_order() =>
        Prop.ForAll(Arb.From(Contents, Shrink), c =>
        {
            IReadOnlyList<OrgChartProblem> problems = c.ToBuilder().Validate();
            List<(OrgChartProblemKind Kind, OrgId Subject)> expected = Reference(c, out bool parentsUnique);
            IEnumerable<(OrgChartProblemKind Kind, OrgId Subject)> actual = problems.Select(p => (p.Kind, p.Subject));
            if (!parentsUnique)
            {
                // With two parents on one day the walk up picks one of them; the cycle rules are checked where parents are unique.
                actual = actual.Where(p => p.Kind is not (OrgChartProblemKind.Cycle or OrgChartProblemKind.TooDeep));
                expected = [.. expected.Where(p => p.Kind is not (OrgChartProblemKind.Cycle or OrgChartProblemKind.TooDeep))];
            }

            return (actual.SequenceEqual(expected)
                && problems.All(p => p.Message.Length > 0 && (p.Subject.IsEmpty || p.Message.Contains(p.Subject.ToString(), StringComparison.Ordinal))))
                .Label($"expected {string.Join("; ", expected)}, reported {string.Join("; ", problems.Select(p => $"{p.Kind} {p.Subject}: {p.Message}"))}");
        });

    [Property(MaxTest = 300)]
    public Property A_chart_builds_exactly_when_nothing_is_wrong() =>
        Prop.ForAll(Arb.From(Contents, Shrink), c =>
            c.ToBuilder().TryBuild(out OrgChart? chart, out IReadOnlyList<OrgChartProblem> problems) == (Reference(c, out _).Count == 0)
            && (chart is null) == (problems.Count > 0));

    [Fact]
    public void A_long_cycle_names_ten_members_and_counts_the_rest()
    {
        OrgId[] ids = [.. Enumerable.Range(0, 12).Select(i => OrgId.Parse($"t.c{i:00}"))];
        var b = new OrgChartBuilder();
        foreach (OrgId id in ids)
        {
            b.Add(new Organisation(id, OrganisationKind.PartyCommittee, OrgLevel.Province, "Đảng ủy " + id));
        }

        for (int i = 0; i < ids.Length; i++)
        {
            b.Relate(OrgRelationKind.IsUnder, ids[i], ids[(i + 1) % ids.Length], new LocalDate(2025, 1, 1));
        }

        OrgChartProblem cycle = Assert.Single(b.Validate());
        Assert.Equal(OrgChartProblemKind.Cycle, cycle.Kind);
        Assert.Equal(
            $"On 2025-01-01 the organisations {string.Join(", ", ids.Take(10))} and 2 more are under each other in a cycle.",
            cycle.Message);
    }

    [Fact]
    public void A_cycle_of_ten_lists_them_all()
    {
        OrgId[] ids = [.. Enumerable.Range(0, 10).Select(i => OrgId.Parse($"t.c{i:00}"))];
        var b = new OrgChartBuilder();
        foreach (OrgId id in ids)
        {
            b.Add(new Organisation(id, OrganisationKind.PartyCommittee, OrgLevel.Province, "Đảng ủy " + id));
        }

        for (int i = 0; i < ids.Length; i++)
        {
            b.Relate(OrgRelationKind.IsUnder, ids[(i + 3) % ids.Length], ids[(i + 4) % ids.Length]);
        }

        OrgChartProblem cycle = Assert.Single(b.Validate());
        Assert.Equal($"On {LocalDate.MinIsoValue:uuuu-MM-dd} the organisations {string.Join(", ", ids)} are under each other in a cycle.", cycle.Message);
    }

    [Fact]
    public void A_chain_deeper_than_the_limit_is_reported_once_per_unit_beyond_it()
    {
        OrgId[] ids = [.. Enumerable.Range(0, OrgChartBuilder.MaxDepth + 3).Select(i => OrgId.Parse($"t.d{i:000}"))];
        var b = new OrgChartBuilder();
        foreach (OrgId id in ids)
        {
            b.Add(new Organisation(id, OrganisationKind.PartyCommittee, OrgLevel.Province, "Đảng ủy " + id));
        }

        for (int i = 1; i < ids.Length; i++)
        {
            b.Relate(OrgRelationKind.IsUnder, ids[i], ids[i - 1]);
        }

        IReadOnlyList<OrgChartProblem> problems = b.Validate();
        Assert.Equal([ids[^2], ids[^1]], problems.Select(p => p.Subject));
        Assert.All(problems, p => Assert.Equal(OrgChartProblemKind.TooDeep, p.Kind));
        Assert.Equal($"On {LocalDate.MinIsoValue:uuuu-MM-dd} {ids[^1]} has more than 64 levels above it (or is in a cycle that long).", problems[^1].Message);
    }

    [Fact]
    public void Each_problem_says_what_is_wrong()
    {
        OrgId a = Ids[0], b = Ids[1], c = Ids[2];
        var builder = new OrgChartBuilder()
            .Add(new Organisation(a, OrganisationKind.AdministrativeUnit, OrgLevel.Commune, "Xã A", "00001", unitType: AdministrativeUnitType.Commune))
            .Add(new Organisation(a, OrganisationKind.PartyCommittee, OrgLevel.Province, "Đảng ủy A"))
            .Add(new Organisation(b, OrganisationKind.AdministrativeUnit, OrgLevel.District, "Huyện B", "00001", new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30), unitType: AdministrativeUnitType.District))
            .Add(new Organisation(c, OrganisationKind.PartyCommittee, OrgLevel.Province, "Đảng ủy C", validFrom: new LocalDate(2025, 7, 1)));
        builder.Relate(OrgRelationKind.IsUnder, a, b);
        builder.Relate(OrgRelationKind.IsUnder, a, c, new LocalDate(2025, 7, 1));
        builder.Relate(OrgRelationKind.IsLedBy, c, Missing);
        builder.Add(new OrgChangeEvent(OrgChangeKind.Merged, new LocalDate(2025, 7, 1), [a, Missing], [c]));
        builder.Add(new OrgChangeEvent(OrgChangeKind.Renamed, new LocalDate(2019, 1, 1), [c], [b]));

        Assert.Equal(
            [
                "The id t.a is used by \"Xã A\" and \"Đảng ủy A\".",
                "The code 00001 is used by t.a and t.b at the same time.",
                "The relation t.a IsUnder t.b [..] is in force outside the validity of t.b [2020-01-01..2025-06-30].",
                "t.a is placed under the district-level t.b on or after 2025-07-01, when districts no longer exist.",
                "The relation t.c IsLedBy t.missing [..] names t.missing, which is not in the chart.",
                "The predecessor t.a is still in force on the effective date of " + new OrgChangeEvent(OrgChangeKind.Merged, new LocalDate(2025, 7, 1), [a, Missing], [c]) + ".",
                "The event " + new OrgChangeEvent(OrgChangeKind.Merged, new LocalDate(2025, 7, 1), [a, Missing], [c]) + " names t.missing, which is not in the chart.",
                "The predecessor t.c is still in force on the effective date of " + new OrgChangeEvent(OrgChangeKind.Renamed, new LocalDate(2019, 1, 1), [c], [b]) + ".",
                "The successor t.b is not in force on the effective date of " + new OrgChangeEvent(OrgChangeKind.Renamed, new LocalDate(2019, 1, 1), [c], [b]) + ".",
            ],
            builder.Validate().Select(p => p.Message));
    }

    [Fact]
    public void Build_lists_the_first_twenty_problems_and_counts_the_rest()
    {
        var builder = new OrgChartBuilder();
        for (int i = 0; i < 22; i++)
        {
            builder.Add(new Organisation(Ids[0], OrganisationKind.PartyCommittee, OrgLevel.Province, $"Đảng ủy {i}"));
        }

        OrgChartValidationException e = Assert.Throws<OrgChartValidationException>(() => builder.Build());
        Assert.Equal(21, e.Problems.Count);
        string[] lines = e.Message.Split(Environment.NewLine);
        Assert.Equal("The organisation chart has 21 problem(s):", lines[0]);
        Assert.Equal("- DuplicateId: The id t.a is used by \"Đảng ủy 0\" and \"Đảng ủy 1\".", lines[1]);
        Assert.Equal(22, lines.Length);
        Assert.Equal("- and 1 more.", lines[^1]);

        builder = new OrgChartBuilder();
        for (int i = 0; i < 21; i++)
        {
            builder.Add(new Organisation(Ids[0], OrganisationKind.PartyCommittee, OrgLevel.Province, $"Đảng ủy {i}"));
        }

        lines = Assert.Throws<OrgChartValidationException>(() => builder.Build()).Message.Split(Environment.NewLine);
        Assert.Equal(21, lines.Length);
        Assert.StartsWith("- DuplicateId: The id t.a is used by \"Đảng ủy 0\" and \"Đảng ủy 20\"", lines[^1], StringComparison.Ordinal);
        Assert.Equal("The organisation chart has 0 problem(s).", new OrgChartValidationException().Message);
        Assert.Equal("why", new OrgChartValidationException("why").Message);
        Assert.Empty(new OrgChartValidationException("why", new InvalidOperationException()).Problems);
    }

    [Fact]
    public void A_default_relation_is_a_dangling_reference_without_a_subject()
    {
        var builder = new OrgChartBuilder().Add(new Organisation(Ids[0], OrganisationKind.PartyCommittee, OrgLevel.Province, "Đảng ủy A")).Add(default(OrgRelation));
        OrgChartProblem p = Assert.Single(builder.Validate());
        Assert.Equal((OrgChartProblemKind.DanglingReference, default(OrgId), "A relation is default (it has empty ids)."), (p.Kind, p.Subject, p.Message));
    }

    private static LocalDate From(LocalDate? d) => d ?? LocalDate.MinIsoValue;

    private static LocalDate To(LocalDate? d) => d ?? LocalDate.MaxIsoValue;

    // The rules of OrgChartBuilder.Validate, each a plain scan over the content.
    private static List<(OrgChartProblemKind, OrgId)> Reference(Content c, out bool parentsUnique)
    {
        var found = new List<(OrgChartProblemKind, OrgId)>();
        Organisation[] orgs = c.Orgs;
        Organisation? ById(OrgId id) => orgs.FirstOrDefault(o => o.Id == id);

        // Ids: every later use of an id.
        for (int i = 0; i < orgs.Length; i++)
        {
            if (orgs.Take(i).Any(o => o.Id == orgs[i].Id))
            {
                found.Add((OrgChartProblemKind.DuplicateId, orgs[i].Id));
            }
        }

        // Codes: units of one code (as written) in order of first use, each group by first day (ties in order of addition);
        // a unit starting on or before the furthest end of those before it, unless that unit has its own id.
        foreach (string code in orgs.Where(IsUnit).Select(o => o.Code!).Distinct())
        {
            Organisation[] group = [.. orgs.Where(o => IsUnit(o) && o.Code == code).OrderBy(o => From(o.ValidFrom))];
            for (int k = 1; k < group.Length; k++)
            {
                LocalDate reach = group.Take(k).Max(o => To(o.ValidTo));
                Organisation furthest = group.Take(k).First(o => To(o.ValidTo) == reach);
                if (From(group[k].ValidFrom) <= reach && furthest.Id != group[k].Id)
                {
                    found.Add((OrgChartProblemKind.DuplicateCode, group[k].Id));
                }
            }
        }

        // Relations, in order of addition.
        var valid = new List<OrgRelation>();
        foreach (OrgRelation r in c.Relations)
        {
            if (r.Source.IsEmpty)
            {
                found.Add((OrgChartProblemKind.DanglingReference, default));
                continue;
            }

            Organisation? s = ById(r.Source), t = ById(r.Target);
            if (s is null)
            {
                found.Add((OrgChartProblemKind.DanglingReference, r.Source));
            }

            if (t is null)
            {
                found.Add((OrgChartProblemKind.DanglingReference, r.Target));
            }

            if (s is null || t is null)
            {
                continue;
            }

            bool inside = true;
            foreach (Organisation end in new[] { s, t })
            {
                if (From(r.ValidFrom) < From(end.ValidFrom) || To(r.ValidTo) > To(end.ValidTo))
                {
                    inside = false;
                    found.Add((OrgChartProblemKind.RelationOutsideValidity, end.Id));
                }
            }

            if (r.Kind == OrgRelationKind.IsUnder && s.Level == OrgLevel.Commune && t.Level == OrgLevel.District && To(r.ValidTo) >= OrgChartBuilder.TwoTierReformDate)
            {
                found.Add((OrgChartProblemKind.CommuneUnderDistrictAfterReform, s.Id));
            }

            if (inside && r.Kind == OrgRelationKind.IsUnder)
            {
                valid.Add(r);
            }
        }

        // Parents: per source in order of its first valid relation, by first day; a relation starting on or before the
        // furthest end of those before it.
        OrgId[] sources = [.. valid.Select(r => r.Source).Distinct()];
        parentsUnique = true;
        foreach (OrgId source in sources)
        {
            OrgRelation[] group = [.. valid.Where(r => r.Source == source).OrderBy(r => From(r.ValidFrom))];
            for (int k = 1; k < group.Length; k++)
            {
                if (From(group[k].ValidFrom) <= group.Take(k).Max(r => To(r.ValidTo)))
                {
                    found.Add((OrgChartProblemKind.MultipleParents, source));
                    parentsUnique = false;
                }
            }
        }

        // Cycles: each relation on its first day, walking up from its target through the one parent in force that day.
        var reported = new HashSet<string>();
        foreach (OrgId source in sources)
        {
            foreach (OrgRelation r in valid.Where(r => r.Source == source).OrderBy(r => From(r.ValidFrom)))
            {
                LocalDate day = From(r.ValidFrom);
                var walk = new List<OrgId> { source };
                OrgId x = r.Target;
                while (x != source && walk.Count <= OrgChartBuilder.MaxDepth && valid.Where(p => p.Source == x && p.IsInForceOn(day)).Select(p => (OrgRelation?)p).FirstOrDefault() is { } up)
                {
                    walk.Add(x);
                    x = up.Target;
                }

                if (x == source)
                {
                    if (reported.Add(string.Join(' ', walk.Order())))
                    {
                        found.Add((OrgChartProblemKind.Cycle, source));
                    }
                }
                else if (walk.Count > OrgChartBuilder.MaxDepth)
                {
                    found.Add((OrgChartProblemKind.TooDeep, source));
                }
            }
        }

        // Events: a missing id; a predecessor (that is not also a successor) still in force on the day; a successor not in force.
        foreach (OrgChangeEvent e in c.Events)
        {
            foreach (OrgId p in e.PredecessorIds)
            {
                if (ById(p) is not { } o)
                {
                    found.Add((OrgChartProblemKind.DanglingReference, p));
                }
                else if (!e.SuccessorIds.Contains(p) && To(o.ValidTo) >= e.EffectiveDate)
                {
                    found.Add((OrgChartProblemKind.EventOutsideValidity, p));
                }
            }

            foreach (OrgId s in e.SuccessorIds)
            {
                if (ById(s) is not { } o)
                {
                    found.Add((OrgChartProblemKind.DanglingReference, s));
                }
                else if (!o.IsInForceOn(e.EffectiveDate))
                {
                    found.Add((OrgChartProblemKind.EventOutsideValidity, s));
                }
            }
        }

        return found;

        static bool IsUnit(Organisation o) => o.Kind == OrganisationKind.AdministrativeUnit && o.Code is not null;
    }
}
