using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Tasks;
using OrgModel.Tests.Deadlines;

namespace OrgModel.Tests.Tasks;

/// <summary>The 2025–2030 Party congress round as a roadmap (dates from the shared facts).</summary>
public class RoadmapTests
{
    private static readonly LocalDate Directive45 = new(2025, 4, 14);

    internal static Milestone[] CongressRound() =>
    [
        new("national", "14th National Party Congress held", Deadline.OnOrBefore(new LocalDate(2026, 1, 23)), ["province"]),
        new("province", "Provincial congresses and those directly under the Central Committee", Deadline.ParsePhrase("before 31 October 2025", Directive45), ["commune"],
            AssignmentScope.EveryProvince(ScopeBody.PartyCommittee)),
        new("commune", "Congresses of commune, ward and special-zone Party committees", Deadline.ParsePhrase("trước ngày 31/10/2025", Directive45), ["grassroots"],
            AssignmentScope.EveryCommune(ScopeBody.PartyCommittee)),
        new("grassroots", "Grassroots congresses completed", Deadline.ParsePhrase("trước ngày 31/7/2025", Directive45)),
    ];

    [Fact]
    public void TheCongressRound_IsOrderedByDependency_AndConsistent()
    {
        var roadmap = new Roadmap("Party congresses 2025–2030", CongressRound());
        Assert.Equal(["grassroots", "commune", "province", "national"], roadmap.Milestones.Select(m => m.Id));
        Assert.Empty(roadmap.Validate(Directive45));
        Assert.Equal("Party congresses 2025–2030: grassroots → commune → province → national", roadmap.ToString());
    }

    [Fact]
    public void AMilestoneDueAfterOneThatDependsOnIt_IsReported()
    {
        // Grassroots moved to after the commune congresses: the commune congresses cannot wait for them.
        Milestone[] items = CongressRound();
        items[3] = new Milestone("grassroots", "Grassroots congresses completed", Deadline.OnOrBefore(new LocalDate(2025, 11, 30)));
        var roadmap = new Roadmap("wrong", items);
        RoadmapProblem problem = Assert.Single(roadmap.Validate(Directive45));
        Assert.Equal(RoadmapProblemKind.DependencyDueLater, problem.Kind);
        Assert.Equal("commune", problem.MilestoneId);
        Assert.Equal("grassroots", problem.OtherId);
        Assert.Contains("2025-11-30", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StructuralProblems_AreListedByCheck_AndRejectedByTheConstructor()
    {
        Deadline d = Deadline.ByEndOfYear(2025);
        Milestone[] items = [new("a", "A", d, ["b"]), new("b", "B", d, ["a"]), new("c", "C", d, ["zz"]), new("c", "C again", d)];
        IReadOnlyList<RoadmapProblem> problems = Roadmap.Check(items, Directive45);
        Assert.Equal(
            [RoadmapProblemKind.DuplicateId, RoadmapProblemKind.UnknownDependency, RoadmapProblemKind.Cycle, RoadmapProblemKind.Cycle],
            problems.Select(p => p.Kind));
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => new Roadmap("bad", items));
        Assert.Equal("milestones", e.ParamName);
        Assert.Contains("cycle", e.Message, StringComparison.Ordinal);
        Assert.Equal("dependsOn", Assert.ThrowsAny<ArgumentException>(() => new Milestone("a", "A", d, ["a"])).ParamName);
    }

    [Property(Arbitrary = [typeof(OrgModel.Testing.OrgArbitraries), typeof(DeadlineTestArbitraries)])]
    public void Milestones_ComeAfterEverythingTheyDependOn(Roadmap roadmap)
    {
        var seen = new HashSet<string>();
        foreach (Milestone m in roadmap.Milestones)
        {
            Assert.All(m.DependsOn, d => Assert.Contains(d, seen));
            seen.Add(m.Id);
        }
    }

    [Property(Arbitrary = [typeof(OrgModel.Testing.OrgArbitraries), typeof(DeadlineTestArbitraries)])]
    public void Validate_ReportsExactlyTheDependenciesDueLater(Roadmap roadmap, LocalDate anchor)
    {
        var byId = roadmap.Milestones.ToDictionary(m => m.Id);
        int expected = roadmap.Milestones.Sum(m => !m.Deadline.HasDueDate ? 0 : m.DependsOn.Count(d =>
            byId[d].Deadline.HasDueDate && byId[d].Deadline.DueDate(byId[d].Deadline.Anchor ?? anchor) > m.Deadline.DueDate(m.Deadline.Anchor ?? anchor)));
        Assert.Equal(expected, roadmap.Validate(anchor).Count);
        Assert.Equal(expected, Roadmap.Check(roadmap.Milestones, anchor).Count);
    }
}
