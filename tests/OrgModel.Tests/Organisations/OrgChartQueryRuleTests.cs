using NodaTime;
using OrgModel.Organisations;
using OrgModel.Testing;

namespace OrgModel.Tests.Organisations;

/// <summary>
/// Every query of a dated <see cref="OrgChart"/> held to its documented answer computed plainly from the content the chart was
/// built from (a scan of the organisations and relations in force on the day, no index): on generated valid charts, on each day
/// where something starts or ends and the days around it. The chart's indexes (child slices, adjacency lists, code chains,
/// succession lists) must give what the scan gives.
/// </summary>
public class OrgChartQueryRuleTests
{
    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 60)]
    public bool A_dated_chart_answers_as_a_scan_of_its_content(GeneratedOrgChart content)
    {
        OrgChart chart = content.ToBuilder().Build();
        foreach (LocalDate day in Days(content))
        {
            OrgChart view = chart.AsOf(day);
            Organisation[] present = [.. content.Organisations.Where(o => o.IsInForceOn(day))];
            OrgRelation[] active = [.. content.Relations.Where(r => r.IsInForceOn(day) && present.Any(o => o.Id == r.Source) && present.Any(o => o.Id == r.Target))];
            Organisation? ParentOf(OrgId id) =>
                active.Where(r => r.Kind == OrgRelationKind.IsUnder && r.Source == id).Select(r => present.Single(o => o.Id == r.Target)).SingleOrDefault();

            Assert.Equal(present.Select(o => o.Id), view.Organisations.Select(o => o.Id));
            foreach (Organisation o in content.Organisations)
            {
                bool here = o.IsInForceOn(day);
                Assert.Equal(here, view.Contains(o.Id));
                Assert.Equal(here ? o : null, view.Find(o.Id));
                if (!here)
                {
                    Assert.Null(view.Parent(o.Id));
                    Assert.Empty(view.Children(o.Id));
                    Assert.Equal(-1, view.Depth(o.Id));
                    Assert.Empty(view.Path(o.Id));
                    Assert.Empty(view.Descendants(o.Id));
                    Assert.Empty(view.Ancestors(o.Id));
                    Assert.Empty(view.Related(o.Id, OrgRelationKind.IsUnder));
                    Assert.Empty(view.RelatedFrom(o.Id, OrgRelationKind.IsUnder));
                    continue;
                }

                Assert.Equal(ParentOf(o.Id), view.Parent(o.Id));
                Assert.Equal(present.Where(c => ParentOf(c.Id)?.Id == o.Id), view.Children(o.Id));

                var up = new List<Organisation>();
                for (Organisation? p = ParentOf(o.Id); p is not null; p = ParentOf(p.Id))
                {
                    up.Add(p);
                }

                Assert.Equal(up, view.Ancestors(o.Id));
                Assert.Equal(up.Count, view.Depth(o.Id));
                Assert.Equal([.. Enumerable.Reverse(up), o], view.Path(o.Id));
                Assert.Equal(DepthFirst(o), view.Descendants(o.Id));
                foreach (OrgRelationKind kind in Enum.GetValues<OrgRelationKind>())
                {
                    Assert.Equal(active.Where(r => r.Kind == kind && r.Source == o.Id).Select(r => r.Target), view.Related(o.Id, kind).Select(x => x.Id));
                    Assert.Equal(active.Where(r => r.Kind == kind && r.Target == o.Id).Select(r => r.Source), view.RelatedFrom(o.Id, kind).Select(x => x.Id));
                }

                foreach (Organisation other in present)
                {
                    Organisation[] mine = [o, .. up];
                    Organisation? expected = null;
                    for (Organisation? p = other; p is not null && expected is null; p = ParentOf(p.Id))
                    {
                        expected = mine.FirstOrDefault(m => m.Id == p.Id);
                    }

                    Assert.Equal(expected, view.LowestCommonAncestor(o.Id, other.Id));
                }

                if (o.Kind == OrganisationKind.AdministrativeUnit && o.Code is { } code)
                {
                    Assert.Equal(o, view.FindByCode(" " + code + " "));
                }
            }

            IEnumerable<Organisation> DepthFirst(Organisation root)
            {
                foreach (Organisation child in present.Where(c => ParentOf(c.Id)?.Id == root.Id))
                {
                    yield return child;
                    foreach (Organisation below in DepthFirst(child))
                    {
                        yield return below;
                    }
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 60)]
    public bool Change_events_are_followed_as_a_scan_of_the_events(GeneratedOrgChart content)
    {
        OrgChart chart = content.ToBuilder().Build();
        foreach (Organisation o in content.Organisations)
        {
            Assert.Equal(
                content.Events.Where(e => e.PredecessorIds.Contains(o.Id) || e.SuccessorIds.Contains(o.Id)).OrderBy(e => e.EffectiveDate),
                chart.EventsOf(o.Id));

            // Predecessors: every organisation an event chain leads back from, nearest first.
            var back = new List<OrgId>();
            var frontier = new List<OrgId> { o.Id };
            var depthOf = new Dictionary<OrgId, int> { [o.Id] = 0 };
            for (int depth = 1; frontier.Count > 0; depth++)
            {
                frontier = [.. frontier.SelectMany(x => content.Events.Where(e => e.SuccessorIds.Contains(x)).SelectMany(e => e.PredecessorIds)).Distinct().Where(p => depthOf.TryAdd(p, depth))];
                back.AddRange(frontier);
            }

            IReadOnlyList<Organisation> predecessors = chart.Predecessors(o.Id);
            Assert.Equal(back.Order(), predecessors.Select(p => p.Id).Order());
            Assert.True(predecessors.Select(p => depthOf[p.Id]).SequenceEqual(predecessors.Select(p => depthOf[p.Id]).Order()));

            foreach (LocalDate day in Days(content))
            {
                // Successors: follow the events in effect by the day to the organisations that moved no further and are in force.
                var reached = new HashSet<OrgId> { o.Id };
                var ends = new HashSet<OrgId>();
                var queue = new Queue<OrgId>([o.Id]);
                while (queue.TryDequeue(out OrgId x))
                {
                    OrgChangeEvent[] moves = [.. content.Events.Where(e => e.EffectiveDate <= day && e.PredecessorIds.Contains(x))];
                    foreach (OrgId next in moves.SelectMany(e => e.SuccessorIds).Where(reached.Add))
                    {
                        queue.Enqueue(next);
                    }

                    if (moves.Length == 0 && content.Organisations.Any(z => z.Id == x && z.IsInForceOn(day)))
                    {
                        ends.Add(x);
                    }
                }

                Assert.Equal(ends.Order(), chart.Successors(o.Id, day).Select(s => s.Id).Order());
            }
        }

        return true;
    }

    // The days where something starts or ends, and the days either side of them.
    private static IEnumerable<LocalDate> Days(GeneratedOrgChart content)
    {
        IEnumerable<LocalDate?> edges = content.Organisations.SelectMany(o => new[] { o.ValidFrom, o.ValidTo })
            .Concat(content.Relations.SelectMany(r => new[] { r.ValidFrom, r.ValidTo }))
            .Concat(content.Events.Select(e => (LocalDate?)e.EffectiveDate));
        List<LocalDate> all = [.. edges.OfType<LocalDate>().SelectMany(d => new[] { d.PlusDays(-1), d, d.PlusDays(1) }).Append(new LocalDate(2025, 7, 1)).Distinct().Order()];
        int step = Math.Max(1, all.Count / 12);
        return all.Where((_, i) => i % step == 0);
    }
}
